// The end of a turn: deadlines pass, the war weighs on credibility, rivals court,
// members deliberate, the score is kept; then the next month's news arrives.
import { closeNordicLine } from './actions';
import { copyResources, copyTracks } from './clone';
import { deliberateAll } from './deliberation';
import { drawNews, rivalsCourt } from './events';
import type { Level } from './level';
import { clamp, round1 } from './numbers';
import { byId } from './own';
import { evaluate, scoreOf } from './score';
import type { GameState, MemberState, TurnRecord } from './state';
import { inMemberOrder, MEMBERS, ofMember, RIVALS, type MemberId } from './vocabulary';

export function difficultyOf(level: Level, name: string) {
  return byId(level.difficulties, name) ?? byId(level.difficulties, level.defaultDifficulty)!;
}

function expireRequests(level: Level, s: GameState): void {
  const w = level.weights;
  for (const r of s.requests) {
    if (r.status !== 'open' || r.deadline > s.turn) continue;
    if (r.kind === 'nordicLine') {
      // Saying nothing is the blind eye (¶3).
      closeNordicLine(level, s, 'blindEye');
      continue;
    }
    r.status = 'ignored';
    if (r.member) {
      const m = ofMember(s.members, r.member);
      m.grievance = clamp(m.grievance + w.ignoredCallGrievance, 0, 100);
    }
    s.tracks.credibility = clamp(s.tracks.credibility - w.ignoredCallCredibility, 0, 100);
    s.news.push({ event: 'callIgnored', turn: s.turn, ...(r.member ? { member: r.member } : {}) });
  }
}

/** What stays with a member after deliberating: memories fade, orders are spent. */
function settle(level: Level, s: GameState): void {
  const w = level.weights;
  const members = inMemberOrder(s.members);
  const setups = inMemberOrder(level.members);
  for (let i = 0; i < MEMBERS.length; i++) {
    const m = members[i]!;
    const setup = setups[i]!;
    if (m.orders.securityHelp || m.orders.answeredCall) m.lastHelped = s.turn;
    if (m.orders.aid) m.aidCount += 1;
    m.grievance = round1(m.grievance * (1 - w.grievanceFade));
    if (m.orders.coerced) {
      // Resentment grows with each repeat, and the coerced member looks to the rivals (C11, C3).
      m.grievance = round1(clamp(m.grievance + w.coerceResentment * (1 - setup.dependence) * (1 + m.coercions), 0, 100));
      for (const rival of RIVALS) m.ties[rival] = round1(clamp(m.ties[rival] + w.coerceTies, 0, 100));
      m.coercions += 1;
    }
    // Habits form: where a member has been becomes, slowly, where it settles.
    m.anchor = round1(m.anchor + w.anchorDrift * (m.loyalty - m.anchor));
    m.threat = round1(m.threat * (1 - w.threatFade));
    m.orders = { aid: false, securityHelp: false, coerced: false, pressedRecognition: false, demandedSolidarity: false, answeredCall: false };
    m.shocks = [];
  }
}

function recordMember(m: MemberState): TurnRecord['members'][MemberId] {
  return { stance: m.stance, loyalty: m.loyalty, factors: m.lastDecision?.factors ?? [] };
}

function record(s: GameState): TurnRecord {
  const m = s.members;
  const members = { ARM: recordMember(m.ARM), BLR: recordMember(m.BLR), KAZ: recordMember(m.KAZ), KGZ: recordMember(m.KGZ), TJK: recordMember(m.TJK) };
  const actions = [];
  // This turn's actions are the last ones recorded.
  let first = s.actions.length;
  while (first > 0 && s.actions[first - 1]!.turn === s.turn) first--;
  for (let i = first; i < s.actions.length; i++) actions.push(s.actions[i]!.action);
  return { turn: s.turn, actions, events: s.news, members, tracks: copyTracks(s.tracks), resources: copyResources(s.resources) };
}

/** Start turn `s.turn`: income, then the month's news. */
export function openTurn(level: Level, s: GameState, withIncome: boolean): void {
  const difficulty = difficultyOf(level, s.difficulty);
  if (withIncome) {
    const income = level.resources.income;
    const r = s.resources;
    r.politicalCapital += Math.round(income.politicalCapital * difficulty.resources);
    r.militaryReserves += Math.round(income.militaryReserves * difficulty.resources);
    r.economicLeverage += Math.round(income.economicLeverage * difficulty.resources);
  }
  s.used = [];
  drawNews(level, s, difficulty.crises);
}

/**
 * The month's end up to the members' decisions, on a private state: deadlines pass, the war
 * weighs on credibility, rivals court, members deliberate.
 */
export function deliberateMonth(level: Level, s: GameState, explain = true): void {
  expireRequests(level, s);
  const w = level.weights;
  s.tracks.credibility = round1(clamp(s.tracks.credibility + (w.warToCredibility * (s.tracks.warCourse - 50)) / 50, 0, 100));
  // Arming both sides of a war between allies reads as one more double standard (¶10).
  if (s.armsToAzerbaijan) s.tracks.consistency = round1(clamp(s.tracks.consistency - w.armsConsistency, 0, 100));
  rivalsCourt(level, s, difficultyOf(level, s.difficulty).rivals);
  deliberateAll(level, s, explain);
}

/**
 * End the month on `s`, a state private to the caller (see `advance`). Without `explain` the
 * month leaves out what only a reader needs, each decision's factors and its record in the
 * log: the search's playouts, which weigh only how a game ends, run this millions of times.
 */
export function endTurn(level: Level, s: GameState, explain = true): void {
  s.actions.push({ turn: s.turn, action: { type: 'endTurn' } });
  deliberateMonth(level, s, explain);
  if (explain) s.log.push(record(s));
  settle(level, s);
  s.score = scoreOf(level, s);

  let abandoned = 0;
  for (const m of inMemberOrder(s.members)) if (m.stance === 'abandons') abandoned++;
  if (abandoned >= level.collapseAt) {
    s.phase = 'over';
    s.result = { ...evaluate(level, s), outcome: 'loss', reason: 'collapse' };
    return;
  }
  if (s.turn >= level.turns) {
    s.phase = 'over';
    s.result = { ...evaluate(level, s), reason: 'end' };
    return;
  }
  s.turn += 1;
  openTurn(level, s, true);
}
