// The teacher's pack: a 45-minute lesson plan, the article's argument and its claims, what each
// debrief question is for, how to run a class game and collect its result codes, and a one-page
// student sheet. It prints: the sheet comes out on a page of its own.
import { byId, CLAIMS, MEMBERS, type Level } from '../engine';
import { has, t } from '../i18n';
import { FIRST_LEVEL, LEVELS } from '../state/levels';
import type { AppState, GameStore } from '../state/store';
import { claimChips, screenHeader, withAddress } from './common';
import { QUESTIONS } from './debrief';
import { h, type Child, type VNode } from './dom';
import { monthOfTurn } from './game';
import { PARAGRAPH_CLAIMS, type Nav } from './screens';
import { memberName } from './text';

/** The pack's sections, in print order; the student sheet is last, on a page of its own. */
export const PACK_SECTIONS = ['plan', 'argument', 'questions', 'class', 'handout'] as const;
export type PackSection = (typeof PACK_SECTIONS)[number];

/** The lists whose items are numbered keys (`prefix.1`, `prefix.2`, …): as many as the language has. */
export const PACK_LISTS = [
  'pack.plan.before', 'pack.plan.after', 'pack.plan.variants', 'pack.argument.summary', 'pack.argument.caveat',
  'pack.class.step', 'pack.handout.todo', 'pack.handout.question',
  ...Array.from({ length: QUESTIONS }, (_, i) => `pack.q.${i + 1}.good`),
] as const;

/** Rows of the lesson's timetable: `pack.plan.row.N.time`, `.teacher`, `.students`. */
export const PLAN_ROWS = 6;
/** Lines a student gets to answer each question of the sheet. */
const ANSWER_LINES = 3;

/** The keys `prefix.1`, `prefix.2`, … the current language has. */
export function numbered(prefix: string): string[] {
  const keys: string[] = [];
  for (let i = 1; has(`${prefix}.${i}`); i++) keys.push(`${prefix}.${i}`);
  return keys;
}

/** The paragraphs each claim comes from, as the sources screen cites them. */
function claimParagraphs(claim: string): number[] {
  return Object.entries(PARAGRAPH_CLAIMS).filter(([, claims]) => claims.includes(claim)).map(([p]) => Number(p));
}

/** A text with the article's title set in, as English, where it says {article}. */
function withArticle(text: string): Child {
  const [before, after] = text.split('{article}');
  return after === undefined ? text : [before, h('cite', { lang: 'en' }, 'Why Russia does not have any true allies'), after];
}

const sectionId = (section: PackSection) => `pack-${section}`;

function section(name: PackSection, ...children: Child[]): VNode {
  return h('section', { class: `card pack-section pack-${name}`, id: sectionId(name), 'data-pack-section': name, 'aria-labelledby': `${sectionId(name)}-title` },
    h('h2', { id: `${sectionId(name)}-title`, tabindex: '-1' }, t(`pack.${name}.heading`)),
    ...children);
}

const list = (tag: 'ol' | 'ul', prefix: string, cls: string) => h(tag, { class: cls }, numbered(prefix).map((key) => h('li', null, withAddress(t(key)))));

function contents(): VNode {
  const jump = (name: PackSection) => (event: Event) => {
    // The screen scrolls, not the page: no change to the address.
    event.preventDefault();
    const heading = document.getElementById(`${sectionId(name)}-title`);
    heading?.scrollIntoView({ block: 'start' });
    heading?.focus({ preventScroll: true });
  };
  return h('nav', { class: 'pack-contents no-print', 'aria-label': t('pack.contents') },
    h('h2', null, t('pack.contents')),
    h('ol', null, PACK_SECTIONS.map((name) => h('li', null, h('a', { href: `#${sectionId(name)}`, key: `pack-to-${name}`, on: { click: jump(name) } }, t(`pack.${name}.heading`))))));
}

function lessonPlan(): VNode {
  return section('plan',
    h('p', { class: 'lead' }, t('pack.plan.aim')),
    h('h3', null, t('pack.plan.before.heading')),
    list('ul', 'pack.plan.before', 'pack-list'),
    h('h3', null, t('pack.plan.during.heading')),
    h('table', { class: 'pack-timetable' },
      h('thead', null, h('tr', null, ['time', 'teacher', 'students'].map((col) => h('th', { scope: 'col', class: `col-${col}` }, t(`pack.plan.col.${col}`))))),
      h('tbody', null, Array.from({ length: PLAN_ROWS }, (_, i) => {
        const row = `pack.plan.row.${i + 1}`;
        // Each cell names its column, for the narrow layout where the rows stack.
        return h('tr', null, h('th', { scope: 'row' }, t(`${row}.time`)),
          h('td', { 'data-label': t('pack.plan.col.teacher') }, t(`${row}.teacher`)),
          h('td', { 'data-label': t('pack.plan.col.students') }, t(`${row}.students`)));
      }))),
    h('h3', null, t('pack.plan.after.heading')),
    list('ul', 'pack.plan.after', 'pack-list'),
    h('h3', null, t('pack.plan.variants.heading')),
    list('ul', 'pack.plan.variants', 'pack-list'),
  );
}

