// The strategy audit: does strong play teach the article's argument? For each level and
// difficulty, games by every policy, the best fixed plan, where loyalty movement comes from,
// each claim's lever, coercion member by member; then the conditions as PASS/FAIL.
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { isMainThread, parentPort, Worker } from 'node:worker_threads';
import {
  assembleFigures, AUDITED_POLICIES, byId, confrontationCondition, conditions, hasId, LEVER_CHOICES, LEVER_LABELS, MEMBERS, RULE_GROUPS,
  type Condition, type GameSummary, type LevelFigures, type PlanResult, type RuleId,
} from '../engine';
import { levelById, runJob, type Job, type JobResult } from './audit-jobs';
import { levelIds } from './levels';

const USAGE = `usage: npm run audit -- [--seeds N] [--budget N] [--train N] [--plan-budget N] [--levels A,B] [--difficulties A,B]
                        [--workers N] [--json]`;

// Seeds the fixed plan is trained on, apart from the seeds everything is scored on.
const TRAIN_FROM = 1_000_001;
const CHUNK = 20;

interface Settings {
  seeds: number;
  budget: number;
  train: number;
  planBudget: number;
  levels: string[];
  difficulties: string[] | null;
  workers: number;
  json: boolean;
}

class UsageError extends Error {}

function whole(name: string, text: string, min: number, max: number): number {
  const n = Number(text);
  if (!/^\d+$/.test(text) || n < min || n > max) throw new UsageError(`--${name} must be a whole number from ${min} to ${max}, not "${text}"`);
  return n;
}

function settings(argv: string[]): Settings | null {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        seeds: { type: 'string', default: '200' },
        budget: { type: 'string', default: '200' },
        train: { type: 'string', default: '40' },
        'plan-budget': { type: 'string' },
        levels: { type: 'string' },
        difficulties: { type: 'string' },
        workers: { type: 'string', default: String(Math.min(2, availableParallelism())) },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (e) {
    throw new UsageError(e instanceof Error ? e.message : String(e));
  }
  if (values.help) return null;
  const train = whole('train', values.train, 1, 1000);
  const known = levelIds();
  const levels = values.levels ? values.levels.split(',') : known;
  for (const id of levels) if (!known.includes(id)) throw new UsageError(`--levels: no level "${id}"; levels: ${known.join(', ')}`);
  return {
    seeds: whole('seeds', values.seeds, 1, 100_000),
    budget: whole('budget', values.budget, 1, 1_000_000),
    train,
    // Enough playouts a month that each order set the beam weighs meets every training seed.
    planBudget: values['plan-budget'] ? whole('plan-budget', values['plan-budget'], 1, 10_000_000) : train * 200,
    levels,
    difficulties: values.difficulties ? values.difficulties.split(',') : null,
    workers: whole('workers', values.workers, 1, 64),
    json: values.json,
  };
}

