// Moscow's levers as one table: for each order its target, its price, when it is closed,
// what it does and the rules through which it moves members. Everything else about
// orders (parsing, pricing, refusals, candidates, applying) is read from this table.
import type { CostedLever, Level } from './level';
import { clamp } from './numbers';
import type { RuleId } from './rules';
import type { GameState, Orders } from './state';
import { isMemberId, ofMember, type MemberId } from './vocabulary';

/** Levers aimed at one member. */
export const MEMBER_LEVERS = ['economicAid', 'securityHelp', 'coerce', 'pressRecognition', 'demandSolidarity'] as const;
export type MemberLever = (typeof MEMBER_LEVERS)[number];

export const NORDIC_LINES = ['principled', 'blindEye'] as const;
export const REDEPLOYMENTS = ['reserve', 'ukraine'] as const;

export type NordicLineChoice = (typeof NORDIC_LINES)[number];
export type Redeployment = (typeof REDEPLOYMENTS)[number];

/** The fields each order carries besides its type. */
interface OrderFields {
  economicAid: { member: MemberId };
  securityHelp: { member: MemberId };
  coerce: { member: MemberId };
  pressRecognition: { member: MemberId };
  demandSolidarity: { member: MemberId };
  answerCrisisCall: { request: string };
  stopArmsToAzerbaijan: object;
  resumeArmsToAzerbaijan: object;
  nordicLine: { line: NordicLineChoice };
  hostSummit: object;
  redeploy: { to: Redeployment };
}
type FieldName = 'member' | 'request' | 'line' | 'to';
/** The fields an order does not use may be present as undefined (which JSON drops). */
type Unused<F> = { [K in Exclude<FieldName, keyof F>]?: undefined };

export type OrderType = keyof OrderFields;
export type OrderOf<T extends OrderType> = { type: T } & OrderFields[T] & Unused<OrderFields[T]>;
/** An order Moscow gives during a turn: anything but the end of the turn. */
export type Order = { [T in OrderType]: OrderOf<T> }[OrderType];
export type Action = Order | ({ type: 'endTurn' } & Unused<object>);
export type ActionType = Action['type'];

export const ACTION_ERROR_CODES = [
  'bad-action', 'game-over', 'unknown-request', 'request-closed', 'already-used', 'unaffordable', 'not-applicable', 'cooldown',
] as const;
export type ActionErrorCode = (typeof ACTION_ERROR_CODES)[number];

/** A function property checked like a method, so a row for one order stands in for a row for any. */
type Method<Args extends unknown[], R> = { call(...args: Args): R }['call'];

/** One row of the table; `A` is the order it takes. */
export interface Lever<A extends { type: OrderType }> {
  /** What it is aimed at: one member, an open request, or nothing. */
  target: 'member' | 'request' | 'none';
  /** For a lever aimed at nothing that takes one field: the field and its values, each its own order. */
  choice: { field: 'line' | 'to'; values: readonly string[] } | null;
  /**
   * The order with its one field (a member, a request id, a choice; ignored when it takes none),
   * or null when the value does not fit. Every order it makes carries all four fields, unused
   * ones undefined, so automatic players' candidates share one shape and their checks stay fast.
   */
  make(value: unknown): A | null;
  /** The key of the level's cost table it is paid from (null: free), or for a lever with a choice, the key for each order. */
  cost: CostedLever | null | Method<[action: A], CostedLever | null>;
  /** For a lever aimed at a member, the order it marks in that member's orders: given once a turn per member. */
  marks: keyof Orders | null;
  /** For any other lever, whether it was already given this turn; null when nothing but its target closes it. */
  used: Method<[state: GameState, action: A], boolean> | null;
  /** The reason it is closed now, besides repetition and price, or null; none for a lever that is always open. */
  closed: Method<[level: Level, state: GameState, action: A], ActionErrorCode | null> | null;
  /** Its effect once paid for, written into `s`: a state private to the caller (see `advance`). */
  apply(level: Level, s: GameState, action: A): void;
  /** The rules through which it moves members: its claims and paragraphs are theirs. */
  rules: readonly RuleId[];
  /** What to tell the player for a refusal particular to it, or null for the general words. */
  says(code: ActionErrorCode, level: Level, action: A): string | null;
}

const general = () => null;

