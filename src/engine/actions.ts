// Moscow's orders: what the player may do, what it costs, and its immediate effect.
// Loyalty itself moves only when members deliberate at the end of the turn.
import { copyOrders, copyRequests, copyTracks, withMember, withMemberOrder, withOrders, withParts } from './clone';
import type { Cost, Level } from './level';
import { err, ok, type Result } from './result';
import type { GameState, Orders, Resources } from './state';
import { isMemberId, MEMBERS, RESOURCES, type MemberId } from './vocabulary';
import { clamp } from './numbers';

/** Levers aimed at one member. */
export const MEMBER_LEVERS = ['economicAid', 'securityHelp', 'coerce', 'pressRecognition', 'demandSolidarity'] as const;
export type MemberLever = (typeof MEMBER_LEVERS)[number];

export type Action =
  | { type: 'endTurn' }
  | { type: MemberLever; member: MemberId }
  | { type: 'answerCrisisCall'; request: string }
  | { type: 'stopArmsToAzerbaijan' }
  | { type: 'resumeArmsToAzerbaijan' }
  | { type: 'nordicLine'; line: 'principled' | 'blindEye' }
  | { type: 'hostSummit' }
  | { type: 'redeploy'; to: 'reserve' | 'ukraine' };

export type ActionType = Action['type'];

export const ACTION_ERROR_CODES = [
  'bad-action', 'game-over', 'unknown-request', 'request-closed', 'already-used', 'unaffordable', 'not-applicable', 'cooldown',
] as const;
export type ActionErrorCode = (typeof ACTION_ERROR_CODES)[number];
export interface ActionError {
  code: ActionErrorCode;
  message: string;
}

export interface LegalAction {
  action: Action;
  cost: Partial<Resources>;
  target: MemberId | null;
}

const ORDER_FLAG: Record<MemberLever, keyof Orders> = {
  economicAid: 'aid',
  securityHelp: 'securityHelp',
  coerce: 'coerced',
  pressRecognition: 'pressedRecognition',
  demandSolidarity: 'demandedSolidarity',
};

export function isMemberLever(action: Action): action is Extract<Action, { member: MemberId }> {
  switch (action.type) {
    case 'economicAid':
    case 'securityHelp':
    case 'coerce':
    case 'pressRecognition':
    case 'demandSolidarity':
      return true;
    default:
      return false;
  }
}

const fail = (code: ActionErrorCode, message: string) => err<ActionError>({ code, message });

/** Check the shape of an action from an untrusted source (a script file, a save, a message). */
export function parseAction(input: unknown): Result<Action, ActionError> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return fail('bad-action', 'an action is an object with a "type"');
  const a = input as Record<string, unknown>;
  // Fields set to undefined are absent, as they would be after a trip through JSON.
  const keys = Object.keys(a).filter((k) => a[k] !== undefined);
  const only = (...allowed: string[]) => keys.every((k) => k === 'type' || allowed.includes(k));
  switch (a.type) {
    case 'endTurn':
    case 'stopArmsToAzerbaijan':
    case 'resumeArmsToAzerbaijan':
    case 'hostSummit':
      return only() ? ok({ type: a.type }) : fail('bad-action', `"${a.type}" takes no other fields`);
    case 'economicAid':
    case 'securityHelp':
    case 'coerce':
    case 'pressRecognition':
    case 'demandSolidarity':
      if (!isMemberId(a.member) || !only('member')) return fail('bad-action', `"${a.type}" needs "member", one of ${MEMBERS.join(', ')}`);
      return ok({ type: a.type, member: a.member });
    case 'answerCrisisCall':
      if (typeof a.request !== 'string' || !only('request')) return fail('bad-action', '"answerCrisisCall" needs "request", the id of an open call');
      return ok({ type: a.type, request: a.request });
    case 'nordicLine':
      if ((a.line !== 'principled' && a.line !== 'blindEye') || !only('line')) return fail('bad-action', '"nordicLine" needs "line": "principled" or "blindEye"');
      return ok({ type: a.type, line: a.line });
    case 'redeploy':
      if ((a.to !== 'reserve' && a.to !== 'ukraine') || !only('to')) return fail('bad-action', '"redeploy" needs "to": "reserve" or "ukraine"');
      return ok({ type: a.type, to: a.to });
    default:
      return fail('bad-action', `unknown action type ${JSON.stringify(a.type)}`);
  }
}

export function costOf(level: Level, action: Action): Cost {
  const costs = level.costs;
  // Named loads, one per lever: this runs for every candidate a player considers.
  switch (action.type) {
    case 'economicAid':
      return costs.economicAid;
    case 'securityHelp':
      return costs.securityHelp;
    case 'coerce':
      return costs.coerce;
    case 'pressRecognition':
      return costs.pressRecognition;
    case 'demandSolidarity':
      return costs.demandSolidarity;
    case 'answerCrisisCall':
      return costs.answerCrisisCall;
    case 'stopArmsToAzerbaijan':
      return costs.stopArmsToAzerbaijan;
    case 'hostSummit':
      return costs.hostSummit;
    case 'nordicLine':
      return action.line === 'principled' ? costs.principledLine : NO_COST;
    case 'redeploy':
      return action.to === 'ukraine' ? costs.reinforceUkraine : costs.redeployToReserve;
    default:
      return NO_COST;
  }
}

