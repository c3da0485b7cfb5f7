// What strong play teaches: games by each policy summed up, the best fixed plan, each
// claim's lever tried on top of that plan, and the conditions on the figures.
// Pure, so the audit, the tests and a rulebook page can all share it.
import { refusal, type Action, type ActionType } from './actions';
import { act, newGame } from './game';
import type { Level } from './level';
import { makePolicy, playOut, policyRng, type PolicyName } from './policy';
import type { RuleId } from './rules';
import { beamSearch, searchCandidates, type Sample } from './search';
import type { GameState } from './state';
import type { Step } from './step';
import { MEMBERS, type MemberId, type Stance } from './vocabulary';
import { byId, hasId } from './own';

/**
 * Where loyalty movement comes from, in two groups. A rule the lead adds that carries the
 * article's argument goes in `articleForces`; one whose effect the article does not state
 * goes in `unstatedLevers`. The habit of the orbit and the news are left out of every share.
 */
export const RULE_GROUPS: { articleForces: readonly RuleId[]; unstatedLevers: readonly RuleId[]; leftOut: readonly RuleId[] } = {
  // coercionWatched is others watching pressure, as recognitionWatched is; confrontation is C13's Russia alone.
  articleForces: [
    'paperTiger', 'doubleStandard', 'protector', 'grievance', 'armedAdversary', 'rivalTies', 'natoEnlargement', 'alliancePromise', 'recognitionWatched',
    'coercionWatched', 'confrontation',
  ],
  unstatedLevers: ['aid', 'coercion'],
  leftOut: ['orbit', 'event'],
};

const END_TURN: Action = { type: 'endTurn' };

/** One game, reduced to what the audit counts. */
export interface GameSummary {
  seed: number;
  win: boolean;
  score: number;
  /** December stances, in MEMBERS order. */
  end: Stance[];
  /** Whether each member backed Moscow openly at the end of any month. */
  backsEver: boolean[];
  /** Absolute loyalty movement by rule over the whole game, all members. */
  movement: Partial<Record<RuleId, number>>;
  /** Months a confrontation with NATO made the news: whether anyone backed Moscow then, and the summed loyalty change. */
  confrontations: { backs: boolean; change: number }[];
}

/** Events in which NATO and Russia face each other (C13). */
export function confrontationEvents(level: Level): string[] {
  return level.events.filter((e) => e.effects.some((x) => x.type === 'confrontation')).map((e) => e.id);
}

export function summarise(level: Level, end: GameState): GameSummary {
  const movement: Partial<Record<RuleId, number>> = {};
  const backsEver = MEMBERS.map(() => false);
  const confronting = confrontationEvents(level);
  const confrontations: GameSummary['confrontations'] = [];
  let previous: Record<MemberId, number> | null = null;
  for (const record of end.log) {
    MEMBERS.forEach((id, i) => {
      const m = record.members[id];
      if (m.stance === 'backs') backsEver[i] = true;
      for (const f of m.factors) movement[f.rule] = (movement[f.rule] ?? 0) + Math.abs(f.size);
    });
    if (record.events.some((e) => confronting.includes(e.event))) {
      const before = previous;
      const change = MEMBERS.reduce((sum, id) => sum + record.members[id].loyalty - (before ? before[id] : level.members[id].loyalty), 0);
      confrontations.push({ backs: MEMBERS.some((id) => record.members[id].stance === 'backs'), change });
    }
    previous = { ARM: record.members.ARM.loyalty, BLR: record.members.BLR.loyalty, KAZ: record.members.KAZ.loyalty, KGZ: record.members.KGZ.loyalty, TJK: record.members.TJK.loyalty };
  }
  return {
    seed: end.seed,
    win: end.result?.outcome === 'win',
    score: end.result?.score ?? end.score,
    end: MEMBERS.map((id) => end.members[id].stance),
    backsEver,
    movement,
    confrontations,
  };
}

export interface PlaySpec {
  policy: PolicyName;
  forbid?: readonly ActionType[];
  budget?: number;
}

export function playPolicy(level: Level, difficulty: string, seed: number, spec: PlaySpec): GameState {
  const policy = makePolicy(spec.policy, { ...(spec.forbid ? { forbid: spec.forbid } : {}), ...(spec.budget ? { budget: spec.budget } : {}) });
  return playOut(level, newGame(level, { seed, difficulty }), policy, policyRng(seed));
}

