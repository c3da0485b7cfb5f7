// Copies are written field by field for speed, so a field added to the state and forgotten
// there would silently be lost or shared. These tests fail when that happens.
import { describe, expect, it } from 'vitest';
import { cloneState, copyOrders, copyRequests, copyResources, copyTracks } from '../../src/engine/clone';
import { MEMBERS, newGame, type GameState, type MemberState } from '../../src/engine';
import type { Orders } from '../../src/engine/state';
import { MAY_2022, must } from './play';

let counter = 0;
/** A number no other field of the sample holds. */
const n = () => (counter += 7) + 0.5;

// Each type's fields listed once, each with a value unlike any other and unlike a new game's;
// the mapped types make a field added to the state without a line here a type error.
type Makers<T> = { [K in keyof T]-?: () => T[K] };

const ORDERS: Makers<Orders> = {
  aid: () => true,
  securityHelp: () => true,
  coerced: () => true,
  pressedRecognition: () => true,
  demandedSolidarity: () => true,
  answeredCall: () => true,
};

const build = <T,>(makers: Makers<T>): T => Object.fromEntries(Object.entries(makers).map(([k, make]) => [k, (make as () => unknown)()])) as T;

const MEMBER: Makers<MemberState> = {
  loyalty: n,
  stance: () => 'drifts',
  threat: n,
  grievance: n,
  ties: () => ({ USA: n(), TUR: n() }),
  aidCount: n,
  lastHelped: n,
  coercions: n,
  anchor: n,
  orders: () => build(ORDERS),
  shocks: () => [{ event: `shock-${n()}`, delta: n() }],
  lastDecision: () => ({ turn: n(), before: n(), after: n(), stanceBefore: 'leans', stance: 'neutral', factors: [{ rule: 'orbit', size: n() }] }),
};

const STATE: Makers<GameState> = {
  level: () => `level-${n()}`,
  difficulty: () => `difficulty-${n()}`,
  seed: n,
  rng: n,
  turn: n,
  phase: () => 'over',
  resources: () => ({ politicalCapital: n(), militaryReserves: n(), economicLeverage: n() }),
  tracks: () => ({ credibility: n(), consistency: n(), natoEnlargement: n(), warCourse: n() }),
  members: () => ({ ARM: build(MEMBER), BLR: build(MEMBER), KAZ: build(MEMBER), KGZ: build(MEMBER), TJK: build(MEMBER) }),
  armsToAzerbaijan: () => false,
  nordicLine: () => 'blindEye',
  lastSummit: n,
  confrontation: n,
  requests: () => [{ id: `call-${n()}`, kind: 'crisisCall', member: 'TJK', source: `source-${n()}`, deadline: n(), status: 'ignored' }],
  news: () => [{ event: `news-${n()}`, turn: n(), member: 'KGZ', rival: 'TUR' }],
  happened: () => [`happened-${n()}`],
  used: () => [`used-${n()}`],
  actions: () => [{ turn: n(), action: { type: 'economicAid', member: 'ARM' } }],
  log: () => [{ turn: n(), actions: [], events: [], members: {} as GameState['log'][number]['members'], tracks: { credibility: n(), consistency: n(), natoEnlargement: n(), warCourse: n() }, resources: { politicalCapital: n(), militaryReserves: n(), economicLeverage: n() } }],
  score: n,
  result: () => ({ outcome: 'win', score: n(), met: [`met-${n()}`], missed: [], reason: 'end' }),
};

const sample = (): GameState => build(STATE);
const real = must(newGame(MAY_2022, { seed: 3 }), MAY_2022, { type: 'economicAid', member: 'KGZ' });

describe('the lists of fields these tests copy', () => {
  it.each([
    ['GameState', Object.keys(STATE), Object.keys(real)],
    ['MemberState', Object.keys(MEMBER), Object.keys(real.members.ARM)],
    ['Orders', Object.keys(ORDERS), Object.keys(real.members.ARM.orders)],
  ])('name every field of a real %s', (_name, listed, actual) => {
    expect([...listed].sort()).toEqual([...actual].sort());
  });

  it('give every field of the sample a value of its own, unlike a new game’s', () => {
    const s = sample();
    const fresh = newGame(MAY_2022, { seed: 3 });
    for (const key of Object.keys(STATE) as (keyof GameState)[]) expect(s[key], key).not.toEqual(fresh[key]);
    const numbers = Object.values(s).filter((v) => typeof v === 'number');
    expect(new Set(numbers).size).toBe(numbers.length);
  });
});

describe('cloneState', () => {
  it('copies every field', () => {
    const s = sample();
    expect(cloneState(s)).toStrictEqual(s);
  });

  // Orders and turns are applied in place on a clone (see `advance`): a part shared would change the state it came from.
  it('copies, rather than shares, every part an order or a turn writes', () => {
    const s = sample();
    const c = cloneState(s);
    for (const key of ['resources', 'tracks', 'members', 'requests', 'news', 'happened', 'used', 'actions', 'log'] as const) expect(c[key], key).not.toBe(s[key]);
    for (const id of MEMBERS) {
      expect(c.members[id]).not.toBe(s.members[id]);
      expect(c.members[id].orders).not.toBe(s.members[id].orders);
      expect(c.members[id].ties).not.toBe(s.members[id].ties);
      expect(c.members[id].shocks).not.toBe(s.members[id].shocks);
    }
    expect(c.requests[0]).not.toBe(s.requests[0]);
  });

  it('copies a real state mid-game', () => {
    expect(cloneState(real)).toStrictEqual(real);
  });
});

describe('the part copies', () => {
  it('copy every field', () => {
    const s = sample();
    expect(copyResources(s.resources)).toStrictEqual(s.resources);
    expect(copyTracks(s.tracks)).toStrictEqual(s.tracks);
    expect(copyRequests(s.requests)).toStrictEqual(s.requests);
  });

  it.each(Object.keys(ORDERS) as (keyof Orders)[])('copy the order %s alone, into its own field', (flag) => {
    const orders = { ...build(ORDERS) };
    for (const key of Object.keys(orders) as (keyof Orders)[]) orders[key] = key === flag;
    expect(copyOrders(orders)).toStrictEqual(orders);
    const s = sample();
    const m = { ...s.members.BLR, orders };
    expect(cloneState({ ...s, members: { ...s.members, BLR: m } }).members.BLR.orders).toStrictEqual(orders);
  });

  it.each(['armsToAzerbaijan'] as const)('copy the flag %s both ways', (flag) => {
    for (const value of [true, false]) {
      const s = { ...sample(), [flag]: value };
      expect(cloneState(s)[flag]).toBe(value);
    }
  });
});
