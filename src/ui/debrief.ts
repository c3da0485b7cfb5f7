// The debrief and the what-if comparison: results, a loyalty chart per timeline,
// the factors that mattered, what happened next and questions for a class.
import { isoMonth, MEMBERS, monthOf, type GameState, type Level, type MemberId, type RuleId } from '../engine';
import { dateName, list, num, shortMonth, signed, t } from '../i18n';
import { isClassGame, type AppState, type GameStore } from '../state/store';
import { classCode } from '../class/class-code';
import { ResultCodeCard } from './class-screens';
import { CopyButton } from './copy-button';
import { useRef } from 'preact/hooks';
import { classGameLink } from './address';
import { claimChips, screenHeader, stanceBadge, tipped } from './common';
import { h, s, type Child, type VNode } from './dom';
import { monthOfTurn } from './game';
import { MEMBER_COLOUR, MEMBER_DASH, MEMBER_MARK } from './palette';
import { actionLabel, difficultyLabel, factorText, levelTitle, memberName, monthWords, objectiveText } from './text';
import type { Nav } from './screens';

/** Dated facts after mid-2022, oldest first. */
export const EPILOGUE: readonly { id: string; date: string }[] = [
  { id: 'armenia-attack', date: '2022-09-13' },
  { id: 'kg-tj-clashes', date: '2022-09-14' },
  { id: 'annexations', date: '2022-09-30' },
  { id: 'rahmon-respect', date: '2022-10-14' },
  { id: 'yerevan-summit', date: '2022-11-23' },
  { id: 'armenia-drills', date: '2023-01-10' },
  { id: 'finland', date: '2023-04-04' },
  { id: 'belarus-nukes', date: '2023-06' },
  { id: 'karabakh', date: '2023-09-19' },
  { id: 'armenia-icc', date: '2023-10-03' },
  { id: 'armenia-freeze', date: '2024-02' },
  { id: 'sweden', date: '2024-03-07' },
];
export const QUESTIONS = 6;

/** How Armenia's call for forces (C6, C7) ended in this game: answered, ignored, or never made. */
function armeniaCall(level: Level, game: GameState): 'answered' | 'ignored' | null {
  const attack = level.events.find((e) => e.effects.some((x) => x.type === 'crisisCall' && x.member === 'ARM') && e.chance === undefined);
  const call = game.requests.find((r) => r.kind === 'crisisCall' && r.member === 'ARM' && (!attack || r.source === attack.id));
  return call?.status === 'answered' ? 'answered' : call?.status === 'ignored' ? 'ignored' : null;
}

/** A question that fits this game: the second asks after coercion as the player used it, the third about Armenia as the player answered it. */
export function questionKey(level: Level, game: GameState, n: number): string {
  if (n === 2 && !game.actions.some((a) => a.action.type === 'coerce')) return 'play.question.2.never';
  if (n === 3 && armeniaCall(level, game) === 'answered') return 'play.question.3.answered';
  return `question.${n}`;
}

/** What this game did beside a fact of what happened next, or null: Armenia's call, beside Armenia turning away. */
export function yourGame(level: Level, game: GameState, fact: string): string | null {
  if (fact !== 'armenia-drills') return null;
  const call = armeniaCall(level, game);
  return call ? t(`play.epilogue.armenia.${call}`) : null;
}

/** Loyalty per member per month: the opening, then after each finished turn. */
function series(level: Level, game: GameState): Record<MemberId, number[]> {
  const out = {} as Record<MemberId, number[]>;
  for (const id of MEMBERS) out[id] = [level.members[id].loyalty, ...game.log.map((r) => r.members[id].loyalty)];
  return out;
}

/** The months a chart spans, for "from May to December": {from}, {fromGen} and {to}. */
function months(level: Level, points: number): Record<'from' | 'fromGen' | 'to', string> {
  const first = monthWords(level, 1);
  return { from: first.month, fromGen: first.monthGen, to: monthWords(level, Math.max(1, points - 1)).month };
}

