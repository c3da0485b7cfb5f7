// Turning stored factors into what a player reads: name, size, claims, paragraphs, sentence.
import type { Level } from './level';
import { ruleById } from './rules';
import type { Decision, Factor } from './state';
import { MEMBER_NAMES, type ClaimId, type MemberId, type Paragraph } from './vocabulary';

export interface ExplainedFactor {
  rule: Factor['rule'];
  name: string;
  size: number;
  claims: ClaimId[];
  paragraphs: Paragraph[];
  sentence: string;
  ref?: string;
}

export function explainFactor(level: Level, member: MemberId, factor: Factor): ExplainedFactor {
  const rule = ruleById(factor.rule);
  const who = MEMBER_NAMES[member];
  if (factor.rule === 'event') {
    const event = level.events.find((e) => e.id === factor.ref);
    return {
      rule: factor.rule,
      name: event?.title ?? rule.name,
      size: factor.size,
      claims: [...(event?.claims ?? [])],
      paragraphs: [...((event?.paragraphs ?? []) as Paragraph[])],
      sentence: rule.sentence(who, factor.size),
      ...(factor.ref ? { ref: factor.ref } : {}),
    };
  }
  return { rule: factor.rule, name: rule.name, size: factor.size, claims: [...rule.claims], paragraphs: [...rule.paragraphs], sentence: rule.sentence(who, factor.size) };
}

/** A decision as its factors, largest first. */
export function explainDecision(level: Level, member: MemberId, decision: Pick<Decision, 'factors'>): ExplainedFactor[] {
  return decision.factors
    .map((f) => explainFactor(level, member, f))
    .sort((a, b) => Math.abs(b.size) - Math.abs(a.size) || a.rule.localeCompare(b.rule));
}