/** A fixed plan: the orders for each month, the same for every seed. */
export type FixedPlan = Action[][];

/** Play a plan: each month its orders in turn, skipping any not allowed in this game, then end the turn. */
export function playPlan(level: Level, difficulty: string, seed: number, plan: (turn: number, state: GameState) => readonly Action[]): GameState {
  let state = newGame(level, { seed, difficulty });
  while (state.phase !== 'over') {
    for (const order of plan(state.turn, state)) {
      if (refusal(level, state, order) !== null) continue;
      const next = act(level, state, order);
      if (next.ok) state = next.value.state;
    }
    const ended = act(level, state, END_TURN);
    if (!ended.ok) break;
    state = ended.value.state;
  }
  return state;
}

const keyOf = (a: Action) => JSON.stringify(a);

/**
 * The best fixed plan the search finds on the training seeds: month by month, the set of
 * orders that does best over all of them, each weighed with its own seed's luck (these
 * seeds are for training; the plan is scored on others). It answers only the calls for help
 * that every training game receives in that month: a plan fixed in advance does not see the news.
 */
export function findFixedPlan(level: Level, difficulty: string, trainSeeds: readonly number[], options: { budget: number; forbid?: readonly ActionType[] }): FixedPlan {
  const forbid = options.forbid ?? [];
  let states = trainSeeds.map((seed) => newGame(level, { seed, difficulty }));
  const plan: FixedPlan = [];
  for (let turn = 1; turn <= level.turns; turn++) {
    const roots = states.filter((s) => s.phase !== 'over');
    if (roots.length === 0) break;
    const seen: Record<string, true> = {};
    const candidates: Action[] = [];
    for (const root of roots) {
      for (const a of searchCandidates(level, root, forbid)) {
        const key = keyOf(a);
        if (hasId(seen, key)) continue;
        // A plan blind to the news answers only the calls every game receives, not a drawn crisis some happen to meet.
        if (a.type === 'answerCrisisCall' && !roots.every((r) => r.requests.some((q) => q.id === a.request && q.status === 'open'))) continue;
        seen[key] = true;
        candidates.push(a);
      }
    }
    const samples = (i: number): Sample => ({ root: roots[i % roots.length]!, rng: null });
    const month = beamSearch(level, candidates, samples, roots, { budget: options.budget, futures: roots.length }).orders;
    plan.push(month);
    states = states.map((s) => {
      if (s.phase === 'over') return s;
      let next = s;
      for (const order of month) if (refusal(level, next, order) === null) next = (act(level, next, order) as { ok: true; value: Step }).value.state;
      return (act(level, next, END_TURN) as { ok: true; value: Step }).value.state;
    });
  }
  return plan;
}

export const fromPlan = (plan: FixedPlan) => (turn: number) => plan[turn - 1] ?? [];

/** The claims' levers, each a choice made once against its alternative on top of the same plan. */
export const LEVER_CHOICES = ['principledLine', 'answerCall', 'stopArms', 'keepReserve'] as const;
export type LeverChoice = (typeof LEVER_CHOICES)[number];

export const LEVER_LABELS: Record<LeverChoice, string> = {
  principledLine: 'principled line vs blind eye',
  answerCall: 'answer the first crisis call vs ignore it',
  stopArms: 'stop arms to Azerbaijan vs not',
  keepReserve: 'keep forces in reserve vs send them to Ukraine',
};

interface Choice {
  /** The plan's orders that make the same choice, taken out of both sides. */
  strip(order: Action): boolean;
  /** The first month (from the plan's own game) the choice can be made, and the two sides. */
  at(level: Level, game: GameState[]): { turn: number; a: Action[]; b: Action[] } | null;
}

const CHOICES: Record<LeverChoice, Choice> = {
  principledLine: {
    strip: (o) => o.type === 'nordicLine',
    at: (_level, months) => {
      const s = months.find((m) => m.requests.some((r) => r.kind === 'nordicLine' && r.status === 'open'));
      return s ? { turn: s.turn, a: [{ type: 'nordicLine', line: 'principled' }], b: [{ type: 'nordicLine', line: 'blindEye' }] } : null;
    },
  },
  answerCall: {
    strip: (o) => o.type === 'answerCrisisCall',
    at: (_level, months) => {
      for (const s of months) {
        const call = s.requests.find((r) => r.kind === 'crisisCall' && r.status === 'open');
        if (call) return { turn: s.turn, a: [{ type: 'answerCrisisCall', request: call.id }], b: [] };
      }
      return null;
    },
  },
  stopArms: {
    strip: (o) => o.type === 'stopArmsToAzerbaijan' || o.type === 'resumeArmsToAzerbaijan',
    at: (_level, months) => (months[0]?.armsToAzerbaijan ? { turn: 1, a: [{ type: 'stopArmsToAzerbaijan' }], b: [] } : null),
  },
  keepReserve: {
    strip: (o) => o.type === 'redeploy' && o.to === 'ukraine',
    at: () => ({ turn: 1, a: [], b: [{ type: 'redeploy', to: 'ukraine' }] }),
  },
};