/** A chart's drawing: its size in its own pixels, the room around the plot, and which months carry a label. */
interface Geometry {
  w: number;
  h: number;
  pad: { l: number; r: number; t: number; b: number };
  /** The least room between two months named under the axis, in the chart's pixels: months closer than that skip names. */
  labelGap: number;
  /** Where the members' keys stand: beside each line's end, or in rows under the chart. */
  key: 'ends' | 'below';
}
/** The chart for a page; on a phone's narrow card the same chart is drawn narrower, so its type stays readable. */
const WIDE: Geometry = { w: 640, h: 300, pad: { l: 44, r: 128, t: 14, b: 30 }, labelGap: 40, key: 'ends' };
const NARROW: Geometry = { w: 360, h: 330, pad: { l: 34, r: 14, t: 14, b: 80 }, labelGap: 40, key: 'below' };
/** Under a narrow chart, its keys in rows of this many, each row this tall. */
const KEY_COLUMNS = 2;
const KEY_ROW = 16;
/** The least room between two value labels on the chart's side, in the chart's own pixels: about a line of its type. */
export const TICK_GAP = 12;

function marker(kind: (typeof MEMBER_MARK)[number], x: number, y: number, colour: string, ...children: Child[]): VNode {
  const r = 4.5;
  switch (kind) {
    case 'circle':
      return s('circle', { cx: x, cy: y, r, fill: colour }, ...children);
    case 'square':
      return s('rect', { x: x - r, y: y - r, width: 2 * r, height: 2 * r, fill: colour }, ...children);
    case 'triangle':
      return s('path', { d: `M${x},${y - r - 1} L${x + r + 1},${y + r} L${x - r - 1},${y + r} Z`, fill: colour }, ...children);
    case 'diamond':
      return s('path', { d: `M${x},${y - r - 1} L${x + r + 1},${y} L${x},${y + r + 1} L${x - r - 1},${y} Z`, fill: colour }, ...children);
    case 'cross':
      return s('path', { d: `M${x - r},${y - r} L${x + r},${y + r} M${x - r},${y + r} L${x + r},${y - r}`, stroke: colour, 'stroke-width': 2.5 }, ...children);
  }
}

/** A drawing of the loyalty chart: lines differ by colour, dash and marker, and a key names each, beside its end or under the chart. */
function chartSvg(level: Level, game: GameState, data: Record<MemberId, number[]>, title: string, id: string, g: Geometry, className: string): VNode {
  const { w: W, h: H, pad: PAD } = g;
  const n = game.log.length + 1;
  // The axis spans the whole level, so charts of two timelines line up month by month.
  const span = Math.max(n, level.turns + 1);
  const x = (i: number) => PAD.l + (i / (span - 1)) * (W - PAD.l - PAD.r);
  const y = (v: number) => PAD.t + ((100 - v) / 200) * (H - PAD.t - PAD.b);
  const b = level.stanceBounds;
  const parts: Child[] = [];
  parts.push(s('title', { id: `${id}-title` }, title));
  parts.push(s('desc', { id: `${id}-desc` }, t('debrief.chartDesc', { ...months(level, n), leans: b.leans, drifts: b.drifts })));
  // Stance bands behind the lines.
  parts.push(s('rect', { x: PAD.l, y: y(100), width: W - PAD.l - PAD.r, height: y(b.leans) - y(100), class: 'band-up' }));
  parts.push(s('rect', { x: PAD.l, y: y(b.drifts), width: W - PAD.l - PAD.r, height: y(-100) - y(b.drifts), class: 'band-down' }));
  for (const v of [100, 50, b.leans, 0, b.drifts, -50, -100]) {
    parts.push(s('line', { x1: PAD.l, x2: W - PAD.r, y1: y(v), y2: y(v), class: v === 0 ? 'axis zero' : 'axis' }));
    // A round value's label gives way to a stance line's close by, which would overlap it.
    const crowded = (v === 50 || v === -50) && [b.leans, b.drifts].some((line) => line !== v && Math.abs(y(line) - y(v)) < TICK_GAP);
    if (!crowded) parts.push(s('text', { x: PAD.l - 6, y: y(v) + 4, class: 'tick', 'text-anchor': 'end' }, num(v)));
  }
  const every = Math.ceil(g.labelGap / (x(1) - x(0)));
  for (let i = 0; i < span; i += every) {
    // Point 0 is the opening; point i the loyalty after month i.
    const label = i === 0 ? t('debrief.opening') : shortMonth(monthOf(level, i).year, monthOf(level, i).month);
    parts.push(s('text', { x: x(i), y: H - PAD.b + 22, class: 'tick', 'text-anchor': 'middle' }, label));
  }
  const ends: { id: MemberId; y: number }[] = [];
  MEMBERS.forEach((member, k) => {
    const values = data[member];
    const d = values.map((v, i) => `${i === 0 ? 'M' : 'L'}${x(i).toFixed(1)},${y(v).toFixed(1)}`).join(' ');
    parts.push(s('g', { class: 'series', 'data-member': member },
      s('path', { d, fill: 'none', stroke: MEMBER_COLOUR[k], 'stroke-width': 2.5, 'stroke-dasharray': MEMBER_DASH[k] || undefined }),
      values.map((v, i) => marker(MEMBER_MARK[k]!, x(i), y(v), MEMBER_COLOUR[k]!, s('title', {}, `${memberName(member)}, ${i === 0 ? t('debrief.opening') : monthWords(level, i).month}: ${num(v)}`)))));
    ends.push({ id: member, y: y(values[values.length - 1]!) });
  });
  // A key for each line: a sample of its dash and marker, then the name.
  const key = (member: MemberId, x0: number, y0: number) => {
    const k = MEMBERS.indexOf(member);
    parts.push(s('line', { x1: x0, x2: x0 + 24, y1: y0, y2: y0, stroke: MEMBER_COLOUR[k], 'stroke-width': 2.5, 'stroke-dasharray': MEMBER_DASH[k] || undefined }));
    parts.push(marker(MEMBER_MARK[k]!, x0 + 12, y0, MEMBER_COLOUR[k]!));
    parts.push(s('text', { x: x0 + 30, y: y0 + 4, class: 'end-label' }, memberName(member)));
  };
  if (g.key === 'below') {
    const column = (W - PAD.l) / KEY_COLUMNS;
    MEMBERS.forEach((member, k) => key(member, PAD.l + (k % KEY_COLUMNS) * column, H - PAD.b + 42 + Math.floor(k / KEY_COLUMNS) * KEY_ROW));
  } else {
    // Beside each line's end, nudged apart so they never overlap.
    ends.sort((a, b2) => a.y - b2.y);
    for (let i = 1; i < ends.length; i++) if (ends[i]!.y - ends[i - 1]!.y < 14) ends[i]!.y = ends[i - 1]!.y + 14;
    for (const e of ends) key(e.id, W - PAD.r + 10, e.y);
  }
  return s('svg', { viewBox: `0 0 ${W} ${H}`, class: className, role: 'img', 'aria-labelledby': `${id}-title ${id}-desc` }, parts);
}

