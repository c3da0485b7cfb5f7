// The level format: what a scenario file holds. Weights live here, not in code.
import { z } from 'zod';
import { CLAIMS, MEMBERS, RESOURCES, RIVALS, STANCES, TRACKS } from './vocabulary';

// A level is checked once or twice a session: compiling zod's fast path would cost more than it saves.
z.config({ jitless: true });

const member = z.enum(MEMBERS);
const stance = z.enum(STANCES);
const track = z.enum(TRACKS);
const resource = z.enum(RESOURCES);
const rival = z.enum(RIVALS);
const paragraph = z.number().int().min(1).max(14);
const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case letters, digits and dashes');
const text = z.string().min(1);
const delta = z.number().min(-100).max(100);
const percent = z.number().min(0).max(100);
const loyalty = z.number().min(-100).max(100);
const amount = z.number().int().min(0).max(99);
/** Points a member's stance is worth: bounded, so a score can never overflow to Infinity. */
const points = z.number().min(-1000).max(1000);
/** The longest a level can run, and so the latest turn anything can happen. */
export const MAX_TURNS = 36;
const strict = <T extends z.ZodRawShape>(shape: T) => z.strictObject(shape);

const perResource = (value: z.ZodType<number>) => strict({ politicalCapital: value, militaryReserves: value, economicLeverage: value });
const cost = strict({ politicalCapital: amount.optional(), militaryReserves: amount.optional(), economicLeverage: amount.optional() });

export const EFFECT_TYPES = ['track', 'resource', 'threat', 'grievance', 'ties', 'loyalty', 'crisisCall', 'nordicLine', 'summit', 'confrontation'] as const;

const effect = z.discriminatedUnion('type', [
  strict({ type: z.literal('track'), track, delta }),
  strict({ type: z.literal('resource'), resource, delta: z.number().int().min(-99).max(99) }),
  strict({ type: z.literal('threat'), member, delta }),
  strict({ type: z.literal('grievance'), member, delta }),
  strict({ type: z.literal('ties'), member, rival, delta }),
  strict({ type: z.literal('loyalty'), member, delta: z.number().min(-30).max(30) }),
  /** An Article 4 call for help; Moscow has `turns` more turns after this one to answer. */
  strict({ type: z.literal('crisisCall'), member, turns: z.number().int().min(0).max(6) }),
  /** Moscow must take a line on the Nordic applications to NATO. */
  strict({ type: z.literal('nordicLine'), turns: z.number().int().min(0).max(6) }),
  /** A summit of the alliance meets this turn. */
  strict({ type: z.literal('summit') }),
  /** NATO and Russia face each other directly this turn (C13). */
  strict({ type: z.literal('confrontation') }),
]);

export const EVENT_KINDS = ['news', 'crisis', 'offer', 'summit', 'nato', 'war'] as const;

const event = strict({
  id,
  kind: z.enum(EVENT_KINDS),
  title: text,
  /** Context for the news card, in our own words. */
  text,
  /** Day it happened, for dated events: YYYY-MM-DD. */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  claims: z.array(z.enum(CLAIMS)).min(1),
  paragraphs: z.array(paragraph).min(1),
  /** Members it concerns, for the map and the news card. */
  members: z.array(member).default([]),
  /** The rival who makes the offer, for the map's arrow from the United States or Turkey. */
  rival: rival.optional(),
  /** Rockets fired from Afghanistan at the members it concerns, for the map. */
  rockets: z.boolean().optional(),
  /** Dated: happens at the start of this turn. */
  turn: z.number().int().min(1).max(MAX_TURNS).optional(),
  /** Drawn: chance each turn, from `from` on. */
  chance: z.number().min(0).max(1).optional(),
  from: z.number().int().min(1).max(MAX_TURNS).optional(),
  /** Drawn events happen at most once unless this is false. */
  once: z.boolean().default(true),
  /** Ids of events that must have happened first. */
  after: z.array(id).default([]),
  effects: z.array(effect),
});

const memberSetup = strict({
  /** Where habit pulls it back to when nothing special happens (C1). */
  anchor: loyalty,
  loyalty,
  threat: percent,
  grievance: percent,
  ties: strict({ USA: percent, TUR: percent }),
  /** How much Moscow's credibility as a protector weighs with it (0..2). */
  security: z.number().min(0).max(2),
  /** How much double standards weigh with it (0..2). */
  principle: z.number().min(0).max(2),
  /** How much economic aid weighs with it (0..2). */
  economy: z.number().min(0).max(2),
  /** How far it depends on Moscow (0..1): coercion works on it a little more. */
  dependence: z.number().min(0).max(1),
  /** Whether Russia's arms sales to Azerbaijan arm its adversary (C8). */
  adversaryArmed: z.boolean().default(false),
});

const w = (max: number) => z.number().min(0).max(max);

