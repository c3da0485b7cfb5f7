// Each member weighs the rules and moves its loyalty by their sum.
import type { Level } from './level';
import { clamp, round1 } from './numbers';
import { RULES, type Rule, type RuleContext } from './rules';
import { stanceOf } from './stance';
import type { Decision, Factor, GameState } from './state';
import { inMemberOrder, MEMBERS } from './vocabulary';

const WEIGHED = RULES.filter((rule): rule is Rule & Required<Pick<Rule, 'weigh'>> => rule.weigh !== undefined);

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
  let sum = 0;
  for (let i = 0; i < WEIGHED.length; i++) {
    const rule = WEIGHED[i]!;
    const raw = rule.weigh(ctx);
    if (raw === null) continue;
    const size = round1(raw);
    if (size === 0) continue;
    factors?.push({ rule: rule.id, size });
    sum += size;
  }
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