/** The loyalty chart, drawn wide and narrow (the card's width shows one), with its caption and its data as a table. */
export function loyaltyChart(level: Level, game: GameState, title: string, id: string): VNode {
  const data = series(level, game);
  const n = game.log.length + 1;
  const b = level.stanceBounds;
  const svg = h('div', { class: 'chart-box' }, chartSvg(level, game, data, title, id, WIDE, 'chart'), chartSvg(level, game, data, title, `${id}-narrow`, NARROW, 'chart chart-narrow'));
  const table = h(
    'details',
    { class: 'chart-data' },
    h('summary', null, t('debrief.chartTable')),
    h(
      'table',
      null,
      h('thead', null, h('tr', null, h('th', { scope: 'col' }, t('whatif.month')), MEMBERS.map((m) => h('th', { scope: 'col' }, memberName(m))))),
      h(
        'tbody',
        null,
        Array.from({ length: n }, (_, i) => h('tr', null, h('th', { scope: 'row' }, i === 0 ? t('debrief.opening') : monthOfTurn(level, i)), MEMBERS.map((m) => h('td', null, num(data[m][i]!))))),
      ),
    ),
  );
  return h('figure', { class: 'chart-figure' }, svg, h('figcaption', { class: 'hint' }, t('debrief.chartDesc', { ...months(level, n), leans: b.leans, drifts: b.drifts })), table);
}

interface Weight {
  rule: RuleId;
  net: number;
  total: number;
  byMember: Partial<Record<MemberId, number>>;
  ref?: string;
}

/** Sum of each factor over the whole game, largest first. */
export function factorsThatMattered(game: GameState): Weight[] {
  const weights = new Map<string, Weight>();
  for (const record of game.log) {
    for (const id of MEMBERS) {
      for (const f of record.members[id].factors) {
        const key = f.rule === 'event' ? `event:${f.ref}` : f.rule;
        let w = weights.get(key);
        if (!w) weights.set(key, (w = { rule: f.rule, net: 0, total: 0, byMember: {}, ...(f.ref ? { ref: f.ref } : {}) }));
        w.net += f.size;
        w.total += Math.abs(f.size);
        w.byMember[id] = (w.byMember[id] ?? 0) + f.size;
      }
    }
  }
  return [...weights.values()].sort((a, b) => b.total - a.total);
}