function argument(): VNode {
  return section('argument',
    h('p', { class: 'pack-source' }, withArticle(t('pack.argument.source'))),
    numbered('pack.argument.summary').map((key) => h('p', null, t(key))),
    h('h3', null, t('pack.argument.claims')),
    h('p', { class: 'hint' }, t('pack.argument.claimsHint')),
    h('dl', { class: 'pack-claims' }, CLAIMS.map((claim) => h('div', { class: 'pack-claim', 'data-claim': claim },
      h('dt', null, claimChips([claim], claimParagraphs(claim))),
      h('dd', null, h('p', null, t(`pack.claim.${claim}`)), h('p', { class: 'pack-in-game' }, h('strong', null, t('pack.inGame')), ' ', t(`pack.claim.${claim}.game`)))))),
    h('h3', null, t('pack.argument.caveat.heading')),
    list('ul', 'pack.argument.caveat', 'pack-list'),
  );
}

function questionNotes(): VNode {
  return section('questions',
    h('p', { class: 'hint' }, t('pack.questions.hint')),
    h('ol', { class: 'pack-notes' }, Array.from({ length: QUESTIONS }, (_, i) => {
      const n = i + 1;
      return h('li', { class: 'pack-note', 'data-question': String(n) },
        h('p', { class: 'pack-question' }, t(`question.${n}`)),
        h('p', null, h('strong', null, t('pack.q.aim')), ' ', t(`pack.q.${n}.aim`)),
        h('p', { class: 'pack-good' }, h('strong', null, t('pack.q.good'))),
        list('ul', `pack.q.${n}.good`, 'pack-list'));
    })),
  );
}

function classGame(state: AppState, store: GameStore): VNode {
  return section('class',
    h('p', { class: 'lead' }, t('pack.class.intro')),
    list('ol', 'pack.class.step', 'pack-steps'),
    h('h3', null, t('pack.class.projector.heading')),
    h('p', null, withAddress(t('pack.class.projector.text'))),
    h('label', { class: 'check no-print' },
      h('input', { type: 'checkbox', key: 'pack-projector', 'data-testid': 'pack-projector', checked: state.settings.projector, on: { change: (e: Event) => store.getState().setSettings({ projector: (e.target as HTMLInputElement).checked }) } }),
      h('span', null, t('settings.projector'))),
  );
}

/** Blank lines to write on. */
const lines = (count: number) => h('div', { class: 'write-lines', 'aria-hidden': 'true' }, Array.from({ length: count }, () => h('span', { class: 'write-line' })));

function handout(level: Level): VNode {
  const field = (key: string) => h('span', { class: 'sheet-field' }, h('span', null, t(key)), h('span', { class: 'write-line', 'aria-hidden': 'true' }));
  return section('handout',
    h('p', { class: 'sheet-fields' }, field('pack.handout.name'), field('pack.handout.form'), field('pack.handout.code')),
    h('p', { class: 'sheet-intro' }, t('pack.handout.intro')),
    h('div', { class: 'sheet-top' },
      h('div', null,
        h('h3', null, t('pack.handout.todo.heading')),
        list('ol', 'pack.handout.todo', 'sheet-todo')),
      h('div', null,
        h('h3', null, t('pack.handout.stances')),
        h('table', { class: 'sheet-table sheet-stances' },
          h('thead', null, h('tr', null, h('th', { scope: 'col' }, t('pack.handout.stances.member')), ['start', 'end'].map((when) => h('th', { scope: 'col' }, t(`pack.handout.stances.${when}`))))),
          h('tbody', null, MEMBERS.map((id) => h('tr', null, h('th', { scope: 'row' }, memberName(id)), h('td', null), h('td', null))))))),
    h('h3', null, t('pack.handout.months')),
    h('table', { class: 'sheet-table sheet-months' },
      h('thead', null, h('tr', null, ['month', 'orders', 'moved', 'credibility'].map((col) => h('th', { scope: 'col', class: `col-${col}` }, t(`pack.handout.col.${col}`))))),
      h('tbody', null, Array.from({ length: level.turns }, (_, i) => h('tr', null, h('th', { scope: 'row' }, monthOfTurn(level, i + 1)), h('td', null), h('td', null), h('td', null))))),
    h('h3', null, t('pack.handout.questions')),
    h('ol', { class: 'sheet-questions' }, numbered('pack.handout.question').map((key) => h('li', null, h('p', null, t(key)), lines(ANSWER_LINES)))),
    h('p', { class: 'sheet-result' }, h('span', { class: 'tick-box', 'aria-hidden': 'true' }), h('span', null, t('pack.handout.result'))),
  );
}

/** Print the pack, or only the student sheet (the page says which while the print dialog is up). */
function print(only: 'pack' | 'handout'): void {
  const root = document.documentElement;
  root.dataset.print = only;
  window.addEventListener('afterprint', () => delete root.dataset.print, { once: true });
  window.print();
}

export function teacherPackScreen(state: AppState, store: GameStore, nav: Nav): Child {
  const level = byId(LEVELS, FIRST_LEVEL) ?? state.level;
  return [
    screenHeader(t('pack.heading'), { label: nav.backLabel(), action: nav.back }),
    h('div', { class: 'screen-body teacher-pack', 'data-testid': 'teacher-pack' },
      h('p', { class: 'lead pack-intro' }, t('pack.intro')),
      h('div', { class: 'pack-actions no-print' },
        h('button', { type: 'button', class: 'btn primary', key: 'pack-print', 'data-testid': 'pack-print', on: { click: () => print('pack') } }, t('pack.print')),
        h('button', { type: 'button', class: 'btn', key: 'pack-print-handout', on: { click: () => print('handout') } }, t('pack.printHandout'))),
      contents(),
      lessonPlan(),
      argument(),
      questionNotes(),
      classGame(state, store),
      handout(level),
    ),
  ];
}