/** The plan's game month by month: the state at the start of each month's orders. */
function months(level: Level, difficulty: string, seed: number, plan: (turn: number) => readonly Action[]): GameState[] {
  const seenAt: GameState[] = [];
  playPlan(level, difficulty, seed, (turn, state) => {
    seenAt.push(state);
    return plan(turn);
  });
  return seenAt;
}

const stancesOf = (s: GameState) => MEMBERS.map((id) => s.members[id].stance).join(' ');

/** Whether a choice, made in the first month it can be, changes a December stance on this seed; null where it cannot be made. */
export function leverChanges(level: Level, difficulty: string, seed: number, plan: FixedPlan, lever: LeverChoice): boolean | null {
  const choice = CHOICES[lever];
  const stripped = plan.map((month) => month.filter((o) => !choice.strip(o)));
  const at = choice.at(level, months(level, difficulty, seed, fromPlan(stripped)));
  if (!at) return null;
  const side = (orders: Action[]) => (turn: number) => (turn === at.turn ? [...orders, ...(stripped[turn - 1] ?? [])] : (stripped[turn - 1] ?? []));
  return stancesOf(playPlan(level, difficulty, seed, side(at.a))) !== stancesOf(playPlan(level, difficulty, seed, side(at.b)));
}

/** Coercing one member every month against never, on the same plan: December loyalty, and whether it ever backed where it otherwise would not. */
export function coercionEffect(level: Level, difficulty: string, seed: number, plan: FixedPlan, member: MemberId): { loyaltyGain: number; liftedIntoBacks: boolean } {
  const never = plan.map((month) => month.filter((o) => !(o.type === 'coerce' && o.member === member)));
  const coerce: Action = { type: 'coerce', member };
  const always = never.map((month) => [coerce, ...month]);
  const endNever = playPlan(level, difficulty, seed, (t) => never[t - 1] ?? []);
  const endAlways = playPlan(level, difficulty, seed, (t) => always[t - 1] ?? [coerce]);
  const lifted = endAlways.log.some((record, i) => record.members[member].stance === 'backs' && endNever.log[i]?.members[member].stance !== 'backs');
  return { loyaltyGain: endAlways.members[member].loyalty - endNever.members[member].loyalty, liftedIntoBacks: lifted };
}

/** What the audit measures on top of the best fixed plan of one level and difficulty. */
export interface PlanResult {
  plan: FixedPlan;
  games: GameSummary[];
  levers: Record<LeverChoice, { seeds: number; changed: number }>;
  coercion: Record<MemberId, { loyaltyGain: number; liftedIntoBacks: number }>;
}

/** Find the best fixed plan on `train` seeds, then score it and try every lever and coercion on `seeds`. */
export function planFigures(level: Level, difficulty: string, train: readonly number[], seeds: readonly number[], budget: number): PlanResult {
  const plan = findFixedPlan(level, difficulty, train, { budget });
  const games = seeds.map((seed) => summarise(level, playPlan(level, difficulty, seed, fromPlan(plan))));
  const levers = {} as PlanResult['levers'];
  for (const lever of LEVER_CHOICES) {
    const outcomes = seeds.map((seed) => leverChanges(level, difficulty, seed, plan, lever)).filter((x): x is boolean => x !== null);
    levers[lever] = { seeds: outcomes.length, changed: outcomes.length ? outcomes.filter(Boolean).length / outcomes.length : 0 };
  }
  const coercion = {} as PlanResult['coercion'];
  for (const member of MEMBERS) {
    const effects = seeds.map((seed) => coercionEffect(level, difficulty, seed, plan, member));
    const n = Math.max(1, effects.length);
    coercion[member] = {
      loyaltyGain: effects.reduce((sum, e) => sum + e.loyaltyGain, 0) / n,
      liftedIntoBacks: effects.filter((e) => e.liftedIntoBacks).length / n,
    };
  }
  return { plan, games, levers, coercion };
}

