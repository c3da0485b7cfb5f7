// The class results: a box for the codes a class hands in, and what their games come to,
// replayed here in the teacher's browser. Shown as a screen of the game and as a page of its own.
import { MEMBERS, monthOf, ruleById, type Level, type MemberId, type Stance } from '../engine';
import { classResults, contrast, ORDER_KINDS, type Choice, type ClassResults, type Ending, type LevelGroup, type OrderKind, type Prompt, type ResultRow } from '../class/results';
import { readCodeList, type ReadCache, type ReadCode } from '../class/code-list';
import { toCsv, type Cell } from '../class/csv';
import { codeErrorText } from '../class/words';
import { currentLang, list, monthName, num, percent, signed, t } from '../i18n';
import { claimChips, screenHeader, stanceBadge } from './common';
import { useLayoutEffect, useReducer, useRef, useState } from 'preact/hooks';
import { h, type Child, type VNode } from './dom';
import { difficultyLabel, levelTitle, memberName, named, stanceShort, stanceWord } from './text';
import type { Nav } from './screens';
import './results.css';

/** What the teacher has pasted, kept while the screen is redrawn; each code is replayed once. */
export interface ResultsSession {
  text: string;
  cache: ReadCache;
  /** A file that could not be taken, for the status line. */
  fileProblem: 'fileFailed' | 'fileTooLarge' | null;
}

export function newResultsSession(text = ''): ResultsSession {
  return { text, cache: new Map(), fileProblem: null };
}

const MAX_FILE = 1024 * 1024;
/** Choices shown before the rest are folded away: the most telling ones. */
const TOP_CHOICES = 10;

interface Read {
  read: ReadCode[];
  skipped: number[];
  results: ClassResults;
}

function readAll(session: ResultsSession, levels: Readonly<Record<string, Level>>): Read {
  // Codes half-typed pile up in the cache; a fresh one costs only a replay of each code.
  if (session.cache.size > 2000) session.cache.clear();
  const { read, skipped } = readCodeList(session.text, levels, session.cache);
  const results = classResults(read.flatMap((r) => (r.kind === 'game' ? [r.result] : [])));
  return { read, skipped, results };
}

// ---- Words ----

function orderLabel(kind: OrderKind): string {
  return kind === 'answerCrisisCall' ? t('results.order.answerCrisisCall') : t(`action.${kind}`);
}

function outcomeText(row: ResultRow, level: Level): string {
  return row.outcome === 'unfinished' ? `${t('results.outcome.unfinished')} (${t('results.unfinishedAt', { months: row.months, turns: level.turns })})` : t(`results.outcome.${row.outcome}`);
}

const nameOf = (row: ResultRow) => row.name || t('results.noName');

/** A month as a label names it, never broken across lines ("май 2022 г."). */
function monthOfTurn(level: Level, turn: number): string {
  const { year, month } = monthOf(level, turn);
  return monthName(year, month).replace(/ /g, '\u00a0');
}

export function choiceLabel(level: Level, choice: Choice): string {
  switch (choice.kind) {
    case 'answerCall':
      return choice.turn === null ? t('results.choice.answerCallUndated', named(choice.member)) : t('results.choice.answerCall', { ...named(choice.member), month: monthOfTurn(level, choice.turn) });
    case 'nordicLine':
      return t(`results.choice.${choice.order}`);
    case 'stopArms':
      return t('results.choice.stopArms');
    case 'memberLever':
      return t(`results.choice.${choice.order}`, named(choice.member));
    case 'summit':
      return t('results.choice.summit');
    case 'redeploy':
      return t(`results.choice.${choice.order}`);
  }
}

const measureText = (choice: Choice) => (choice.measure === 'orbit' && choice.member ? t('results.measure.orbit', named(choice.member)) : t('results.measure.win'));
const ofTotal = (part: number, total: number) => t('results.ofTotal', { part, total, share: percent(total ? part / total : 0) });
const endingText = (stances: Record<MemberId, Stance>) => list(MEMBERS.map((id) => t('results.ending.item', { name: memberName(id), stance: stanceShort(stances[id]) })));

