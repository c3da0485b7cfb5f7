// What a class's games come to: a row per player, then, for each level played, the endings,
// the levers and what followed them, the factors that moved members, and questions drawn
// from these very games. Pure: the results page renders it, the tests recount it.
import { MEMBER_LEVERS, MEMBERS, stanceRank, type Action, type GameState, type Level, type MemberId, type RuleId, type Stance } from '../engine';
import type { PlayedResult } from './result-code';

/** Orders by kind, as the game's words name them (`action.<kind>`). */
export const ORDER_KINDS = [
  'economicAid', 'securityHelp', 'coerce', 'pressRecognition', 'demandSolidarity', 'answerCrisisCall',
  'stopArmsToAzerbaijan', 'resumeArmsToAzerbaijan', 'nordicLine.principled', 'nordicLine.blindEye', 'hostSummit',
  'redeploy.reserve', 'redeploy.ukraine',
] as const;
export type OrderKind = (typeof ORDER_KINDS)[number];

export function orderKind(action: Action): OrderKind | null {
  if (action.type === 'endTurn') return null;
  if (action.type === 'nordicLine') return `nordicLine.${action.line}`;
  if (action.type === 'redeploy') return `redeploy.${action.to}`;
  return action.type;
}

export type RowOutcome = 'win' | 'loss' | 'unfinished';

export interface ResultRow {
  /** Place among the games read, from 0. */
  index: number;
  code: string;
  name: string;
  level: string;
  difficulty: string;
  seed: number;
  whatIf: boolean;
  outcome: RowOutcome;
  score: number;
  /** Months played: all of them for a finished game. */
  months: number;
  stances: Record<MemberId, Stance>;
  loyalty: Record<MemberId, number>;
  orders: Record<OrderKind, number>;
}

export interface Ending {
  stances: Record<MemberId, Stance>;
  count: number;
  /** Of the level's finished games. */
  share: number;
  wins: number;
  rows: number[];
}

export interface LeverUse {
  kind: OrderKind;
  /** Orders of this kind given, all games together. */
  orders: number;
  /** Games that gave it at least once. */
  players: number;
  share: number;
}

export type ChoiceKind = 'answerCall' | 'nordicLine' | 'stopArms' | 'memberLever' | 'summit' | 'redeploy';

/** Among one side of a choice: how many, how many ended well, and the mean of the figure behind it. */
export interface Side {
  count: number;
  good: number;
  /** good / count, or null for nobody. */
  rate: number | null;
  /** Mean final loyalty of the member concerned, or mean score for a choice about the whole alliance. */
  mean: number | null;
}

export interface Choice {
  id: string;
  kind: ChoiceKind;
  order: OrderKind;
  /** The member it concerns; null for a choice about the whole alliance. */
  member: MemberId | null;
  /** For a call: the month it came in. */
  turn: number | null;
  /** What counts as having followed: the member concerned backing or leaning at the end, or the game won. */
  measure: 'orbit' | 'win';
  /** Games in which it could be made, and how many made it. */
  eligible: number;
  made: number;
  share: number;
  makers: Side;
  others: Side;
  /** Rows that made it. */
  rows: number[];
}

export interface FactorWeight {
  rule: RuleId;
  /** Summed absolute size over every member and month of every finished game. */
  total: number;
  net: number;
  /** Of all movement by every rule. */
  share: number;
  byMember: Record<MemberId, number>;
}

export type Prompt =
  | { kind: 'same-seed'; a: number; b: number; seed: number; difficulty: string; scoreGap: number; members: MemberId[]; orders: OrderKind[] }
  | { kind: 'common-ending'; ending: Ending; finished: number }
  | { kind: 'choice'; choice: Choice }
  | { kind: 'unmoved'; member: MemberId; stance: Stance; games: number; ordered: number }
  | { kind: 'top-factor'; factor: FactorWeight };

export interface LevelGroup {
  level: Level;
  rows: number[];
  /** Rows of finished games: the class figures count only these. */
  finishedRows: number[];
  endings: Ending[];
  levers: LeverUse[];
  choices: Choice[];
  factors: FactorWeight[];
  prompts: Prompt[];
}

export interface ClassResults {
  rows: ResultRow[];
  /** One per level played, the most played first. */
  groups: LevelGroup[];
}

