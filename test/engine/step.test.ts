// What `act` says happened in each step, checked against the states it produced.
import { describe, expect, it } from 'vitest';
import { act, MEMBERS, newGame, POLICY, policyRng, type Action, type GameState, type Level, type StepEvent } from '../../src/engine';
import { loadLevelFile, MAY_2022 } from './play';

const level = MAY_2022;

function step(lv: Level, state: GameState, action: Action): { state: GameState; events: StepEvent[] } {
  const r = act(lv, state, action);
  if (!r.ok) throw new Error(`${JSON.stringify(action)}: ${r.error.code}`);
  return r.value;
}

/** A whole game by the random policy, every step kept. */
function steps(lv: Level, seed: number): { before: GameState; after: GameState; action: Action; events: StepEvent[] }[] {
  const rng = policyRng(seed);
  let state = newGame(lv, { seed });
  const out = [];
  while (state.phase !== 'over') {
    const action = POLICY.random.choose(lv, state, rng);
    const next = step(lv, state, action);
    out.push({ before: state, after: next.state, action, events: next.events });
    state = next.state;
  }
  return out;
}

describe('the events of a step', () => {
  it('say an order was given, with its cost', () => {
    const start = newGame(level, { seed: 1 });
    const { events } = step(level, start, { type: 'economicAid', member: 'KGZ' });
    expect(events).toEqual([{ type: 'orderGiven', turn: 1, action: expect.objectContaining({ type: 'economicAid', member: 'KGZ' }), cost: level.costs.economicAid }]);
  });

  it('say which call was answered, and whose', () => {
    const start = newGame(level, { seed: 1 });
    const call = start.requests.find((r) => r.kind === 'crisisCall' && r.status === 'open')!;
    const { events } = step(level, start, { type: 'answerCrisisCall', request: call.id });
    expect(events.map((e) => e.type)).toEqual(['orderGiven', 'callAnswered']);
    expect(events[1]).toEqual({ type: 'callAnswered', turn: 1, request: call.id, member: call.member });
  });

  it('are not given for a refused order', () => {
    const r = act(level, newGame(level, { seed: 1 }), { type: 'resumeArmsToAzerbaijan' });
    expect(r.ok).toBe(false);
  });

  it('say a call went unanswered, whose it was, once its deadline passed', () => {
    let state = newGame(level, { seed: 1 });
    const call = state.requests.find((r) => r.kind === 'crisisCall')!;
    const ignored: StepEvent[] = [];
    while (state.turn <= call.deadline) {
      const next = step(level, state, { type: 'endTurn' });
      ignored.push(...next.events.filter((e) => e.type === 'callIgnored'));
      state = next.state;
    }
    expect(ignored).toContainEqual({ type: 'callIgnored', turn: call.deadline, member: call.member });
  });

  it.each([['may-2022', 1], ['may-2022', 2], ['autumn-2022', 3]] as const)('match the states of a whole game (%s, seed %i)', (id, seed) => {
    const lv = loadLevelFile(id);
    const all = steps(lv, seed);
    for (const { before, after, action, events } of all) {
      if (action.type !== 'endTurn') {
        expect(events[0]).toMatchObject({ type: 'orderGiven', turn: before.turn, action });
        continue;
      }
      const types = events.map((e) => e.type);
      // Deadlines and offers come before decisions; then the end, or a new month and its news.
      const last = (t: string) => types.lastIndexOf(t as StepEvent['type']);
      const first = (t: string) => types.indexOf(t as StepEvent['type']);
      const decided = first('stanceChanged') === -1 ? types.length : first('stanceChanged');
      expect(Math.max(last('callIgnored'), last('rivalOffer'))).toBeLessThan(decided);
      const changes = events.filter((e) => e.type === 'stanceChanged');
      for (const m of MEMBERS) {
        const d = after.members[m].lastDecision!;
        const change = changes.find((e) => e.member === m);
        if (d.stance === d.stanceBefore) expect(change).toBeUndefined();
        else expect(change).toEqual({ type: 'stanceChanged', turn: before.turn, member: m, from: d.stanceBefore, to: d.stance, loyaltyBefore: d.before, loyaltyAfter: d.after });
      }
      const record = after.log[after.log.length - 1]!;
      const rivals = events.filter((e) => e.type === 'rivalOffer');
      expect(rivals.map((e) => e.type === 'rivalOffer' && [e.member, e.rival])).toEqual(record.events.filter((n) => n.event === 'rivalOffer').map((n) => [n.member, n.rival]));
      expect(events.filter((e) => e.type === 'callIgnored')).toHaveLength(record.events.filter((n) => n.event === 'callIgnored').length);
      if (after.phase === 'over') {
        expect(events.at(-1)).toEqual({ type: 'gameOver', turn: before.turn, result: after.result });
        expect(types).not.toContain('monthBegins');
      } else {
        expect(events[first('monthBegins')]).toEqual({ type: 'monthBegins', turn: after.turn });
        const news = events.slice(first('monthBegins') + 1);
        expect(news.map((e) => e.type === 'news' && e.event)).toEqual(after.news.map((n) => n.event));
        for (const e of news) {
          const def = lv.events.find((x) => e.type === 'news' && x.id === e.event)!;
          expect(e).toEqual({ type: 'news', turn: after.turn, event: def.id, kind: def.kind, members: def.members });
        }
      }
    }
    expect(all.flatMap((s) => s.events).filter((e) => e.type === 'gameOver')).toHaveLength(1);
    expect(all.flatMap((s) => s.events).filter((e) => e.type === 'monthBegins')).toHaveLength(all.at(-1)!.after.turn - 1);
  });

  it('include rivals’ offers in some games', () => {
    const offers = [1, 2, 3, 4, 5, 6].flatMap((seed) => steps(level, seed).flatMap((s) => s.events.filter((e) => e.type === 'rivalOffer')));
    expect(offers.length).toBeGreaterThan(0);
  });

  it('include stance changes in some games', () => {
    const changes = [1, 2, 3].flatMap((seed) => steps(level, seed).flatMap((s) => s.events.filter((e) => e.type === 'stanceChanged')));
    expect(changes.length).toBeGreaterThan(0);
  });
});

describe.each(['may-2022', 'autumn-2022'])('%s says what the map shows', (id) => {
  const lv = loadLevelFile(id);
  it('names the rival behind every offer', () => {
    for (const event of lv.events.filter((e) => e.kind === 'offer')) expect(event.rival, event.id).toBeDefined();
  });
  it('has rockets only in crises, and only at members it concerns', () => {
    for (const event of lv.events.filter((e) => e.rockets)) {
      expect(event.kind, event.id).toBe('crisis');
      expect(event.members.length, event.id).toBeGreaterThan(0);
    }
    expect(lv.events.some((e) => e.rockets)).toBe(true);
  });
});
