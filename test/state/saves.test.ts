// Corrupt and hostile saves: each is reported, kept (set aside, or where it was if it could
// not be copied), never overwritten, and a fresh game starts. Only the three latest copies stay.
import { describe, expect, it } from 'vitest';
import { SAVE_FORMAT, SAVE_KEY, SET_ASIDE_KEEP, SET_ASIDE_PREFIX, setAsideSaves } from '../../src/state/save';
import { memoryStorage, type KeyValue } from '../../src/state/storage';
import { createGameStore } from '../../src/state/store';

const good = { format: SAVE_FORMAT, level: 'may-2022', seed: 1, difficulty: 'standard', actions: [{ type: 'economicAid', member: 'KAZ' }, { type: 'endTurn' }] };
const save = (patch: Record<string, unknown>) => JSON.stringify({ ...good, ...patch });
const without = (key: string) => JSON.stringify(Object.fromEntries(Object.entries(good).filter(([k]) => k !== key)));

/** [what, the stored text, the problem it must be reported as] */
const BAD: [string, string, string][] = [
  ['not JSON', '{ this is not json', 'corrupt'],
  ['empty', '', 'corrupt'],
  ['cut short', save({}).slice(0, 40), 'corrupt'],
  ['null', 'null', 'corrupt'],
  ['a number', '42', 'corrupt'],
  ['a string', '"save"', 'corrupt'],
  ['an array', '[1, 2]', 'corrupt'],
  ['no format', without('format'), 'corrupt'],
  ['format as text', save({ format: '1' }), 'corrupt'],
  ['an older format', save({ format: 0 }), 'outdated'],
  ['a newer format', save({ format: 2 }), 'outdated'],
  ['format 1e308', save({ format: 1e308 }), 'outdated'],
  ['an unknown level', save({ level: 'atlantis' }), 'unknown-level'],
  ['level "constructor"', save({ level: 'constructor' }), 'unknown-level'],
  ['level "toString"', save({ level: 'toString' }), 'unknown-level'],
  ['level "__proto__"', save({ level: '__proto__' }), 'unknown-level'],
  ['level "hasOwnProperty"', save({ level: 'hasOwnProperty' }), 'unknown-level'],
  ['level ""', save({ level: '' }), 'unknown-level'],
  ['level as a number', save({ level: 7 }), 'unknown-level'],
  ['no seed', without('seed'), 'corrupt'],
  ['a negative seed', save({ seed: -1 }), 'corrupt'],
  ['a fractional seed', save({ seed: 1.5 }), 'corrupt'],
  ['a seed past 32 bits', save({ seed: 2 ** 40 }), 'corrupt'],
  ['no difficulty', without('difficulty'), 'corrupt'],
  ['difficulty "toString"', save({ difficulty: 'toString' }), 'unknown-difficulty'],
  ['difficulty "__proto__"', save({ difficulty: '__proto__' }), 'unknown-difficulty'],
  ['difficulty "constructor"', save({ difficulty: 'constructor' }), 'unknown-difficulty'],
  ['difficulty "nightmare"', save({ difficulty: 'nightmare' }), 'unknown-difficulty'],
  ['actions not a list', save({ actions: { 0: { type: 'endTurn' } } }), 'corrupt'],
  ['an action of unknown type', save({ actions: [{ type: 'win' }] }), 'illegal-moves'],
  ['an action for member "constructor"', save({ actions: [{ type: 'economicAid', member: 'constructor' }] }), 'illegal-moves'],
  ['an action with a field too many', save({ actions: [{ type: 'endTurn', resources: 999 }] }), 'illegal-moves'],
  ['the same order twice in a month', save({ actions: [{ type: 'economicAid', member: 'KAZ' }, { type: 'economicAid', member: 'KAZ' }] }), 'illegal-moves'],
  ['moves after the game ended', save({ actions: Array.from({ length: 9 }, () => ({ type: 'endTurn' })) }), 'illegal-moves'],
  ['a null action', save({ actions: [null] }), 'illegal-moves'],
  ['a what-if without its month', save({ branch: { actions: [] } }), 'corrupt'],
  ['a what-if from a month not yet played', save({ branch: { fromTurn: 5, actions: [] } }), 'corrupt'],
  ['a what-if that does not grow from its main line', save({ branch: { fromTurn: 2, actions: [{ type: 'coerce', member: 'ARM' }, { type: 'endTurn' }] } }), 'corrupt'],
  ['a what-if with an illegal move', save({ branch: { fromTurn: 1, actions: [{ type: 'win' }] } }), 'illegal-moves'],
];

const browserLike = (): KeyValue => ({ ...memoryStorage(), persistent: true });

/** Storage with a quota: a write that would pass `limit` characters in all is refused, as localStorage does. */
function quota(limit: number): KeyValue {
  const inner = memoryStorage();
  const used = () => inner.keys().reduce((n, k) => n + k.length + (inner.get(k)?.length ?? 0), 0);
  return { ...inner, persistent: true, set: (key, value) => (used() - (inner.get(key)?.length ?? 0) + key.length + value.length > limit ? false : inner.set(key, value)) };
}

