// A strong automatic player: each month it picks a whole set of orders by playing the
// rest of the game out many times, with a beam over order sets. Pure and seeded.
//
// The game's luck lives in `state.rng` and never depends on choices, so a playout that
// kept it would read the real future. Every playout therefore first replaces it with a
// value from the search's own generator: the search weighs possible futures, never the one
// that will happen.
import { candidateAt, candidateCount, legalActionList, refusal, type Action, type ActionType } from './actions';
import { withParts } from './clone';
import type { Level } from './level';
import type { Policy } from './policy';
import { drawValue } from './random';
import type { GameState } from './state';
import { endTurn } from './turn';
import { applyOrder } from './actions';

export interface SearchOptions {
  /** Playouts per month: the search's whole cost. */
  budget: number;
  /** Levers the search (and its playouts) may not use, e.g. `coerce`. */
  forbid?: readonly ActionType[];
  /** Order sets kept at each depth of the beam. */
  beam?: number;
  /** Most orders in one month's set. */
  maxOrders?: number;
  /** Added to a won playout's final score, so that winning outweighs a few points. */
  winBonus?: number;
}

export const DEFAULT_BUDGET = 1000;
const DEFAULT_BEAM = 3;
const DEFAULT_MAX_ORDERS = 8;
const DEFAULT_WIN_BONUS = 100;
// Orders a playout gives in a month at most: few, so that playouts stay cheap and keep something in hand.
const PLAYOUT_ORDERS = 1;
// Share of the budget kept to weigh the best sets again on fresh futures (the first figures flatter the lucky).
const CONFIRM_SHARE = 0.25;
const CONFIRM_SETS = 4;
// After the first depth only the best single orders are tried as additions, and the budget
// is spread as if sets grew to this many orders.
const POOL = 12;
const PLANNED_DEPTH = 4;

export interface MonthPlan {
  /** The orders to give this month, in order; then end the turn. */
  orders: Action[];
  /** Mean playout value of the set (final score, plus the win bonus when won). */
  value: number;
  /** Playouts spent. */
  playouts: number;
}

/** One imagined future: the state it starts from and, unless it keeps its own, the luck it is given. */
export interface Sample {
  root: GameState;
  /** A generator state to put in place of the root's, or null to keep the root's (training seeds of a fixed plan). */
  rng: number | null;
  /** Seed of the playout's own choices. */
  playout: number;
}

const END_TURN: Action = { type: 'endTurn' };

function uint32(rng: { value: number }): number {
  return Math.floor(drawValue(rng) * 4294967296) >>> 0;
}

function forbidden(action: Action, forbid: readonly ActionType[]): boolean {
  for (let i = 0; i < forbid.length; i++) if (forbid[i] === action.type) return true;
  return false;
}

/** Play the rest of the game with a few random orders a month; the state given is not changed. */
function playOutCheaply(level: Level, start: GameState, seed: number, forbid: readonly ActionType[]): GameState {
  const rng = { value: seed };
  let s = start;
  while (s.phase !== 'over') {
    const orders = Math.floor(drawValue(rng) * (PLAYOUT_ORDERS + 1));
    for (let n = 0; n < orders; n++) {
      const count = candidateCount(s);
      // A few tries: a month with little left to spend gives fewer orders rather than loop.
      for (let tries = 0; tries < 4; tries++) {
        const action = candidateAt(s, Math.floor(drawValue(rng) * count));
        if (action.type === 'endTurn' || forbidden(action, forbid) || refusal(level, s, action) !== null) continue;
        s = applyOrder(level, s, action as Exclude<Action, { type: 'endTurn' }>);
        break;
      }
    }
    s = endTurn(level, s);
  }
  return s;
}

/** What a finished game is worth to the search. */
export function playoutValue(end: GameState, winBonus: number): number {
  const score = end.result?.score ?? end.score;
  return end.result?.outcome === 'win' ? score + winBonus : score;
}

/** Give `orders` (skipping any not allowed in this sample), end the month, play on; the value of the end. */
function weigh(level: Level, sample: Sample, orders: readonly Action[], forbid: readonly ActionType[], winBonus: number): number {
  let s = sample.root;
  for (const order of orders) if (refusal(level, s, order) === null) s = applyOrder(level, s, order as Exclude<Action, { type: 'endTurn' }>);
  if (sample.rng !== null) s = withParts(s, { rng: sample.rng });
  s = endTurn(level, s);
  return playoutValue(s.phase === 'over' ? s : playOutCheaply(level, s, sample.playout, forbid), winBonus);
}

interface Scored {
  key: string;
  indices: number[];
  total: number;
  count: number;
}

const mean = (c: Scored) => c.total / c.count;

/**
 * The best set of orders to give now from a list of candidates, weighed on `samples(i)`:
 * a beam grows sets one order at a time, each set weighed on the same futures so that
 * sets are compared on equal luck.
 */