const NO_COST: Cost = {};

/** The member an action is aimed at, if any. */
export function targetOf(state: GameState, action: Action): MemberId | null {
  if (isMemberLever(action)) return action.member;
  if (action.type === 'answerCrisisCall') return state.requests.find((r) => r.id === action.request)?.member ?? null;
  return null;
}

/** Each lever once per target per turn: member levers are marked in the member's orders, the rest in `used`. */
function alreadyUsed(state: GameState, action: Exclude<Action, { type: 'endTurn' }>): boolean {
  switch (action.type) {
    case 'economicAid':
      return state.members[action.member].orders.aid;
    case 'securityHelp':
      return state.members[action.member].orders.securityHelp;
    case 'coerce':
      return state.members[action.member].orders.coerced;
    case 'pressRecognition':
      return state.members[action.member].orders.pressedRecognition;
    case 'demandSolidarity':
      return state.members[action.member].orders.demandedSolidarity;
    case 'answerCrisisCall':
      return false;
    default:
      return state.used.includes(action.type);
  }
}

/** The code of the reason an action cannot be taken now, or null when it can (no message: this is the hot path). */
export function refusal(level: Level, state: GameState, action: Action): ActionErrorCode | null {
  if (state.phase === 'over') return 'game-over';
  if (action.type === 'endTurn') return null;
  if (alreadyUsed(state, action)) return 'already-used';
  switch (action.type) {
    case 'answerCrisisCall': {
      const request = state.requests.find((r) => r.id === action.request && r.kind === 'crisisCall');
      if (!request) return 'unknown-request';
      if (request.status !== 'open') return 'request-closed';
      break;
    }
    case 'stopArmsToAzerbaijan':
      if (!state.armsToAzerbaijan) return 'not-applicable';
      break;
    case 'resumeArmsToAzerbaijan':
      if (state.armsToAzerbaijan) return 'not-applicable';
      break;
    case 'nordicLine':
      if (!state.requests.some((r) => r.kind === 'nordicLine' && r.status === 'open')) return 'not-applicable';
      break;
    case 'hostSummit':
      if (state.lastSummit > 0 && state.turn - state.lastSummit <= level.summitCooldown) return 'cooldown';
      break;
    case 'redeploy':
      if (action.to === 'reserve' && state.tracks.warCourse < level.weights.redeployWar) return 'not-applicable';
      break;
    default:
      break;
  }
  const cost = costOf(level, action);
  const have = state.resources;
  if ((cost.politicalCapital ?? 0) > have.politicalCapital || (cost.militaryReserves ?? 0) > have.militaryReserves || (cost.economicLeverage ?? 0) > have.economicLeverage) {
    return 'unaffordable';
  }
  return null;
}

function describe(level: Level, state: GameState, action: Action, code: ActionErrorCode): string {
  switch (code) {
    case 'game-over':
      return 'the game is over';
    case 'already-used':
      return 'already ordered this turn';
    case 'unknown-request':
      return `no crisis call "${action.type === 'answerCrisisCall' ? action.request : ''}"`;
    case 'request-closed':
      return 'that call is no longer open';
    case 'cooldown':
      return `a summit needs ${level.summitCooldown} turns since the last`;
    case 'unaffordable': {
      const cost = costOf(level, action);
      const short = RESOURCES.filter((r) => (cost[r] ?? 0) > state.resources[r]);
      return short.map((r) => `needs ${cost[r]} ${r}, has ${state.resources[r]}`).join('; ');
    }
    case 'not-applicable':
      if (action.type === 'stopArmsToAzerbaijan') return 'arms sales to Azerbaijan are already stopped';
      if (action.type === 'resumeArmsToAzerbaijan') return 'arms sales to Azerbaijan are running';
      if (action.type === 'nordicLine') return 'no line on NATO enlargement is being asked for';
      return 'the front cannot spare more forces';
    default:
      return code;
  }
}

/** Why an action cannot be taken now, or null when it can. */
export function checkAction(level: Level, state: GameState, action: Action): ActionError | null {
  const code = refusal(level, state, action);
  return code === null ? null : { code, message: describe(level, state, action, code) };
}

/**
 * The candidates an automatic player draws from share one object shape (unused fields
 * undefined, which JSON drops), so the checks they go through stay monomorphic and fast.
 */
function candidate(fields: Partial<Record<'member' | 'request' | 'line' | 'to', string>> & { type: ActionType }): Action {
  return { type: fields.type, member: fields.member, request: fields.request, line: fields.line, to: fields.to } as unknown as Action;
}