/** Whether an order is marked in a member's orders; each mark read by its fixed name (see `leverOf`). */
export function isMarked(orders: Orders, mark: keyof Orders): boolean {
  switch (mark) {
    case 'aid':
      return orders.aid;
    case 'securityHelp':
      return orders.securityHelp;
    case 'coerced':
      return orders.coerced;
    case 'pressedRecognition':
      return orders.pressedRecognition;
    case 'demandedSolidarity':
      return orders.demandedSolidarity;
    case 'answeredCall':
      return orders.answeredCall;
    default:
      return orders[mark as keyof Orders];
  }
}

/** Mark an order in a member's orders, by its fixed name. */
function markOrder(orders: Orders, mark: keyof Orders): void {
  switch (mark) {
    case 'aid':
      orders.aid = true;
      break;
    case 'securityHelp':
      orders.securityHelp = true;
      break;
    case 'coerced':
      orders.coerced = true;
      break;
    case 'pressedRecognition':
      orders.pressedRecognition = true;
      break;
    case 'demandedSolidarity':
      orders.demandedSolidarity = true;
      break;
    case 'answeredCall':
      orders.answeredCall = true;
      break;
    default:
      orders[mark as keyof Orders] = true;
  }
}

/** A lever aimed at one member: marked in that member's orders, weighed at deliberation. */
function memberLever<T extends MemberLever>(type: T, flag: keyof Orders, rules: readonly RuleId[]): Lever<{ type: T; member: MemberId } & Unused<{ member: MemberId }>> {
  return {
    target: 'member',
    choice: null,
    make: (member) => (isMemberId(member) ? { type, member, request: undefined, line: undefined, to: undefined } : null),
    cost: type,
    marks: flag,
    used: null,
    closed: null,
    apply(_level, s, action) {
      markOrder(ofMember(s.members, action.member).orders, flag);
    },
    rules,
    says: general,
  };
}

/** Levers aimed at no member are marked in `used`. */
const usedThisTurn = (state: GameState, action: { type: OrderType }) => state.used.includes(action.type);
const markUsed = (s: GameState, action: { type: OrderType }) => void s.used.push(action.type);

/** Moscow's line on Finland and Sweden: principled costs capital, a blind eye costs consistency (C2). */
export function closeNordicLine(level: Level, s: GameState, line: 'principled' | 'blindEye'): void {
  for (const r of s.requests) if (r.kind === 'nordicLine' && r.status === 'open') r.status = line === 'principled' ? 'answered' : 'ignored';
  s.nordicLine = line;
  const shift = line === 'principled' ? level.weights.principledConsistency : -level.weights.blindEyeConsistency;
  s.tracks.consistency = clamp(s.tracks.consistency + shift, 0, 100);
}

function armsSales<T extends 'stopArmsToAzerbaijan' | 'resumeArmsToAzerbaijan'>(type: T, running: boolean): Lever<{ type: T } & Unused<object>> {
  return {
    target: 'none',
    choice: null,
    make: () => ({ type, member: undefined, request: undefined, line: undefined, to: undefined }),
    cost: running ? null : 'stopArmsToAzerbaijan',
    marks: null,
    used: usedThisTurn,
    closed: (_level, state) => (state.armsToAzerbaijan === running ? 'not-applicable' : null),
    apply(_level, s, action) {
      markUsed(s, action);
      s.armsToAzerbaijan = running;
    },
    rules: ['armedAdversary'],
    says: (code) => (code !== 'not-applicable' ? null : running ? 'arms sales to Azerbaijan are running' : 'arms sales to Azerbaijan are already stopped'),
  };
}

