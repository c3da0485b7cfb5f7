// Which sounds a change of game state calls for. Pure: the engine knows nothing
// of sound; this reads what it recorded and names the sounds.
import { MEMBERS, stanceRank, type EVENT_KINDS, type GameState } from '../engine';
import type { EffectId, TrackId } from './sounds';

export type EventKind = (typeof EVENT_KINDS)[number];
/** The kind of a level event by id, or undefined for ids that are not level events. */
export type EventKindOf = (eventId: string) => EventKind | undefined;

/** At most this many sounds for one change: a turn report, not a cacophony. */
export const MAX_CUES = 4;

/**
 * Same game, one step on? Undo, rewind, a new game, or a jump to another
 * timeline (leaving a what-if branch) makes no sound.
 */
function movedForward(prev: GameState, next: GameState): boolean {
  if (prev.level !== next.level || prev.seed !== next.seed || next.actions.length !== prev.actions.length + 1) return false;
  for (let i = 0; i < prev.actions.length; i++) {
    const a = prev.actions[i]!;
    const b = next.actions[i]!;
    if (a !== b && (a.turn !== b.turn || JSON.stringify(a.action) !== JSON.stringify(b.action))) return false;
  }
  return true;
}

/** Members' moves at the end of a turn: the gravest first. */
function deliberationCues(prev: GameState, next: GameState): EffectId[] {
  let abandon = false;
  let down = false;
  let up = false;
  for (const id of MEMBERS) {
    const decision = next.members[id].lastDecision;
    if (!decision || decision === prev.members[id].lastDecision) continue;
    if (decision.turn === prev.members[id].lastDecision?.turn) continue;
    const before = stanceRank(decision.stanceBefore);
    const after = stanceRank(decision.stance);
    if (decision.stance === 'abandons' && before !== after) abandon = true;
    else if (after > before) down = true;
    else if (after < before) up = true;
  }
  const cues: EffectId[] = [];
  if (abandon) cues.push('abandon');
  if (down) cues.push('stanceDown');
  if (up) cues.push('stanceUp');
  return cues;
}

/** The new month's news: one sound for the gravest kind. */
function newsCue(next: GameState, kindOf: EventKindOf): EffectId | null {
  const kinds = new Set<EventKind>();
  for (const item of next.news) {
    if (item.turn !== next.turn) continue;
    const kind = kindOf(item.event);
    if (kind) kinds.add(kind);
  }
  if (kinds.has('crisis') || kinds.has('war')) return 'crisis';
  if (kinds.has('summit')) return 'gavel';
  if (kinds.size > 0) return 'news';
  return null;
}

/**
 * Sounds for a move from `prev` to `next`, in the order to play them.
 * Moscow's orders: confirmed (a summit strikes the gavel). The end of a turn:
 * members' changes of stance, then the win or loss, or else the month's news.
 */
export function soundsFor(prev: GameState | null, next: GameState, kindOf: EventKindOf): EffectId[] {
  if (!prev || prev === next || !movedForward(prev, next)) return [];
  const cues: EffectId[] = [];
  let turnEnded = false;
  for (const { action } of next.actions.slice(prev.actions.length)) {
    if (action.type === 'endTurn') turnEnded = true;
    else if (action.type === 'hostSummit') cues.push('gavel');
    else cues.push('confirm');
  }
  if (turnEnded) {
    cues.push(...deliberationCues(prev, next));
    if (next.result && !prev.result) cues.push(next.result.outcome === 'win' ? 'win' : 'loss');
    else {
      const news = newsCue(next, kindOf);
      if (news) cues.push(news);
    }
  }
  return [...new Set(cues)].slice(0, MAX_CUES);
}

/** An order the engine refused gets the refusal sound; an accepted one is heard from the state. */
export function soundForResult(result: { ok: boolean }): EffectId | null {
  return result.ok ? null : 'refuse';
}

/** Music for a screen: the council over the map, the theme everywhere else. */
export function musicFor(screen: string | null | undefined): TrackId {
  return screen === 'game' ? 'council' : 'theme';
}

/** Look event kinds up in a level's event list. */
export function kindsFromLevel(level: { events: readonly { id: string; kind: EventKind }[] } | null | undefined): EventKindOf {
  const kinds: Record<string, EventKind> = {};
  for (const event of level?.events ?? []) kinds[event.id] = event.kind;
  return (id) => (Object.prototype.hasOwnProperty.call(kinds, id) ? kinds[id] : undefined);
}
