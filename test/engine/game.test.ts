// Turn flow, actions, undo and replay.
import { describe, expect, it } from 'vitest';
import {
  act, actUntrusted, explainDecision, legalActions, MEMBERS, newGame, replay, rewindTo, stanceOf, undo, type Action,
} from '../../src/engine';
import { MAY_2022 as level, must, playGame } from './play';

describe('a new game', () => {
  it('is the same for the same seed, and differs by seed', () => {
    expect(newGame(level, { seed: 9 })).toEqual(newGame(level, { seed: 9 }));
    const games = Array.from({ length: 20 }, (_, seed) => JSON.stringify(playGame(level, seed).log.map((r) => r.events)));
    expect(new Set(games).size).toBeGreaterThan(1);
  });
  it('starts in May 2022 with the month\'s news and members at their setup', () => {
    const s = newGame(level, { seed: 1 });
    expect(s.turn).toBe(1);
    expect(s.news.map((n) => n.event)).toEqual(expect.arrayContaining(['isk-rockets', 'moscow-summit', 'nordic-applications']));
    for (const id of MEMBERS) expect(s.members[id].stance).toBe(stanceOf(level, level.members[id].loyalty));
  });
  it('scales resources by difficulty; an unknown difficulty falls back to the default', () => {
    expect(newGame(level, { seed: 1, difficulty: 'hard' }).resources.politicalCapital).toBeLessThan(newGame(level, { seed: 1, difficulty: 'gentle' }).resources.politicalCapital);
    expect(newGame(level, { seed: 1, difficulty: 'nonsense' }).difficulty).toBe(level.defaultDifficulty);
  });
});

describe('actions', () => {
  const start = newGame(level, { seed: 1 });
  it('lists legal actions with cost and target, ending with endTurn', () => {
    const legal = legalActions(level, start);
    expect(legal[legal.length - 1]!.action).toEqual({ type: 'endTurn' });
    const aid = legal.find((l) => l.action.type === 'economicAid' && l.target === 'KGZ');
    expect(aid?.cost).toEqual(level.costs.economicAid);
    const call = legal.find((l) => l.action.type === 'answerCrisisCall');
    expect(call?.target).toBe('TJK');
  });
  it('every listed action is accepted', () => {
    for (const { action } of legalActions(level, start)) expect(act(level, start, action).ok, JSON.stringify(action)).toBe(true);
  });
  it('pays the cost and leaves the previous state untouched', () => {
    const before = structuredClone(start);
    const next = must(start, level, { type: 'economicAid', member: 'KGZ' });
    expect(next.resources.economicLeverage).toBe(start.resources.economicLeverage - level.costs.economicAid.economicLeverage!);
    expect(start).toEqual(before);
  });
  const refusals: [string, Action, string][] = [
    ['a lever twice on one member in a month', { type: 'economicAid', member: 'KGZ' }, 'already-used'],
    ['an unknown call', { type: 'answerCrisisCall', request: 'nothing@1' }, 'unknown-request'],
    ['resuming sales that run', { type: 'resumeArmsToAzerbaijan' }, 'not-applicable'],
  ];
  it.each(refusals)('refuses %s with a code, state unchanged', (_, action, code) => {
    const once = must(start, level, { type: 'economicAid', member: 'KGZ' });
    const copy = structuredClone(once);
    const result = act(level, once, action);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe(code);
    expect(once).toEqual(copy);
  });
  it('refuses what it cannot afford', () => {
    const price = level.costs.economicAid.economicLeverage!;
    const affordable = Math.floor(start.resources.economicLeverage / price);
    let s = start;
    for (const member of MEMBERS.slice(0, affordable)) s = must(s, level, { type: 'economicAid', member });
    const result = act(level, s, { type: 'economicAid', member: MEMBERS[affordable]! });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('unaffordable');
  });
  it('refuses malformed actions from untrusted sources', () => {
    for (const bad of [null, 3, [], {}, { type: 'nuke' }, { type: 'economicAid' }, { type: 'economicAid', member: 'RUS' }, { type: 'endTurn', extra: 1 }, { type: 'redeploy', to: 'moon' }]) {
      const result = actUntrusted(level, start, bad);
      expect(result.ok, JSON.stringify(bad)).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('bad-action');
    }
  });
  it('refuses everything once the game is over', () => {
    const end = playGame(level, 1);
    expect(legalActions(level, end)).toEqual([]);
    const result = act(level, end, { type: 'endTurn' });
    expect(!result.ok && result.error.code).toBe('game-over');
  });
});

