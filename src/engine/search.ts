// A strong automatic player: each month it picks a whole set of orders by playing the
// rest of the game out many times, with a beam over order sets. Pure and seeded.
//
// The game's luck lives in `state.rng` and never depends on choices, so a playout that
// kept it would read the real future. Every playout therefore first replaces it with a
// value from the search's own generator: the search weighs possible futures, never the one
// that will happen.
import { legalActionList, refusal, type Action, type ActionType } from './actions';
import { cloneState } from './clone';
import { advance } from './game';
import type { Level, Objective } from './level';
import type { Policy } from './policy';
import { drawValue } from './random';
import type { GameState } from './state';
import { endTurn } from './turn';
import { MEMBERS, STANCES, stanceRank, type Stance } from './vocabulary';
import { byId, hasId } from './own';

export interface SearchOptions {
  /** Playouts per month: the search's whole cost. */
  budget: number;
  /** Levers the search may not use, e.g. `coerce`. */
  forbid?: readonly ActionType[];
  /** Order sets kept at each depth of the beam. */
  beam?: number;
  /** Most orders in one month's set. */
  maxOrders?: number;
  /** Added to a won playout's final score, so that winning outweighs a few points. */
  winBonus?: number;
  /**
   * Futures to weigh each set on, when there are only so many (the training seeds of a fixed
   * plan): every set then meets all of them once, and no budget is kept to weigh leaders again.
   */
  futures?: number;
}

export const DEFAULT_BUDGET = 1000;
const DEFAULT_BEAM = 3;
const DEFAULT_MAX_ORDERS = 8;
const DEFAULT_WIN_BONUS = 100;
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
  /** Mean playout value of the set (see `playoutValue`). */
  value: number;
  /** Playouts spent. */
  playouts: number;
}

/** One imagined future: the state it starts from and, unless it keeps its own, the luck it is given. */
export interface Sample {
  root: GameState;
  /** A generator state to put in place of the root's, or null to keep the root's (training seeds of a fixed plan). */
  rng: number | null;
}

const END_TURN: Action = { type: 'endTurn' };

function uint32(rng: { value: number }): number {
  return Math.floor(drawValue(rng) * 4294967296) >>> 0;
}

function forbidden(action: Action, forbid: readonly ActionType[]): boolean {
  for (let i = 0; i < forbid.length; i++) if (forbid[i] === action.type) return true;
  return false;
}

/** Answer, on `s` itself, every open call for help that can be paid for: so the playouts value forces kept in hand. */
function answerCalls(level: Level, s: GameState): void {
  const requests = s.requests;
  // Answering adds no request, so the calls open now are all there are to answer.
  for (let i = 0; i < requests.length; i++) {
    const r = requests[i]!;
    if (r.kind === 'crisisCall' && r.status === 'open') advance(level, s, { type: 'answerCrisisCall', request: r.id });
  }
}

/**
 * Play the rest of a running game cheaply, on `s` itself: the month's orders once more next
 * month (what they are worth depends on whether they are kept up), every call for help
 * answered while forces last, and nothing else.
 */
function playOutCheaply(level: Level, s: GameState, again: readonly Action[]): void {
  answerCalls(level, s);
  giveOn(level, s, again);
  for (;;) {
    endTurn(level, s, false);
    if (s.phase === 'over') return;
    answerCalls(level, s);
  }
}

// Loyalty points over which a member's place against a stance line turns from "surely short" to "surely across".
const MARGIN_SCALE = 4;

/** The loyalty a member needs to count as at `stance` or closer to Moscow. */
function floorOf(level: Level, stance: Stance): number {
  const b = level.stanceBounds;
  switch (stance) {
    case 'backs':
      return b.backs;
    case 'leans':
      return b.leans;
    case 'neutral':
      return b.drifts;
    case 'drifts':
      return b.abandons + 0.1;
    case 'abandons':
      return -Infinity;
  }
}

/** How far past (or short of) an objective the end is, in loyalty points or track points. */
function margin(level: Level, end: GameState, objective: Objective): number {
  switch (objective.type) {
    case 'membersAtLeast': {
      const loyalties = MEMBERS.map((id) => end.members[id].loyalty).sort((a, b) => b - a);
      return (loyalties[objective.count - 1] ?? -Infinity) - floorOf(level, objective.stance);
    }
    case 'noneAtOrBelow': {
      const rank = stanceRank(objective.stance);
      if (rank === 0) return -Infinity;
      return Math.min(...MEMBERS.map((id) => end.members[id].loyalty)) - floorOf(level, STANCES[rank - 1]!);
    }
    case 'trackAtLeast':
      return end.tracks[objective.track] - objective.value;
  }
}

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

/**
 * What a finished game is worth to the search: its score, plus the win bonus times how surely
 * the objectives are met. A near miss counts for nearly as much as a narrow win, so one
 * imagined future's luck does not swing a set's value by the whole bonus.
 */