/** The policies the audit compares, by the names its report uses. */
export const AUDITED_POLICIES: readonly { name: string; spec: PlaySpec }[] = [
  { name: 'passive', spec: { policy: 'passive' } },
  { name: 'random', spec: { policy: 'random' } },
  { name: 'greedy', spec: { policy: 'greedy' } },
  { name: 'search', spec: { policy: 'search' } },
  { name: 'search-no-coerce', spec: { policy: 'search', forbid: ['coerce'] } },
];

// ---- Figures over many games ----

export interface PolicyFigures {
  games: number;
  winRate: number;
  meanScore: number;
  patterns: number;
  /** Share of games ending in the article's picture (C1): Belarus leans, the other four neutral. */
  articlePicture: number;
  /** Per member: share of games ending at `backs`, and passing through it at any month. */
  backsAtEnd: Record<MemberId, number>;
  backsEver: Record<MemberId, number>;
  /** Share of games where a member other than Belarus ends at `backs`. */
  othersBackAtEnd: number;
}

const perMember = (f: (i: number) => number) => Object.fromEntries(MEMBERS.map((id, i) => [id, f(i)])) as Record<MemberId, number>;

export function policyFigures(games: readonly GameSummary[]): PolicyFigures {
  const n = Math.max(1, games.length);
  const share = (f: (g: GameSummary) => boolean) => games.filter(f).length / n;
  const patterns: Record<string, true> = {};
  for (const g of games) patterns[g.end.join(' ')] = true;
  const blr = MEMBERS.indexOf('BLR');
  return {
    games: games.length,
    winRate: share((g) => g.win),
    meanScore: games.reduce((s, g) => s + g.score, 0) / n,
    patterns: Object.keys(patterns).length,
    articlePicture: share((g) => g.end.every((st, i) => st === (i === blr ? 'leans' : 'neutral'))),
    backsAtEnd: perMember((i) => share((g) => g.end[i] === 'backs')),
    backsEver: perMember((i) => share((g) => g.backsEver[i]!)),
    othersBackAtEnd: share((g) => g.end.some((st, i) => i !== blr && st === 'backs')),
  };
}

export interface MovementFigures {
  /** Share of each rule in all absolute movement from rules, the left-out ones excluded. */
  shares: Partial<Record<RuleId, number>>;
  articleForces: number;
  unstatedLevers: number;
}

export function movementFigures(games: readonly GameSummary[]): MovementFigures {
  const totals: Partial<Record<RuleId, number>> = {};
  let all = 0;
  for (const g of games) {
    for (const [rule, size] of Object.entries(g.movement) as [RuleId, number][]) {
      if (RULE_GROUPS.leftOut.includes(rule)) continue;
      totals[rule] = (totals[rule] ?? 0) + size;
      all += size;
    }
  }
  const shares: Partial<Record<RuleId, number>> = {};
  for (const [rule, size] of Object.entries(totals) as [RuleId, number][]) shares[rule] = all > 0 ? size / all : 0;
  const group = (ids: readonly RuleId[]) => ids.reduce((s, id) => s + (shares[id] ?? 0), 0);
  return { shares, articleForces: group(RULE_GROUPS.articleForces), unstatedLevers: group(RULE_GROUPS.unstatedLevers) };
}

/** Mean of a paired difference and twice its standard error: what 'within the noise' allows. */
export function pairedDifference(a: readonly number[], b: readonly number[]): { mean: number; noise: number } {
  const n = Math.min(a.length, b.length);
  if (n === 0) return { mean: 0, noise: 0 };
  const d = Array.from({ length: n }, (_, i) => a[i]! - b[i]!);
  const mean = d.reduce((s, x) => s + x, 0) / n;
  const variance = n > 1 ? d.reduce((s, x) => s + (x - mean) ** 2, 0) / (n - 1) : 0;
  return { mean, noise: 2 * Math.sqrt(variance / n) };
}

// ---- The conditions ----

