// The game's fixed vocabulary: `as const` tuples with unions derived from them.
// Iteration over members always follows MEMBERS, so every run visits them in one order.

export const MEMBERS = ['ARM', 'BLR', 'KAZ', 'KGZ', 'TJK'] as const;
export type MemberId = (typeof MEMBERS)[number];

/** Stances from closest to Moscow to furthest. */
export const STANCES = ['backs', 'leans', 'neutral', 'drifts', 'abandons'] as const;
export type Stance = (typeof STANCES)[number];

export const RIVALS = ['USA', 'TUR'] as const;
export type RivalId = (typeof RIVALS)[number];

export const RESOURCES = ['politicalCapital', 'militaryReserves', 'economicLeverage'] as const;
export type ResourceId = (typeof RESOURCES)[number];

/** World tracks, each 0..100. warCourse: 50 is a stalemate, lower is worse for Moscow. */
export const TRACKS = ['credibility', 'consistency', 'natoEnlargement', 'warCourse'] as const;
export type TrackId = (typeof TRACKS)[number];

export const CLAIMS = ['C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'C7', 'C8', 'C9', 'C10', 'C11', 'C12', 'C13', 'C14'] as const;
export type ClaimId = (typeof CLAIMS)[number];

/** Paragraph numbers of the source article, 1..14. */
export type Paragraph = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14;

/**
 * A record's five entries in MEMBERS order. They are read here by fixed names: a load by a name
 * that varies from one pass to the next, as in `record[id]` over MEMBERS, is several times
 * slower in V8, and the end of every month makes dozens of them.
 */
export function inMemberOrder<T>(record: Readonly<Record<MemberId, T>>): readonly [T, T, T, T, T] {
  return [record.ARM, record.BLR, record.KAZ, record.KGZ, record.TJK];
}

/** A record's entry for one member, read by its fixed name, for the reason `inMemberOrder` gives. */
export function ofMember<T>(record: Readonly<Record<MemberId, T>>, id: MemberId): T {
  switch (id) {
    case 'ARM':
      return record.ARM;
    case 'BLR':
      return record.BLR;
    case 'KAZ':
      return record.KAZ;
    case 'KGZ':
      return record.KGZ;
    case 'TJK':
      return record.TJK;
    default:
      return record[id as MemberId];
  }
}

export function isMemberId(value: unknown): value is MemberId {
  return typeof value === 'string' && (MEMBERS as readonly string[]).includes(value);
}

/** Rank of a stance: 0 for backs … 4 for abandons. */
export function stanceRank(stance: Stance): number {
  return STANCES.indexOf(stance);
}
