import type { GameState, MemberState, Orders, Request, Resources, Tracks } from './state';

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

export function copyResources(r: Resources): Resources {
  return { politicalCapital: r.politicalCapital, militaryReserves: r.militaryReserves, economicLeverage: r.economicLeverage };
}

export function copyTracks(t: Tracks): Tracks {
  return { credibility: t.credibility, consistency: t.consistency, natoEnlargement: t.natoEnlargement, warCourse: t.warCourse };
}

export function copyRequests(requests: readonly Request[]): Request[] {
  return requests.map((r) => ({ id: r.id, kind: r.kind, member: r.member, source: r.source, deadline: r.deadline, status: r.status }));
}

/**
 * A private copy to change in place (see `advance`): every part an order or a turn may write
 * is copied; the log and past decisions are shared, since nothing ever writes to them again.
 */
export function cloneState(s: GameState): GameState {
  const m = s.members;
  return {
    level: s.level,
    difficulty: s.difficulty,
    seed: s.seed,
    rng: s.rng,
    turn: s.turn,
    phase: s.phase,
    resources: copyResources(s.resources),
    tracks: copyTracks(s.tracks),
    members: { ARM: copyMember(m.ARM), BLR: copyMember(m.BLR), KAZ: copyMember(m.KAZ), KGZ: copyMember(m.KGZ), TJK: copyMember(m.TJK) },
    armsToAzerbaijan: s.armsToAzerbaijan,
    nordicLine: s.nordicLine,
    lastSummit: s.lastSummit,
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