/** All the figures of one level at one difficulty. */
export interface LevelFigures {
  level: string;
  difficulty: string;
  policies: Record<string, { figures: PolicyFigures; games: GameSummary[] }>;
  fixedPlan: { plan: FixedPlan; figures: PolicyFigures } | null;
  movement: MovementFigures | null;
  /** Per lever: seeds where the choice can be made, and the share of those where it changes a December stance. */
  levers: Record<LeverChoice, { seeds: number; changed: number }> | null;
  /** Per member: mean December loyalty gained by coercing it every month, and the share of seeds it was lifted into `backs`. */
  coercion: Record<MemberId, { loyaltyGain: number; liftedIntoBacks: number }> | null;
  /** The level's scoring of the two closest stances. */
  stanceScore: { backs: number; leans: number };
  confrontationEvents: string[];
}

export interface Condition {
  id: string;
  text: string;
  pass: boolean;
  figure: string;
}

const pct = (x: number) => `${Math.round(x * 100)}%`;
const num = (x: number) => (Math.round(x * 10) / 10).toFixed(1);

/** The conditions on one level's figures (at standard, with the other difficulties for the steps). */
export function conditions(byDifficulty: Record<string, LevelFigures>, standard = 'standard'): Condition[] {
  const std = byId(byDifficulty, standard);
  if (!std) return [];
  const out: Condition[] = [];
  const add = (id: string, text: string, pass: boolean, figure: string) => out.push({ id: `${std.level}:${id}`, text, pass, figure });
  const search = std.policies.search;
  const noCoerce = std.policies['search-no-coerce'];
  const passive = std.policies.passive;

  if (search && noCoerce) {
    const wins = pairedDifference(search.games.map((g) => Number(g.win)), noCoerce.games.map((g) => Number(g.win)));
    const scores = pairedDifference(search.games.map((g) => g.score), noCoerce.games.map((g) => g.score));
    add('coercion-does-not-pay', 'search with coercion wins no more often and scores no higher than without (within noise)',
      wins.mean <= wins.noise && scores.mean <= scores.noise,
      `win ${pct(search.figures.winRate)} vs ${pct(noCoerce.figures.winRate)} (noise ±${pct(wins.noise)}), score ${num(search.figures.meanScore)} vs ${num(noCoerce.figures.meanScore)} (noise ±${num(scores.noise)})`);
  }
  if (std.coercion) {
    const gains = MEMBERS.map((id) => std.coercion![id].loyaltyGain);
    add('coercion-backfires', 'coercing a member every month ends with its loyalty lower than never coercing it, for every member',
      gains.every((g) => g < 0), MEMBERS.map((id, i) => `${id} ${gains[i]! >= 0 ? '+' : ''}${num(gains[i]!)}`).join(', '));
    const lifted = MEMBERS.map((id) => std.coercion![id].liftedIntoBacks);
    add('coercion-never-into-backs', 'coercion never lifts a member into backs, that month or later',
      lifted.every((x) => x === 0), MEMBERS.map((id, i) => `${id} ${pct(lifted[i]!)}`).join(', '));
  }
  if (std.movement) {
    add('article-forces-decide', "the article's forces make up at least 35% of loyalty movement from rules in search play", std.movement.articleForces >= 0.35, pct(std.movement.articleForces));
    add('unstated-levers-small', 'aid and coercion make up at most 25%', std.movement.unstatedLevers <= 0.25, pct(std.movement.unstatedLevers));
  }
  if (std.levers) {
    for (const lever of LEVER_CHOICES) {
      const l = std.levers[lever];
      if (l.seeds === 0) {
        out.push({ id: `${std.level}:lever-${lever}`, text: `${LEVER_LABELS[lever]} changes a December stance on at least 20% of seeds`, pass: true, figure: 'not on this level' });
        continue;
      }
      add(`lever-${lever}`, `${LEVER_LABELS[lever]} changes a December stance on at least 20% of seeds`, l.changed >= 0.2, `${pct(l.changed)} of ${l.seeds}`);
    }
  }
  if (std.fixedPlan && search) {
    add('fixed-plan-loses', 'the best fixed plan wins at most 40% of seeds', std.fixedPlan.figures.winRate <= 0.4, pct(std.fixedPlan.figures.winRate));
    add('search-wins-55-85', 'search wins 55–85% of seeds', search.figures.winRate >= 0.55 && search.figures.winRate <= 0.85, pct(search.figures.winRate));
  }
  if (search) add('search-patterns', 'search play ends in at least 8 distinct stance patterns', search.figures.patterns >= 8, String(search.figures.patterns));
  if (passive) add('passive-article-picture', "passive play ends in the article's picture (C1) on at least 95% of seeds", passive.figures.articlePicture >= 0.95, pct(passive.figures.articlePicture));
  const rate = (d: string) => byId(byDifficulty, d)?.policies.search?.figures.winRate;
  const g = rate('gentle');
  const h = rate('hard');
  const s = search?.figures.winRate;
  if (g !== undefined && h !== undefined && s !== undefined) {
    add('difficulty-steps', 'search wins gentle > standard > hard by clear steps (5 points or more)', g - s >= 0.05 && s - h >= 0.05, `${pct(g)} > ${pct(s)} > ${pct(h)}`);
    add('hard-winnable', 'search wins hard at least 15%', h >= 0.15, pct(h));
  }
  if (search) {
    add('others-rarely-back', 'a member other than Belarus backs at the end in at most 5% of search games', search.figures.othersBackAtEnd <= 0.05, pct(search.figures.othersBackAtEnd));
    add('belarus-rarely-backs', 'Belarus backs at the end in at most 30% of search games', search.figures.backsAtEnd.BLR <= 0.3, pct(search.figures.backsAtEnd.BLR));
  }
  add('lean-scores-like-backing', 'scoring rewards a lean about as well as open backing (at most 5 points apart)', std.stanceScore.backs - std.stanceScore.leans <= 5,
    `backs ${std.stanceScore.backs}, leans ${std.stanceScore.leans}`);
  return out;
}