export function promptText(group: LevelGroup, rows: readonly ResultRow[], prompt: Prompt): string {
  switch (prompt.kind) {
    case 'same-seed': {
      const a = rows[prompt.a]!, b = rows[prompt.b]!;
      const orders = prompt.orders.length ? list(prompt.orders.map(orderLabel)) : t('results.prompt.sameSeedNoOrders');
      const main = t('results.prompt.sameSeed', { a: nameOf(a), b: nameOf(b), seed: String(prompt.seed), difficulty: difficultyLabel(group.level, prompt.difficulty), gap: num(prompt.scoreGap), orders });
      return prompt.members.length ? `${main} ${t('results.prompt.sameSeedMembers', { list: list(prompt.members.map((id) => memberName(id))) })}` : main;
    }
    case 'common-ending':
      return t('results.prompt.commonEnding', { count: prompt.ending.count, total: prompt.finished, ending: endingText(prompt.ending.stances) });
    case 'choice': {
      const c = prompt.choice;
      const params = { choice: choiceLabel(group.level, c), makers: percent(c.makers.rate ?? 0), others: percent(c.others.rate ?? 0), ...named(c.member) };
      return t(c.measure === 'orbit' && c.member ? 'results.prompt.choiceOrbit' : 'results.prompt.choiceWin', params);
    }
    case 'unmoved':
      return t('results.prompt.unmoved', { ...named(prompt.member), count: prompt.games, ordered: prompt.ordered, stance: stanceWord(prompt.stance) });
    case 'top-factor':
      return t('results.prompt.topFactor', { rule: t(`rule.${prompt.factor.rule}.name`), share: percent(prompt.factor.share) });
  }
}

// ---- CSV ----

/** Every game as a spreadsheet row, in the page's language; the codes ride along, so the file can be read back. */
export function resultsCsv(results: ClassResults, levels: Readonly<Record<string, Level>>): string {
  const header: Cell[] = [
    t('results.col.name'), t('results.col.level'), t('results.col.difficulty'), t('results.col.seed'), t('results.col.outcome'), t('results.col.score'), t('results.col.months'),
    ...MEMBERS.map((id) => memberName(id)), t('results.col.whatIf'), ...ORDER_KINDS.map(orderLabel), t('results.col.code'),
  ];
  const levelOf = (id: string) => results.groups.find((g) => g.level.id === id)?.level ?? Object.values(levels).find((l) => l.id === id)!;
  const rows = results.rows.map((row): Cell[] => {
    const level = levelOf(row.level);
    return [
      row.name, levelTitle(level), difficultyLabel(level, row.difficulty), row.seed, t(`results.outcome.${row.outcome}`), row.score, row.months,
      ...MEMBERS.map((id) => stanceShort(row.stances[id])), t(row.whatIf ? 'results.yes' : 'results.no'), ...ORDER_KINDS.map((k) => row.orders[k]), row.code,
    ];
  });
  return toCsv([header, ...rows]);
}