const perMember = <T>(value: (id: MemberId) => T): Record<MemberId, T> =>
  ({ ARM: value('ARM'), BLR: value('BLR'), KAZ: value('KAZ'), KGZ: value('KGZ'), TJK: value('TJK') });

const noOrders = (): Record<OrderKind, number> => Object.fromEntries(ORDER_KINDS.map((k) => [k, 0])) as Record<OrderKind, number>;

export function resultRow(result: PlayedResult, index: number): ResultRow {
  const { state } = result;
  const orders = noOrders();
  for (const { action } of state.actions) {
    const kind = orderKind(action);
    if (kind) orders[kind]++;
  }
  return {
    index,
    code: result.code,
    name: result.name,
    level: result.level.id,
    difficulty: result.difficulty,
    seed: result.seed,
    whatIf: result.whatIf,
    outcome: state.phase === 'over' && state.result ? state.result.outcome : 'unfinished',
    score: state.result?.score ?? state.score,
    months: state.log.length,
    stances: perMember((id) => state.members[id].stance),
    loyalty: perMember((id) => state.members[id].loyalty),
    orders,
  };
}

export const endingKey = (stances: Record<MemberId, Stance>): string => MEMBERS.map((id) => stances[id]).join(',');
const closeness = (stances: Record<MemberId, Stance>) => MEMBERS.reduce((sum, id) => sum + stanceRank(stances[id]), 0);
const inOrbit = (stance: Stance) => stanceRank(stance) <= stanceRank('leans');

function endingsOf(rows: readonly ResultRow[]): Ending[] {
  const byKey = new Map<string, Ending>();
  for (const row of rows) {
    const key = endingKey(row.stances);
    let ending = byKey.get(key);
    if (!ending) {
      ending = { stances: { ...row.stances }, count: 0, share: 0, wins: 0, rows: [] };
      byKey.set(key, ending);
    }
    ending.count++;
    if (row.outcome === 'win') ending.wins++;
    ending.rows.push(row.index);
  }
  const endings = [...byKey.values()];
  for (const e of endings) e.share = e.count / rows.length;
  // Most frequent first; among equals, the ending closest to Moscow.
  return endings.sort((a, b) => b.count - a.count || closeness(a.stances) - closeness(b.stances));
}

function leverUse(rows: readonly ResultRow[]): LeverUse[] {
  return ORDER_KINDS.map((kind) => {
    const players = rows.filter((r) => r.orders[kind] > 0).length;
    return { kind, orders: rows.reduce((sum, r) => sum + r.orders[kind], 0), players, share: rows.length ? players / rows.length : 0 };
  });
}

interface Game {
  row: ResultRow;
  state: GameState;
}

function side(games: readonly Game[], measure: Choice['measure'], member: MemberId | null): Side {
  if (games.length === 0) return { count: 0, good: 0, rate: null, mean: null };
  const good = games.filter((g) => (measure === 'orbit' ? inOrbit(g.row.stances[member!]) : g.row.outcome === 'win')).length;
  const figure = (g: Game) => (measure === 'orbit' ? g.row.loyalty[member!] : g.row.score);
  return { count: games.length, good, rate: good / games.length, mean: games.reduce((sum, g) => sum + figure(g), 0) / games.length };
}

function choice(spec: Omit<Choice, 'eligible' | 'made' | 'share' | 'makers' | 'others' | 'rows'>, eligible: readonly Game[], made: (g: Game) => boolean): Choice {
  const makers = eligible.filter(made);
  const others = eligible.filter((g) => !made(g));
  return {
    ...spec,
    eligible: eligible.length,
    made: makers.length,
    share: eligible.length ? makers.length / eligible.length : 0,
    makers: side(makers, spec.measure, spec.member),
    others: side(others, spec.measure, spec.member),
    rows: makers.map((g) => g.row.index),
  };
}

/** The month a call came in: the latest news of its event no later than its deadline. */
function callTurn(state: GameState, source: string, deadline: number): number | null {
  let turn: number | null = null;
  for (const record of state.log) for (const item of record.events) if (item.event === source && item.turn <= deadline) turn = item.turn;
  return turn;
}

const gave = (state: GameState, test: (a: Action) => boolean) => state.actions.some(({ action }) => test(action));