/** One level and difficulty's figures from its games and its fixed plan. */
export function assembleFigures(level: Level, difficulty: string, games: Record<string, GameSummary[]>, plan: PlanResult | null): LevelFigures {
  return {
    level: level.id,
    difficulty,
    policies: Object.fromEntries(Object.entries(games).map(([name, g]) => [name, { figures: policyFigures(g), games: g }])),
    fixedPlan: plan ? { plan: plan.plan, figures: policyFigures(plan.games) } : null,
    movement: games.search ? movementFigures(games.search) : null,
    levers: plan?.levers ?? null,
    coercion: plan?.coercion ?? null,
    stanceScore: { backs: level.score.stance.backs, leans: level.score.stance.leans },
    confrontationEvents: confrontationEvents(level),
  };
}

export interface AuditSettings {
  seeds: readonly number[];
  /** The search's playouts a month. */
  budget: number;
  train: readonly number[];
  /** Playouts a month for the fixed plan's search. */
  planBudget: number;
}

/** Everything the audit measures for one level and difficulty, in this thread (the audit spreads the same work over workers). */
export function measureLevel(level: Level, difficulty: string, settings: AuditSettings): LevelFigures {
  const games: Record<string, GameSummary[]> = {};
  for (const { name, spec } of AUDITED_POLICIES) {
    const withBudget = spec.policy === 'search' ? { ...spec, budget: settings.budget } : spec;
    games[name] = settings.seeds.map((seed) => summarise(level, playPolicy(level, difficulty, seed, withBudget)));
  }
  return assembleFigures(level, difficulty, games, planFigures(level, difficulty, settings.train, settings.seeds, settings.planBudget));
}

/** C13 across levels: some level has a confrontation with NATO, in which nobody backs Moscow and their distance grows. */
export function confrontationCondition(levels: readonly LevelFigures[]): Condition {
  const found = levels.filter((l) => l.confrontationEvents.length > 0);
  const months = found.flatMap((l) => l.policies.search?.games.flatMap((g) => g.confrontations) ?? []);
  const backs = months.filter((m) => m.backs).length;
  const grows = months.filter((m) => m.change < 0).length;
  const meanChange = months.reduce((sum, m) => sum + m.change, 0) / Math.max(1, months.length);
  // Other orders that month may still draw one member closer; the alliance as a whole must move away.
  const pass = found.length > 0 && months.length > 0 && backs === 0 && meanChange < 0;
  const names = found.flatMap((l) => l.confrontationEvents).filter((id, i, all) => all.indexOf(id) === i).join(', ');
  const figure = found.length === 0 ? 'no level has one' : `${names}: ${months.length} months in search play, someone backs in ${backs}, summed loyalty ${meanChange >= 0 ? '+' : ''}${num(meanChange)} on average, falls in ${grows}`;
  return { id: 'nato-confrontation', text: 'a confrontation with NATO (C13): no member backs Russia in it and, summed over members, their distance grows', pass, figure };
}
