// Automatic players, for the simulator, the benchmark and tests: pure and seeded.
import { candidateAt, candidateCount, legalActions, refusal, type Action, type ActionType } from './actions';
import { act } from './game';
import type { Level } from './level';
import { drawValue, seedState } from './random';
import { DEFAULT_BUDGET, searchPolicy } from './search';
import type { GameState } from './state';
import type { Step } from './step';

export const POLICIES = ['passive', 'random', 'greedy', 'search'] as const;
export type PolicyName = (typeof POLICIES)[number];

export interface Policy {
  /** The next action for `state`; `rng` is the policy's own generator state, apart from the game's. */
  choose(level: Level, state: GameState, rng: { value: number }): Action;
}

const END_TURN: Action = { type: 'endTurn' };

const passive: Policy = { choose: () => END_TURN };

/** Uniform over the legal actions, by rejection: draw any candidate, redraw while it is illegal or forbidden. */
function randomPolicy(forbid: readonly ActionType[]): Policy {
  return {
    choose(level, state, rng) {
      const count = candidateCount(state);
      for (;;) {
        const action = candidateAt(state, Math.floor(drawValue(rng) * count));
        // endTurn is always among the candidates and always legal while the game runs, so this ends.
        if (refusal(level, state, action) === null && !forbid.includes(action.type)) return action;
      }
    },
  };
}

function scoreAfterTurn(level: Level, state: GameState): number {
  const ended = act(level, state, END_TURN);
  return ended.ok ? ended.value.state.score : -Infinity;
}

/** One step of look-ahead: the order whose turn ends with the best score, or end the turn. */
function greedyPolicy(forbid: readonly ActionType[]): Policy {
  return {
    choose(level, state) {
      let best: Action = END_TURN;
      let bestScore = scoreAfterTurn(level, state);
      for (const { action } of legalActions(level, state)) {
        if (action.type === 'endTurn' || forbid.includes(action.type)) continue;
        const next = act(level, state, action);
        if (!next.ok) continue;
        const score = scoreAfterTurn(level, next.value.state);
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

/** Play on until the game ends; returns the final state. */
export function playOut(level: Level, start: GameState, policy: Policy, rng: { value: number }, maxSteps = 10_000): GameState {
  let state = start;
  for (let step = 0; step < maxSteps && state.phase !== 'over'; step++) {
    const next = act(level, state, policy.choose(level, state, rng));
    // A policy proposing an illegal action ends the turn instead, so a game always finishes.
    state = next.ok ? next.value.state : (act(level, state, END_TURN) as { ok: true; value: Step }).value.state;
  }
  return state;
}
