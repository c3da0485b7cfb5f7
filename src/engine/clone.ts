import type { GameState, MemberState } from './state';
import { MEMBERS, type MemberId } from './vocabulary';

function cloneMember(m: MemberState): MemberState {
  return { ...m, ties: { ...m.ties }, orders: { ...m.orders }, shocks: m.shocks.slice() };
}

/**
 * A private copy to change: every part a turn may write is copied; the log and
 * past decisions are shared, since nothing ever writes to them again.
 */
export function cloneState(s: GameState): GameState {
  const members = {} as Record<MemberId, MemberState>;
  for (const id of MEMBERS) members[id] = cloneMember(s.members[id]);
  return {
    ...s,
    resources: { ...s.resources },
    tracks: { ...s.tracks },
    members,
    requests: s.requests.map((r) => ({ ...r })),
    news: s.news.slice(),
    happened: s.happened.slice(),
    used: s.used.slice(),
    actions: s.actions.slice(),
    log: s.log.slice(),
  };
}