function download(text: string, name: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

// ---- Output ----

/** A table that scrolls sideways on a narrow screen, reachable by keyboard when it does. */
function tableWrap(label: string, table: VNode): VNode {
  return h('div', { class: 'table-wrap', role: 'region', 'aria-label': label, tabindex: '0' }, table);
}

function gamesTable(group: LevelGroup, rows: readonly ResultRow[]): VNode {
  const mine = group.rows.map((i) => rows[i]!);
  const varies = (f: (r: ResultRow) => unknown) => new Set(mine.map(f)).size > 1;
  const showDifficulty = varies((r) => r.difficulty);
  const showSeed = varies((r) => r.seed);
  const head = h('tr', null,
    h('th', { scope: 'col' }, t('results.col.name')),
    h('th', { scope: 'col' }, t('results.col.outcome')),
    h('th', { scope: 'col', class: 'num' }, t('results.col.score')),
    showDifficulty ? h('th', { scope: 'col' }, t('results.col.difficulty')) : null,
    showSeed ? h('th', { scope: 'col', class: 'num' }, t('results.col.seed')) : null,
    h('th', { scope: 'col' }, t('results.col.whatIf')),
    MEMBERS.map((id) => h('th', { scope: 'col' }, memberName(id))),
    h('th', { scope: 'col' }, t('results.col.orders')),
  );
  const body = mine.map((row) => {
    const given = ORDER_KINDS.filter((k) => row.orders[k] > 0);
    return h('tr', { 'data-row': String(row.index), 'data-outcome': row.outcome },
      h('th', { scope: 'row', class: 'row-name' }, nameOf(row)),
      h('td', { class: `outcome ${row.outcome}` }, h('span', { 'aria-hidden': 'true' }, row.outcome === 'win' ? '✓ ' : row.outcome === 'loss' ? '✕ ' : '… '), outcomeText(row, group.level)),
      h('td', { class: 'num', 'data-score': String(row.score) }, num(row.score)),
      showDifficulty ? h('td', null, difficultyLabel(group.level, row.difficulty)) : null,
      showSeed ? h('td', { class: 'num' }, String(row.seed)) : null,
      h('td', { 'data-what-if': String(row.whatIf) }, t(row.whatIf ? 'results.yes' : 'results.no')),
      MEMBERS.map((id) => h('td', { 'data-member': id, 'data-stance': row.stances[id] }, stanceBadge(row.stances[id]))),
      h('td', { class: 'orders' }, given.length
        ? h('ul', { class: 'order-kinds' }, given.map((k) => h('li', null, t('results.times', { order: orderLabel(k), count: row.orders[k] }))))
        : t('results.noOrders')),
    );
  });
  const caption = t('results.table.heading');
  return h('section', { class: 'card results-games' },
    h('h3', null, caption),
    tableWrap(caption, h('table', { class: 'results-table', 'data-testid': 'results-table' }, h('thead', null, head), h('tbody', null, body))));
}

function endingsCard(group: LevelGroup, rows: readonly ResultRow[]): VNode {
  const caption = t('results.endings.heading');
  return h('section', { class: 'card results-endings' },
    h('h3', null, caption),
    h('p', { class: 'hint' }, t('results.endings.desc')),
    tableWrap(caption, h('table', { class: 'results-table', 'data-testid': 'results-endings' },
      h('thead', null, h('tr', null, MEMBERS.map((id) => h('th', { scope: 'col' }, memberName(id))), h('th', { scope: 'col' }, t('results.table.heading')), h('th', { scope: 'col', class: 'num' }, t('results.endings.won')))),
      h('tbody', null, group.endings.map((e: Ending) => h('tr', { 'data-count': String(e.count) },
        MEMBERS.map((id) => h('td', { 'data-member': id, 'data-stance': e.stances[id] }, stanceBadge(e.stances[id]))),
        h('td', null, t('results.endings.count', { count: e.count, share: percent(e.share) }), h('br'), h('span', { class: 'hint' }, t('results.endings.who', { list: list(e.rows.map((i) => nameOf(rows[i]!))) }))),
        h('td', { class: 'num' }, num(e.wins)),
      ))))));
}

function leversCard(group: LevelGroup): VNode {
  const finished = group.finishedRows.length;
  const caption = t('results.levers.heading');
  return h('section', { class: 'card results-levers' },
    h('h3', null, caption),
    tableWrap(caption, h('table', { class: 'results-table', 'data-testid': 'results-levers' },
      h('thead', null, h('tr', null, h('th', { scope: 'col' }, t('results.levers.order')), h('th', { scope: 'col' }, t('results.levers.players')), h('th', { scope: 'col', class: 'num' }, t('results.levers.orders')))),
      h('tbody', null, group.levers.filter((l) => l.orders > 0).map((l) => h('tr', { 'data-kind': l.kind },
        h('th', { scope: 'row' }, orderLabel(l.kind)),
        h('td', null, ofTotal(l.players, finished)),
        h('td', { class: 'num' }, num(l.orders))))))));
}

function rateCell(choice: Choice, side: 'makers' | 'others'): VNode {
  const s = choice[side];
  if (s.rate === null) return h('td', { 'data-rate': '' }, h('span', { 'aria-hidden': 'true' }, '—'), h('span', { class: 'sr-only' }, t('results.followed.none')));
  const mean = s.mean === null ? '' : choice.measure === 'orbit' ? t('results.mean.orbit', { value: signed(Math.round(s.mean)) }) : t('results.mean.win', { value: num(Math.round(s.mean)) });
  return h('td', { 'data-rate': String(s.rate) }, h('strong', null, percent(s.rate)), ' ', h('span', { class: 'hint' }, `(${t('results.followed.count', { good: s.good, count: s.count })})`), h('br'), h('span', { class: 'hint mean' }, mean));
}

function choicesTable(group: LevelGroup, choices: readonly Choice[], label: string): VNode {
  return tableWrap(label, h('table', { class: 'results-table', 'data-testid': 'results-choices' },
    h('thead', null, h('tr', null,
      h('th', { scope: 'col' }, t('results.followed.choice')), h('th', { scope: 'col' }, t('results.followed.made')), h('th', { scope: 'col' }, t('results.followed.measure')),
      h('th', { scope: 'col' }, t('results.followed.makers')), h('th', { scope: 'col' }, t('results.followed.others')))),
    h('tbody', null, choices.map((c) => h('tr', { 'data-choice': c.id },
      h('th', { scope: 'row' }, choiceLabel(group.level, c)),
      h('td', null, ofTotal(c.made, c.eligible)),
      h('td', null, measureText(c)),
      rateCell(c, 'makers'),
      rateCell(c, 'others'))))));
}

function followedCard(group: LevelGroup): VNode {
  const made = group.choices.filter((c) => c.made > 0).sort((a, b) => contrast(b) - contrast(a) || b.made - a.made);
  const caption = t('results.followed.heading');
  const top = made.slice(0, TOP_CHOICES);
  return h('section', { class: 'card results-followed' },
    h('h3', null, caption),
    h('p', { class: 'hint' }, t('results.followed.desc')),
    choicesTable(group, top, caption),
    made.length > TOP_CHOICES
      ? h('details', { class: 'more-choices no-print' }, h('summary', null, t('results.followed.more', { count: made.length })), choicesTable(group, made, t('results.followed.more', { count: made.length })))
      : null);
}

function factorsCard(group: LevelGroup): VNode {
  const games = Math.max(1, group.finishedRows.length);
  return h('section', { class: 'card results-factors' },
    h('h3', null, t('results.factors.heading')),
    h('p', { class: 'hint' }, t('results.factors.desc')),
    h('ol', { class: 'mattered', 'data-testid': 'results-factors' }, group.factors.slice(0, 8).map((f) => {
      const rule = ruleById(f.rule);
      const most = MEMBERS.filter((id) => f.byMember[id] !== 0).sort((a, b) => Math.abs(f.byMember[b]) - Math.abs(f.byMember[a])).slice(0, 2);
      const perGame = (value: number) => signed(Math.round((value / games) * 10) / 10);
      return h('li', { 'data-rule': f.rule },
        h('div', { class: 'factor-head' }, h('span', { class: 'factor-name' }, t(`rule.${f.rule}.name`)), h('span', { class: 'factor-size' }, t('results.factors.share', { share: percent(f.share) }))),
        h('p', null, t('results.factors.net', { value: perGame(f.net) }), ' · ', t('results.factors.most', { list: list(most.map((id) => `${memberName(id)} ${perGame(f.byMember[id])}`)) })),
        claimChips(rule.claims, rule.paragraphs));
    })));
}

function promptsCard(group: LevelGroup, rows: readonly ResultRow[]): VNode | null {
  if (group.prompts.length === 0) return null;
  return h('section', { class: 'card results-prompts' },
    h('h3', null, t('results.prompts.heading')),
    h('p', { class: 'hint' }, t('results.prompts.desc')),
    h('ol', { class: 'questions', 'data-testid': 'results-prompts' }, group.prompts.map((p) => h('li', { 'data-prompt': p.kind }, promptText(group, rows, p)))));
}

function groupSection(group: LevelGroup, rows: readonly ResultRow[]): VNode {
  const unfinished = group.rows.length - group.finishedRows.length;
  const mine = group.rows.map((i) => rows[i]!);
  const one = <T>(f: (r: ResultRow) => T) => (new Set(mine.map(f)).size === 1 ? f(mine[0]!) : null);
  const difficulty = one((r) => r.difficulty);
  const seed = one((r) => r.seed);
  const setting = [difficulty === null ? null : difficultyLabel(group.level, difficulty), seed === null ? null : `${t('results.col.seed')} ${seed}`].filter(Boolean).join(' · ');
  return h('section', { class: 'results-group', 'data-level': group.level.id },
    h('h2', null, t('results.group', { level: levelTitle(group.level), count: group.rows.length })),
    setting ? h('p', { class: 'hint' }, setting) : null,
    unfinished > 0 ? h('p', { class: 'hint' }, group.finishedRows.length ? t('results.unfinishedNote', { count: unfinished }) : t('results.noneFinished')) : null,
    gamesTable(group, rows),
    group.finishedRows.length ? [endingsCard(group, rows), leversCard(group), followedCard(group), factorsCard(group), promptsCard(group, rows)] : null);
}

function problems(read: Read): Child {
  const bad = read.read.filter((r) => r.kind !== 'game');
  if (bad.length === 0 && read.skipped.length === 0) return null;
  return h('section', { class: 'card results-bad', 'data-testid': 'results-bad' },
    bad.length ? h('h2', null, t('results.bad.heading')) : null,
    bad.length ? h('ul', { class: 'bad-codes' }, bad.map((r) => h('li', { 'data-line': String(r.line) },
      h('strong', null, t('results.bad.line', { line: r.line })), ': ',
      h('span', { class: 'bad-reason' }, r.kind === 'duplicate' ? t('results.duplicate', { line: r.duplicateOf }) : r.kind === 'bad' ? codeErrorText(r.errors[0]!) : ''), ' ',
      h('code', { class: 'bad-code' }, r.code.length > 48 ? `${r.code.slice(0, 47)}…` : r.code)))) : null,
    read.skipped.length ? h('p', { class: 'hint', 'data-testid': 'results-skipped' }, t('results.skipped', { lines: list(read.skipped.slice(0, 20).map(String)) + (read.skipped.length > 20 ? '…' : '') })) : null);
}

function statusText(read: Read, session: ResultsSession): string {
  if (read.read.length === 0 && !session.fileProblem) return '';
  const games = read.results.rows.length;
  const bad = read.read.filter((r) => r.kind === 'bad').length;
  const parts = [t('results.read', { count: games }), bad ? t('results.badCount', { count: bad }) : null, session.fileProblem ? t(`results.${session.fileProblem}`) : null];
  return parts.filter(Boolean).join(' · ');
}

function output(read: Read, levels: Readonly<Record<string, Level>>): Child {
  const { results } = read;
  if (read.read.length === 0 && read.skipped.length === 0) return h('p', { class: 'hint results-empty' }, t('results.empty'));
  return [
    problems(read),
    results.groups.map((g) => groupSection(g, results.rows)),
    results.rows.length
      ? h('div', { class: 'results-actions no-print', role: 'group', 'aria-label': t('results.actions') },
          h('button', { type: 'button', class: 'btn primary', key: 'results-csv', 'data-testid': 'results-csv', on: { click: () => download(resultsCsv(results, levels), `paper-alliance-class-results-${new Date().toISOString().slice(0, 10)}.csv`, 'text/csv;charset=utf-8') } }, t('results.csv')),
          h('button', { type: 'button', class: 'btn', key: 'results-print', on: { click: () => window.print() } }, t('results.print')))
      : null,
  ];
}

// ---- The box and the whole ----

/** The box for the codes and the results under it; typing, pasting or dropping a file redraws the results. */
export function resultsBody(session: ResultsSession, levels: Readonly<Record<string, Level>>): VNode {
  return h(ResultsBody, { session, levels, key: 'results-body' });
}

function ResultsBody({ session, levels }: { session: ResultsSession; levels: Readonly<Record<string, Level>> }): VNode {
  const [, redraw] = useReducer((n: number) => n + 1, 0);
  const [dropping, setDropping] = useState(false);
  const picker = useRef<HTMLInputElement>(null);
  // Timed for `npm run bench:results`: the replays, then the page built from them and patched in.
  const start = performance.now();
  const read = readAll(session, levels);
  const replayed = performance.now();
  useLayoutEffect(() => {
    performance.measure('paper-alliance:results-replay', { start, end: replayed });
    performance.measure('paper-alliance:results-render', { start: replayed });
  });

  const changed = (text: string, problem: ResultsSession['fileProblem'] = null) => {
    session.text = text;
    session.fileProblem = problem;
    redraw(0);
  };
  async function addFiles(files: File[]): Promise<void> {
    let text = session.text;
    let problem: ResultsSession['fileProblem'] = null;
    for (const file of files) {
      if (file.size > MAX_FILE) {
        problem = 'fileTooLarge';
        continue;
      }
      try {
        const content = await file.text();
        text = text.trim() === '' ? content : `${text.replace(/\s+$/, '')}\n${content}`;
      } catch {
        problem = 'fileFailed';
      }
    }
    changed(text, problem);
  }
  // A file dropped anywhere on the box's card is read as if pasted.
  const over = (event: Event) => {
    const drag = event as DragEvent;
    if (!drag.dataTransfer?.types.includes('Files')) return;
    drag.preventDefault();
    drag.dataTransfer.dropEffect = 'copy';
    setDropping(true);
  };
  const input = h('section', {
    class: `card results-input no-print${dropping ? ' dropping' : ''}`,
    'data-drop-hint': t('results.dropping'),
    on: {
      dragenter: over,
      dragover: over,
      dragleave: (event: Event) => {
        if (!(event.currentTarget as HTMLElement).contains((event as DragEvent).relatedTarget as Node | null)) setDropping(false);
      },
      drop: (event: Event) => {
        setDropping(false);
        const files = [...((event as DragEvent).dataTransfer?.files ?? [])];
        if (files.length === 0) return;
        event.preventDefault();
        void addFiles(files);
      },
    },
  },
    h('p', null, t('results.intro')),
    h('label', { for: 'result-codes', class: 'results-label' }, t('results.codes')),
    h('p', { class: 'hint', id: 'result-codes-hint' }, t('results.codesHint')),
    h('textarea', {
      id: 'result-codes', class: 'result-codes', key: 'result-codes', rows: 8, wrap: 'off', spellcheck: 'false', autocomplete: 'off', autocapitalize: 'off', 'aria-describedby': 'result-codes-hint',
      value: session.text,
      on: { input: (e: Event) => changed((e.target as HTMLTextAreaElement).value) },
    }),
    h('div', { class: 'results-input-actions' },
      h('button', { type: 'button', class: 'btn', key: 'results-open', on: { click: () => picker.current?.click() } }, t('results.open')),
      h('button', { type: 'button', class: 'btn', key: 'results-clear', on: { click: () => { changed(''); document.getElementById('result-codes')?.focus(); } } }, t('results.clear')),
      h('input', { type: 'file', accept: '.csv,.txt,.tsv,text/csv,text/plain', multiple: true, hidden: true, key: 'results-file', ref: picker, on: { change: (e: Event) => { const el = e.target as HTMLInputElement; void addFiles([...(el.files ?? [])]).then(() => (el.value = '')); } } })),
    h('p', { class: 'results-status', role: 'status', 'aria-live': 'polite', 'data-testid': 'results-status' }, statusText(read, session)));
  return h('div', { class: 'results' }, input, h('div', { class: 'results-output', 'data-testid': 'results-output' }, output(read, levels)));
}

/** The screen of the game. */
export function resultsScreen(session: ResultsSession, levels: Readonly<Record<string, Level>>, nav: Nav): Child {
  return [
    screenHeader(t('results.heading'), { label: nav.backLabel(), action: nav.back }),
    h('div', { class: 'screen-body results-body' },
      h('p', { class: 'results-own-page no-print' }, h('a', { href: `./results.html?lang=${currentLang()}`, target: '_blank', rel: 'noopener' }, t('results.ownPage'))),
      resultsBody(session, levels)),
  ];
}