/** The member an order is aimed at: a member lever's, or the member whose call it answers. */
function aimedAt(state: GameState, action: Action): MemberId | null {
  if (action.type === 'answerCrisisCall') return state.requests.find((r) => r.id === action.request)?.member ?? null;
  return action.member ?? null;
}

function choicesOf(level: Level, games: readonly Game[]): Choice[] {
  const out: Choice[] = [];
  // Every call for help that came in some game, in the order the calls came.
  const calls: { id: string; member: MemberId | null; turn: number | null }[] = [];
  for (const { state } of games) {
    for (const r of state.requests) {
      if (r.kind !== 'crisisCall' || calls.some((c) => c.id === r.id)) continue;
      calls.push({ id: r.id, member: r.member, turn: callTurn(state, r.source, r.deadline) });
    }
  }
  calls.sort((a, b) => (a.turn ?? 0) - (b.turn ?? 0));
  for (const call of calls) {
    const eligible = games.filter((g) => g.state.requests.some((r) => r.id === call.id));
    out.push(choice({ id: `call:${call.id}`, kind: 'answerCall', order: 'answerCrisisCall', member: call.member, turn: call.turn, measure: call.member ? 'orbit' : 'win' }, eligible,
      (g) => g.state.requests.some((r) => r.id === call.id && r.status === 'answered')));
  }
  const nordic = games.filter((g) => g.state.requests.some((r) => r.kind === 'nordicLine'));
  if (nordic.length > 0) {
    for (const line of ['principled', 'blindEye'] as const) {
      out.push(choice({ id: `nordic:${line}`, kind: 'nordicLine', order: `nordicLine.${line}`, member: null, turn: null, measure: 'win' }, nordic, (g) => g.state.nordicLine === line));
    }
  }
  if (level.armsToAzerbaijan) {
    const armed = MEMBERS.find((id) => level.members[id].adversaryArmed) ?? null;
    out.push(choice({ id: 'arms:stop', kind: 'stopArms', order: 'stopArmsToAzerbaijan', member: armed, turn: null, measure: armed ? 'orbit' : 'win' }, games, (g) => g.row.orders.stopArmsToAzerbaijan > 0));
  }
  for (const lever of MEMBER_LEVERS) {
    for (const member of MEMBERS) {
      out.push(choice({ id: `lever:${lever}:${member}`, kind: 'memberLever', order: lever, member, turn: null, measure: 'orbit' }, games,
        (g) => gave(g.state, (a) => a.type === lever && a.member === member)));
    }
  }
  out.push(choice({ id: 'summit', kind: 'summit', order: 'hostSummit', member: null, turn: null, measure: 'win' }, games, (g) => g.row.orders.hostSummit > 0));
  for (const to of ['reserve', 'ukraine'] as const) {
    out.push(choice({ id: `redeploy:${to}`, kind: 'redeploy', order: `redeploy.${to}`, member: null, turn: null, measure: 'win' }, games, (g) => g.row.orders[`redeploy.${to}`] > 0));
  }
  return out;
}

/** How far apart the two sides of a choice ended, or -1 when one side is empty. */
export function contrast(choice: Choice): number {
  return choice.makers.rate === null || choice.others.rate === null ? -1 : Math.abs(choice.makers.rate - choice.others.rate);
}

function factorsOf(games: readonly Game[]): FactorWeight[] {
  const weights: Partial<Record<RuleId, FactorWeight>> = {};
  let all = 0;
  for (const { state } of games) {
    for (const record of state.log) {
      for (const id of MEMBERS) {
        for (const f of record.members[id].factors) {
          const w = (weights[f.rule] ??= { rule: f.rule, total: 0, net: 0, share: 0, byMember: perMember(() => 0) });
          w.total += Math.abs(f.size);
          w.net += f.size;
          w.byMember[id] += f.size;
          all += Math.abs(f.size);
        }
      }
    }
  }
  const list = Object.values(weights) as FactorWeight[];
  for (const w of list) w.share = all > 0 ? w.total / all : 0;
  return list.sort((a, b) => b.total - a.total);
}

const stanceGap = (a: ResultRow, b: ResultRow) => MEMBERS.filter((id) => a.stances[id] !== b.stances[id]);

