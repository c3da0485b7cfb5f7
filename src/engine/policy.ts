// Automatic players, for the simulator, the benchmark and tests: pure and seeded.
import { affordable, END_TURN, legalActionList, openCallAt, openCallCount, pricedCandidates, refusalBy, type Action, type ActionType } from './actions';
import { cloneState } from './clone';
import { advance } from './game';
import type { Level } from './level';
import { mix, nextState, seedState } from './random';
import { DEFAULT_BUDGET, searchPolicy } from './search';
import type { GameState } from './state';
import { endTurn } from './turn';

export const POLICIES = ['passive', 'random', 'greedy', 'search'] as const;
export type PolicyName = (typeof POLICIES)[number];

export interface Policy {
  /**
   * The next action for `state`; `rng` is the policy's own generator state, apart from the game's.
   * `state` may be a playout's working state, changed once the call returns: read it, never keep it.
   */
  choose(level: Level, state: GameState, rng: { value: number }): Action;
}

const passive: Policy = { choose: () => END_TURN };

/** Uniform over the legal actions, by rejection: draw any candidate, redraw while it is illegal or forbidden. */
function randomPolicy(forbid: readonly ActionType[]): Policy {
  return {
    choose(level, state, rng) {
      // The candidates, as `candidates` lists them: the open calls, the fixed orders, the end of the turn.
      const { call, fixed } = pricedCandidates(level);
      const calls = openCallCount(state);
      const count = calls + fixed.length + 1;
      // The generator is stepped here, one step a draw, and its state written back once (as `drawValue` would leave it).
      let value = rng.value;
      for (;;) {
        value = nextState(value);
        const i = Math.floor(mix(value) * count) - calls;
        let action: Action;
        if (i >= fixed.length) {
          // endTurn is always legal while the game runs, so this ends.
          action = END_TURN;
        } else {
          // The check a random game makes hundreds of times, mostly late in a month, when most
          // orders cost more than is left: the price, known in advance, is tested first.
          const order = i < 0 ? call : fixed[i]!;
          if (!affordable(order.cost, state.resources)) continue;
          const given = i < 0 ? openCallAt(state, i + calls) : fixed[i]!.action;
          if (refusalBy(level, state, given, order.lever, order.cost) !== null) continue;
          action = given;
        }
        if (forbid.length === 0 || !forbid.includes(action.type)) {
          rng.value = value;
          return action;
        }
      }
    },
  };
}

/** The score once the turn ends after `order` (none: at once), on a copy; the month unexplained, since only the score is read. */
function scoreAfterTurn(level: Level, state: GameState, order: Action | null): number {
  const s = cloneState(state);
  if (order !== null && !advance(level, s, order)) return -Infinity;
  endTurn(level, s, false);
  return s.score;
}

/** One step of look-ahead: the order whose turn ends with the best score, or end the turn. */
function greedyPolicy(forbid: readonly ActionType[]): Policy {
  return {
    choose(level, state) {
      let best: Action = END_TURN;
      let bestScore = scoreAfterTurn(level, state, null);
      for (const action of legalActionList(level, state)) {
        if (action.type === 'endTurn' || forbid.includes(action.type)) continue;
        const score = scoreAfterTurn(level, state, action);
        if (score > bestScore) {
          best = action;
          bestScore = score;
        }
      }
      return best;
    },
  };
}

export interface PolicyOptions {
  /** Levers the policy may not use, e.g. `coerce`. */
  forbid?: readonly ActionType[];
  /** The search's playouts per month. */
  budget?: number;
}

/** A policy by name, with levers forbidden and the search's budget. */
export function makePolicy(name: PolicyName, options: PolicyOptions = {}): Policy {
  const forbid = options.forbid ?? [];
  switch (name) {
    case 'passive':
      return passive;
    case 'random':
      return randomPolicy(forbid);
    case 'greedy':
      return greedyPolicy(forbid);
    case 'search':
      return searchPolicy({ budget: options.budget ?? DEFAULT_BUDGET, forbid });
  }
}

/** The policies with nothing forbidden; the search at its default budget. */
export const POLICY: Record<PolicyName, Policy> = {
  passive,
  random: randomPolicy([]),
  greedy: greedyPolicy([]),
  search: searchPolicy({ budget: DEFAULT_BUDGET }),
};

/** A policy's generator, seeded apart from the game's so choosing never shifts the game's luck. */
export function policyRng(seed: number): { value: number } {
  return { value: seedState((seed ^ 0x5bd1e995) >>> 0) };
}

/**
 * Play on until the game ends; returns the final state, `start` untouched. The game is played
 * in place on one copy, which the policy reads only while it chooses.
 */
export function playOut(level: Level, start: GameState, policy: Policy, rng: { value: number }, maxSteps = 10_000): GameState {
  const s = cloneState(start);
  for (let step = 0; step < maxSteps && s.phase !== 'over'; step++) {
    // A policy proposing an illegal action ends the turn instead, so a game always finishes.
    if (!advance(level, s, policy.choose(level, s, rng))) endTurn(level, s);
  }
  return s;
}
