// Moscow's orders in general: reading them from untrusted input, their price, why one is
// refused, the candidates an automatic player draws from, and applying one. What each
// lever is and does is its row in the levers table (levers.ts).
import type { Cost, CostedLever, Level } from './level';
import { isMarked, LEVERS, leverOf, ORDER_TYPES, type Action, type ActionErrorCode, type Lever, type Order, type OrderType } from './levers';
import { err, ok, type Result } from './result';
import type { GameState, Resources } from './state';
import { perLevel } from './tables';
import { MEMBERS, ofMember, RESOURCES, type MemberId } from './vocabulary';

export { ACTION_ERROR_CODES, closeNordicLine, MEMBER_LEVERS, type Action, type ActionErrorCode, type ActionType, type MemberLever, type Order, type OrderType } from './levers';

export interface ActionError {
  code: ActionErrorCode;
  message: string;
}

export interface LegalAction {
  action: Action;
  cost: Partial<Resources>;
  target: MemberId | null;
}

export function isMemberLever(action: Action): action is Extract<Action, { member: MemberId }> {
  return action.type !== 'endTurn' && LEVERS[action.type].target === 'member';
}

const fail = (code: ActionErrorCode, message: string) => err<ActionError>({ code, message });
const isOrderType = (type: unknown): type is OrderType => typeof type === 'string' && Object.prototype.hasOwnProperty.call(LEVERS, type);

/** The field an order of this lever carries, or null for one that takes none. */
function fieldOf(type: OrderType): 'member' | 'request' | 'line' | 'to' | null {
  const lever = LEVERS[type];
  return lever.target === 'member' ? 'member' : lever.target === 'request' ? 'request' : (lever.choice?.field ?? null);
}

/** Check the shape of an action from an untrusted source (a script file, a save, a message). */
export function parseAction(input: unknown): Result<Action, ActionError> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return fail('bad-action', 'an action is an object with a "type"');
  const a = input as Record<string, unknown>;
  // Fields set to undefined are absent, as they would be after a trip through JSON.
  const keys = Object.entries(a).filter(([, value]) => value !== undefined).map(([k]) => k);
  const only = (allowed: string | null) => keys.every((k) => k === 'type' || k === allowed);
  if (a.type === 'endTurn') return only(null) ? ok(END_TURN) : fail('bad-action', '"endTurn" takes no other fields');
  if (!isOrderType(a.type)) return fail('bad-action', `unknown action type ${JSON.stringify(a.type)}`);
  const type = a.type;
  const lever = LEVERS[type];
  const field = fieldOf(type);
  const order = only(field) ? lever.make(field === null ? undefined : a[field]) : null;
  if (order) return ok(order);
  if (lever.target === 'member') return fail('bad-action', `"${type}" needs "member", one of ${MEMBERS.join(', ')}`);
  if (lever.target === 'request') return fail('bad-action', `"${type}" needs "request", the id of an open call`);
  if (lever.choice) return fail('bad-action', `"${type}" needs "${lever.choice.field}": ${lever.choice.values.map((v) => `"${v}"`).join(' or ')}`);
  return fail('bad-action', `"${type}" takes no other fields`);
}

const NO_COST: Cost = {};

export function costOf(level: Level, action: Action): Cost {
  return action.type === 'endTurn' ? NO_COST : priceOf(level, leverOf(action), action);
}

/** The key of the level's cost table an order is paid from, or null when it is free. */
function priceKey(lever: Lever<Order>, action: Order): CostedLever | null {
  const cost = lever.cost;
  return typeof cost === 'function' ? cost(action) : cost;
}

/** An order's price as the level states it (a resource it does not cost is left out). */
export function priceOf(level: Level, lever: Lever<Order>, action: Order): Cost {
  const key = priceKey(lever, action);
  return key === null ? NO_COST : level.costs[key];
}

/** A price with all three resources named: the checks of every step read it, and read fixed fields. */
export type FullCost = Required<Cost>;

const FREE: FullCost = { politicalCapital: 0, militaryReserves: 0, economicLeverage: 0 };
const full = (cost: Cost): FullCost => ({ politicalCapital: cost.politicalCapital ?? 0, militaryReserves: cost.militaryReserves ?? 0, economicLeverage: cost.economicLeverage ?? 0 });