describe('turns', () => {
  it('a game runs May to December and ends with a result', () => {
    const end = playGame(level, 1);
    expect(end.log.map((r) => r.turn)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(end.phase).toBe('over');
    expect(end.result).not.toBeNull();
    expect(end.result!.met.length + end.result!.missed.length).toBe(level.objectives.length);
  });
  it('each decision is explained as its factors, which sum to the change', () => {
    const after = must(newGame(level, { seed: 1 }), level, { type: 'endTurn' });
    for (const id of MEMBERS) {
      const decision = after.members[id].lastDecision!;
      const factors = explainDecision(level, decision);
      expect(factors.length).toBeGreaterThan(2);
      for (const f of factors) if (f.rule !== 'event') expect(f.claims.length).toBeGreaterThan(0);
      for (let i = 1; i < factors.length; i++) expect(Math.abs(factors[i - 1]!.size)).toBeGreaterThanOrEqual(Math.abs(factors[i]!.size));
      const sum = factors.reduce((a, f) => a + f.size, 0);
      expect(decision.after).toBeCloseTo(decision.before + sum, 6);
    }
  });
  it('a call left past its deadline is marked ignored', () => {
    let s = newGame(level, { seed: 1 });
    s = must(s, level, { type: 'endTurn' });
    s = must(s, level, { type: 'endTurn' });
    expect(s.requests.find((r) => r.source === 'isk-rockets')?.status).toBe('ignored');
  });
  it('a crisis that flares again while its call is open raises no second call', () => {
    // Passive games: every call stays open to its deadline, so a crisis drawn two months running meets its own call.
    let flaredAgain = 0;
    for (let seed = 0; seed < 200; seed++) {
      let s = newGame(level, { seed });
      while (s.phase !== 'over') {
        const open = s.requests.filter((r) => r.status === 'open');
        const kept = new Set(open.map((r) => `${r.source}:${r.member}`));
        expect(kept.size, `seed ${seed}, turn ${s.turn}`).toBe(open.length);
        if (s.news.some((n) => open.some((r) => r.source === n.event && r.id !== `${n.event}@${s.turn}`))) flaredAgain++;
        s = must(s, level, { type: 'endTurn' });
      }
    }
    expect(flaredAgain).toBeGreaterThan(0);
  });
  it('every call falls due by the last month, so none is left that no month can answer', () => {
    let lastMonthCalls = 0;
    for (let seed = 0; seed < 200; seed++) {
      const s = playGame(level, seed);
      for (const r of s.requests) expect(r.deadline, `${r.id}, seed ${seed}`).toBeLessThanOrEqual(level.turns);
      const late = s.requests.filter((r) => r.id.endsWith(`@${level.turns}`));
      for (const r of late) expect(r.status, `${r.id}, seed ${seed}`).toBe('ignored');
      lastMonthCalls += late.length;
    }
    expect(lastMonthCalls).toBeGreaterThan(0);
  });
  it('two abandoning members end the game at once', () => {
    const brittle = structuredClone(level);
    brittle.members.ARM.loyalty = -95;
    brittle.members.ARM.anchor = -95;
    brittle.members.KAZ.loyalty = -95;
    brittle.members.KAZ.anchor = -95;
    const end = must(newGame(brittle, { seed: 1 }), brittle, { type: 'endTurn' });
    expect(end.phase).toBe('over');
    expect(end.result).toMatchObject({ outcome: 'loss', reason: 'collapse' });
  });
});

describe('undo and replay', () => {
  const script: Action[] = [
    { type: 'economicAid', member: 'KGZ' },
    { type: 'nordicLine', line: 'principled' },
    { type: 'endTurn' },
    { type: 'securityHelp', member: 'TJK' },
    { type: 'endTurn' },
    { type: 'coerce', member: 'KAZ' },
    { type: 'endTurn' },
  ];
  it('undo returns exactly the state before each order of the month, step by step', () => {
    const states = [newGame(level, { seed: 11 })];
    for (const action of script) states.push(must(states[states.length - 1]!, level, action));
    for (let i = states.length - 1; i > 0; i--) {
      const back = undo(level, states[i]!);
      if (script[i - 1]!.type === 'endTurn') expect(back, `after step ${i}`).toBeNull();
      else expect(back, `after step ${i}`).toEqual(states[i - 1]);
    }
    expect(undo(level, states[0]!)).toBeNull();
  });
  it('undo refuses to reach back across End turn, at the start of a month and at the end of the game', () => {
    const june = must(must(newGame(level, { seed: 11 }), level, { type: 'economicAid', member: 'KGZ' }), level, { type: 'endTurn' });
    expect(june.turn).toBe(2);
    expect(undo(level, june)).toBeNull();
    const ordered = must(june, level, { type: 'securityHelp', member: 'TJK' });
    expect(undo(level, ordered)).toEqual(june);
    let end = june;
    while (end.phase !== 'over') end = must(end, level, { type: 'endTurn' });
    expect(undo(level, end)).toBeNull();
  });
  it('replay of the recorded actions rebuilds the state exactly', () => {
    const end = playGame(level, 12, (s) => legalActions(level, s).slice(0, 2).map((l) => l.action));
    const again = replay(level, { seed: 12 }, end.actions.map((a) => a.action));
    expect(again.ok && again.value).toEqual(end);
  });
  it('replay names the first action that cannot be played', () => {
    const result = replay(level, { seed: 1 }, [{ type: 'endTurn' }, { type: 'economicAid', member: 'KGZ' }, { type: 'fly' }]);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatchObject({ index: 2, code: 'bad-action' });
  });
  it('rewinds to the start of an earlier turn', () => {
    const end = playGame(level, 3, () => [{ type: 'economicAid', member: 'TJK' }]);
    const third = rewindTo(level, end, 3)!;
    expect(third.turn).toBe(3);
    expect(third.log).toEqual(end.log.slice(0, 2));
    expect(third.used).toEqual([]);
  });
});