describe('corrupt and hostile saves', () => {
  it('holds at least 35', () => {
    expect(BAD.length).toBeGreaterThanOrEqual(35);
  });

  it.each(BAD)('%s: reported, set aside whole, and a fresh game starts', (_name, text, problem) => {
    const storage = browserLike();
    storage.set(SAVE_KEY, text);
    let store: ReturnType<typeof createGameStore> | undefined;
    expect(() => (store = createGameStore({ storage, seed: 3, stamp: '2026-12-02T00:00:00.000Z' }))).not.toThrow();
    const state = store!.getState();
    expect(state.notices.find((n) => n.kind === 'save-rejected')).toEqual({ kind: 'save-rejected', problem });
    expect(state.game.actions).toEqual([]);
    expect(state.game.turn).toBe(1);
    expect(storage.get(`${SET_ASIDE_PREFIX}2026-12-02T00:00:00.000Z`)).toBe(text);
    expect(state.keptSaves.map((k) => k.key)).toEqual([`${SET_ASIDE_PREFIX}2026-12-02T00:00:00.000Z`]);
    // Playing on saves the new game; the copy stays as it was.
    store!.getState().act({ type: 'endTurn' });
    expect(storage.get(`${SET_ASIDE_PREFIX}2026-12-02T00:00:00.000Z`)).toBe(text);
    expect(JSON.parse(storage.get(SAVE_KEY)!).actions).toHaveLength(1);
  });

  it('a good save loads (the table\'s saves differ from it in one thing only)', () => {
    const storage = browserLike();
    storage.set(SAVE_KEY, save({}));
    const state = createGameStore({ storage, seed: 3 }).getState();
    expect(state.notices).toEqual([]);
    expect(state.game.actions).toHaveLength(2);
  });
});

describe('a save that cannot be copied aside', () => {
  // A 4.9 MB save in a 5 MB store: there is no room for a second copy.
  const big = save({ level: 'constructor', padding: 'x'.repeat(4_900_000) });

  it('stays where it is, is never overwritten, and the game plays on in memory and says so', () => {
    const storage = quota(5_000_000);
    expect(storage.set(SAVE_KEY, big)).toBe(true);
    const store = createGameStore({ storage, seed: 3, stamp: 'now' });
    const state = store.getState();
    expect(state.saveHeld).toBe(true);
    expect(state.notices.map((n) => n.kind)).toContain('save-held');
    expect(state.notices.map((n) => n.kind)).not.toContain('save-rejected');
    expect(state.keptSaves).toEqual([{ key: SAVE_KEY, stamp: '', size: big.length, held: true }]);
    store.getState().show('levels');
    store.getState().start('may-2022', { seed: 3 });
    store.getState().act({ type: 'endTurn' });
    expect(store.getState().game.turn).toBe(2);
    expect(storage.get(SAVE_KEY)).toBe(big);
    expect(storage.keys().filter((k) => k.startsWith(SET_ASIDE_PREFIX))).toEqual([]);
  });

  it('survives a reload the same way, and saving resumes once the player deletes it', () => {
    const storage = quota(5_000_000);
    storage.set(SAVE_KEY, big);
    createGameStore({ storage, seed: 3, stamp: 'first' }).getState().act({ type: 'endTurn' });
    const store = createGameStore({ storage, seed: 3, stamp: 'second' });
    expect(store.getState().saveHeld).toBe(true);
    expect(store.getState().keptSaveText(SAVE_KEY)).toBe(big);
    expect(store.getState().deleteKeptSave(SAVE_KEY)).toBe(true);
    expect(store.getState().saveHeld).toBe(false);
    expect(store.getState().notices.map((n) => n.kind)).not.toContain('save-held');
    store.getState().act({ type: 'endTurn' });
    expect(JSON.parse(storage.get(SAVE_KEY)!).actions).toHaveLength(1);
  });
});

describe('set-aside copies', () => {
  it(`keep only the ${SET_ASIDE_KEEP} latest`, () => {
    const storage = browserLike();
    const stamps = ['2026-11-01T00:00:00.000Z', '2026-11-02T00:00:00.000Z', '2026-11-03T00:00:00.000Z', '2026-11-04T00:00:00.000Z', '2026-11-05T00:00:00.000Z'];
    for (const stamp of stamps) {
      storage.set(SAVE_KEY, `bad ${stamp}`);
      createGameStore({ storage, seed: 1, stamp });
    }
    expect(setAsideSaves(storage).map((k) => k.stamp)).toEqual(stamps.slice(-3).reverse());
    expect(storage.get(`${SET_ASIDE_PREFIX}${stamps[4]}`)).toBe(`bad ${stamps[4]}`);
  });

  it('two found at the same moment are both kept', () => {
    const storage = browserLike();
    storage.set(SAVE_KEY, 'one');
    createGameStore({ storage, seed: 1, stamp: 'same' });
    storage.set(SAVE_KEY, 'two');
    createGameStore({ storage, seed: 1, stamp: 'same' });
    expect(setAsideSaves(storage).map((k) => storage.get(k.key)).sort()).toEqual(['one', 'two']);
  });

  it('can be deleted one by one; no other key can be deleted through them', () => {
    const storage = browserLike();
    storage.set(SAVE_KEY, 'bad');
    storage.set('paper-alliance:settings', '{}');
    const store = createGameStore({ storage, seed: 1, stamp: 'a' });
    const [kept] = store.getState().keptSaves;
    expect(store.getState().keptSaveText(kept!.key)).toBe('bad');
    expect(store.getState().deleteKeptSave('paper-alliance:settings')).toBe(false);
    expect(storage.get('paper-alliance:settings')).toBe('{}');
    expect(store.getState().deleteKeptSave(kept!.key)).toBe(true);
    expect(store.getState().keptSaves).toEqual([]);
    expect(storage.get(kept!.key)).toBeNull();
  });
});
