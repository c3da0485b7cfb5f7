// Each member weighs the rules and moves its loyalty by their sum.
import type { Level } from './level';
import { clamp, round1 } from './numbers';
import { RULES, type Rule, type RuleContext, type RuleId } from './rules';
import { stanceOf } from './stance';
import type { Decision, Factor, GameState } from './state';
import { inMemberOrder, MEMBERS } from './vocabulary';

type Weighed = Rule & Required<Pick<Rule, 'weigh'>>;

const WEIGHED = RULES.filter((rule): rule is Weighed => rule.weigh !== undefined);

/** A rule with a weight, by its id. */
function weighed(id: RuleId): Weighed {
  const rule = WEIGHED.find((r) => r.id === id);
  if (rule === undefined) throw new Error(`deliberation: no rule "${id}" with a weight`);
  return rule;
}

// Each rule is weighed at a call site of its own (in `weighStanding` and `weighMonth`): one
// site calling all of them is megamorphic in V8, which then calls each out of line and boxes
// what it returns, while a site that only ever calls one rule has it inlined. The sites follow
// the table's order, which is the order the sizes are added in: the engine refuses to load if
// the table has changed and they have not.
const orbit = weighed('orbit');
const paperTiger = weighed('paperTiger');
const doubleStandard = weighed('doubleStandard');
const protector = weighed('protector');
const grievance = weighed('grievance');
const armedAdversary = weighed('armedAdversary');
const rivalTies = weighed('rivalTies');
const natoEnlargement = weighed('natoEnlargement');
const aid = weighed('aid');
const securityHelp = weighed('securityHelp');
const crisisCallAnswered = weighed('crisisCallAnswered');
const alliancePromise = weighed('alliancePromise');
const recognitionRefused = weighed('recognitionRefused');
const recognitionWatched = weighed('recognitionWatched');
const notOurWar = weighed('notOurWar');
const summit = weighed('summit');
const coercionWatched = weighed('coercionWatched');
const confrontation = weighed('confrontation');
const SITES = [
  orbit, paperTiger, doubleStandard, protector, grievance, armedAdversary, rivalTies, natoEnlargement, aid, securityHelp,
  crisisCallAnswered, alliancePromise, recognitionRefused, recognitionWatched, notOurWar, summit, coercionWatched, confrontation,
];
if (SITES.length !== WEIGHED.length || SITES.some((rule, i) => rule !== WEIGHED[i])) throw new Error('deliberation: the rules weighed are not the rules of the table, in its order');

/**
 * The rules' pushes on the member `ctx` names, added to `sum` in table order: first those of
 * where the member and the world stand, then those of this month's orders and meetings. Each
 * push is rounded, and kept as a factor unless it is nothing (a rule that does not apply
 * gives null, which rounds to nothing too). Two functions rather than one, as V8 inlines
 * only so much into any one.
 */
function weighStanding(ctx: RuleContext, factors: Factor[] | null, sum: number): number {
  let size: number;
  size = round1(orbit.weigh(ctx) ?? 0);
  if (size !== 0) {
    factors?.push({ rule: orbit.id, size });
    sum += size;
  }
  size = round1(paperTiger.weigh(ctx) ?? 0);
  if (size !== 0) {
    factors?.push({ rule: paperTiger.id, size });
    sum += size;
  }
  size = round1(doubleStandard.weigh(ctx) ?? 0);
  if (size !== 0) {
    factors?.push({ rule: doubleStandard.id, size });
    sum += size;
  }
  size = round1(protector.weigh(ctx) ?? 0);
  if (size !== 0) {
    factors?.push({ rule: protector.id, size });
    sum += size;
  }
  size = round1(grievance.weigh(ctx) ?? 0);
  if (size !== 0) {
    factors?.push({ rule: grievance.id, size });
    sum += size;
  }
  size = round1(armedAdversary.weigh(ctx) ?? 0);
  if (size !== 0) {
    factors?.push({ rule: armedAdversary.id, size });
    sum += size;
  }
  size = round1(rivalTies.weigh(ctx) ?? 0);
  if (size !== 0) {
    factors?.push({ rule: rivalTies.id, size });
    sum += size;
  }
  size = round1(natoEnlargement.weigh(ctx) ?? 0);
  if (size !== 0) {
    factors?.push({ rule: natoEnlargement.id, size });
    sum += size;
  }
  return sum;
}