/** What happened after the level's last month: the game's own months are its news. */
export function epilogueAfter(level: Level): typeof EPILOGUE {
  const last = isoMonth(level, level.turns);
  return EPILOGUE.filter((e) => e.date.slice(0, 7) > last);
}

/** The printed page's head: who played what, when. */
function printHead(state: AppState, levels: Readonly<Record<string, Level>>): VNode {
  const { game, level } = state;
  const today = new Intl.DateTimeFormat(state.settings.lang, { dateStyle: 'long' }).format(new Date());
  const row = (label: string, value: string) => [h('dt', null, label), h('dd', null, value)];
  return h('header', { class: 'print-only print-head', 'data-testid': 'print-head' },
    h('p', { class: 'print-title' }, t('app.title')),
    h('dl', null,
      row(t('print.name'), state.playerName || '—'),
      row(t('print.level'), levelTitle(level)),
      row(t('print.difficulty'), difficultyLabel(level, game.difficulty)),
      isClassGame(state.classGame, game) ? row(t('class.chip'), classCode(levels, state.classGame!)) : [],
      row(t('print.date'), today)));
}

/** The player's orders, month by month: what the discussion asks about. */
function ordersByMonth(level: Level, game: GameState): VNode {
  return h('section', { class: 'card orders-by-month' },
    h('h2', null, t('debrief.orders')),
    h('ol', { class: 'month-orders' }, monthOrders(level, game)));
}

/** One item a month: its orders, or that there were none. */
function monthOrders(level: Level, game: GameState): VNode[] {
  return game.log.map((r) => {
    const acts = r.actions.filter((a) => a.type !== 'endTurn');
    return h('li', null, h('strong', null, monthOfTurn(level, r.turn)), ': ', acts.length ? list(acts.map((a) => actionLabel(game, a, true))) : t('log.noOrders'));
  });
}

