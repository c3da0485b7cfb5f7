// Messages to a page that embeds the game: when it is listening, when a game starts,
// when a month ends and when a game is over. A teaching site can follow its students'
// games without reading the game's storage. Nothing is sent when the game is not embedded.
import { isoMonth, MEMBERS, type MemberId, type Stance } from '../engine';
import { resultCode } from '../class/result-code';
import type { AppState, GameStore } from '../state/store';

export const GAME_SOURCE = 'paper-alliance';

/** The embedding page as the game speaks to it: always with a target origin. */
export interface HostWindow {
  postMessage(message: unknown, targetOrigin: string): void;
}

interface GameRef {
  level: string;
  difficulty: string;
  seed: number;
}

export type GameMessage =
  /** The game is up and takes settings messages. */
  | { source: typeof GAME_SOURCE; type: 'ready' }
  | ({ source: typeof GAME_SOURCE; type: 'started' } & GameRef)
  /** The game moved to another month (a turn ended, or a what-if rewound); `whatIf` once this game has used what-if. */
  | ({ source: typeof GAME_SOURCE; type: 'turn'; turn: number; month: string; stances: Record<MemberId, Stance>; score: number; whatIf: boolean } & GameRef)
  /** The game ended; `whatIf` says whether its result came from a game replayed from an earlier month; `code` is its result code. */
  | ({ source: typeof GAME_SOURCE; type: 'over'; outcome: string; score: number; stances: Record<MemberId, Stance>; whatIf: boolean; code: string } & GameRef)
  /** A message from the host was refused: why, and the field at fault. */
  | { source: typeof GAME_SOURCE; type: 'error'; reason: string; field: string };

function ref(state: AppState): GameRef {
  return { level: state.game.level, difficulty: state.game.difficulty, seed: state.game.seed };
}

function stances(state: AppState): Record<MemberId, Stance> {
  return Object.fromEntries(MEMBERS.map((id) => [id, state.game.members[id].stance])) as Record<MemberId, Stance>;
}

/**
 * What the host page hears about a change from `previous` to `next`, in order: a month
 * begun or a game over as the engine reported the step; a new game, and a jump to another
 * month (a what-if, or back from one), from the store.
 */
export function messagesFor(previous: AppState, next: AppState): GameMessage[] {
  const before = previous.game, after = next.game;
  if (before === after) return [];
  const out: GameMessage[] = [];
  const whatIf = next.whatIfUsed;
  const sameGame = before.level === after.level && before.seed === after.seed && before.difficulty === after.difficulty;
  const step = next.lastStep !== previous.lastStep ? next.lastStep : [];
  const turn = () => ({ source: GAME_SOURCE, type: 'turn', ...ref(next), turn: after.turn, month: isoMonth(next.level, after.turn), stances: stances(next), score: after.score, whatIf }) as const;
  const over = () => ({ source: GAME_SOURCE, type: 'over', ...ref(next), outcome: after.result!.outcome, score: after.result!.score, stances: stances(next), whatIf, code: resultCode(next.level, after, { name: next.playerName, whatIf }) ?? '' }) as const;
  // A new game has a seed of its own: the same level, seed and difficulty is the same game.
  if (!sameGame) {
    out.push({ source: GAME_SOURCE, type: 'started', ...ref(next) });
    if (after.result) out.push(over());
    return out;
  }
  if (step.length === 0) {
    if (after.turn !== before.turn) out.push(turn());
    if (after.result && !before.result) out.push(over());
    return out;
  }
  for (const event of step) {
    if (event.type === 'monthBegins') out.push(turn());
    else if (event.type === 'gameOver') out.push(over());
  }
  return out;
}

/** Posts the game's messages to the embedding page, if there is one. */
export function reportToHost(store: GameStore, host: HostWindow | null, targetOrigin: string | null): () => void {
  if (!host || targetOrigin === null) return () => {};
  const post = (message: GameMessage) => {
    try {
      host.postMessage(message, targetOrigin);
    } catch {
      // A closed or navigated host: the game plays on.
    }
  };
  post({ source: GAME_SOURCE, type: 'ready' });
  return store.subscribe((next, previous) => {
    for (const message of messagesFor(previous, next)) post(message);
  });
}