function weighMonth(ctx: RuleContext, factors: Factor[] | null, sum: number): number {
  let size: number;
  size = round1(aid.weigh(ctx) ?? 0);
  if (size !== 0) {
    factors?.push({ rule: aid.id, size });
    sum += size;
  }
  size = round1(securityHelp.weigh(ctx) ?? 0);
  if (size !== 0) {
    factors?.push({ rule: securityHelp.id, size });
    sum += size;
  }
  size = round1(crisisCallAnswered.weigh(ctx) ?? 0);
  if (size !== 0) {
    factors?.push({ rule: crisisCallAnswered.id, size });
    sum += size;
  }
  size = round1(alliancePromise.weigh(ctx) ?? 0);
  if (size !== 0) {
    factors?.push({ rule: alliancePromise.id, size });
    sum += size;
  }
  size = round1(recognitionRefused.weigh(ctx) ?? 0);
  if (size !== 0) {
    factors?.push({ rule: recognitionRefused.id, size });
    sum += size;
  }
  size = round1(recognitionWatched.weigh(ctx) ?? 0);
  if (size !== 0) {
    factors?.push({ rule: recognitionWatched.id, size });
    sum += size;
  }
  size = round1(notOurWar.weigh(ctx) ?? 0);
  if (size !== 0) {
    factors?.push({ rule: notOurWar.id, size });
    sum += size;
  }
  size = round1(summit.weigh(ctx) ?? 0);
  if (size !== 0) {
    factors?.push({ rule: summit.id, size });
    sum += size;
  }
  size = round1(coercionWatched.weigh(ctx) ?? 0);
  if (size !== 0) {
    factors?.push({ rule: coercionWatched.id, size });
    sum += size;
  }
  size = round1(confrontation.weigh(ctx) ?? 0);
  if (size !== 0) {
    factors?.push({ rule: confrontation.id, size });
    sum += size;
  }
  return sum;
}

/** The next stance line towards Moscow above a loyalty: where a closer stance begins. */
function lineAbove(level: Level, loyalty: number): number {
  const b = level.stanceBounds;
  if (loyalty <= b.abandons) return b.abandons + 0.1;
  if (loyalty < b.drifts) return b.drifts;
  if (loyalty < b.leans) return b.leans;
  return b.backs;
}

/**
 * Weigh every rule for the member `ctx` names; changes the member in `s` (a private state).
 * Without `explain` the factors are summed but not kept (`?.` then builds none).
 */
function deliberate(level: Level, s: GameState, ctx: RuleContext, explain: boolean): Decision {
  const member = ctx.member;
  const setup = ctx.setup;
  const factors: Factor[] | null = explain ? [] : null;
  let sum = weighMonth(ctx, factors, weighStanding(ctx, factors, 0));
  for (const shock of member.shocks) {
    factors?.push({ rule: 'event', size: shock.delta, ref: shock.event });
    sum += shock.delta;
  }
  const ceiling = level.stanceBounds.backs - 0.1 - member.loyalty;
  if (member.orders.coerced) {
    // Compliance, less each time. It may hold a member where it stands, never carry it over a
    // line towards Moscow: what force buys is compliance, not support (C11).
    const compliance = level.weights.coerceCompliance * setup.dependence * level.weights.coerceDecay ** member.coercions;
    const hold = lineAbove(level, member.loyalty + sum) - 0.1 - (member.loyalty + sum);
    const size = round1(Math.max(0, Math.min(compliance, hold, ceiling - sum)));
    factors?.push({ rule: 'coercion', size });
    sum += size;
  }
  // A member once coerced, or in a month Russia faces NATO, does not back Moscow openly (C11, C13):
  // whatever else pulls it in stops short of the line.
  if (sum > ceiling && (member.coercions > 0 || member.orders.coerced || s.confrontation === s.turn)) {
    const cut = round1(ceiling - sum);
    factors?.push({ rule: s.confrontation === s.turn ? 'confrontation' : 'coercion', size: cut });
    sum += cut;
  }
  const before = member.loyalty;
  const after = round1(clamp(before + sum, -100, 100));
  const decision: Decision = { turn: s.turn, before, after, stanceBefore: member.stance, stance: stanceOf(level, after), factors: factors ?? [] };
  member.loyalty = after;
  member.stance = decision.stance;
  member.lastDecision = decision;
  return decision;
}

/** All five deliberate on the same world, in a fixed order; `explain`: whether to keep each decision's factors. */
export function deliberateAll(level: Level, s: GameState, explain: boolean): void {
  const members = inMemberOrder(s.members);
  const setups = inMemberOrder(level.members);
  let anyAnswered = false;
  let anyPressed = false;
  let coercedCount = 0;
  for (const m of members) {
    anyAnswered ||= m.orders.answeredCall;
    anyPressed ||= m.orders.pressedRecognition;
    if (m.orders.coerced) coercedCount++;
  }
  // One context for all five, pointed at each in turn: it is read only while that member weighs.
  const ctx: RuleContext = { level, state: s, id: 'ARM', member: members[0], setup: setups[0], anyAnswered, anyPressed, coercedCount };
  for (let i = 0; i < MEMBERS.length; i++) {
    ctx.id = MEMBERS[i]!;
    ctx.member = members[i]!;
    ctx.setup = setups[i]!;
    deliberate(level, s, ctx, explain);
  }
}
