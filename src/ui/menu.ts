// The orders the panel lists this month, in the order it lists them: the answers to
// requests, the selected member's, then the alliance's. The keyboard's keys follow it.
import { actionMenu, MEMBER_LEVERS, type Action, type GameState, type Level, type MemberId, type Request } from '../engine';
import type { AppState } from '../state/store';
import { leverMember } from './text';

export type MenuEntry = ReturnType<typeof actionMenu>[number];

export interface PanelOrders {
  requests: { request: Request; entries: MenuEntry[] }[];
  member: MenuEntry[];
  alliance: MenuEntry[];
}

const menus = new WeakMap<GameState, MenuEntry[]>();
/** Every lever with its price and refusal, worked out once per state: the panel and the keys both read it. */
export function menuOf(level: Level, game: GameState): MenuEntry[] {
  let menu = menus.get(game);
  if (!menu) menus.set(game, (menu = game.phase === 'over' ? [] : actionMenu(level, game)));
  return menu;
}

/**
 * Arms sales to Azerbaijan are one order or the other, never both: stop them while they run,
 * resume them once stopped, but not in the month they were stopped (take the stop back instead).
 */
function armsShown(game: GameState, action: Action): boolean {
  if (action.type === 'stopArmsToAzerbaijan') return game.armsToAzerbaijan || game.used.includes('stopArmsToAzerbaijan');
  if (action.type === 'resumeArmsToAzerbaijan') return !game.armsToAzerbaijan && !game.used.includes('stopArmsToAzerbaijan');
  return true;
}

export function panelOrders(state: Pick<AppState, 'level' | 'game' | 'selected'>): PanelOrders {
  const { level, game, selected } = state;
  const menu = menuOf(level, game);
  const requests = game.requests
    .filter((r) => r.status === 'open')
    .map((request) => ({
      request,
      entries: menu.filter((e) => (request.kind === 'crisisCall' ? e.action.type === 'answerCrisisCall' && e.action.request === request.id : e.action.type === 'nordicLine')),
    }));
  const member = selected ? memberOrders(menu, selected) : [];
  const alliance = menu.filter(
    (e) => leverMember(e.action) === null && e.action.type !== 'endTurn' && e.action.type !== 'answerCrisisCall' && e.action.type !== 'nordicLine' && armsShown(game, e.action),
  );
  return { requests, member, alliance };
}

/** A member's orders in the levers' own order, so each keeps its key whoever is selected. */
function memberOrders(menu: readonly MenuEntry[], id: MemberId): MenuEntry[] {
  const mine = menu.filter((e) => leverMember(e.action) === id);
  return [...mine].sort((a, b) => MEMBER_LEVERS.indexOf(a.action.type as never) - MEMBER_LEVERS.indexOf(b.action.type as never));
}
