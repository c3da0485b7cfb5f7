// The simulator as a user runs it: a real process, its stdout, stderr and exit code.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MEMBERS } from '../../src/engine';

const ROOT = join(__dirname, '../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');

function sim(...args: string[]) {
  const run = spawnSync(TSX, ['src/cli/sim.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

const scratch = mkdtempSync(join(tmpdir(), 'paper-alliance-sim-'));
const file = (name: string, content: string) => {
  const path = join(scratch, name);
  writeFileSync(path, content);
  return path;
};

describe('npm run sim', { timeout: 60_000 }, () => {
  it('plays a whole game and prints one JSON object with the documented fields', () => {
    const run = sim('--level', 'may-2022', '--seed', '7', '--policy', 'passive', '--json');
    expect(run.status).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const game = JSON.parse(lines[0]!);
    expect(game).toMatchObject({ level: 'may-2022', seed: 7, policy: 'passive', turns: 8 });
    expect(['win', 'loss']).toContain(game.result);
    expect(typeof game.score).toBe('number');
    expect(Object.keys(game.members).sort()).toEqual([...MEMBERS]);
    expect(game.members.BLR.stance).toBe('leans');
    expect(game.history).toHaveLength(8);
    const first = game.history[0];
    expect(first.events.map((e: { event: string }) => e.event)).toContain('isk-rockets');
    expect(first.members.KAZ.factors[0]).toEqual(expect.objectContaining({ name: expect.any(String), size: expect.any(Number), claims: expect.any(Array), paragraphs: expect.any(Array), sentence: expect.any(String) }));
  });
  it('is deterministic: the same arguments print the same game', () => {
    const a = sim('--level', 'may-2022', '--seed', '3', '--policy', 'random', '--json');
    const b = sim('--level', 'may-2022', '--seed', '3', '--policy', 'random', '--json');
    expect(a.stdout).toBe(b.stdout);
  });
  it('--games N prints one line a game with consecutive seeds', () => {
    const run = sim('--level', 'may-2022', '--seed', '10', '--policy', 'greedy', '--games', '3', '--json');
    expect(run.status).toBe(0);
    expect(run.stdout.trim().split('\n').map((l) => JSON.parse(l).seed)).toEqual([10, 11, 12]);
  });
  it('--list-actions prints the opening legal actions, which --actions accepts back', () => {
    const listed = sim('--level', 'may-2022', '--list-actions');
    expect(listed.status).toBe(0);
    const actions = JSON.parse(listed.stdout);
    expect(actions.length).toBeGreaterThan(10);
    expect(actions).toContainEqual(expect.objectContaining({ type: 'economicAid', member: 'KGZ', cost: { economicLeverage: 3 }, target: 'KGZ' }));
    // An action exactly as listed, cost and target included, is accepted in a script.
    const listed0 = actions.find((a: { type: string }) => a.type === 'answerCrisisCall');
    const { cost: _cost, target: _target, ...answer } = listed0;
    const script = file('script.json', JSON.stringify([{ turn: 1, action: listed0 }, { turn: 3, action: { type: 'economicAid', member: 'KGZ' } }]));
    const run = sim('--level', 'may-2022', '--seed', '1', '--actions', script, '--json');
    expect(run.status).toBe(0);
    const game = JSON.parse(run.stdout);
    expect(game.history[0].actions).toContainEqual(answer);
    expect(game.history[2].actions).toContainEqual({ type: 'economicAid', member: 'KGZ' });
  });
  it.each([
    [['--seed', '1'], /--level is required/],
    [['--level', 'may-2022', '--policy', 'clever'], /--policy must be one of/],
    [['--level', 'may-2022', '--seed', 'x7'], /--seed must be/],
    [['--level', 'may-2022', '--seed', '-4'], /--seed/],
    [['--level', 'may-2022', '--games', '0'], /--games must be/],
    [['--level', 'may-2022', '--colour', 'red'], /Unknown option/],
    [['--level', 'nowhere'], /no level "nowhere"/],
    [['--level', 'may-2022', '--difficulty', 'nightmare'], /--difficulty must be one of/],
  ])('rejects %j with a clear message and a non-zero exit, printing nothing', (args, message) => {
    const run = sim(...args);
    expect(run.status).not.toBe(0);
    expect(run.stderr).toMatch(message);
    expect(run.stdout).toBe('');
  });
  it('rejects a broken level file, naming the path and code of each error', () => {
    const run = sim('--level', join(ROOT, 'test/fixtures/bad-levels/unknown-member-in-effect.json'));
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain('$.events[0].effects[0].member: unknown-member');
    expect(run.stdout).toBe('');
  });
  it('rejects a script with an illegal action and prints no game', () => {
    const script = file('bad.json', JSON.stringify([{ turn: 1, action: { type: 'economicAid', member: 'KGZ' } }, { turn: 1, action: { type: 'economicAid', member: 'KGZ' } }]));
    const run = sim('--level', 'may-2022', '--actions', script, '--games', '2', '--json');
    expect(run.status).not.toBe(0);
    expect(run.stderr).toMatch(/entry 1 \(turn 1\): already-used/);
    expect(run.stdout).toBe('');
  });
  it('rejects a script that is not JSON', () => {
    const run = sim('--level', 'may-2022', '--actions', file('junk.json', 'turn one: aid'));
    expect(run.status).not.toBe(0);
    expect(run.stderr).toMatch(/cannot read actions file/);
  });
  it('--policy search plays with the budget given, the same game each time', () => {
    const a = sim('--level', 'autumn-2022', '--seed', '5', '--policy', 'search', '--budget', '40', '--json');
    expect(a.status).toBe(0);
    const game = JSON.parse(a.stdout);
    expect(game).toMatchObject({ policy: 'search', turns: 4 });
    expect(game.history[0].actions.length).toBeGreaterThan(1);
    expect(sim('--level', 'autumn-2022', '--seed', '5', '--policy', 'search', '--budget', '40', '--json').stdout).toBe(a.stdout);
  });
  it('--no-coerce forbids coercion to any policy', () => {
    const coerced = (run: { stdout: string }) => run.stdout.trim().split('\n').flatMap((l) => JSON.parse(l).history.flatMap((t: { actions: { type: string }[] }) => t.actions)).filter((a: { type: string }) => a.type === 'coerce');
    for (const policy of ['random', 'greedy']) {
      const run = sim('--level', 'may-2022', '--policy', policy, '--games', '5', '--no-coerce', '--json');
      expect(run.status).toBe(0);
      expect(coerced(run)).toEqual([]);
    }
    // Random play coerces now and then when it may, so the flag is what keeps it out.
    expect(coerced(sim('--level', 'may-2022', '--policy', 'random', '--games', '5', '--json')).length).toBeGreaterThan(0);
  });
  it('rejects a budget that is not a whole number of playouts', () => {
    const run = sim('--level', 'may-2022', '--policy', 'search', '--budget', 'lots');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--budget must be a whole number');
  });
});
