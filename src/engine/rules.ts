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

export interface Rule {
  id: RuleId;
  name: string;
  claims: readonly ClaimId[];
  paragraphs: readonly Paragraph[];
  /** What the rule says and why, for the rulebook; says where the article is silent. */
  explanation: string;
  /** One sentence for one member's decision; `who` is the member's name. */
  sentence(who: string, size: number): string;
  /** Signed push on loyalty, or null when the rule does not apply this turn. */
  weigh?(ctx: RuleContext): number | null;
}

const up = (size: number) => size >= 0;

export const RULES: readonly Rule[] = [
  {
    id: 'orbit',
    name: 'Habit of the orbit',
    claims: ['C1', 'C14'],
    paragraphs: [1, 12, 13],
    explanation: 'Left alone, each member settles back towards its usual place: Belarus gives Moscow partial support, the other four keep a neutral distance from the war (¶1, ¶12). The alliance is Moscow\'s means of holding them in its orbit, and its hold is weaker than it looks (¶13). The article describes where the members stand, not how they move: the game assumes that each month a member closes part of the gap to its usual place, and that the usual place itself shifts slowly towards where the member has been.',
    sentence: (who, size) => (up(size) ? `${who} settles back towards its usual place, closer to Moscow.` : `${who} settles back towards its usual, more distant place.`),
    weigh: ({ level, member }) => level.weights.orbitPull * (member.anchor - member.loyalty),
  },
  {
    id: 'paperTiger',
    name: 'Paper tiger',
    claims: ['C3', 'C10'],
    paragraphs: [5, 11],
    explanation: 'Members who doubt that Russia could protect them look elsewhere, and the war going badly is what feeds the doubt (¶5, ¶11). Credibility below 50 pulls every member away, in proportion to how much its security rests on Moscow. The article speaks only of doubt: the game assumes that credibility above 50 draws members in.',
    sentence: (who, size) => (up(size) ? `Moscow looks strong enough to rely on, so ${who} leans in.` : `${who} doubts that Moscow's army could protect it, so it keeps its distance.`),
    weigh: ({ level, state, setup }) => level.weights.credibility * setup.security * ((state.tracks.credibility - 50) / 50),
  },
  {
    id: 'doubleStandard',
    name: 'Double standards',
    claims: ['C2'],
    paragraphs: [3, 4, 5],
    explanation: 'Demanding guarantees over Ukraine while shrugging at Finland and Sweden joining NATO looks like a policy without principle, and members distance themselves (¶3, ¶4, ¶5). Consistency below 50 pulls members away, more so those who care about principle. The article does not say how much each member cares, nor that a consistent line would win anyone over: the game assumes both, with consistency above 50 drawing members in.',
    sentence: (who, size) => (up(size) ? `Moscow's line looks consistent, which reassures ${who}.` : `Moscow says one thing about Ukraine and another about Finland and Sweden; ${who} draws its own conclusions.`),
    weigh: ({ level, state, setup }) => level.weights.consistency * setup.principle * ((state.tracks.consistency - 50) / 50),
  },
  {
    id: 'protector',
    name: 'Looking for a protector',
    claims: ['C4', 'C5'],
    paragraphs: [5, 6, 11],
    explanation: 'A member that fears trouble at home or on its border looks for a protector (¶5): the article names Tajikistan, facing IS-K from Afghanistan (¶6), and doubts that Moscow could give it serious help (¶11). If Moscow helped its security this month or last, the fear draws the member to Moscow, the more so the more credible Moscow is; if not, it looks elsewhere, the more so the less credible Moscow is. The game assumes that Kyrgyzstan, with its fragile borders, and Armenia, facing Azerbaijan, fear the same way, and that help, once given, does reassure.',
    sentence: (who, size) => (up(size) ? `Afraid for its security, ${who} is grateful for Moscow's help.` : `Afraid for its security and unhelped, ${who} looks for another protector.`),
    weigh: ({ level, state, member }) => {
      if (member.threat <= 0) return null;
      const helped = member.orders.securityHelp || member.orders.answeredCall || (member.lastHelped > 0 && member.lastHelped >= state.turn - 1);
      const fear = level.weights.protector * (member.threat / 100);
      return helped ? fear * credibilityGate(level, state) : -fear * (1 - state.tracks.credibility / 100);
    },
  },
  {
    id: 'grievance',
    name: 'Remembered grievance',
    claims: ['C7'],
    paragraphs: [8, 9],
    explanation: 'A call for help left unanswered is not forgotten: Armenia aired its grievance in public at the Moscow summit (¶8, ¶9). Grievances weigh every month. The article does not say how long they last: the game assumes they fade slowly, and that coercion adds to them.',
    sentence: (who) => `${who} remembers how Moscow failed it, and says so.`,
    weigh: ({ level, member }) => (member.grievance > 0 ? -level.weights.grievance * (member.grievance / 100) : null),
  },
  {
    id: 'armedAdversary',
    name: 'Arms for the adversary',
    claims: ['C8'],
    paragraphs: [9, 10],
    explanation: 'Russia sells weapons to Azerbaijan as well as to Armenia, and Armenia resents it (¶9, ¶10). While the sales run, Armenia is pushed away every month. The article contrasts this with the United States, which it cannot imagine arming both sides of a war (¶10): the game assumes that this too reads as a double standard, eroding Moscow\'s consistency each month the sales run, and that Armenia would welcome their end, modestly.',
    sentence: (who, size) => (up(size) ? `Moscow has stopped arming Azerbaijan, and ${who} notices.` : `Russian arms keep reaching Azerbaijan, ${who}'s adversary.`),
    weigh: ({ level, state, setup }) => (setup.adversaryArmed ? (state.armsToAzerbaijan ? -level.weights.armsToAdversary : level.weights.armsStopped) : null),
  },
  {
    id: 'rivalTies',
    name: 'Courted by rivals',
    claims: ['C3'],
    paragraphs: [5],
    explanation: 'Some members have begun building military ties with the United States and Turkey (¶5). The stronger those ties, the further the member moves from Moscow each month. The article does not say who courts whom: the game assumes the two rivals court members whose trust in Moscow is low, and that ties, once built, keep pulling.',
    sentence: (who) => `${who}'s growing ties with the United States and Turkey pull it away.`,
    weigh: ({ level, member }) => {
      const ties = member.ties.USA + member.ties.TUR;
      return ties > 0 ? -level.weights.rivalTies * (ties / 100) : null;
    },
  },
  {
    id: 'natoEnlargement',
    name: 'Standing alone',
    claims: ['C13'],
    paragraphs: [2, 14],
    explanation: 'NATO is growing while the alliance is not (¶2), and in a direct confrontation with NATO Russia would stand alone (¶14). The article does not say that enlargement itself turns members away: the game assumes that the further it goes, the less a member wants to be bound to Moscow, the more so the more its security rests on Moscow.',
    sentence: (who) => `NATO keeps growing; ${who} would rather not be tied to a Russia that would stand alone.`,
    weigh: ({ level, state, setup }) => -level.weights.nato * setup.security * (state.tracks.natoEnlargement / 100),
  },
  {
    id: 'aid',
    name: 'Economic aid',
    claims: ['C14'],
    paragraphs: [13],
    explanation: 'Aid is one of the ways Moscow tries to keep former Soviet states in its orbit (¶13). The article does not say how well it works: the game assumes a modest gain that shrinks with each package and counts for less with a member that fears for its security.',
    sentence: (who) => `${who} takes Moscow's aid and warms a little.`,
    weigh: ({ level, member, setup }) => (member.orders.aid ? level.weights.aid * setup.economy * level.weights.aidDecay ** member.aidCount * (1 - member.threat / 200) : null),
  },
  {
    id: 'securityHelp',
    name: 'Security help',
    claims: ['C4', 'C10'],
    paragraphs: [5, 11],
    explanation: 'Arms and advisers answer a member\'s fear of destabilisation (¶5). They come from the reserves the war leaves free, and the article doubts there is much to spare (¶11). It does not say what such help achieves: the game assumes it reassures in proportion to the threat the member faces, the more so the more credible Moscow is.',
    sentence: (who) => `Moscow's arms and advisers answer ${who}'s fears.`,
    weigh: ({ level, state, member }) => (member.orders.securityHelp ? level.weights.securityHelp * (member.threat / 50) * credibilityGate(level, state) : null),
  },
  {
    id: 'crisisCallAnswered',
    name: 'Article 4 honoured',
    claims: ['C6'],
    paragraphs: [7],
    explanation: 'Under Article 4 an attack on one member is an attack on all (¶7). The article asks whether the alliance would really come to a member\'s aid, and leaves it open: the game assumes that when Moscow sends forces in answer to a call, that member moves towards Moscow, the further the more credible Moscow is.',
    sentence: (who) => `Moscow answered ${who}'s call for help with forces.`,
    weigh: ({ level, state, member }) => (member.orders.answeredCall ? level.weights.answeredCall * credibilityGate(level, state) : null),
  },
  {
    id: 'alliancePromise',
    name: 'The promise kept',
    claims: ['C6'],
    paragraphs: [7],
    explanation: 'When Moscow honours Article 4 for one member, the others see that the treaty means something (¶7). The article asks the question without answering it: the game assumes a small gain for every other member.',
    sentence: (who) => `Moscow kept the treaty's promise to an ally; ${who} takes note.`,
    weigh: ({ level, member, anyAnswered }) => (anyAnswered && !member.orders.answeredCall ? level.weights.answeredCallOthers : null),
  },
  {
    id: 'recognitionRefused',
    name: 'Recognition refused',
    claims: ['C12'],
    paragraphs: [13],
    explanation: 'No member has recognised the annexation of Crimea or the Donbass republics (¶13). The article reports the refusal, not what pressure would do: the game assumes that pressing a member never succeeds and costs its goodwill.',
    sentence: (who) => `${who} refuses to recognise the annexations and resents being pressed.`,
    weigh: ({ level, member }) => (member.orders.pressedRecognition ? -level.weights.recognitionRefusal : null),
  },
  {
    id: 'recognitionWatched',
    name: 'Others watch the pressure',
    claims: ['C12'],
    paragraphs: [13],
    explanation: 'The members share the refusal to recognise (¶13). The article does not say how they read pressure on one another: the game assumes the others take it as pressure they may face next, and stiffen.',
    sentence: (who) => `${who} sees an ally pressed to recognise the annexations and stiffens.`,
    weigh: ({ level, member, anyPressed }) => (anyPressed && !member.orders.pressedRecognition ? -level.weights.recognitionWatch : null),
  },
  {
    id: 'notOurWar',
    name: 'Not our war',
    claims: ['C9', 'C1'],
    paragraphs: [1, 10, 12],
    explanation: 'The alliance stays silent when Ukrainian drones strike Russia: members do not treat Russia\'s own war as their collective defence (¶10), and none supports it openly (¶1); only Belarus gives partial support (¶12). The article does not say what a demand for open solidarity would bring: the game assumes it costs goodwill with a member, and that only a dependent Belarus goes along a little.',
    sentence: (who, size) => (up(size) ? `${who}, dependent on Moscow, offers a few words of solidarity.` : `${who} will not treat Russia's war as its own and resents being asked.`),
    weigh: ({ level, member, setup }) => (member.orders.demandedSolidarity ? (level.weights.solidarity * (setup.dependence - 0.8)) / 0.4 : null),
  },
  {
    id: 'summit',
    name: 'Summit',
    claims: ['C14', 'C7'],
    paragraphs: [8, 13],
    explanation: 'A summit shows the orbit holding (¶13), but it is also a stage: a member with a grievance airs it there, as Armenia did in Moscow (¶8). The article tells of one summit: the game assumes that at any summit members with little grievance move closer and aggrieved ones move away.',
    sentence: (who, size) => (up(size) ? `${who} values its seat at the summit table.` : `${who} uses the summit to air its grievance in public.`),
    weigh: ({ level, state, member }) => {
      if (state.summitTurn !== state.turn) return null;
      return member.grievance >= level.weights.grievanceAired ? -level.weights.summitGrievance : level.weights.summit;
    },
  },
  {
    id: 'event',
    name: 'News',
    claims: [],
    paragraphs: [],
    explanation: 'Some news moves a member directly; the news card cites the claims and paragraphs behind it.',
    sentence: (who, size) => (up(size) ? `This month's news draws ${who} closer.` : `This month's news pushes ${who} away.`),
  },
  {
    id: 'coercion',
    name: 'Coercion',
    claims: ['C11'],
    paragraphs: [12],
    explanation: 'Moscow lacks the means to force members to side with it openly (¶12). The article does not say what trying would bring: the game assumes that coercion buys a little compliance, more from a dependent member and less each time, which may hold a member where it stands but never carries it into a closer stance; that a member once coerced never backs Moscow openly; and that it leaves resentment, growing with each repeat, and a turn towards the rivals, so that repeated coercion backfires.',
    sentence: (who, size) => (up(size) ? `${who} bends to Moscow's pressure for now, and resents it.` : `${who} will not bend further to Moscow's pressure.`),
  },
  {
    id: 'coercionWatched',
    name: 'Others watch the coercion',
    claims: ['C11', 'C3'],
    paragraphs: [5, 12],
    explanation: 'When Moscow coerces one member, the others see what the alliance is worth to Moscow and keep their distance (¶5, ¶12). The article does not describe this; the game assumes that each coercion costs every other member a little loyalty.',
    sentence: (who) => `${who} watches Moscow coerce an ally and keeps its distance.`,
    weigh: ({ level, member, coercedCount }) => {
      const others = coercedCount - (member.orders.coerced ? 1 : 0);
      return others > 0 ? -level.weights.coerceWatch * others : null;
    },
  },
  {
    id: 'confrontation',
    name: 'Face to face with NATO',
    claims: ['C13'],
    paragraphs: [14],
    explanation: 'If Russia and NATO ever confront each other directly, Russia will be on its own (¶14). The article does not say what the members would do in such a month: the game assumes that none backs Moscow openly and each moves away, the more so the less it depends on Moscow.',
    sentence: (who) => `Russia faces NATO, and ${who} will not be drawn in.`,
    weigh: ({ level, state, setup }) => (state.confrontation === state.turn ? -level.weights.confrontation * (1 - setup.dependence / 2) : null),
  },
];

const RULE_BY_ID = Object.fromEntries(RULES.map((rule) => [rule.id, rule])) as Record<RuleId, Rule>;

export function ruleById(id: RuleId): Rule {
  return RULE_BY_ID[id];
}