/** A level's cost table once more, every price in one shape. */
const fullPrices = perLevel((level): Record<CostedLever, FullCost> => {
  const c = level.costs;
  return {
    economicAid: full(c.economicAid),
    securityHelp: full(c.securityHelp),
    answerCrisisCall: full(c.answerCrisisCall),
    coerce: full(c.coerce),
    pressRecognition: full(c.pressRecognition),
    demandSolidarity: full(c.demandSolidarity),
    stopArmsToAzerbaijan: full(c.stopArmsToAzerbaijan),
    principledLine: full(c.principledLine),
    hostSummit: full(c.hostSummit),
    reinforceUkraine: full(c.reinforceUkraine),
    redeployToReserve: full(c.redeployToReserve),
  };
});

/** `priceOf` with all three resources named, for checking and paying. */
export function fullPriceOf(level: Level, lever: Lever<Order>, action: Order): FullCost {
  const key = priceKey(lever, action);
  if (key === null) return FREE;
  const prices = fullPrices(level);
  // Named one by one, as in `leverOf`: a load by a key that varies is slow in V8.
  switch (key) {
    case 'economicAid':
      return prices.economicAid;
    case 'securityHelp':
      return prices.securityHelp;
    case 'answerCrisisCall':
      return prices.answerCrisisCall;
    case 'coerce':
      return prices.coerce;
    case 'pressRecognition':
      return prices.pressRecognition;
    case 'demandSolidarity':
      return prices.demandSolidarity;
    case 'stopArmsToAzerbaijan':
      return prices.stopArmsToAzerbaijan;
    case 'principledLine':
      return prices.principledLine;
    case 'hostSummit':
      return prices.hostSummit;
    case 'reinforceUkraine':
      return prices.reinforceUkraine;
    case 'redeployToReserve':
      return prices.redeployToReserve;
    default:
      return prices[key as CostedLever];
  }
}

/** The member an action is aimed at, if any. */
export function targetOf(state: GameState, action: Action): MemberId | null {
  if (action.type === 'endTurn') return null;
  const target = LEVERS[action.type].target;
  if (target === 'member') return action.member ?? null;
  if (target === 'request') return state.requests.find((r) => r.id === action.request)?.member ?? null;
  return null;
}

/** The code of the reason an action cannot be taken now, or null when it can (no message: this is the hot path). */
export function refusal(level: Level, state: GameState, action: Action): ActionErrorCode | null {
  if (state.phase === 'over') return 'game-over';
  if (action.type === 'endTurn') return null;
  const lever = leverOf(action);
  return refusalBy(level, state, action, lever, fullPriceOf(level, lever, action));
}

/** `refusal` for an order of a running game, its lever and price already looked up. */
export function refusalBy(level: Level, state: GameState, action: Order, lever: Lever<Order>, cost: FullCost): ActionErrorCode | null {
  // A member lever's mark is read here rather than through a call: most candidates are member levers.
  const marks = lever.marks;
  if (marks !== null ? isMarked(ofMember(state.members, action.member!).orders, marks) : lever.used !== null && lever.used(state, action)) return 'already-used';
  const closed = lever.closed === null ? null : lever.closed(level, state, action);
  if (closed !== null) return closed;
  return affordable(cost, state.resources) ? null : 'unaffordable';
}

export function affordable(cost: FullCost, have: Resources): boolean {
  return cost.politicalCapital <= have.politicalCapital && cost.militaryReserves <= have.militaryReserves && cost.economicLeverage <= have.economicLeverage;
}

function describe(level: Level, state: GameState, action: Action, code: ActionErrorCode): string {
  if (action.type !== 'endTurn') {
    const own = leverOf(action).says(code, level, action);
    if (own !== null) return own;
  }
  switch (code) {
    case 'game-over':
      return 'the game is over';
    case 'already-used':
      return 'already ordered this turn';
    case 'unaffordable': {
      const cost = costOf(level, action);
      const short = RESOURCES.filter((r) => (cost[r] ?? 0) > state.resources[r]);
      return short.map((r) => `needs ${cost[r]} ${r}, has ${state.resources[r]}`).join('; ');
    }
    default:
      return code;
  }
}

