// Names every object inherits, the empty name and a very long one, given as every kind of id
// through every way into the game: each is refused with a clear message and changes nothing.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { actUntrusted, newGame, parseLevel, RESOURCES } from '../src/engine';
import { LEVELS } from '../src/state/levels';
import { SAVE_KEY, SET_ASIDE_PREFIX } from '../src/state/save';
import { memoryStorage, type KeyValue } from '../src/state/storage';
import { createGameStore, SETTINGS_KEY } from '../src/state/store';
import { classGameFrom } from '../src/ui/address';
import { HOST_SOURCE, hostOriginsFrom, parseHostMessage } from '../src/ui/host';

const IDS: [string, string][] = [
  ['constructor', 'constructor'],
  ['toString', 'toString'],
  ['__proto__', '__proto__'],
  ['hasOwnProperty', 'hasOwnProperty'],
  ['valueOf', 'valueOf'],
  ['the empty string', ''],
  ['a 10 kB string', 'k'.repeat(10_000)],
];
const ROOT = join(__dirname, '..');
const level = LEVELS['may-2022']!;
const browserLike = (): KeyValue => ({ ...memoryStorage(), persistent: true });
const finiteResources = (resources: Record<string, number>) => RESOURCES.every((r) => Number.isFinite(resources[r]));

describe.each(IDS)('the id %s', (_name, id) => {
  it('in the address, as a level, a difficulty or a host: refused, naming the field', () => {
    expect(classGameFrom(new URLSearchParams({ level: id, seed: '1' }), LEVELS)).toMatchObject({ ok: false, field: 'level' });
    expect(classGameFrom(new URLSearchParams({ level: 'may-2022', difficulty: id, seed: '1' }), LEVELS)).toMatchObject({ ok: false, field: 'difficulty' });
    expect(hostOriginsFrom(new URLSearchParams({ host: id }), undefined)).toMatchObject({ ok: false, field: 'host' });
  });

  it.each(['level', 'difficulty'])('in a save, as its %s: set aside with a notice, and a fresh game starts', (field) => {
    const storage = browserLike();
    const text = JSON.stringify({ format: 1, level: 'may-2022', seed: 1, difficulty: 'standard', actions: [{ type: 'endTurn' }], [field]: id });
    storage.set(SAVE_KEY, text);
    const state = createGameStore({ storage, seed: 4, stamp: 'probe' }).getState();
    expect(state.notices.find((n) => n.kind === 'save-rejected')).toEqual({ kind: 'save-rejected', problem: field === 'level' ? 'unknown-level' : 'unknown-difficulty' });
    expect(state.game.actions).toEqual([]);
    expect(finiteResources(state.game.resources)).toBe(true);
    expect(storage.get(`${SET_ASIDE_PREFIX}probe`)).toBe(text);
  });

  it('in the stored settings, as the difficulty or language: dropped, and new games take a real difficulty', () => {
    const storage = browserLike();
    storage.set(SETTINGS_KEY, JSON.stringify({ difficulty: id, lang: id, textScale: id, tutorial: id }));
    const store = createGameStore({ storage, seed: 4 });
    expect(store.getState().settings).toMatchObject({ difficulty: 'standard', lang: 'en', textScale: 1, tutorial: 'pending' });
    store.getState().start('may-2022');
    expect(store.getState().game.difficulty).toBe('standard');
    expect(finiteResources(store.getState().game.resources)).toBe(true);
  });

  it('in a host message, as its type, a language or a field: refused whole', () => {
    expect(parseHostMessage({ source: HOST_SOURCE, type: id })).toMatchObject({ ok: false, error: { reason: 'unknown-type' } });
    expect(parseHostMessage({ source: HOST_SOURCE, type: 'settings', lang: id })).toMatchObject({ ok: false, error: { reason: 'bad-value', field: 'lang' } });
    expect(parseHostMessage(JSON.parse(JSON.stringify({ source: HOST_SOURCE, type: 'settings', [id]: 'ru' })))).toMatchObject({ ok: false, error: { reason: 'unknown-field' } });
  });

  it('in a level file, as its default difficulty, an event it waits for or a member: refused with a path', () => {
    const base = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/minimal-level.json'), 'utf8')) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    const refused = (change: (l: typeof base) => void, path: string) => {
      const copy = structuredClone(base);
      change(copy);
      const parsed = parseLevel(JSON.stringify(copy));
      expect(parsed.ok ? [] : parsed.error.map((e) => e.path)).toContain(path);
    };
    refused((l) => (l.defaultDifficulty = id), '$.defaultDifficulty');
    refused((l) => (l.events[0].after = [id]), '$.events[0].after[0]');
    refused((l) => (l.events[0].effects[0].member = id), '$.events[0].effects[0].member');
  });

  it('as an action\'s type, member, request, line or direction: refused, the game unchanged', () => {
    const store = createGameStore({ storage: memoryStorage(), seed: 4 });
    store.getState().start('may-2022', { seed: 4 });
    const before = store.getState().game;
    for (const action of [{ type: id }, { type: 'economicAid', member: id }, { type: 'answerCrisisCall', request: id }, { type: 'nordicLine', line: id }, { type: 'redeploy', to: id }]) {
      const refused = store.getState().act(action as never);
      expect(refused?.code).toMatch(/^(bad-action|unknown-request)$/);
      expect(store.getState().game).toBe(before);
      expect(store.getState().notices.some((n) => n.kind === 'action-refused')).toBe(true);
      expect(actUntrusted(level, before, action).ok).toBe(false);
    }
  });

  it('as a level to start, or a difficulty for a new game: nothing starts; the engine falls back to the default', () => {
    const store = createGameStore({ storage: memoryStorage(), seed: 4 });
    const before = store.getState();
    store.getState().start(id);
    expect(store.getState()).toBe(before);
    const game = newGame(level, { seed: 1, difficulty: id });
    expect(game.difficulty).toBe(level.defaultDifficulty);
    expect(finiteResources(game.resources)).toBe(true);
  });

  it.each(['--level', '--difficulty'])('as the simulator\'s %s: a clear error, a non-zero exit, nothing printed', (flag) => {
    const args = flag === '--level' ? ['--level', id] : ['--level', 'may-2022', '--difficulty', id];
    const run = spawnSync(join(ROOT, 'node_modules/.bin/tsx'), ['src/cli/sim.ts', ...args, '--policy', 'greedy', '--json'], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
    expect(run.status).not.toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(flag === '--level' ? /no level|--level/ : /--difficulty must be one of gentle, standard, hard/);
    expect(run.stderr.length).toBeLessThan(1000);
  }, 60_000);
});
