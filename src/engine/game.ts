// A game from start to end: new game, one action at a time, replay and undo.
import { applyOrder, checkAction, fullPriceOf, parseAction, refusalBy, type Action, type ActionError } from './actions';
import { leverOf } from './levers';
import type { Level } from './level';
import { cloneState } from './clone';
import { hasId } from './own';
import { seedState } from './random';
import { err, ok, type Result } from './result';
import { stanceOf } from './stance';
import { scoreOf } from './score';
import type { GameState, MemberState } from './state';
import { stepOf, type Step } from './step';
import { difficultyOf, endTurn, openTurn } from './turn';
import { MEMBERS, RESOURCES, type MemberId } from './vocabulary';

export interface GameOptions {
  seed: number;
  /** A difficulty named by the level; its default when absent or unknown. */
  difficulty?: string;
}

export function newGame(level: Level, options: GameOptions): GameState {
  const difficulty = options.difficulty && hasId(level.difficulties, options.difficulty) ? options.difficulty : level.defaultDifficulty;
  const scale = difficultyOf(level, difficulty).resources;
  const members = {} as Record<MemberId, MemberState>;
  for (const id of MEMBERS) {
    const setup = level.members[id];
    members[id] = {
      loyalty: setup.loyalty,
      stance: stanceOf(level, setup.loyalty),
      threat: setup.threat,
      grievance: setup.grievance,
      ties: { ...setup.ties },
      aidCount: 0,
      lastHelped: 0,
      coercions: 0,
      anchor: setup.anchor,
      orders: { aid: false, securityHelp: false, coerced: false, pressedRecognition: false, demandedSolidarity: false, answeredCall: false },
      shocks: [],
      lastDecision: null,
    };
  }
  const resources = { politicalCapital: 0, militaryReserves: 0, economicLeverage: 0 };
  for (const r of RESOURCES) resources[r] = Math.round(level.resources.start[r] * scale);
  const seed = options.seed >>> 0;
  const s: GameState = {
    level: level.id,
    difficulty,
    seed,
    rng: seedState(seed),
    turn: 1,
    phase: 'orders',
    resources,
    tracks: { ...level.tracks },
    members,
    armsToAzerbaijan: level.armsToAzerbaijan,
    nordicLine: 'undecided',
    lastSummit: 0,
    confrontation: 0,
    requests: [],
    news: [],
    happened: [],
    used: [],
    actions: [],
    log: [],
    score: 0,
    result: null,
  };
  openTurn(level, s, false);
  s.score = scoreOf(level, s);
  return s;
}

/**
 * Apply one action: the new state and what happened, in order; or an error, with the
 * state passed in untouched.
 */
export function act(level: Level, state: GameState, action: Action): Result<Step, ActionError> {
  const s = cloneState(state);
  return advance(level, s, action) ? ok(stepOf(level, state, s, action)) : err(checkAction(level, state, action)!);
}

/**
 * Take one action on `s` itself, when it is allowed; whether it was. The one path of every
 * step: `act` takes it on a copy, automatic players on a working state of their own, so
 * that a playout copies its state once rather than at every step. `s` must be private to
 * the caller: nothing else may hold it or any part `cloneState` copies.
 */
export function advance(level: Level, s: GameState, action: Action): boolean {
  if (s.phase === 'over') return false;
  if (action.type === 'endTurn') {
    endTurn(level, s);
    return true;
  }
  // The lever and price are looked up once for both the check and the effect.
  const lever = leverOf(action);
  const cost = fullPriceOf(level, lever, action);
  if (refusalBy(level, s, action, lever, cost) !== null) return false;
  applyOrder(level, s, action, lever, cost);
  return true;
}

/** Like `act`, for an action from an untrusted source: its shape is checked first. */
export function actUntrusted(level: Level, state: GameState, input: unknown): Result<Step, ActionError> {
  const parsed = parseAction(input);
  return parsed.ok ? act(level, state, parsed.value) : parsed;
}

export interface ReplayError extends ActionError {
  /** Index of the action that failed. */
  index: number;
}

/** The actions applied again from the initial state, in place on the new game: no one else holds it yet. */
export function replay(level: Level, options: GameOptions, actions: readonly unknown[]): Result<GameState, ReplayError> {
  const state = newGame(level, options);
  for (let index = 0; index < actions.length; index++) {
    const parsed = parseAction(actions[index]);
    if (!parsed.ok) return err({ ...parsed.error, index });
    if (!advance(level, state, parsed.value)) return err({ ...checkAction(level, state, parsed.value)!, index });
  }
  return ok(state);
}

/**
 * The state before the last order of the month being played, rebuilt exactly by replay; null
 * when no order has been given this month. An ended month is not taken back: its news and the
 * members' decisions have been seen, and only a what-if (`rewindTo`) revisits it.
 */
export function undo(level: Level, state: GameState): GameState | null {
  const last = state.actions[state.actions.length - 1];
  if (!last || last.action.type === 'endTurn' || last.turn !== state.turn) return null;
  const back = replay(level, { seed: state.seed, difficulty: state.difficulty }, state.actions.slice(0, -1).map((a) => a.action));
  return back.ok ? back.value : null;
}

/** The state at the start of `turn` (its orders not yet given), rebuilt by replay. */
export function rewindTo(level: Level, state: GameState, turn: number): GameState | null {
  const keep = state.actions.filter((a) => a.turn < turn).map((a) => a.action);
  const back = replay(level, { seed: state.seed, difficulty: state.difficulty }, keep);
  return back.ok && back.value.turn === turn ? back.value : null;
}
