import { describe, expect, it } from 'vitest';
import { undo, type Action } from '../../src/engine';
import { canContinue, canUndo, createGameStore, SETTINGS_KEY, CLASS_KEY } from '../../src/state/store';
import { SAVE_FORMAT, SAVE_KEY } from '../../src/state/save';
import { memoryStorage, type KeyValue } from '../../src/state/storage';

/** Storage that refuses every write, as a full or blocked localStorage does. */
function refusingStorage(): KeyValue {
  return { persistent: true, get: () => null, set: () => false, remove: () => {}, keys: () => [] };
}

/** A working localStorage, kept in memory. */
function browserLike(): KeyValue {
  return { ...memoryStorage(), persistent: true };
}

describe('the store', () => {
  it('undo takes back the orders of this month, one by one, down to its start', () => {
    const store = createGameStore({ storage: memoryStorage(), seed: 7 });
    const s = store.getState;
    s().start('may-2022', { seed: 7, difficulty: 'standard' });
    const opening = s().game;
    expect(canUndo(s())).toBe(false);
    expect(s().act({ type: 'economicAid', member: 'KGZ' })).toBeNull();
    const ordered = s().game;
    expect(ordered.resources.economicLeverage).toBeLessThan(opening.resources.economicLeverage);
    expect(s().act({ type: 'securityHelp', member: 'TJK' })).toBeNull();
    expect(canUndo(s())).toBe(true);
    expect(s().undo()).toBe(true);
    expect(s().game).toBe(ordered);
    expect(s().undo()).toBe(true);
    expect(s().game).toBe(opening);
    expect(s().undo()).toBe(false);
    expect(s().game).toBe(opening);
  });

  it('takes back one order of the month, keeping the others, but not one a later order needs', () => {
    const store = createGameStore({ storage: memoryStorage(), seed: 7 });
    const s = store.getState;
    s().start('may-2022', { seed: 7 });
    const call = s().game.requests.find((r) => r.kind === 'crisisCall' && r.status === 'open')!;
    // The call takes every reserve; pulling forces back gives one, which the security help then spends.
    expect(s().act({ type: 'economicAid', member: 'KGZ' })).toBeNull();
    expect(s().act({ type: 'answerCrisisCall', request: call.id })).toBeNull();
    expect(s().act({ type: 'redeploy', to: 'reserve' })).toBeNull();
    expect(s().act({ type: 'securityHelp', member: 'TJK' })).toBeNull();
    expect(s().takeBack(2)).toBe(false);
    expect(s().game.actions).toHaveLength(4);
    expect(s().takeBack(0)).toBe(true);
    expect(s().game.actions.map((a) => a.action.type)).toEqual(['answerCrisisCall', 'redeploy', 'securityHelp']);
    expect(s().game.resources.economicLeverage).toBe(5);
    expect(s().past).toEqual([]);
    // Undo still takes back the last order, from the engine's replay.
    expect(s().undo()).toBe(true);
    expect(s().game.actions.map((a) => a.action.type)).toEqual(['answerCrisisCall', 'redeploy']);
    s().act({ type: 'endTurn' });
    expect(s().takeBack(0)).toBe(false);
  });

  it('a game started and left at once can still be continued', () => {
    const store = createGameStore({ storage: memoryStorage(), seed: 7 });
    expect(canContinue(store.getState())).toBe(false);
    store.getState().start('may-2022', { seed: 7 });
    store.getState().show('title');
    expect(store.getState().game.actions).toHaveLength(0);
    expect(canContinue(store.getState())).toBe(true);
  });

  it('undo never reaches back across End turn: an ended month stays ended', () => {
    const store = createGameStore({ storage: memoryStorage(), seed: 7 });
    const s = store.getState;
    s().start('may-2022', { seed: 7 });
    s().act({ type: 'economicAid', member: 'KGZ' });
    s().act({ type: 'endTurn' });
    const june = s().game;
    expect(june.turn).toBe(2);
    expect(canUndo(s())).toBe(false);
    expect(s().undo()).toBe(false);
    expect(s().game).toBe(june);
    s().act({ type: 'economicAid', member: 'KAZ' });
    expect(s().undo()).toBe(true);
    expect(s().game).toEqual(june);
    expect(s().undo()).toBe(false);
    expect(s().game.turn).toBe(2);
    expect(s().past).toEqual([]);
  });

  it('undo agrees with the engine after every step, a reload included', () => {
    const storage = memoryStorage();
    const store = createGameStore({ storage, seed: 3 });
    const s = store.getState;
    s().start('may-2022', { seed: 3 });
    const script: Action[] = [{ type: 'economicAid', member: 'KGZ' }, { type: 'endTurn' }, { type: 'coerce', member: 'KAZ' }, { type: 'securityHelp', member: 'TJK' }, { type: 'endTurn' }, { type: 'economicAid', member: 'ARM' }];
    for (const action of script) {
      s().act(action);
      expect(canUndo(s()), action.type).toBe(undo(s().level, s().game) !== null);
    }
    // After a reload the month's orders can still be taken back, and the ended months cannot.
    const again = createGameStore({ storage });
    expect(again.getState().past).toEqual([]);
    expect(canUndo(again.getState())).toBe(true);
    expect(again.getState().undo()).toBe(true);
    expect(again.getState().game).toEqual(undo(s().level, s().game));
    expect(again.getState().undo()).toBe(false);
    expect(again.getState().game.turn).toBe(3);
  });

  it('records that what-if was used, keeps it in the save, and reads an older save as unused', () => {
    const storage = browserLike();
    const store = createGameStore({ storage, seed: 4 });
    const s = store.getState;
    s().start('may-2022', { seed: 4 });
    s().act({ type: 'endTurn' });
    expect(s().whatIfUsed).toBe(false);
    expect(JSON.parse(storage.get(SAVE_KEY)!).whatIf).toBe(false);
    s().branchFrom(1);
    expect(s().whatIfUsed).toBe(true);
    s().closeBranch(false);
    expect(s().whatIfUsed).toBe(true);
    expect(JSON.parse(storage.get(SAVE_KEY)!).whatIf).toBe(true);
    expect(createGameStore({ storage }).getState().whatIfUsed).toBe(true);

    const older = JSON.parse(storage.get(SAVE_KEY)!);
    delete older.whatIf;
    storage.set(SAVE_KEY, JSON.stringify(older));
    const fromOlder = createGameStore({ storage });
    expect(fromOlder.getState().notices).toEqual([]);
    expect(fromOlder.getState().whatIfUsed).toBe(false);

    fromOlder.getState().start('may-2022', { seed: 5 });
    expect(fromOlder.getState().whatIfUsed).toBe(false);
  });

  it('a what-if being played when the page closed comes back marked, and a bad mark sets the save aside', () => {
    const storage = browserLike();
    const store = createGameStore({ storage, seed: 4 });
    store.getState().start('may-2022', { seed: 4 });
    store.getState().act({ type: 'endTurn' });
    store.getState().branchFrom(1);
    const save = JSON.parse(storage.get(SAVE_KEY)!);
    storage.set(SAVE_KEY, JSON.stringify({ ...save, whatIf: false }));
    const resumed = createGameStore({ storage });
    expect(resumed.getState().branch).not.toBeNull();
    expect(resumed.getState().whatIfUsed).toBe(true);

    storage.set(SAVE_KEY, JSON.stringify({ ...save, whatIf: 'yes' }));
    const rejected = createGameStore({ storage, stamp: 'mark' });
    expect(rejected.getState().notices.map((n) => n.kind)).toContain('save-rejected');
    expect(rejected.getState().whatIfUsed).toBe(false);
  });

  it('a refused order leaves the game as it was and says why', () => {
    const store = createGameStore({ storage: memoryStorage(), seed: 7 });
    const before = store.getState().game;
    expect(store.getState().act({ type: 'resumeArmsToAzerbaijan' })?.code).toBe('not-applicable');
    expect(store.getState().game).toBe(before);
    expect(store.getState().notices.map((n) => n.kind)).toContain('action-refused');
  });

  it('autosaves after every move, and a new store resumes the same game', () => {
    const storage = browserLike();
    const first = createGameStore({ storage, seed: 11 });
    first.getState().start('may-2022', { seed: 11 });
    first.getState().act({ type: 'securityHelp', member: 'TJK' });
    first.getState().act({ type: 'endTurn' });
    const saved = JSON.parse(storage.get(SAVE_KEY)!);
    expect(saved.format).toBe(SAVE_FORMAT);
    expect(saved.actions).toHaveLength(2);

    const again = createGameStore({ storage });
    expect(again.getState().game).toEqual(first.getState().game);
    expect(canContinue(again.getState())).toBe(true);
    expect(again.getState().notices).toEqual([]);
  });

  it.each([
    ['corrupt', '{ this is not json', 'corrupt'],
    ['outdated', JSON.stringify({ format: 0, level: 'may-2022', seed: 1, difficulty: 'standard', actions: [] }), 'outdated'],
    ['illegal', JSON.stringify({ format: SAVE_FORMAT, level: 'may-2022', seed: 1, difficulty: 'standard', actions: [{ type: 'resumeArmsToAzerbaijan' }] }), 'illegal-moves'],
    ['unknown level', JSON.stringify({ format: SAVE_FORMAT, level: 'atlantis', seed: 1, difficulty: 'standard', actions: [] }), 'unknown-level'],
  ])('a %s save gives a notice and a fresh game, and is set aside, not overwritten', (_name, text, problem) => {
    const storage = memoryStorage();
    storage.set(SAVE_KEY, text);
    const store = createGameStore({ storage, seed: 3, stamp: 'test' });
    const notice = store.getState().notices.find((n) => n.kind === 'save-rejected');
    expect(notice).toEqual({ kind: 'save-rejected', problem });
    expect(store.getState().game.actions).toEqual([]);
    expect(store.getState().game.turn).toBe(1);
    const aside = storage.keys().find((k) => k.startsWith(`${SAVE_KEY}:rejected:`));
    expect(aside).toBeDefined();
    expect(storage.get(aside!)).toBe(text);
    // Playing on writes a new save without touching the one set aside.
    store.getState().start('may-2022', { seed: 3 });
    store.getState().act({ type: 'endTurn' });
    expect(storage.get(aside!)).toBe(text);
    expect(JSON.parse(storage.get(SAVE_KEY)!).actions).toHaveLength(1);
  });

  it('without storage the game plays on in memory and says so once', () => {
    const store = createGameStore({ storage: memoryStorage(), seed: 5 });
    expect(store.getState().notices.filter((n) => n.kind === 'storage-unavailable')).toHaveLength(1);
    store.getState().act({ type: 'endTurn' });
    store.getState().act({ type: 'endTurn' });
    expect(store.getState().game.turn).toBe(3);
    expect(store.getState().notices.filter((n) => n.kind === 'storage-unavailable')).toHaveLength(1);
  });

  it('a storage that refuses writes is reported once, and the game goes on', () => {
    const store = createGameStore({ storage: refusingStorage(), seed: 5 });
    expect(store.getState().notices).toEqual([]);
    store.getState().act({ type: 'endTurn' });
    store.getState().act({ type: 'endTurn' });
    expect(store.getState().game.turn).toBe(3);
    expect(store.getState().notices.filter((n) => n.kind === 'storage-unavailable')).toHaveLength(1);
  });

  it('a what-if branch replays from an earlier turn and keeps the main line to compare', () => {
    const storage = memoryStorage();
    const store = createGameStore({ storage, seed: 9 });
    const s = store.getState;
    s().start('may-2022', { seed: 9 });
    s().act({ type: 'endTurn' });
    s().act({ type: 'endTurn' });
    s().act({ type: 'endTurn' });
    const main = s().game;
    const savedMain = storage.get(SAVE_KEY);
    expect(s().branchFrom(2)).toBe(true);
    expect(s().game.turn).toBe(2);
    expect(s().branch?.main).toBe(main);
    expect(s().game.log).toEqual(main.log.slice(0, 1));
    s().act({ type: 'economicAid', member: 'KGZ' });
    s().act({ type: 'endTurn' });
    expect(s().game.log[1]!.actions).toContainEqual({ type: 'economicAid', member: 'KGZ' });
    expect(main.log[1]!.actions).not.toContainEqual({ type: 'economicAid', member: 'KGZ' });
    // The autosave keeps the main line as it was, and the branch beside it.
    const save = JSON.parse(storage.get(SAVE_KEY)!) as { actions: unknown[]; branch?: unknown };
    expect(save.actions).toEqual((JSON.parse(savedMain!) as { actions: unknown[] }).actions);
    expect(save.branch).toEqual({ fromTurn: 2, actions: s().game.actions.map((a) => a.action) });
    // A reload resumes the what-if where it was, with its main line to compare.
    const reloaded = createGameStore({ storage, seed: 1 }).getState();
    expect(reloaded.notices.filter((n) => n.kind === 'save-rejected')).toEqual([]);
    expect(reloaded.branch?.fromTurn).toBe(2);
    expect(reloaded.game).toEqual(s().game);
    expect(reloaded.branch?.main).toEqual(main);
    s().closeBranch(false);
    expect((JSON.parse(storage.get(SAVE_KEY)!) as { branch?: unknown }).branch).toBeUndefined();
    expect(s().game).toBe(main);
    expect(s().branch).toBeNull();
    expect(s().branchFrom(9)).toBe(false);
  });

  it.each([
    ['a month after the main line', { fromTurn: 9, actions: [] }, 'corrupt'],
    ['no actions', { fromTurn: 1 }, 'corrupt'],
    ['a move the rules refuse', { fromTurn: 1, actions: [{ type: 'economicAid', member: 'XYZ' }] }, 'illegal-moves'],
    ['a first month other than the main line\'s', { fromTurn: 2, actions: [{ type: 'economicAid', member: 'BLR' }, { type: 'endTurn' }] }, 'corrupt'],
  ])('a saved what-if with %s sets the whole save aside and starts afresh', (_, branch, problem) => {
    const storage = memoryStorage();
    const first = createGameStore({ storage, seed: 3 }).getState();
    first.start('may-2022', { seed: 3 });
    first.act({ type: 'endTurn' });
    const text = JSON.stringify({ ...(JSON.parse(storage.get(SAVE_KEY)!) as object), branch });
    storage.set(SAVE_KEY, text);
    const state = createGameStore({ storage, seed: 3, stamp: 'then' }).getState();
    expect(state.notices.filter((n) => n.kind === 'save-rejected')).toEqual([{ kind: 'save-rejected', problem }]);
    expect(state.branch).toBeNull();
    expect(state.game.actions).toEqual([]);
    expect(storage.get(`${SAVE_KEY}:rejected:then`)).toBe(text);
  });

  it('a class game gives every player the same game, and holds it until the player leaves', () => {
    const classGame = { level: 'may-2022', seed: 77, difficulty: 'hard' };
    const a = createGameStore({ storage: memoryStorage(), classGame });
    const b = createGameStore({ storage: memoryStorage(), classGame });
    expect(a.getState().classGame).toEqual(classGame);
    // It opens on the class game's briefing, the game already set up.
    expect(a.getState().screen).toBe('class');
    for (const store of [a, b]) {
      store.getState().start('may-2022', { difficulty: 'gentle', seed: 5 });
      store.getState().act({ type: 'endTurn' });
    }
    expect(a.getState().game).toMatchObject({ seed: 77, difficulty: 'hard' });
    expect(a.getState().game.news).toEqual(b.getState().game.news);
    // Another level does not start while the class game holds.
    const before = a.getState().game;
    a.getState().start('autumn-2022');
    expect(a.getState().game).toBe(before);
    a.getState().leaveClass();
    expect(a.getState().classGame).toBeNull();
    a.getState().start('autumn-2022');
    expect(a.getState().game.level).toBe('autumn-2022');
  });

  it('a class game is remembered, and joining it again keeps the game under way', () => {
    const storage = memoryStorage();
    const classGame = { level: 'autumn-2022', seed: 4, difficulty: 'standard' };
    const first = createGameStore({ storage, classGame });
    first.getState().act({ type: 'endTurn' });
    const played = first.getState().game;
    // The same link opened again, and the page opened with no class in its address.
    for (const options of [{ storage, classGame }, { storage }]) {
      const again = createGameStore(options);
      expect(again.getState().classGame).toEqual(classGame);
      expect(again.getState().game).toEqual(played);
    }
    // A remembered class game that no longer fits this build is dropped.
    storage.set(CLASS_KEY, JSON.stringify({ level: 'constructor', seed: 4, difficulty: 'standard' }));
    expect(createGameStore({ storage }).getState().classGame).toBeNull();
    storage.set(CLASS_KEY, JSON.stringify({ level: 'autumn-2022', seed: -1, difficulty: 'standard' }));
    expect(createGameStore({ storage }).getState().classGame).toBeNull();
  });

  it('keeps the player\'s name clean and remembered', () => {
    const storage = memoryStorage();
    const store = createGameStore({ storage });
    store.getState().setPlayerName('  Анна\n\tК.  ' + 'x'.repeat(60));
    expect(store.getState().playerName).toBe(`Анна К. ${'x'.repeat(32)}`);
    expect(createGameStore({ storage }).getState().playerName).toBe(store.getState().playerName);
  });

  it('keeping a branch makes it the game and saves it', () => {
    const storage = memoryStorage();
    const store = createGameStore({ storage, seed: 9 });
    const s = store.getState;
    s().start('may-2022', { seed: 9 });
    s().act({ type: 'endTurn' });
    s().act({ type: 'endTurn' });
    s().branchFrom(1);
    s().act({ type: 'economicAid', member: 'BLR' });
    s().closeBranch(true);
    expect(s().branch).toBeNull();
    expect(JSON.parse(storage.get(SAVE_KEY)!).actions).toEqual([{ type: 'economicAid', member: 'BLR' }]);
  });

  it('remembers settings, and settings from the address win and are remembered', () => {
    const storage = memoryStorage();
    const a = createGameStore({ storage, seed: 1 });
    a.getState().setSettings({ lang: 'ru', textScale: 1.5 });
    expect(JSON.parse(storage.get(SETTINGS_KEY)!)).toMatchObject({ lang: 'ru', textScale: 1.5 });
    const b = createGameStore({ storage, seed: 1 });
    expect(b.getState().settings).toMatchObject({ lang: 'ru', textScale: 1.5 });
    const c = createGameStore({ storage, seed: 1, settings: { lang: 'en' } });
    expect(c.getState().settings.lang).toBe('en');
    expect(createGameStore({ storage, seed: 1 }).getState().settings.lang).toBe('en');
  });

  it('ignores remembered settings it cannot read', () => {
    const storage = memoryStorage();
    storage.set(SETTINGS_KEY, JSON.stringify({ lang: 'fr', textScale: 9, reducedMotion: 'yes', tutorial: 'maybe' }));
    const store = createGameStore({ storage, seed: 1 });
    expect(store.getState().settings).toMatchObject({ lang: 'en', textScale: 1, reducedMotion: false, tutorial: 'pending' });
  });

  it('the guided first turn opens on may-2022 and, once closed, stays closed', () => {
    const storage = memoryStorage();
    const store = createGameStore({ storage, seed: 1 });
    store.getState().start('may-2022');
    expect(store.getState().tutorialStep).toBe(1);
    store.getState().setTutorialStep(2);
    store.getState().setTutorialStep(null);
    expect(store.getState().settings.tutorial).toBe('done');
    const again = createGameStore({ storage, seed: 1 });
    again.getState().start('may-2022');
    expect(again.getState().tutorialStep).toBeNull();
  });

  it('ends on the debrief when the last turn is played', () => {
    const store = createGameStore({ storage: memoryStorage(), seed: 2 });
    store.getState().start('may-2022', { seed: 2 });
    for (let i = 0; i < 8 && store.getState().game.phase !== 'over'; i++) store.getState().act({ type: 'endTurn' });
    expect(store.getState().game.result).not.toBeNull();
    expect(store.getState().screen).toBe('debrief');
    const over = store.getState().game;
    expect(store.getState().undo()).toBe(false);
    expect(store.getState().screen).toBe('debrief');
    expect(store.getState().game).toBe(over);
  });
});
