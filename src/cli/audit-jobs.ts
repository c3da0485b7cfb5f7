// The audit's units of work, run in worker threads: a batch of games by one policy, or the
// best fixed plan of one level and difficulty with everything measured on top of it.
import {
  coercionEffect, findFixedPlan, fromPlan, leverChanges, LEVER_CHOICES, MEMBERS, playPlan, playPolicy, summarise,
  type FixedPlan, type GameSummary, type Level, type LeverChoice, type MemberId, type PlaySpec,
} from '../engine';
import { loadLevel } from './levels';

export type Job =
  | { kind: 'play'; level: string; difficulty: string; name: string; spec: PlaySpec; seeds: number[] }
  | { kind: 'plan'; level: string; difficulty: string; train: number[]; seeds: number[]; budget: number };

export interface PlanResult {
  plan: FixedPlan;
  games: GameSummary[];
  levers: Record<LeverChoice, { seeds: number; changed: number }>;
  coercion: Record<MemberId, { loyaltyGain: number; liftedIntoBacks: number }>;
}

export type JobResult = { kind: 'play'; games: GameSummary[] } | ({ kind: 'plan' } & PlanResult);

const levels: Record<string, Level> = {};
export function levelById(id: string): Level {
  if (!levels[id]) {
    const loaded = loadLevel(id);
    if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
    levels[id] = loaded.level;
  }
  return levels[id]!;
}

export function runJob(job: Job): JobResult {
  const level = levelById(job.level);
  if (job.kind === 'play') {
    return { kind: 'play', games: job.seeds.map((seed) => summarise(level, playPolicy(level, job.difficulty, seed, job.spec))) };
  }
  const plan = findFixedPlan(level, job.difficulty, job.train, { budget: job.budget });
  const games = job.seeds.map((seed) => summarise(level, playPlan(level, job.difficulty, seed, fromPlan(plan))));
  const levers = {} as PlanResult['levers'];
  for (const lever of LEVER_CHOICES) {
    const outcomes = job.seeds.map((seed) => leverChanges(level, job.difficulty, seed, plan, lever)).filter((x): x is boolean => x !== null);
    levers[lever] = { seeds: outcomes.length, changed: outcomes.length ? outcomes.filter(Boolean).length / outcomes.length : 0 };
  }
  const coercion = {} as PlanResult['coercion'];
  for (const member of MEMBERS) {
    const effects = job.seeds.map((seed) => coercionEffect(level, job.difficulty, seed, plan, member));
    const n = Math.max(1, effects.length);
    coercion[member] = {
      loyaltyGain: effects.reduce((s, e) => s + e.loyaltyGain, 0) / n,
      liftedIntoBacks: effects.filter((e) => e.liftedIntoBacks).length / n,
    };
  }
  return { kind: 'plan', plan, games, levers, coercion };
}