// The levers that do not depend on the state, built once and shared (never written to).
const FIXED_CANDIDATES: readonly Action[] = [
  ...MEMBER_LEVERS.flatMap((type) => MEMBERS.map((member) => candidate({ type, member }))),
  candidate({ type: 'stopArmsToAzerbaijan' }),
  candidate({ type: 'resumeArmsToAzerbaijan' }),
  candidate({ type: 'nordicLine', line: 'principled' }),
  candidate({ type: 'nordicLine', line: 'blindEye' }),
  candidate({ type: 'hostSummit' }),
  candidate({ type: 'redeploy', to: 'reserve' }),
  candidate({ type: 'redeploy', to: 'ukraine' }),
];
const END_TURN: Action = candidate({ type: 'endTurn' });

/** Every action Moscow could name now: open calls, the levers times their targets, end of turn. */
export function candidates(state: GameState): Action[] {
  const list: Action[] = [];
  for (const r of state.requests) if (r.kind === 'crisisCall' && r.status === 'open') list.push({ type: 'answerCrisisCall', request: r.id });
  for (const action of FIXED_CANDIDATES) list.push(action);
  list.push(END_TURN);
  return list;
}

/** How many candidates there are now, and the one at an index, without building the list. */
export function candidateCount(state: GameState): number {
  let calls = 0;
  for (const r of state.requests) if (r.kind === 'crisisCall' && r.status === 'open') calls++;
  return calls + FIXED_CANDIDATES.length + 1;
}

export function candidateAt(state: GameState, index: number): Action {
  let i = index;
  for (const r of state.requests) {
    if (r.kind === 'crisisCall' && r.status === 'open') {
      if (i === 0) return candidate({ type: 'answerCrisisCall', request: r.id });
      i--;
    }
  }
  return FIXED_CANDIDATES[i] ?? END_TURN;
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

/** Apply an order (not endTurn): pay for it and record it; the state passed in is not changed. */
export function applyOrder(level: Level, state: GameState, action: Exclude<Action, { type: 'endTurn' }>): GameState {
  const cost = costOf(level, action);
  const r0 = state.resources;
  const resources = {
    politicalCapital: r0.politicalCapital - (cost.politicalCapital ?? 0),
    militaryReserves: r0.militaryReserves - (cost.militaryReserves ?? 0),
    economicLeverage: r0.economicLeverage - (cost.economicLeverage ?? 0),
  };
  const actions = state.actions.slice();
  actions.push({ turn: state.turn, action });
  if (isMemberLever(action)) {
    // Only the one member's orders change: copy just that path.
    const member = state.members[action.member];
    const orders = copyOrders(member.orders);
    orders[ORDER_FLAG[action.type]] = true;
    return withMemberOrder(state, resources, actions, withMember(state.members, action.member, withOrders(member, orders)));
  }
  // Every other order copies only the parts it writes.
  const used = action.type === 'answerCrisisCall' ? state.used : [...state.used, action.type];
  const w = level.weights;
  switch (action.type) {
    case 'answerCrisisCall': {
      const requests = copyRequests(state.requests);
      const request = requests.find((r) => r.id === action.request)!;
      request.status = 'answered';
      let members = state.members;
      if (request.member) {
        const caller = state.members[request.member];
        const orders = copyOrders(caller.orders);
        orders.answeredCall = true;
        members = withMember(members, request.member, withOrders(caller, orders));
      }
      const tracks = copyTracks(state.tracks);
      tracks.credibility = clamp(tracks.credibility + w.answeredCallCredibility, 0, 100);
      return withParts(state, { resources, actions, used, requests, members, tracks });
    }
    case 'stopArmsToAzerbaijan':
    case 'resumeArmsToAzerbaijan':
      return withParts(state, { resources, actions, used, armsToAzerbaijan: action.type === 'resumeArmsToAzerbaijan' });
    case 'nordicLine': {
      const s = withParts(state, { resources, actions, used, requests: copyRequests(state.requests), tracks: copyTracks(state.tracks) });
      closeNordicLine(level, s, action.line);
      return s;
    }
    case 'hostSummit':
      return withParts(state, { resources, actions, used, lastSummit: state.turn, summitTurn: state.turn });
    case 'redeploy': {
      const tracks = copyTracks(state.tracks);
      if (action.to === 'reserve') {
        resources.militaryReserves += w.redeployReserves;
        tracks.warCourse = clamp(tracks.warCourse - w.redeployWar, 0, 100);
        tracks.credibility = clamp(tracks.credibility - w.redeployCredibility, 0, 100);
      } else {
        tracks.warCourse = clamp(tracks.warCourse + w.reinforceWar, 0, 100);
      }
      return withParts(state, { resources, actions, used, tracks });
    }
  }
}

/** Moscow's line on Finland and Sweden: principled costs capital, a blind eye costs consistency (C2). */
export function closeNordicLine(level: Level, s: GameState, line: 'principled' | 'blindEye'): void {
  for (const r of s.requests) if (r.kind === 'nordicLine' && r.status === 'open') r.status = line === 'principled' ? 'answered' : 'ignored';
  s.nordicLine = line;
  const shift = line === 'principled' ? level.weights.principledConsistency : -level.weights.blindEyeConsistency;
  s.tracks.consistency = clamp(s.tracks.consistency + shift, 0, 100);
}
