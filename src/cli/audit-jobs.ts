// The audit's units of work, run in worker threads: a batch of games by one policy, or the
// best fixed plan of one level and difficulty with everything measured on top of it.
import { byId, planFigures, playPolicy, summarise, type GameSummary, type Level, type PlanResult, type PlaySpec } from '../engine';
import { loadLevel } from './levels';

export type Job =
  | { kind: 'play'; level: string; difficulty: string; name: string; spec: PlaySpec; seeds: number[] }
  | { kind: 'plan'; level: string; difficulty: string; train: number[]; seeds: number[]; budget: number };

export type JobResult = { kind: 'play'; games: GameSummary[] } | ({ kind: 'plan' } & PlanResult);

const levels: Record<string, Level> = {};
export function levelById(id: string): Level {
  const known = byId(levels, id);
  if (known) return known;
  const loaded = loadLevel(id);
  if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
  levels[id] = loaded.level;
  return loaded.level;
}

export function runJob(job: Job): JobResult {
  const level = levelById(job.level);
  if (job.kind === 'play') return { kind: 'play', games: job.seeds.map((seed) => summarise(level, playPolicy(level, job.difficulty, seed, job.spec))) };
  return { kind: 'plan', ...planFigures(level, job.difficulty, job.train, job.seeds, job.budget) };
}
