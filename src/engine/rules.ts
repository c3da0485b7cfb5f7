// The rules members deliberate by. Each names the claims and paragraphs of the
// source article it models; its weight comes from the level.
import type { Level, MemberSetup } from './level';
import type { GameState, MemberState } from './state';
import type { ClaimId, MemberId, Paragraph } from './vocabulary';

export const RULE_IDS = [
  'orbit', 'paperTiger', 'doubleStandard', 'protector', 'grievance', 'armedAdversary', 'rivalTies', 'natoEnlargement',
  'aid', 'securityHelp', 'crisisCallAnswered', 'alliancePromise', 'recognitionRefused', 'recognitionWatched',
  'notOurWar', 'summit', 'event', 'coercion', 'coercionWatched', 'confrontation',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

export interface RuleContext {
  level: Level;
  state: GameState;
  id: MemberId;
  member: MemberState;
  setup: MemberSetup;
  /** Whether any member's call was answered, or any member pressed to recognise, this turn. */
  anyAnswered: boolean;
  anyPressed: boolean;
  /** How many members Moscow coerced this turn. */
  coercedCount: number;
}

/** What Moscow's help is worth, by its credibility: help from a paper tiger counts for less (C3, C10). */
export function credibilityGate(level: Level, state: GameState): number {
  return 1 + level.weights.credibilityGate * ((state.tracks.credibility - 50) / 50);
}

/**
 * A rule's name, its explanation for the rulebook and its sentence for a decision are words
 * a player reads, so they live in the translation files under `rule.<id>.*`.
 */
export interface Rule {
  id: RuleId;
  claims: readonly ClaimId[];
  paragraphs: readonly Paragraph[];
  /** Signed push on loyalty, or null when the rule does not apply this turn. */
  weigh?(ctx: RuleContext): number | null;
}

export const RULES: readonly Rule[] = [
  {
    id: 'orbit',
    claims: ['C1', 'C14'],
    paragraphs: [1, 12, 13],
    weigh: ({ level, member }) => level.weights.orbitPull * (member.anchor - member.loyalty),
  },
  {
    id: 'paperTiger',
    claims: ['C3', 'C10'],
    paragraphs: [5, 11],
    weigh: ({ level, state, setup }) => level.weights.credibility * setup.security * ((state.tracks.credibility - 50) / 50),
  },
  {
    id: 'doubleStandard',
    claims: ['C2'],
    paragraphs: [3, 4, 5],
    weigh: ({ level, state, setup }) => level.weights.consistency * setup.principle * ((state.tracks.consistency - 50) / 50),
  },
  {
    id: 'protector',
    claims: ['C4', 'C5'],
    paragraphs: [5, 6, 11],
    weigh: ({ level, state, member }) => {
      if (member.threat <= 0) return null;
      const helped = member.orders.securityHelp || member.orders.answeredCall || (member.lastHelped > 0 && member.lastHelped >= state.turn - 1);
      const fear = level.weights.protector * (member.threat / 100);
      return helped ? fear * credibilityGate(level, state) : -fear * (1 - state.tracks.credibility / 100);
    },
  },
  {
    id: 'grievance',
    claims: ['C7'],
    paragraphs: [8, 9],
    weigh: ({ level, member }) => (member.grievance > 0 ? -level.weights.grievance * (member.grievance / 100) : null),
  },
  {
    id: 'armedAdversary',
    claims: ['C8'],
    paragraphs: [9, 10],
    weigh: ({ level, state, setup }) => (setup.adversaryArmed ? (state.armsToAzerbaijan ? -level.weights.armsToAdversary : level.weights.armsStopped) : null),
  },
  {
    id: 'rivalTies',
    claims: ['C3'],
    paragraphs: [5],
    weigh: ({ level, member }) => {
      const ties = member.ties.USA + member.ties.TUR;
      return ties > 0 ? -level.weights.rivalTies * (ties / 100) : null;
    },
  },
  {
    id: 'natoEnlargement',
    claims: ['C13'],
    paragraphs: [2, 14],
    weigh: ({ level, state, setup }) => -level.weights.nato * setup.security * (state.tracks.natoEnlargement / 100),
  },
  {
    id: 'aid',
    claims: ['C14'],
    paragraphs: [13],
    weigh: ({ level, member, setup }) => (member.orders.aid ? level.weights.aid * setup.economy * level.weights.aidDecay ** member.aidCount * (1 - member.threat / 200) : null),
  },
  {
    id: 'securityHelp',
    claims: ['C4', 'C10'],
    paragraphs: [5, 11],
    weigh: ({ level, state, member }) => (member.orders.securityHelp ? level.weights.securityHelp * (member.threat / 50) * credibilityGate(level, state) : null),
  },
  {
    id: 'crisisCallAnswered',
    claims: ['C6'],
    paragraphs: [7],
    weigh: ({ level, state, member }) => (member.orders.answeredCall ? level.weights.answeredCall * credibilityGate(level, state) : null),
  },
  {
    id: 'alliancePromise',
    claims: ['C6'],
    paragraphs: [7],
    weigh: ({ level, member, anyAnswered }) => (anyAnswered && !member.orders.answeredCall ? level.weights.answeredCallOthers : null),
  },
  {
    id: 'recognitionRefused',
    claims: ['C12'],
    paragraphs: [13],
    weigh: ({ level, member }) => (member.orders.pressedRecognition ? -level.weights.recognitionRefusal : null),
  },
  {
    id: 'recognitionWatched',
    claims: ['C12'],
    paragraphs: [13],
    weigh: ({ level, member, anyPressed }) => (anyPressed && !member.orders.pressedRecognition ? -level.weights.recognitionWatch : null),
  },
  {
    id: 'notOurWar',
    claims: ['C9', 'C1'],
    paragraphs: [1, 10, 12],
    weigh: ({ level, member, setup }) => (member.orders.demandedSolidarity ? (level.weights.solidarity * (setup.dependence - 0.8)) / 0.4 : null),
  },
  {
    id: 'summit',
    claims: ['C14', 'C7'],
    paragraphs: [8, 13],
    weigh: ({ level, state, member }) => {
      if (state.lastSummit !== state.turn) return null;
      return member.grievance >= level.weights.grievanceAired ? -level.weights.summitGrievance : level.weights.summit;
    },
  },
  {
    id: 'event',
    // A news item's own push on a member, weighed with the news; it cites what the news card cites.
    claims: [],
    paragraphs: [],
  },
  {
    id: 'coercion',
    // Weighed in deliberation, after the stance it may hold a member in is known.
    claims: ['C11'],
    paragraphs: [12],
  },
  {
    id: 'coercionWatched',
    claims: ['C11', 'C3'],
    paragraphs: [5, 12],
    weigh: ({ level, member, coercedCount }) => {
      const others = coercedCount - (member.orders.coerced ? 1 : 0);
      return others > 0 ? -level.weights.coerceWatch * others : null;
    },
  },
  {
    id: 'confrontation',
    claims: ['C13'],
    paragraphs: [14],
    weigh: ({ level, state, setup }) => (state.confrontation === state.turn ? -level.weights.confrontation * (1 - setup.dependence / 2) : null),
  },
];

const RULE_BY_ID = Object.fromEntries(RULES.map((rule) => [rule.id, rule])) as Record<RuleId, Rule>;

export function ruleById(id: RuleId): Rule {
  return RULE_BY_ID[id];
}