export const LEVERS: { readonly [T in OrderType]: Lever<OrderOf<T>> } = {
  economicAid: memberLever('economicAid', 'aid', ['aid']),
  securityHelp: memberLever('securityHelp', 'securityHelp', ['securityHelp', 'protector']),
  coerce: memberLever('coerce', 'coerced', ['coercion', 'grievance']),
  pressRecognition: memberLever('pressRecognition', 'pressedRecognition', ['recognitionRefused', 'recognitionWatched']),
  demandSolidarity: memberLever('demandSolidarity', 'demandedSolidarity', ['notOurWar']),
  answerCrisisCall: {
    target: 'request',
    choice: null,
    make: (request) => (typeof request === 'string' ? { type: 'answerCrisisCall', member: undefined, request, line: undefined, to: undefined } : null),
    cost: 'answerCrisisCall',
    marks: null,
    // A call is answered once: its status says so.
    used: null,
    closed(_level, state, action) {
      const request = state.requests.find((r) => r.id === action.request && r.kind === 'crisisCall');
      if (!request) return 'unknown-request';
      return request.status === 'open' ? null : 'request-closed';
    },
    apply(level, s, action) {
      const request = s.requests.find((r) => r.id === action.request)!;
      request.status = 'answered';
      if (request.member) ofMember(s.members, request.member).orders.answeredCall = true;
      s.tracks.credibility = clamp(s.tracks.credibility + level.weights.answeredCallCredibility, 0, 100);
    },
    rules: ['crisisCallAnswered', 'alliancePromise', 'protector'],
    says: (code, _level, action) => (code === 'unknown-request' ? `no crisis call "${action.request}"` : code === 'request-closed' ? 'that call is no longer open' : null),
  },
  stopArmsToAzerbaijan: armsSales('stopArmsToAzerbaijan', false),
  resumeArmsToAzerbaijan: armsSales('resumeArmsToAzerbaijan', true),
  nordicLine: {
    target: 'none',
    choice: { field: 'line', values: NORDIC_LINES },
    make: (line) => (line === 'principled' || line === 'blindEye' ? { type: 'nordicLine', member: undefined, request: undefined, line, to: undefined } : null),
    cost: (action) => (action.line === 'principled' ? 'principledLine' : null),
    marks: null,
    used: usedThisTurn,
    closed: (_level, state) => (state.requests.some((r) => r.kind === 'nordicLine' && r.status === 'open') ? null : 'not-applicable'),
    apply(level, s, action) {
      markUsed(s, action);
      closeNordicLine(level, s, action.line);
    },
    rules: ['doubleStandard'],
    says: (code) => (code === 'not-applicable' ? 'no line on NATO enlargement is being asked for' : null),
  },
  hostSummit: {
    target: 'none',
    choice: null,
    make: () => ({ type: 'hostSummit', member: undefined, request: undefined, line: undefined, to: undefined }),
    cost: 'hostSummit',
    marks: null,
    used: usedThisTurn,
    closed: (level, state) => (state.lastSummit > 0 && state.turn - state.lastSummit <= level.summitCooldown ? 'cooldown' : null),
    apply(_level, s, action) {
      markUsed(s, action);
      s.lastSummit = s.turn;
    },
    rules: ['summit'],
    says: (code, level) => (code === 'cooldown' ? `a summit needs ${level.summitCooldown} turns since the last` : null),
  },
  redeploy: {
    target: 'none',
    choice: { field: 'to', values: REDEPLOYMENTS },
    make: (to) => (to === 'reserve' || to === 'ukraine' ? { type: 'redeploy', member: undefined, request: undefined, line: undefined, to } : null),
    cost: (action) => (action.to === 'ukraine' ? 'reinforceUkraine' : 'redeployToReserve'),
    marks: null,
    used: usedThisTurn,
    closed: (level, state, action) => (action.to === 'reserve' && state.tracks.warCourse < level.weights.redeployWar ? 'not-applicable' : null),
    apply(level, s, action) {
      const w = level.weights;
      markUsed(s, action);
      if (action.to === 'reserve') {
        s.resources.militaryReserves += w.redeployReserves;
        s.tracks.warCourse = clamp(s.tracks.warCourse - w.redeployWar, 0, 100);
        s.tracks.credibility = clamp(s.tracks.credibility - w.redeployCredibility, 0, 100);
      } else {
        s.tracks.warCourse = clamp(s.tracks.warCourse + w.reinforceWar, 0, 100);
      }
    },
    rules: ['paperTiger'],
    says: (code) => (code === 'not-applicable' ? 'the front cannot spare more forces' : null),
  },
};

export const ORDER_TYPES = Object.keys(LEVERS) as OrderType[];

/** The row of an order's lever. */
export function leverOf(action: Order): Lever<Order> {
  // Every automatic player's check starts here. A load by a key that varies is slow in V8, so the
  // rows are named here once; a row missing from this list is still found, by key.
  switch (action.type) {
    case 'economicAid':
      return LEVERS.economicAid;
    case 'securityHelp':
      return LEVERS.securityHelp;
    case 'coerce':
      return LEVERS.coerce;
    case 'pressRecognition':
      return LEVERS.pressRecognition;
    case 'demandSolidarity':
      return LEVERS.demandSolidarity;
    case 'answerCrisisCall':
      return LEVERS.answerCrisisCall;
    case 'stopArmsToAzerbaijan':
      return LEVERS.stopArmsToAzerbaijan;
    case 'resumeArmsToAzerbaijan':
      return LEVERS.resumeArmsToAzerbaijan;
    case 'nordicLine':
      return LEVERS.nordicLine;
    case 'hostSummit':
      return LEVERS.hostSummit;
    case 'redeploy':
      return LEVERS.redeploy;
    default:
      return LEVERS[(action as Order).type];
  }
}