const weights = strict({
  /** Share of the gap to its anchor that a member closes each turn. */
  orbitPull: z.number().min(0).max(1),
  // Weights added after the first levels: absent, the mechanism is off, so older files play as before.
  /** Share of the gap to its loyalty that a member's anchor closes each turn: habits form. */
  anchorDrift: z.number().min(0).max(1).default(0),
  /** How far Moscow's credibility scales the worth of its help: 0 not at all, 1 from nothing at 0 to double at 100. */
  credibilityGate: z.number().min(0).max(1).default(0),
  credibility: w(30),
  consistency: w(30),
  protector: w(30),
  grievance: w(30),
  armsToAdversary: w(30),
  armsStopped: w(30),
  rivalTies: w(30),
  nato: w(30),
  aid: w(30),
  /** Each aid package is worth this share of the one before. */
  aidDecay: z.number().min(0).max(1),
  securityHelp: w(30),
  answeredCall: w(50),
  answeredCallOthers: w(30),
  coerceCompliance: w(30),
  coerceResentment: w(100),
  /** Each coercion buys this share of the compliance the one before bought. */
  coerceDecay: z.number().min(0).max(1).default(1),
  /** Loyalty lost by every other member when one is coerced: they watch. */
  coerceWatch: w(30).default(0),
  /** Ties with each rival a coerced member takes up. */
  coerceTies: w(50).default(0),
  /** Loyalty lost by each member in a direct confrontation with NATO, the more the less it depends on Moscow. */
  confrontation: w(30).default(0),
  recognitionRefusal: w(30),
  recognitionWatch: w(30),
  solidarity: w(30),
  summit: w(30),
  summitGrievance: w(30),
  /** Grievance at or above which a member airs it at a summit. */
  grievanceAired: w(100),
  ignoredCallGrievance: w(100),
  ignoredCallCredibility: w(50),
  answeredCallCredibility: w(50),
  warToCredibility: w(30),
  /** Consistency lost each turn while Russia arms Azerbaijan as well as Armenia. */
  armsConsistency: w(30).default(0),
  blindEyeConsistency: w(50),
  principledConsistency: w(50),
  /** Rivals court members whose loyalty is below this. */
  offerThreshold: z.number().min(-100).max(100),
  offerChance: z.number().min(0).max(1),
  offerTies: w(50),
  grievanceFade: z.number().min(0).max(1),
  threatFade: z.number().min(0).max(1),
  redeployReserves: z.number().int().min(0).max(10),
  redeployWar: w(50),
  /** Credibility lost at once when forces leave the front: the thinning is seen. */
  redeployCredibility: w(50),
  reinforceWar: w(50),
});

const difficulty = strict({
  label: text,
  /** Multiplies starting resources and income. */
  resources: z.number().min(0.25).max(4),
  /** Multiplies the rivals' chance to court a member. */
  rivals: z.number().min(0).max(4),
  /** Multiplies the chance of each drawn crisis. */
  crises: z.number().min(0).max(4).default(1),
});

const objective = z.discriminatedUnion('type', [
  /** At the end, at least `count` members hold `stance` or a stance closer to Moscow. */
  strict({ type: z.literal('membersAtLeast'), id, text, stance, count: z.number().int().min(1).max(99) }),
  /** At the end, no member holds `stance` or a stance further from Moscow. */
  strict({ type: z.literal('noneAtOrBelow'), id, text, stance }),
  /** At the end, a world track is at least `value`. */
  strict({ type: z.literal('trackAtLeast'), id, text, track, value: percent }),
]);

export const LevelSchema = strict({
  $schema: z.string().optional(),
  id,
  /** Raised whenever the level or the rules change what a game of it plays: a result code names it, and is replayed only by the same. */
  version: z.number().int().min(1).max(9999).default(1),
  title: text,
  briefing: text,
  /** First month, YYYY-MM; each turn is one month. */
  start: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/),
  turns: z.number().int().min(1).max(MAX_TURNS),
  difficulties: z.record(id, difficulty),
  defaultDifficulty: id,
  resources: strict({ start: perResource(amount), income: perResource(amount) }),
  tracks: strict({ credibility: percent, consistency: percent, natoEnlargement: percent, warCourse: percent }),
  /** Loyalty at or above each bound gives that stance; below `drifts` is drifts, at or below `abandons` abandons. */
  stanceBounds: strict({ backs: loyalty, leans: loyalty, drifts: loyalty, abandons: loyalty }),
  members: strict({ ARM: memberSetup, BLR: memberSetup, KAZ: memberSetup, KGZ: memberSetup, TJK: memberSetup }),
  weights,
  costs: strict({
    economicAid: cost,
    securityHelp: cost,
    answerCrisisCall: cost,
    coerce: cost,
    pressRecognition: cost,
    demandSolidarity: cost,
    stopArmsToAzerbaijan: cost,
    principledLine: cost,
    hostSummit: cost,
    reinforceUkraine: cost,
    redeployToReserve: cost,
  }),
  /** Turns between two summits Moscow hosts. */
  summitCooldown: z.number().int().min(0).max(36),
  armsToAzerbaijan: z.boolean(),
  events: z.array(event),
  objectives: z.array(objective).min(1),
  /** The alliance collapses (an early loss) when this many members abandon at once. */
  collapseAt: z.number().int().min(1).max(5),
  score: strict({
    /** Points per member holding each stance at the end. */
    stance: strict({ backs: points, leans: points, neutral: points, drifts: points, abandons: points }),
    /** Points per point of loyalty, summed over members. */
    loyalty: z.number().min(0).max(10),
    /** Points per point of credibility at the end. */
    credibility: z.number().min(0).max(10),
  }),
});

export type Level = z.output<typeof LevelSchema>;
export type LevelEvent = Level['events'][number];
export type Effect = LevelEvent['effects'][number];
export type Objective = Level['objectives'][number];
export type MemberSetup = Level['members']['ARM'];
export type Weights = Level['weights'];
export type Cost = Level['costs']['economicAid'];
export type CostedLever = keyof Level['costs'];
export type Difficulty = Level['difficulties'][string];
