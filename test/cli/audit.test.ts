// The audit as a user runs it: a real process on a handful of seeds.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LEVER_CHOICES, MEMBERS } from '../../src/engine';

const ROOT = join(__dirname, '../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const TINY = ['--seeds', '2', '--train', '2', '--budget', '8', '--plan-budget', '40'];

function audit(...args: string[]) {
  const run = spawnSync(TSX, ['src/cli/audit.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('npm run audit', { timeout: 120_000 }, () => {
  it('--json prints every section for every level and difficulty', () => {
    const run = audit(...TINY, '--json');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.settings).toEqual({ seeds: 2, budget: 8, train: 2, planBudget: 40, workers: expect.any(Number) });
    expect(report.seconds).toEqual(expect.any(Number));
    const cells = report.cells.map((c: { level: string; difficulty: string }) => `${c.level} ${c.difficulty}`);
    for (const level of ['may-2022', 'autumn-2022']) for (const d of ['gentle', 'standard', 'hard']) expect(cells).toContain(`${level} ${d}`);
    for (const cell of report.cells) {
      expect(Object.keys(cell.policies).sort()).toEqual(['greedy', 'passive', 'random', 'search', 'search-no-coerce']);
      for (const p of Object.values(cell.policies) as { games: number; winRate: number; meanScore: number; patterns: number }[]) {
        expect(p).toMatchObject({ games: 2, winRate: expect.any(Number), meanScore: expect.any(Number), patterns: expect.any(Number) });
      }
      expect(cell.policies.passive).toMatchObject({ articlePicture: expect.any(Number), backsAtEnd: expect.any(Object), backsEver: expect.any(Object) });
      expect(cell.fixedPlan.plan).toEqual(expect.any(Array));
      expect(cell.fixedPlan.figures.games).toBe(2);
      expect(cell.movement).toMatchObject({ shares: expect.any(Object), articleForces: expect.any(Number), unstatedLevers: expect.any(Number) });
      expect(Object.keys(cell.levers).sort()).toEqual([...LEVER_CHOICES].sort());
      expect(Object.keys(cell.coercion).sort()).toEqual([...MEMBERS]);
    }
    const ids = report.conditions.map((c: { id: string }) => c.id);
    expect(ids).toContain('may-2022:coercion-does-not-pay');
    expect(ids).toContain('autumn-2022:search-wins-55-85');
    expect(ids).toContain('nato-confrontation');
    for (const c of report.conditions) expect(c).toEqual({ id: expect.any(String), text: expect.any(String), pass: expect.any(Boolean), figure: expect.any(String) });
  });

  it('prints a readable table with the settings used, the conditions and the time taken', () => {
    const run = audit(...TINY, '--levels', 'may-2022', '--difficulties', 'standard');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('2 seeds a cell');
    expect(run.stdout).toContain('search 8 playouts a month');
    expect(run.stdout).toMatch(/search, coercion forbidden/);
    expect(run.stdout).toMatch(/best fixed plan/);
    expect(run.stdout).toMatch(/^ {2}(PASS|FAIL) {2}may-2022:coercion-does-not-pay: search with coercion/m);
    expect(run.stdout).toMatch(/Took \d+\.\d s/);
  });

  it('refuses a bad flag with its usage and exit code 2', () => {
    const run = audit('--seeds', 'many');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--seeds must be a whole number');
    expect(audit('--levels', 'june-2022').stderr).toContain('no level "june-2022"');
  });
});