/** Run the jobs on worker threads, longest first; results in the jobs' order. */
async function runAll(jobs: Job[], workers: number): Promise<JobResult[]> {
  const results: JobResult[] = new Array(jobs.length);
  const order = jobs.map((_, i) => i);
  let next = 0;
  const bootstrap = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(import.meta.url)}); });`;
  await Promise.all(
    Array.from({ length: Math.min(workers, jobs.length) }, () => new Promise<void>((resolve, reject) => {
      const worker = new Worker(bootstrap, { eval: true });
      let current = -1;
      const feed = () => {
        if (next >= order.length) {
          void worker.terminate().then(() => resolve());
          return;
        }
        current = order[next++]!;
        worker.postMessage(jobs[current]);
      };
      worker.on('message', (message: JobResult | 'ready') => {
        if (message !== 'ready') results[current] = message;
        feed();
      });
      worker.on('error', reject);
    })),
  );
  return results;
}

const pct = (x: number) => `${Math.round(x * 100)}%`;
const one = (x: number) => (Math.round(x * 10) / 10).toFixed(1);
const pad = (text: string, width: number) => (text.length >= width ? text : text + ' '.repeat(width - text.length));

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  return rows.map((r) => '  ' + r.map((cell, c) => pad(cell, widths[c]!)).join('  ').trimEnd()).join('\n');
}

function describePlan(plan: PlanResult['plan']): string[] {
  return plan.map((month, i) => `    month ${i + 1}: ${month.length === 0 ? '—' : month.map((o) => Object.values(o).filter((v) => v !== undefined).join(' ')).join(', ')}`);
}

function report(figures: LevelFigures[], allConditions: Condition[], s: Settings, seconds: number, cpuSeconds: number): string {
  const out: string[] = [];
  out.push(`Strategy audit: ${s.seeds} seeds a cell (1–${s.seeds}); search ${s.budget} playouts a month; best fixed plan found on ${s.train} other seeds (${s.planBudget} playouts a month); ${s.workers} workers`);
  for (const id of s.levels) {
    const rows = figures.filter((f) => f.level === id);
    const ds = rows.map((f) => f.difficulty);
    out.push('', `${id}`, '');
    const head = ['', ...ds.flatMap((d) => [`${d} win`, 'score'])];
    const line = (label: string, get: (f: LevelFigures) => { winRate: number; meanScore: number } | undefined) =>
      [label, ...rows.flatMap((f) => {
        const x = get(f);
        return x ? [pct(x.winRate), one(x.meanScore)] : ['', ''];
      })];
    out.push(table([
      head,
      ...AUDITED_POLICIES.map((p) => line(p.name === 'search-no-coerce' ? 'search, coercion forbidden' : p.name, (f) => byId(f.policies, p.name)?.figures)),
      line('best fixed plan', (f) => f.fixedPlan?.figures),
    ]));
    out.push('');
    out.push(table([
      ['', ...ds],
      ['distinct end patterns, search', ...rows.map((f) => String(f.policies.search?.figures.patterns ?? ''))],
      ['distinct end patterns, passive', ...rows.map((f) => String(f.policies.passive?.figures.patterns ?? ''))],
      ["passive ends in the article's picture (C1)", ...rows.map((f) => pct(f.policies.passive?.figures.articlePicture ?? 0))],
      ...MEMBERS.map((m) => [`${m} at backs, search: at the end / ever`, ...rows.map((f) => {
        const x = f.policies.search?.figures;
        return x ? `${pct(x.backsAtEnd[m])} / ${pct(x.backsEver[m])}` : '';
      })]),
    ]));
    out.push('', '  Where loyalty movement comes from, search play (share of absolute movement from rules; orbit and news left out):');
    const ruleIds = [...new Set(rows.flatMap((f) => Object.keys(f.movement?.shares ?? {})))] as RuleId[];
    ruleIds.sort((a, b) => (rows[0]?.movement?.shares[b] ?? 0) - (rows[0]?.movement?.shares[a] ?? 0));
    const group = (rule: RuleId) => (RULE_GROUPS.articleForces.includes(rule) ? "article's force" : RULE_GROUPS.unstatedLevers.includes(rule) ? 'not stated by the article' : '');
    out.push(table([
      ['rule', 'group', ...ds],
      ...ruleIds.map((r) => [r, group(r), ...rows.map((f) => pct(f.movement?.shares[r] ?? 0))]),
      ["article's forces", '', ...rows.map((f) => pct(f.movement?.articleForces ?? 0))],
      ['levers the article does not state (aid, coercion)', '', ...rows.map((f) => pct(f.movement?.unstatedLevers ?? 0))],
    ]));
    out.push('', '  Each lever, chosen in the first month it can be on top of the best fixed plan: seeds where a December stance changes');
    out.push(table([
      ['lever', ...ds],
      ...LEVER_CHOICES.map((l) => [LEVER_LABELS[l], ...rows.map((f) => {
        const x = f.levers?.[l];
        return !x ? '' : x.seeds === 0 ? 'n/a' : `${pct(x.changed)} of ${x.seeds}`;
      })]),
    ]));
    out.push('', '  Coercing a member every month against never, on the best fixed plan: December loyalty gained; seeds lifted into backs');
    out.push(table([
      ['member', ...ds],
      ...MEMBERS.map((m) => [m, ...rows.map((f) => {
        const x = f.coercion?.[m];
        return x ? `${x.loyaltyGain >= 0 ? '+' : ''}${one(x.loyaltyGain)}; ${pct(x.liftedIntoBacks)}` : '';
      })]),
    ]));
    for (const f of rows) if (f.fixedPlan) out.push('', `  Best fixed plan, ${f.difficulty} (it answers only the calls every game receives):`, ...describePlan(f.fixedPlan.plan));
  }
  out.push('', 'Conditions strong play must meet, at standard:', '');
  for (const c of allConditions) out.push(`  ${c.pass ? 'PASS' : 'FAIL'}  ${c.id}: ${c.text}`, `          ${c.figure}`);
  out.push('', '  Not measured here (the test suites check them): undo takes back only the current month; every citation and slip mended.');
  const failed = allConditions.filter((c) => !c.pass).length;
  out.push('', `${allConditions.length - failed} of ${allConditions.length} conditions pass. Took ${one(seconds)} s (${one(cpuSeconds)} s of CPU time over all threads).`);
  return out.join('\n');
}

async function main(argv: string[]): Promise<number> {
  const s = settings(argv);
  if (!s) {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  const seeds = Array.from({ length: s.seeds }, (_, i) => i + 1);
  const train = Array.from({ length: s.train }, (_, i) => TRAIN_FROM + i);
  const cells = s.levels.flatMap((id) => {
    const level = levelById(id);
    const ds = s.difficulties ? s.difficulties.filter((d) => hasId(level.difficulties, d)) : Object.keys(level.difficulties);
    return ds.map((difficulty) => ({ level: id, difficulty }));
  });
  const jobs: Job[] = [];
  const where: { cell: number; name: string }[] = [];
  // The search's games first: they are the longest, and the pool then ends on short jobs.
  const rows = [...AUDITED_POLICIES].sort((a, b) => Number(b.spec.policy === 'search') - Number(a.spec.policy === 'search'));
  cells.forEach((cell, c) => {
    jobs.push({ kind: 'plan', ...cell, train, seeds, budget: s.planBudget });
    where.push({ cell: c, name: 'plan' });
  });
  for (const row of rows) {
    cells.forEach((cell, c) => {
      const spec = row.spec.policy === 'search' ? { ...row.spec, budget: s.budget } : row.spec;
      for (let i = 0; i < seeds.length; i += CHUNK) {
        jobs.push({ kind: 'play', ...cell, name: row.name, spec, seeds: seeds.slice(i, i + CHUNK) });
        where.push({ cell: c, name: row.name });
      }
    });
  }
  const results = await runAll(jobs, s.workers);
  const figures: LevelFigures[] = cells.map((cell, c) => {
    const level = levelById(cell.level);
    const games: Record<string, GameSummary[]> = {};
    let plan: PlanResult | null = null;
    results.forEach((r, i) => {
      if (where[i]!.cell !== c) return;
      if (r.kind === 'plan') plan = r;
      else {
        const name = where[i]!.name;
        games[name] = [...(byId(games, name) ?? []), ...r.games];
      }
    });
    return assembleFigures(level, cell.difficulty, games, plan as PlanResult | null);
  });
  const allConditions: Condition[] = [];
  for (const id of s.levels) {
    const byDifficulty = Object.fromEntries(figures.filter((f) => f.level === id).map((f) => [f.difficulty, f]));
    allConditions.push(...conditions(byDifficulty));
  }
  allConditions.push(confrontationCondition(figures.filter((f) => f.difficulty === 'standard')));
  const seconds = (performance.now() - start) / 1000;
  const cpu = process.cpuUsage(cpuStart);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  if (s.json) {
    const cellsOut = figures.map((f) => ({
      ...f,
      policies: Object.fromEntries(Object.entries(f.policies).map(([name, p]) => [name, p.figures])),
    }));
    const used = { seeds: s.seeds, budget: s.budget, train: s.train, planBudget: s.planBudget, workers: s.workers };
    process.stdout.write(JSON.stringify({ settings: used, seconds: Number(seconds.toFixed(1)), cpuSeconds: Number(cpuSeconds.toFixed(1)), cells: cellsOut, conditions: allConditions }) + '\n');
  } else {
    process.stdout.write(report(figures, allConditions, s, seconds, cpuSeconds) + '\n');
  }
  return 0;
}

if (isMainThread) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      if (e instanceof UsageError) {
        process.stderr.write(`error: ${e.message}\n${USAGE}\n`);
        process.exitCode = 2;
      } else {
        throw e;
      }
    },
  );
} else {
  parentPort!.on('message', (job: Job) => parentPort!.postMessage(runJob(job)));
  parentPort!.postMessage('ready');
}
