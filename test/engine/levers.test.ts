import { describe, expect, it } from 'vitest';
import { candidates } from '../../src/engine/actions';
import { LEVERS, leverOf, ORDER_TYPES } from '../../src/engine/levers';
import { actionMenu, checkAction, costOf, MEMBERS, newGame, parseAction, ruleById, type Action } from '../../src/engine';
import { MAY_2022 } from './play';

const level = MAY_2022;
const start = newGame(level, { seed: 1 });
const all = candidates(start);

describe('the levers table', () => {
  it('has a row for every order, and every row is offered', () => {
    for (const type of ORDER_TYPES) expect(all.some((a) => a.type === type), type).toBe(true);
  });

  it('finds each order’s own row', () => {
    for (const action of all) if (action.type !== 'endTurn') expect(leverOf(action)).toBe(LEVERS[action.type]);
  });

  it('marks each member lever in an order of its own, and nothing else in a member’s orders', () => {
    const marks = ORDER_TYPES.map((type) => LEVERS[type].marks).filter((m) => m !== null);
    expect(ORDER_TYPES.filter((type) => LEVERS[type].target === 'member').every((type) => LEVERS[type].marks !== null)).toBe(true);
    expect(new Set(marks).size).toBe(marks.length);
    for (const mark of marks) expect(Object.keys(start.members.ARM.orders)).toContain(mark);
  });

  it('offers member levers once per member, choices once per value', () => {
    for (const type of ORDER_TYPES) {
      const lever = LEVERS[type];
      const count = all.filter((a) => a.type === type).length;
      if (lever.target === 'member') expect(count).toBe(MEMBERS.length);
      else if (lever.target === 'none') expect(count).toBe(lever.choice ? lever.choice.values.length : 1);
    }
  });

  it('gives every candidate one object shape, so checking them stays monomorphic', () => {
    const shapes = new Set(all.map((a) => Object.keys(a).join()));
    expect([...shapes]).toEqual(['type,member,request,line,to']);
  });

  it.each(all.map((a) => [JSON.stringify(a), a] as const))('reads %s back from its JSON as the same order', (json, action) => {
    const parsed = parseAction(JSON.parse(json));
    expect(parsed.ok && JSON.stringify(parsed.value)).toBe(json);
    expect(parsed.ok && Object.keys(parsed.value)).toEqual(Object.keys(action));
  });

  it('prices each order from a key of the level’s cost table', () => {
    for (const action of all) {
      if (action.type === 'endTurn') continue;
      const cost = LEVERS[action.type].cost as string | null | ((a: Action) => string | null);
      const key = typeof cost === 'function' ? cost(action) : cost;
      if (key !== null) expect(Object.keys(level.costs)).toContain(key);
      expect(costOf(level, action)).toBe(key === null ? costOf(level, { type: 'endTurn' }) : level.costs[key as keyof typeof level.costs]);
    }
  });

  it('cites claims through rules that exist', () => {
    for (const type of ORDER_TYPES) {
      expect(LEVERS[type].rules.length, type).toBeGreaterThan(0);
      for (const rule of LEVERS[type].rules) expect(ruleById(rule).claims.length, `${type}: ${rule}`).toBeGreaterThan(0);
    }
  });

  it('says in words why each closed lever is closed', () => {
    const broke = { ...start, resources: { politicalCapital: 0, militaryReserves: 0, economicLeverage: 0 } };
    for (const entry of actionMenu(level, broke)) {
      if (!entry.error) continue;
      expect(entry.error.message, JSON.stringify(entry.action)).not.toBe(entry.error.code);
      expect(entry.error.message.length).toBeGreaterThan(5);
    }
    const closed: [Action, string][] = [
      [{ type: 'resumeArmsToAzerbaijan' }, 'arms sales to Azerbaijan are running'],
      [{ type: 'answerCrisisCall', request: 'nowhere' }, 'no crisis call "nowhere"'],
    ];
    for (const [action, message] of closed) expect(checkAction(level, start, action)?.message).toBe(message);
  });
});