export function beamSearch(
  level: Level,
  candidates: readonly Action[],
  samples: (index: number) => Sample,
  roots: readonly GameState[],
  options: SearchOptions,
): MonthPlan {
  const forbid = options.forbid ?? [];
  const beamWidth = options.beam ?? DEFAULT_BEAM;
  const maxOrders = options.maxOrders ?? DEFAULT_MAX_ORDERS;
  const winBonus = options.winBonus ?? DEFAULT_WIN_BONUS;
  const budget = Math.max(1, Math.floor(options.budget));
  const n = candidates.length;
  // Futures per set: enough sets for the first depths and a narrow beam after them.
  const pool = Math.min(n, POOL);
  const perSet = Math.max(1, Math.floor((budget * (1 - CONFIRM_SHARE)) / (1 + n + (PLANNED_DEPTH - 1) * beamWidth * pool)));
  const drawn: Sample[] = [];
  const sample = (i: number) => (drawn[i] ??= samples(i));
  let spent = 0;
  const seen: Record<string, Scored> = {};

  const score = (indices: number[]): Scored => {
    const key = indices.join(',');
    const known = seen[key];
    if (known) return known;
    const orders = indices.map((i) => candidates[i]!);
    let total = 0;
    for (let i = 0; i < perSet; i++) total += weigh(level, sample(i), orders, forbid, winBonus);
    spent += perSet;
    const scored = { key, indices, total, count: perSet };
    seen[key] = scored;
    return scored;
  };

  /** Whether `order` can follow `indices` in at least one sample's month. */
  const allowed = (indices: number[], order: Action): boolean => {
    for (const root of roots) {
      let s = root;
      for (const i of indices) {
        const earlier = candidates[i]!;
        if (refusal(level, s, earlier) === null) s = applyOrder(level, s, earlier as Exclude<Action, { type: 'endTurn' }>);
      }
      if (refusal(level, s, order) === null) return true;
    }
    return false;
  };

  const empty = score([]);
  let best = empty;
  let beam: Scored[] = [empty];
  let additions: number[] = Array.from({ length: n }, (_, c) => c);
  const phaseBudget = budget * (1 - CONFIRM_SHARE);
  for (let depth = 1; depth <= maxOrders && beam.length > 0; depth++) {
    const next: Scored[] = [];
    for (const parent of beam) {
      for (const c of additions) {
        if (parent.indices.includes(c)) continue;
        if (spent + perSet > phaseBudget && depth > 1) break;
        const indices = [...parent.indices, c].sort((a, b) => a - b);
        if (seen[indices.join(',')]) continue;
        if (!allowed(parent.indices, candidates[c]!)) continue;
        next.push(score(indices));
      }
    }
    if (next.length === 0) break;
    next.sort((a, b) => mean(b) - mean(a) || a.key.localeCompare(b.key));
    if (depth === 1) additions = next.slice(0, pool).map((c) => c.indices[0]!);
    if (mean(next[0]!) <= mean(best)) break;
    best = next[0]!;
    beam = next.slice(0, beamWidth);
  }

  // Weigh the leading sets again on fresh futures before choosing.
  const leaders = Object.values(seen).sort((a, b) => mean(b) - mean(a) || a.key.localeCompare(b.key)).slice(0, CONFIRM_SETS);
  const more = Math.floor((budget - spent) / Math.max(1, leaders.length));
  if (more > 0) {
    for (const leader of leaders) {
      const orders = leader.indices.map((i) => candidates[i]!);
      for (let i = perSet; i < perSet + more; i++) leader.total += weigh(level, sample(i), orders, forbid, winBonus);
      leader.count += more;
      spent += more;
    }
    leaders.sort((a, b) => mean(b) - mean(a) || a.key.localeCompare(b.key));
    best = leaders[0]!;
  }
  return { orders: best.indices.map((i) => candidates[i]!), value: mean(best), playouts: spent };
}

/** The orders that can be given now, less the forbidden levers. */
export function searchCandidates(level: Level, state: GameState, forbid: readonly ActionType[] = []): Action[] {
  return legalActionList(level, state).filter((a) => a.type !== 'endTurn' && !forbidden(a, forbid));
}

/**
 * This month's orders for `state` (orders already given this month stay given): the search's
 * answer, drawing its futures from `rng`, its own generator, never from the game's.
 */
export function searchMonth(level: Level, state: GameState, rng: { value: number }, options: SearchOptions): MonthPlan {
  if (state.phase === 'over') return { orders: [], value: playoutValue(state, options.winBonus ?? DEFAULT_WIN_BONUS), playouts: 0 };
  const candidates = searchCandidates(level, state, options.forbid);
  const base = uint32(rng);
  const samples = (i: number): Sample => {
    // Each future's luck and playout seed follow from the search's generator and the index alone.
    const holder = { value: (base + Math.imul(i + 1, 0x9e3779b9)) >>> 0 };
    return { root: state, rng: uint32(holder), playout: uint32(holder) };
  };
  return beamSearch(level, candidates, samples, [state], options);
}

/**
 * The search as a policy: at each month's first step it plans the month, then gives the
 * planned orders one by one and ends the turn.
 */
export function searchPolicy(options: SearchOptions): Policy {
  let plan: { level: string; seed: number; turn: number; steps: number; last: Action | null; orders: Action[] } | null = null;
  return {
    choose(level, state, rng) {
      const steps = state.actions.length;
      const last = steps > 0 ? state.actions[steps - 1]!.action : null;
      const continues = plan !== null && plan.level === level.id && plan.seed === state.seed && plan.turn === state.turn && plan.steps === steps && plan.last === last;
      if (!continues) plan = { level: level.id, seed: state.seed, turn: state.turn, steps, last, orders: searchMonth(level, state, rng, options).orders };
      const current = plan!;
      while (current.orders.length > 0) {
        const order = current.orders.shift()!;
        if (refusal(level, state, order) !== null) continue;
        current.steps = steps + 1;
        current.last = order;
        return order;
      }
      plan = null;
      return END_TURN;
    },
  };
}