function samePrompt(rows: readonly ResultRow[]): Prompt | null {
  let best: { a: ResultRow; b: ResultRow; gap: number; members: MemberId[] } | null = null;
  for (let i = 0; i < rows.length; i++) {
    for (let j = i + 1; j < rows.length; j++) {
      const a = rows[i]!, b = rows[j]!;
      if (a.seed !== b.seed || a.difficulty !== b.difficulty) continue;
      const gap = Math.abs(a.score - b.score);
      const members = stanceGap(a, b);
      if (gap === 0 && members.length === 0) continue;
      if (!best || gap > best.gap || (gap === best.gap && members.length > best.members.length)) best = { a, b, gap, members };
    }
  }
  if (!best) return null;
  // The better game first: the question asks what it did that the other did not.
  const [a, b] = best.a.score >= best.b.score ? [best.a, best.b] : [best.b, best.a];
  const orders = ORDER_KINDS.filter((k) => a.orders[k] !== b.orders[k])
    .sort((x, y) => Math.abs(b.orders[y] - a.orders[y]) - Math.abs(b.orders[x] - a.orders[x]))
    .slice(0, 3);
  return { kind: 'same-seed', a: a.index, b: b.index, seed: a.seed, difficulty: a.difficulty, scoreGap: best.gap, members: best.members, orders };
}

function choicePrompt(choices: readonly Choice[]): Prompt | null {
  // Two players or more on each side if the class has them, so one game alone does not make the point.
  for (const least of [2, 1]) {
    let best: Choice | null = null;
    for (const c of choices) {
      if (c.makers.count < least || c.others.count < least) continue;
      if (!best || contrast(c) > contrast(best)) best = c;
    }
    if (best && contrast(best) > 0) return { kind: 'choice', choice: best };
  }
  return null;
}

function unmovedPrompt(rows: readonly ResultRow[], games: readonly Game[]): Prompt | null {
  if (rows.length < 3) return null;
  let best: { member: MemberId; stance: Stance; ordered: number } | null = null;
  for (const member of MEMBERS) {
    const stance = rows[0]!.stances[member];
    if (!rows.every((r) => r.stances[member] === stance)) continue;
    // Games that aimed an order at it: the question is why they made no difference.
    const ordered = games.filter((g) => gave(g.state, (a) => aimedAt(g.state, a) === member)).length;
    if (!best || ordered > best.ordered) best = { member, stance, ordered };
  }
  return best && best.ordered > 0 ? { kind: 'unmoved', ...best, games: rows.length } : null;
}

function promptsOf(rows: readonly ResultRow[], games: readonly Game[], endings: readonly Ending[], choices: readonly Choice[], factors: readonly FactorWeight[]): Prompt[] {
  const prompts: (Prompt | null)[] = [
    samePrompt(rows),
    endings[0] && endings[0].count >= 2 ? { kind: 'common-ending', ending: endings[0], finished: rows.length } : null,
    choicePrompt(choices),
    unmovedPrompt(rows, games),
  ];
  // The habit of the orbit and the news are not Moscow's doing: the question is about a rule its orders feed.
  const top = factors.find((f) => f.rule !== 'orbit' && f.rule !== 'event');
  if (top) prompts.push({ kind: 'top-factor', factor: top });
  return prompts.filter((p): p is Prompt => p !== null);
}

/** The class's figures from its games as read from their codes. */
export function classResults(results: readonly PlayedResult[]): ClassResults {
  const rows = results.map(resultRow);
  const levels: Level[] = [];
  for (const r of results) if (!levels.some((l) => l.id === r.level.id)) levels.push(r.level);
  const groups = levels.map((level): LevelGroup => {
    const mine = results.map((r, i) => ({ row: rows[i]!, state: r.state })).filter((g) => g.row.level === level.id);
    const games = mine.filter((g) => g.row.outcome !== 'unfinished');
    const finished = games.map((g) => g.row);
    const endings = endingsOf(finished);
    const choices = choicesOf(level, games);
    const factors = factorsOf(games);
    return {
      level,
      rows: mine.map((g) => g.row.index),
      finishedRows: finished.map((r) => r.index),
      endings,
      levers: leverUse(finished),
      choices,
      factors,
      prompts: promptsOf(finished, games, endings, choices, factors),
    };
  });
  groups.sort((a, b) => b.rows.length - a.rows.length);
  return { rows, groups };
}