/** Why an action cannot be taken now, or null when it can. */
export function checkAction(level: Level, state: GameState, action: Action): ActionError | null {
  const code = refusal(level, state, action);
  return code === null ? null : { code, message: describe(level, state, action, code) };
}

/** The end of the turn, in the shape every candidate has. */
export const END_TURN: Action = { type: 'endTurn', member: undefined, request: undefined, line: undefined, to: undefined };

// The orders that do not depend on the state, built once from the table and shared (never written to).
const FIXED_CANDIDATES: readonly Action[] = ORDER_TYPES.flatMap((type): Action[] => {
  const lever = LEVERS[type];
  if (lever.target === 'member') return MEMBERS.map((member) => lever.make(member)!);
  if (lever.target === 'request') return [];
  if (lever.choice) return lever.choice.values.map((value) => lever.make(value)!);
  return [lever.make(undefined)!];
});

const REQUEST_LEVER = LEVERS.answerCrisisCall;

/** Every action Moscow could name now: open calls, the levers times their targets, end of turn. */
export function candidates(state: GameState): Action[] {
  const list: Action[] = [];
  for (const r of state.requests) if (r.kind === 'crisisCall' && r.status === 'open') list.push(REQUEST_LEVER.make(r.id)!);
  for (const action of FIXED_CANDIDATES) list.push(action);
  list.push(END_TURN);
  return list;
}

/** A lever with its price on one level, so that checking an order of it looks nothing up by name. */
export interface PricedLever {
  lever: Lever<Order>;
  cost: FullCost;
}

/** The candidates of a level, priced once. */
export interface PricedCandidates {
  /** Answering a call for help (its price does not depend on the call). */
  call: PricedLever;
  /** The orders that do not depend on the state, in `candidates` order. */
  fixed: readonly (PricedLever & { action: Order })[];
}

function priced(level: Level, order: Order): PricedLever {
  const lever = leverOf(order);
  return { lever, cost: fullPriceOf(level, lever, order) };
}

export const pricedCandidates = perLevel(
  (level): PricedCandidates => ({
    call: priced(level, REQUEST_LEVER.make('')!),
    fixed: FIXED_CANDIDATES.map((action) => ({ action: action as Order, ...priced(level, action as Order) })),
  }),
);

/** How many calls for help are open now: the first candidates. */
export function openCallCount(state: GameState): number {
  let calls = 0;
  for (const r of state.requests) if (r.kind === 'crisisCall' && r.status === 'open') calls++;
  return calls;
}

/** The answer to the open call at `index` among the open calls. */
export function openCallAt(state: GameState, index: number): Order {
  let i = index;
  for (const r of state.requests) {
    if (r.kind === 'crisisCall' && r.status === 'open') {
      if (i === 0) return REQUEST_LEVER.make(r.id)!;
      i--;
    }
  }
  throw new RangeError(`no open call at ${index}`);
}

/** The legal actions alone, for automatic players that need no costs. */
export function legalActionList(level: Level, state: GameState): Action[] {
  if (state.phase === 'over') return [];
  return candidates(state).filter((action) => refusal(level, state, action) === null);
}

/** What Moscow may do now, with cost and target; `endTurn` is always last while the game runs. */
export function legalActions(level: Level, state: GameState): LegalAction[] {
  return legalActionList(level, state).map((action) => ({ action, cost: costOf(level, action), target: targetOf(state, action) }));
}

/** Every lever with the reason it is closed, for menus that show what cannot be done and why. */
export function actionMenu(level: Level, state: GameState): (LegalAction & { error: ActionError | null })[] {
  return candidates(state).map((action) => ({ action, cost: costOf(level, action), target: targetOf(state, action), error: checkAction(level, state, action) }));
}

/** Give an order (not endTurn) on `s`, a state private to the caller: pay for it, record it, apply it. */
export function applyOrder(level: Level, s: GameState, action: Order, lever: Lever<Order> = leverOf(action), cost: FullCost = fullPriceOf(level, lever, action)): void {
  const r = s.resources;
  r.politicalCapital -= cost.politicalCapital;
  r.militaryReserves -= cost.militaryReserves;
  r.economicLeverage -= cost.economicLeverage;
  s.actions.push({ turn: s.turn, action });
  lever.apply(level, s, action);
}
