// What the game tells a page that embeds it, played on the real store and level.
import { describe, expect, it } from 'vitest';
import { readResultCode } from '../../src/class/result-code';
import { LEVELS } from '../../src/state/levels';
import { memoryStorage } from '../../src/state/storage';
import { createGameStore } from '../../src/state/store';
import { GAME_SOURCE, messagesFor, reportToHost, type GameMessage } from '../../src/ui/report';

function embedded(): { messages: GameMessage[]; store: ReturnType<typeof createGameStore> } {
  const store = createGameStore({ storage: memoryStorage(), seed: 5 });
  const messages: GameMessage[] = [];
  reportToHost(store, { postMessage: (message: unknown, target: string) => { if (target === 'https://school.example') messages.push(message as GameMessage); } }, 'https://school.example');
  return { messages, store };
}

describe('messages to the host page', () => {
  it('says it is ready, then when a game starts and each month ends', () => {
    const { messages, store } = embedded();
    expect(messages).toEqual([{ source: GAME_SOURCE, type: 'ready' }]);
    store.getState().start('may-2022', { seed: 42, difficulty: 'hard' });
    expect(messages[1]).toEqual({ source: GAME_SOURCE, type: 'started', level: 'may-2022', difficulty: 'hard', seed: 42 });
    store.getState().act({ type: 'economicAid', member: 'KAZ' });
    expect(messages).toHaveLength(2);
    store.getState().act({ type: 'endTurn' });
    const turn = messages[2];
    expect(turn).toMatchObject({ type: 'turn', level: 'may-2022', seed: 42, turn: 2, month: '2022-06', whatIf: false });
    expect(turn?.type === 'turn' && turn.stances).toEqual(Object.fromEntries(Object.entries(store.getState().game.members).map(([id, m]) => [id, m.stance])));
    expect(turn?.type === 'turn' && turn.score).toBe(store.getState().game.score);
  });

  it('marks a what-if, and reports the end of the game once', () => {
    const { messages, store } = embedded();
    const s = store.getState;
    s().start('may-2022', { seed: 7 });
    s().act({ type: 'endTurn' });
    s().act({ type: 'endTurn' });
    s().branchFrom(2);
    expect(messages.at(-1)).toMatchObject({ type: 'turn', turn: 2, whatIf: true });
    // Back on the main line the game has still been replayed once: it stays marked.
    s().closeBranch(false);
    expect(messages.at(-1)).toMatchObject({ type: 'turn', turn: 3, whatIf: true });
    while (s().game.phase !== 'over') s().act({ type: 'endTurn' });
    const over = messages.filter((m) => m.type === 'over');
    expect(over).toHaveLength(1);
    expect(over[0]).toMatchObject({ level: 'may-2022', seed: 7, outcome: s().game.result?.outcome, score: s().game.result?.score, whatIf: true });
    const read = over[0]?.type === 'over' ? readResultCode(over[0].code, LEVELS) : null;
    expect(read?.ok && read.value.whatIf).toBe(true);
  });

  it('a game played straight through ends with whatIf false, and a new game starts unmarked', () => {
    const { messages, store } = embedded();
    const s = store.getState;
    s().start('may-2022', { seed: 7 });
    s().act({ type: 'endTurn' });
    s().branchFrom(1);
    s().start('may-2022', { seed: 8 });
    while (s().game.phase !== 'over') s().act({ type: 'endTurn' });
    const over = messages.filter((m) => m.type === 'over');
    expect(over).toHaveLength(1);
    expect(over[0]).toMatchObject({ seed: 8, whatIf: false });
    // The result code in the message replays to the game the host was told of.
    const read = over[0]?.type === 'over' ? readResultCode(over[0].code, LEVELS) : null;
    expect(read?.ok && read.value.state).toEqual(s().game);
    expect(read?.ok && read.value.whatIf).toBe(false);
    expect(messages.filter((m) => m.type === 'turn' && m.seed === 8).every((m) => m.type === 'turn' && !m.whatIf)).toBe(true);
  });

  it('the what-if mark survives a reload and reaches the host at the end', () => {
    const storage = memoryStorage();
    const first = createGameStore({ storage, seed: 5 });
    first.getState().start('may-2022', { seed: 9 });
    first.getState().act({ type: 'endTurn' });
    first.getState().act({ type: 'endTurn' });
    first.getState().branchFrom(2);
    first.getState().closeBranch(true);
    const again = createGameStore({ storage });
    expect(again.getState().whatIfUsed).toBe(true);
    const messages: GameMessage[] = [];
    reportToHost(again, { postMessage: (message: unknown) => void messages.push(message as GameMessage) }, 'https://school.example');
    while (again.getState().game.phase !== 'over') again.getState().act({ type: 'endTurn' });
    expect(messages.filter((m) => m.type === 'over')).toEqual([expect.objectContaining({ seed: 9, whatIf: true })]);
  });

  it('says nothing when nothing the host cares about changed', () => {
    const { store } = embedded();
    const before = store.getState();
    store.getState().select('ARM');
    expect(messagesFor(before, store.getState())).toEqual([]);
  });
});
