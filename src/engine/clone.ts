import type { GameState, MemberState, Orders, Request, Tracks } from './state';
import type { MemberId } from './vocabulary';

// Copies are written field by field: objects keep one shape, which keeps the hot path fast.

export function copyOrders(o: Orders): Orders {
  return { aid: o.aid, securityHelp: o.securityHelp, coerced: o.coerced, pressedRecognition: o.pressedRecognition, demandedSolidarity: o.demandedSolidarity, answeredCall: o.answeredCall };
}

function copyMember(m: MemberState): MemberState {
  return {
    loyalty: m.loyalty,
    stance: m.stance,
    threat: m.threat,
    grievance: m.grievance,
    ties: { USA: m.ties.USA, TUR: m.ties.TUR },
    aidCount: m.aidCount,
    lastHelped: m.lastHelped,
    coercions: m.coercions,
    anchor: m.anchor,
    orders: copyOrders(m.orders),
    shocks: m.shocks.slice(),
    lastDecision: m.lastDecision,
  };
}

/** A member with new orders; the rest is shared, since orders are all an order changes. */
export function withOrders(m: MemberState, orders: Orders): MemberState {
  return {
    loyalty: m.loyalty,
    stance: m.stance,
    threat: m.threat,
    grievance: m.grievance,
    ties: m.ties,
    aidCount: m.aidCount,
    lastHelped: m.lastHelped,
    coercions: m.coercions,
    anchor: m.anchor,
    orders,
    shocks: m.shocks,
    lastDecision: m.lastDecision,
  };
}

/** The members with one replaced. */
export function withMember(members: Record<MemberId, MemberState>, id: MemberId, member: MemberState): Record<MemberId, MemberState> {
  return {
    ARM: id === 'ARM' ? member : members.ARM,
    BLR: id === 'BLR' ? member : members.BLR,
    KAZ: id === 'KAZ' ? member : members.KAZ,
    KGZ: id === 'KGZ' ? member : members.KGZ,
    TJK: id === 'TJK' ? member : members.TJK,
  };
}

/** The state after an order aimed at one member: the hot path of every automatic player. */
export function withMemberOrder(s: GameState, resources: GameState['resources'], actions: GameState['actions'], members: GameState['members']): GameState {
  return {
    level: s.level,
    difficulty: s.difficulty,
    seed: s.seed,
    rng: s.rng,
    turn: s.turn,
    phase: s.phase,
    resources,
    tracks: s.tracks,
    members,
    armsToAzerbaijan: s.armsToAzerbaijan,
    nordicLine: s.nordicLine,
    lastSummit: s.lastSummit,
    summitTurn: s.summitTurn,
    confrontation: s.confrontation,
    requests: s.requests,
    news: s.news,
    happened: s.happened,
    used: s.used,
    actions,
    log: s.log,
    score: s.score,
    result: s.result,
  };
}

/** The state with new top-level parts (a shallow copy of one fixed shape). */
export function withParts(s: GameState, parts: Partial<GameState>): GameState {
  return {
    level: s.level,
    difficulty: s.difficulty,
    seed: s.seed,
    rng: parts.rng ?? s.rng,
    turn: s.turn,
    phase: s.phase,
    resources: parts.resources ?? s.resources,
    tracks: parts.tracks ?? s.tracks,
    members: parts.members ?? s.members,
    armsToAzerbaijan: parts.armsToAzerbaijan ?? s.armsToAzerbaijan,
    nordicLine: parts.nordicLine ?? s.nordicLine,
    lastSummit: parts.lastSummit ?? s.lastSummit,
    summitTurn: parts.summitTurn ?? s.summitTurn,
    confrontation: s.confrontation,
    requests: parts.requests ?? s.requests,
    news: parts.news ?? s.news,
    happened: parts.happened ?? s.happened,
    used: parts.used ?? s.used,
    actions: parts.actions ?? s.actions,
    log: parts.log ?? s.log,
    score: s.score,
    result: s.result,
  };
}

export function copyTracks(t: Tracks): Tracks {
  return { credibility: t.credibility, consistency: t.consistency, natoEnlargement: t.natoEnlargement, warCourse: t.warCourse };
}

export function copyRequests(requests: readonly Request[]): Request[] {
  return requests.map((r) => ({ id: r.id, kind: r.kind, member: r.member, source: r.source, deadline: r.deadline, status: r.status }));
}

/**
 * A private copy to change: every part a turn may write is copied; the log and
 * past decisions are shared, since nothing ever writes to them again.
 */
export function cloneState(s: GameState): GameState {
  const m = s.members;
  // Built here rather than through withParts, so each copy site keeps its own one-shape caches.
  return {
    level: s.level,
    difficulty: s.difficulty,
    seed: s.seed,
    rng: s.rng,
    turn: s.turn,
    phase: s.phase,
    resources: { politicalCapital: s.resources.politicalCapital, militaryReserves: s.resources.militaryReserves, economicLeverage: s.resources.economicLeverage },
    tracks: copyTracks(s.tracks),
    members: { ARM: copyMember(m.ARM), BLR: copyMember(m.BLR), KAZ: copyMember(m.KAZ), KGZ: copyMember(m.KGZ), TJK: copyMember(m.TJK) },
    armsToAzerbaijan: s.armsToAzerbaijan,
    nordicLine: s.nordicLine,
    lastSummit: s.lastSummit,
    summitTurn: s.summitTurn,
    confrontation: s.confrontation,
    requests: copyRequests(s.requests),
    news: s.news.slice(),
    happened: s.happened.slice(),
    used: s.used.slice(),
    actions: s.actions.slice(),
    log: s.log.slice(),
    score: s.score,
    result: s.result,
  };
}