export function debriefScreen(state: AppState, store: GameStore, nav: Nav, levels: Readonly<Record<string, Level>>): Child {
  const { game, level } = state;
  const result = game.result;
  if (!result) return [screenHeader(t('debrief.heading'), { label: nav.backLabel(), action: nav.back }), h('p', { class: 'screen-body' }, t('whatif.noBranch'))];
  const win = result.outcome === 'win';
  const top = factorsThatMattered(game).slice(0, 6);
  return [
    screenHeader(t('debrief.heading'), { label: t('nav.backToMenu'), action: () => store.getState().show('title') }, 'debrief-menu'),
    h(
      'div',
      { class: 'screen-body debrief' },
      printHead(state, levels),
      state.branch
        ? h('div', { class: 'branch-banner', role: 'status' },
            h('span', null, t('whatif.banner', monthWords(level, state.branch.fromTurn))),
            h('span', { class: 'banner-actions' },
              h('button', { type: 'button', class: 'btn small primary', key: 'debrief-compare', on: { click: () => store.getState().show('whatif') } }, t('whatif.compare')),
              h('button', { type: 'button', class: 'btn small', key: 'debrief-discard', on: { click: () => { store.getState().closeBranch(false); store.getState().show('game'); } } }, t('whatif.discard')),
            ))
        : null,
      h('section', { class: `card result ${win ? 'win' : 'loss'}`, 'data-testid': 'result', 'data-outcome': result.outcome },
        h('h2', null, h('span', { 'aria-hidden': 'true' }, win ? '✓ ' : '✕ '), win ? t('debrief.win') : t('debrief.loss')),
        h('p', null, t(result.reason === 'collapse' ? 'debrief.collapse' : 'debrief.end', monthWords(level, game.turn))),
        h('p', { class: 'what-if-mark', 'data-testid': 'what-if-mark', 'data-used': String(state.whatIfUsed) }, t(state.whatIfUsed ? 'debrief.whatIfUsed' : 'debrief.whatIfUnused')),
        h('p', { class: 'score' }, tipped(t('debrief.score', { value: num(result.score) }), t('debrief.scoreTip', { value: num(result.score) }), { class: 'tip-target score-value' })),
        h('h3', null, t('debrief.objectives')),
        h('ul', { class: 'objectives' }, level.objectives.map((o) => {
          const met = result.met.includes(o.id);
          return h('li', { class: met ? 'met' : 'missed' }, h('span', { 'aria-hidden': 'true' }, met ? '✓ ' : '✕ '), objectiveText(level, o.id), ' — ', h('strong', null, met ? t('debrief.met') : t('debrief.missed')));
        })),
        h('h3', null, t('debrief.final')),
        h('ul', { class: 'final-stances' }, MEMBERS.map((id) => h('li', null, h('span', { class: 'final-name' }, memberName(id)), stanceBadge(game.members[id].stance), h('span', { class: 'final-loyalty', 'data-tip': t('game.loyaltyTip', { name: memberName(id), value: num(game.members[id].loyalty), stance: t(`stance.desc.${game.members[id].stance}`) }) }, num(game.members[id].loyalty))))),
      ),
      h('section', { class: 'card chart-card' }, h('h2', null, t('debrief.chart')), loyaltyChart(level, game, t('debrief.chart'), 'debrief-chart')),
      ordersByMonth(level, game),
      h('section', { class: 'card factors-card' }, h('h2', null, t('debrief.factors')), h('p', { class: 'hint' }, t('debrief.factorsDesc')),
        h('ol', { class: 'mattered' }, top.map((w) => {
          const f = factorText(level, 'ARM', { rule: w.rule, size: w.net, ...(w.ref ? { ref: w.ref } : {}) });
          const most = MEMBERS.filter((id) => w.byMember[id] !== undefined).sort((a, b) => Math.abs(w.byMember[b]!) - Math.abs(w.byMember[a]!)).slice(0, 2);
          return h('li', { 'data-rule': w.rule },
            h('div', { class: 'factor-head' }, h('span', { class: 'factor-name' }, f.name), h('span', { class: 'factor-size', 'data-tip': t('why.sizeTip', { value: signed(Math.round(w.net * 10) / 10) }) }, signed(Math.round(w.net * 10) / 10))),
            h('p', { class: 'hint' }, t(`rule.${w.rule}.explanation`)),
            h('p', null, t('debrief.factorMembers', { list: list(most.map((id) => `${memberName(id)} ${signed(Math.round(w.byMember[id]! * 10) / 10)}`)) })),
            claimChips(f.claims, f.paragraphs));
        })),
      ),
      h('section', { class: 'card epilogue-card' }, h('h2', null, t('debrief.next')), h('p', { class: 'hint' }, t('debrief.nextDesc', monthWords(level, level.turns))),
        h('ol', { class: 'epilogue', 'data-testid': 'epilogue' }, epilogueAfter(level).map((e) => {
          const mine = yourGame(level, game, e.id);
          return h('li', null, h('time', { datetime: e.date }, dateName(e.date)), h('span', null, t(`epilogue.${e.id}`), mine ? [' ', h('em', { class: 'your-game', 'data-testid': `your-game-${e.id}` }, mine)] : null));
        })),
      ),
      h('section', { class: 'card questions-card' }, h('h2', null, t('debrief.questions')), h('ol', { class: 'questions' }, Array.from({ length: QUESTIONS }, (_, i) => h('li', { 'data-question': String(i + 1) }, t(questionKey(level, game, i + 1)))))),
      h(ResultCodeCard, { state, store }),
      // In a class game the class already has its link.
      isClassGame(state.classGame, game) ? null : h(ShareCard, { game }),
      h('div', { class: 'debrief-actions no-print' },
        h('button', { type: 'button', class: 'btn primary', key: 'debrief-print', on: { click: () => window.print() } }, t('debrief.print')),
        h('button', { type: 'button', class: 'btn', key: 'debrief-whatif', on: { click: () => nav.toLog() } }, t('debrief.whatIf')),
        h('button', { type: 'button', class: 'btn', key: 'debrief-again', on: { click: () => store.getState().show('levels') } }, t('debrief.again')),
      ),
    ),
  ];
}

/** The link that gives a class this same game: level, difficulty and events. */
function ShareCard({ game }: { game: GameState }): VNode {
  const link = classGameLink(window.location.href, game);
  const field = useRef<HTMLInputElement>(null);
  return h('section', { class: 'card share no-print' },
    h('h2', null, t('debrief.share.heading')),
    h('p', { class: 'hint' }, t('debrief.share.text')),
    h('div', { class: 'share-row' },
      h('input', { type: 'text', class: 'share-link', readonly: true, value: link, key: 'share-link', ref: field, 'data-testid': 'share-link', 'aria-label': t('debrief.share.label'), on: { focus: (e: Event) => (e.target as HTMLInputElement).select() } }),
      h(CopyButton, { text: () => link, field, label: t('debrief.share.copy'), copied: t('debrief.share.copied'), name: 'share-copy' })));
}

