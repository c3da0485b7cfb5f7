// A stored factor with what it cites: its claims and paragraphs, or, for news, the news card's.
// The words (name, sentence) are the translation files' to give: see src/ui/text.ts.
import type { Level } from './level';
import { ruleById } from './rules';
import type { Decision, Factor } from './state';
import type { ClaimId, Paragraph } from './vocabulary';

export interface ExplainedFactor {
  rule: Factor['rule'];
  size: number;
  claims: ClaimId[];
  paragraphs: Paragraph[];
  /** The news item behind an `event` factor. */
  ref?: string;
}

export function explainFactor(level: Level, factor: Factor): ExplainedFactor {
  if (factor.rule === 'event') {
    const event = level.events.find((e) => e.id === factor.ref);
    return {
      rule: factor.rule,
      size: factor.size,
      claims: [...(event?.claims ?? [])],
      paragraphs: [...((event?.paragraphs ?? []) as Paragraph[])],
      ...(factor.ref ? { ref: factor.ref } : {}),
    };
  }
  const rule = ruleById(factor.rule);
  return { rule: factor.rule, size: factor.size, claims: [...rule.claims], paragraphs: [...rule.paragraphs] };
}

/** A decision as its factors, largest first. */
export function explainDecision(level: Level, decision: Pick<Decision, 'factors'>): ExplainedFactor[] {
  return decision.factors
    .map((f) => explainFactor(level, f))
    .sort((a, b) => Math.abs(b.size) - Math.abs(a.size) || a.rule.localeCompare(b.rule));
}
