// What happened in one step of the game, in the order it happened: the engine says so,
// so the map, the sounds, the narration and a host page never work it out from two states.
import { costOf, type Action } from './actions';
import type { Cost, EVENT_KINDS, Level, LevelEvent } from './level';
import type { Order } from './levers';
import type { GameResult, GameState } from './state';
import { MEMBERS, type MemberId, type RivalId, type Stance } from './vocabulary';

export type EventKind = (typeof EVENT_KINDS)[number];

export type StepEvent =
  /** Moscow gave an order, and paid this for it. */
  | { type: 'orderGiven'; turn: number; action: Order; cost: Cost }
  /** Moscow sent forces in answer to a call for help. */
  | { type: 'callAnswered'; turn: number; request: string; member: MemberId | null }
  /** A call for help went unanswered past its deadline. */
  | { type: 'callIgnored'; turn: number; member: MemberId | null }
  /** A rival courted a member. */
  | { type: 'rivalOffer'; turn: number; member: MemberId; rival: RivalId }
  /** A member deliberated into another stance. */
  | { type: 'stanceChanged'; turn: number; member: MemberId; from: Stance; to: Stance; loyaltyBefore: number; loyaltyAfter: number }
  /** A new month began: its income is in, its news follows. */
  | { type: 'monthBegins'; turn: number }
  /** A level event happened this month. */
  | { type: 'news'; turn: number; event: string; kind: EventKind; members: readonly MemberId[] }
  | { type: 'gameOver'; turn: number; result: GameResult };

export type StepEventType = StepEvent['type'];

/** A step: the state after it, and what happened in it. */
export interface Step {
  readonly state: GameState;
  readonly events: StepEvent[];
}

/** A level's event by id, or undefined for the news items that are not level events. */
function levelEvent(level: Level, id: string): LevelEvent | undefined {
  for (const event of level.events) if (event.id === id) return event;
  return undefined;
}

/**
 * What happened between `before` and `after`, the states on either side of `action`. Each step
 * leaves its traces in the state it makes (the action log, the turn record, the decisions, the
 * month's news), and this reads them; it is the only place that does.
 */
export function eventsOf(level: Level, before: GameState, after: GameState, action: Action): StepEvent[] {
  const turn = before.turn;
  if (action.type !== 'endTurn') {
    const events: StepEvent[] = [{ type: 'orderGiven', turn, action, cost: costOf(level, action) }];
    if (action.type === 'answerCrisisCall') {
      const call = before.requests.find((r) => r.id === action.request);
      events.push({ type: 'callAnswered', turn, request: action.request, member: call?.member ?? null });
    }
    return events;
  }
  const events: StepEvent[] = [];
  // The turn's record holds the month's news, then what the end of it added: ignored calls, then offers.
  const record = after.log[after.log.length - 1]!;
  for (let i = before.news.length; i < record.events.length; i++) {
    const item = record.events[i]!;
    if (item.event === 'callIgnored') events.push({ type: 'callIgnored', turn, member: item.member ?? null });
    else if (item.event === 'rivalOffer' && item.member && item.rival) events.push({ type: 'rivalOffer', turn, member: item.member, rival: item.rival });
  }
  for (const member of MEMBERS) {
    const d = after.members[member].lastDecision;
    if (d && d.turn === turn && d.stance !== d.stanceBefore) events.push({ type: 'stanceChanged', turn, member, from: d.stanceBefore, to: d.stance, loyaltyBefore: d.before, loyaltyAfter: d.after });
  }
  if (after.result) {
    events.push({ type: 'gameOver', turn, result: after.result });
    return events;
  }
  events.push({ type: 'monthBegins', turn: after.turn });
  for (const item of after.news) {
    const event = levelEvent(level, item.event);
    if (event) events.push({ type: 'news', turn: after.turn, event: event.id, kind: event.kind, members: event.members });
  }
  return events;
}

/**
 * A step whose events are read from its states when first asked for: automatic players,
 * which take millions of steps and never look, pay nothing for them.
 */
class LazyStep implements Step {
  readonly state: GameState;
  #events: StepEvent[] | null = null;
  readonly #level: Level;
  readonly #before: GameState;
  readonly #action: Action;

  constructor(level: Level, before: GameState, after: GameState, action: Action) {
    this.state = after;
    this.#level = level;
    this.#before = before;
    this.#action = action;
  }

  get events(): StepEvent[] {
    return (this.#events ??= eventsOf(this.#level, this.#before, this.state, this.#action));
  }
}

export function stepOf(level: Level, before: GameState, after: GameState, action: Action): Step {
  return new LazyStep(level, before, after, action);
}
