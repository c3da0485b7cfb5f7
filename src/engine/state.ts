import type { Action } from './actions';
import type { RuleId } from './rules';
import type { MemberId, ResourceId, RivalId, Stance, TrackId } from './vocabulary';

export type Resources = Record<ResourceId, number>;
export type Tracks = Record<TrackId, number>;

/**
 * One signed push on a member's loyalty in one deliberation. Stored compactly;
 * `explainFactor` gives its claims and paragraphs; its words are under `rule.<id>.*` in src/i18n.
 */
export interface Factor {
  /** Rule id, e.g. "paperTiger". */
  rule: RuleId;
  /** Signed change of loyalty it caused, rounded to one decimal. */
  size: number;
  /** The event behind an `event` factor. */
  ref?: string;
}

export interface Decision {
  turn: number;
  before: number;
  after: number;
  stanceBefore: Stance;
  stance: Stance;
  factors: Factor[];
}

/** What Moscow did to one member this turn; read at deliberation, cleared after it. */
export interface Orders {
  aid: boolean;
  securityHelp: boolean;
  coerced: boolean;
  pressedRecognition: boolean;
  demandedSolidarity: boolean;
  answeredCall: boolean;
}

export interface MemberState {
  loyalty: number;
  stance: Stance;
  /** How much the member fears for its security now (0..100): borders, insurgents, unrest. */
  threat: number;
  /** Remembered wrongs (0..100); fades slowly. */
  grievance: number;
  /** Military and political ties with rivals (0..100 each). */
  ties: Record<RivalId, number>;
  /** Aid packages received so far: each one buys less goodwill (diminishing returns). */
  aidCount: number;
  /** Turn Moscow last helped this member's security, or 0. */
  lastHelped: number;
  /** Times Moscow has coerced it: each time it bends less and resents more (C11). */
  coercions: number;
  /** Its usual place, where habit pulls it back to; drifts slowly towards where it has been. */
  anchor: number;
  orders: Orders;
  /** Direct jolts from this turn's news, weighed at deliberation. */
  shocks: { event: string; delta: number }[];
  lastDecision: Decision | null;
}

export type RequestKind = 'crisisCall' | 'nordicLine';

/** Something asked of Moscow with a deadline: an Article 4 call for help, or a line on NATO enlargement. */
export interface Request {
  id: string;
  kind: RequestKind;
  member: MemberId | null;
  /** The event that raised it. */
  source: string;
  /** Last turn on which Moscow can answer. */
  deadline: number;
  status: 'open' | 'answered' | 'ignored';
}

/** Something that happened: a level event, or a rival courting a member. */
export interface NewsItem {
  event: string;
  turn: number;
  member?: MemberId;
  rival?: RivalId;
}

export interface TurnRecord {
  turn: number;
  actions: Action[];
  /** The news of the turn and the rivals' offers made before members deliberated. */
  events: NewsItem[];
  members: Record<MemberId, { stance: Stance; loyalty: number; factors: Factor[] }>;
  tracks: Tracks;
  resources: Resources;
}

export type Outcome = 'win' | 'loss';

export interface GameResult {
  outcome: Outcome;
  score: number;
  /** Ids of objectives met and missed, and why the game ended. */
  met: string[];
  missed: string[];
  reason: 'end' | 'collapse';
}

export type NordicLine = 'undecided' | 'principled' | 'blindEye';

export interface GameState {
  level: string;
  difficulty: string;
  seed: number;
  /** State of the seeded generator; the only source of chance. */
  rng: number;
  /** 1-based; turn t is the level's start month plus t-1. */
  turn: number;
  phase: 'orders' | 'over';
  resources: Resources;
  tracks: Tracks;
  members: Record<MemberId, MemberState>;
  armsToAzerbaijan: boolean;
  nordicLine: NordicLine;
  /** Last turn a summit of the alliance met, hosted by Moscow or in the news, or 0: the wait for the next runs from it. */
  lastSummit: number;
  /** Turn NATO and Russia last faced each other directly, or 0 (C13). */
  confrontation: number;
  requests: Request[];
  /** Events that happened this turn (dated and drawn). */
  news: NewsItem[];
  /** Every event id that has happened, for `once` events and conditions. */
  happened: string[];
  /** Levers not aimed at a member used this turn (member levers are marked in their orders). */
  used: string[];
  /** Every action applied since the start, with its turn: replaying them rebuilds this state. */
  actions: { turn: number; action: Action }[];
  log: TurnRecord[];
  score: number;
  result: GameResult | null;
}