function timeline(level: Level, game: GameState, title: string, id: string, other: GameState): VNode {
  const rows = game.log.map((record, i) => {
    const twin = other.log[i];
    return h('tr', null,
      h('th', { scope: 'row' }, monthOfTurn(level, record.turn)),
      MEMBERS.map((m) => {
        const mine = record.members[m];
        const differs = !twin || twin.members[m].loyalty !== mine.loyalty;
        return h('td', { class: differs ? 'differs' : '', 'data-tip': t('game.loyaltyTip', { name: memberName(m), value: num(mine.loyalty), stance: t(`stance.desc.${mine.stance}`) }) }, stanceBadge(mine.stance), ' ', num(mine.loyalty));
      }),
    );
  });
  return h(
    'section',
    { class: 'card timeline', 'data-timeline': id },
    h('h2', null, title),
    h('p', null, game.result ? (game.result.outcome === 'win' ? t('debrief.win') : t('debrief.loss')) : t('whatif.current', monthWords(level, game.turn)), ' · ', t('whatif.score', { value: num(game.result?.score ?? game.score) })),
    loyaltyChart(level, game, title, `chart-${id}`),
    h('div', { class: 'table-wrap' }, h('table', { class: 'timeline-table' },
      h('thead', null, h('tr', null, h('th', { scope: 'col' }, t('whatif.month')), MEMBERS.map((m) => h('th', { scope: 'col' }, memberName(m))))),
      h('tbody', null, rows))),
    h('h3', null, t('whatif.orders')),
    h('ul', { class: 'timeline-orders' }, monthOrders(level, game)),
  );
}

export function whatIfScreen(state: AppState, store: GameStore, nav: Nav): Child {
  const branch = state.branch;
  if (!branch) {
    return [screenHeader(t('whatif.heading'), { label: nav.backLabel(), action: nav.back }), h('div', { class: 'screen-body' }, h('p', null, t('whatif.noBranch')))];
  }
  const { level } = state;
  // Compare at the last month both timelines have played.
  const common = Math.min(branch.main.log.length, state.game.log.length);
  const mainAt = branch.main.log[common - 1];
  const branchAt = state.game.log[common - 1];
  const difference = mainAt && branchAt
    ? h('section', { class: 'card', 'data-testid': 'difference' },
        h('h2', null, t('whatif.difference')),
        h('p', { class: 'hint' }, t('whatif.at', monthWords(level, mainAt.turn))),
        h('table', { class: 'timeline-table difference' },
          h('thead', null, h('tr', null, h('th', { scope: 'col' }, t('whatif.member')), h('th', { scope: 'col' }, t('whatif.main')), h('th', { scope: 'col' }, t('whatif.branch')), h('th', { scope: 'col' }, t('whatif.change')))),
          h('tbody', null, MEMBERS.map((id) => {
            const a = mainAt.members[id];
            const b = branchAt.members[id];
            const d = Math.round((b.loyalty - a.loyalty) * 10) / 10;
            return h('tr', { class: d !== 0 ? 'differs' : '' },
              h('th', { scope: 'row' }, memberName(id)),
              h('td', null, stanceBadge(a.stance), ' ', num(a.loyalty)),
              h('td', null, stanceBadge(b.stance), ' ', num(b.loyalty)),
              h('td', { class: `delta ${d > 0 ? 'up' : d < 0 ? 'down' : ''}` }, d === 0 ? t('whatif.same') : signed(d)));
          }))))
    : null;
  return [
    screenHeader(t('whatif.heading'), { label: t('nav.backToGame'), action: () => store.getState().show('game') }),
    h('div', { class: 'screen-body' },
      h('p', { class: 'lead' }, t('whatif.from', monthWords(level, branch.fromTurn))),
      difference,
      h('div', { class: 'compare', 'data-testid': 'compare' },
        timeline(level, branch.main, t('whatif.main'), 'main', state.game),
        timeline(level, state.game, t('whatif.branch'), 'branch', branch.main)),
      h('div', { class: 'debrief-actions' },
        h('button', { type: 'button', class: 'btn primary', key: 'compare-back', on: { click: () => store.getState().show('game') } }, t('nav.backToGame')),
        h('button', { type: 'button', class: 'btn', key: 'compare-keep', on: { click: () => { store.getState().closeBranch(true); store.getState().show('game'); } } }, t('whatif.keep')),
        h('button', { type: 'button', class: 'btn', key: 'compare-discard', on: { click: () => { store.getState().closeBranch(false); store.getState().show('game'); } } }, t('whatif.discard')),
      ),
    ),
  ];
}