export function playoutValue(level: Level, end: GameState, winBonus: number): number {
  const score = end.result?.score ?? end.score;
  if (end.result?.reason === 'collapse') return score;
  let sure = 1;
  for (const objective of level.objectives) sure *= sigmoid(margin(level, end, objective) / MARGIN_SCALE);
  return score + winBonus * sure;
}

/** Give `orders` (never endTurn) in turn on `s` itself, skipping any not allowed there. */
function giveOn(level: Level, s: GameState, orders: readonly Action[]): void {
  for (let i = 0; i < orders.length; i++) advance(level, s, orders[i]!);
}

/** `start` with `orders` given in turn, skipping any not allowed there. */
function give(level: Level, start: GameState, orders: readonly Action[]): GameState {
  const s = cloneState(start);
  giveOn(level, s, orders);
  return s;
}

/**
 * End the month after `orders` were given (`given` is the sample's root with them), play on;
 * the value of the end.
 */
function weigh(level: Level, sample: Sample, given: GameState, orders: readonly Action[], winBonus: number): number {
  const s = cloneState(given);
  if (sample.rng !== null) s.rng = sample.rng;
  // Only the end is weighed: the months need no explanations.
  endTurn(level, s, false);
  if (s.phase !== 'over') playOutCheaply(level, s, orders);
  return playoutValue(level, s, winBonus);
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
  const beamWidth = options.beam ?? DEFAULT_BEAM;
  const maxOrders = options.maxOrders ?? DEFAULT_MAX_ORDERS;
  const winBonus = options.winBonus ?? DEFAULT_WIN_BONUS;
  const budget = Math.max(1, Math.floor(options.budget));
  const n = candidates.length;
  // Futures per set: enough sets for the first depths and a narrow beam after them.
  const pool = Math.min(n, POOL);
  const confirmShare = options.futures ? 0 : CONFIRM_SHARE;
  const perSet = options.futures ?? Math.max(1, Math.floor((budget * (1 - confirmShare)) / (1 + n + (PLANNED_DEPTH - 1) * beamWidth * pool)));
  const drawn: Sample[] = [];
  const sample = (i: number) => (drawn[i] ??= samples(i));
  let spent = 0;
  const seen: Record<string, Scored> = {};

  // The orders are given once for each root, not once for each future: only the luck differs.
  const prepare = (orders: readonly Action[]) => {
    const done: GameState[] = [];
    return (root: GameState): GameState => {
      const k = roots.indexOf(root);
      if (k < 0) return give(level, root, orders);
      return (done[k] ??= give(level, root, orders));
    };
  };

  const score = (indices: number[]): Scored => {
    const key = indices.join(',');
    const known = byId(seen, key);
    if (known) return known;
    const orders = indices.map((i) => candidates[i]!);
    let total = 0;
    const given = prepare(orders);
    for (let i = 0; i < perSet; i++) total += weigh(level, sample(i), given(sample(i).root), orders, winBonus);
    spent += perSet;
    const scored = { key, indices, total, count: perSet };
    seen[key] = scored;
    return scored;
  };

  /** Whether `order` can follow `indices` in at least one sample's month. */
  const allowed = (indices: number[], order: Action): boolean => {
    for (const root of roots) {
      const s = cloneState(root);
      for (const i of indices) advance(level, s, candidates[i]!);
      if (refusal(level, s, order) === null) return true;
    }
    return false;
  };

  const empty = score([]);
  let best = empty;
  let beam: Scored[] = [empty];
  let additions: number[] = Array.from({ length: n }, (_, c) => c);
  const phaseBudget = budget * (1 - confirmShare);
  for (let depth = 1; depth <= maxOrders && beam.length > 0; depth++) {
    const next: Scored[] = [];
    for (const parent of beam) {
      for (const c of additions) {
        if (parent.indices.includes(c)) continue;
        if (spent + perSet > phaseBudget && depth > 1) break;
        const indices = [...parent.indices, c].sort((a, b) => a - b);
        if (hasId(seen, indices.join(','))) continue;
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
  const more = options.futures ? 0 : Math.floor((budget - spent) / Math.max(1, leaders.length));
  if (more > 0) {
    for (const leader of leaders) {
      const orders = leader.indices.map((i) => candidates[i]!);
      const given = prepare(orders);
      for (let i = perSet; i < perSet + more; i++) leader.total += weigh(level, sample(i), given(sample(i).root), orders, winBonus);
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
  if (state.phase === 'over') return { orders: [], value: playoutValue(level, state, options.winBonus ?? DEFAULT_WIN_BONUS), playouts: 0 };
  const candidates = searchCandidates(level, state, options.forbid);
  const base = uint32(rng);
  const samples = (i: number): Sample => {
    // Each future's luck follows from the search's generator and the index alone.
    const holder = { value: (base + Math.imul(i + 1, 0x9e3779b9)) >>> 0 };
    return { root: state, rng: uint32(holder) };
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
