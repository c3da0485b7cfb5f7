// The classroom on the player's side: joining a class game, its briefing, the teacher's
// screen that makes one, and the result code a student hands in.
import { classCode, readClassCode, type ClassGameSpec } from '../class/class-code';
import { resultsLink } from '../class/code-list';
import { useReducer, useRef, useState } from 'preact/hooks';
import { Qr } from './qr-box';
import { CopyButton } from './copy-button';
import { resultCode } from '../class/result-code';
import { classCodeErrorText } from '../class/words';
import { byId, monthOf, type Level } from '../engine';
import { monthName, t } from '../i18n';
import { isClassGame, type AppState, type GameStore } from '../state/store';
import { classGameLink } from './address';
import { screenHeader } from './common';
import { h, type Child, type VNode } from './dom';
import type { Nav } from './screens';
import { difficultyLabel, levelBriefing, levelTitle, objectiveText } from './text';

/** "Class game 74000-1Z69N": shown wherever the class game holds the player. */
export function classChip(state: AppState, levels: Readonly<Record<string, Level>>): Child {
  if (!state.classGame) return null;
  return h('span', { class: 'class-chip', 'data-testid': 'class-chip' }, h('span', { class: 'class-chip-label' }, t('class.chip'), ' '), h('strong', { class: 'class-code' }, classCode(levels, state.classGame)));
}

/** On the title: the class game being played, or a field for the code on the board. */
export function classTitleCard(state: AppState, store: GameStore, levels: Readonly<Record<string, Level>>): Child {
  const held = state.classGame;
  if (held) {
    const level = byId(levels, held.level)!;
    return h('section', { class: 'title-class', 'aria-labelledby': 'title-class-heading' },
      h('h2', { id: 'title-class-heading' }, t('class.chip'), ' ', h('strong', { class: 'class-code' }, classCode(levels, held))),
      h('p', null, t('class.what', { level: levelTitle(level), difficulty: difficultyLabel(level, held.difficulty) })),
      h('button', { type: 'button', class: 'btn primary', key: 'title-class-open', on: { click: () => store.getState().show('class') } }, t('class.open')));
  }
  return h(ClassJoin, { levels, store, key: 'class-join' });
}

/** The field for the code on the board; a code that does not read says why beside it. */
function ClassJoin({ levels, store }: { levels: Readonly<Record<string, Level>>; store: GameStore }): VNode {
  const field = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<string | null>(null);
  const join = (e: Event) => {
    e.preventDefault();
    const read = readClassCode(field.current?.value ?? '', levels);
    if (!read.ok) {
      setError(classCodeErrorText(read.code));
      field.current?.focus();
      return;
    }
    store.getState().joinClass(read.value);
  };
  return h('form', { class: 'title-class join', key: 'class-join', on: { submit: join } },
    h('label', { for: 'class-code-field' }, t('class.codeLabel')),
    h('div', { class: 'join-row' },
      h('input', { type: 'text', id: 'class-code-field', class: 'class-code-field', key: 'class-code-field', ref: field, autocomplete: 'off', spellcheck: 'false', maxlength: '20', 'aria-describedby': 'class-code-error', 'aria-invalid': error === null ? undefined : 'true' }),
      h('button', { type: 'submit', class: 'btn', key: 'class-join-button' }, t('class.join'))),
    h('p', { id: 'class-code-error', class: 'field-error', role: 'alert' }, error));
}

/** The class game's briefing: what the class plays, under whose name, and the way out. */
export function classBriefScreen(state: AppState, store: GameStore, levels: Readonly<Record<string, Level>>, nav: Nav): Child {
  const held = state.classGame;
  if (!held) return [screenHeader(t('class.heading'), { label: nav.backLabel(), action: nav.back }), h('div', { class: 'screen-body' }, h('p', null, t('class.none')))];
  const level = byId(levels, held.level)!;
  const start = monthOf(level, 1), end = monthOf(level, level.turns);
  const game = isClassGame(held, state.game) ? state.game : null;
  const s = store.getState;
  const action = !game || game.actions.length === 0
    ? h('button', { type: 'button', class: 'btn primary big', key: 'class-start', 'data-testid': 'class-start', on: { click: () => (game ? s().show('game') : s().start(held.level)) } }, t('class.start'))
    : game.phase === 'over'
      ? [h('button', { type: 'button', class: 'btn primary big', key: 'class-debrief', on: { click: () => s().show('debrief') } }, t('class.debrief')),
         h('button', { type: 'button', class: 'btn', key: 'class-again', on: { click: () => s().start(held.level) } }, t('class.again'))]
      : h('button', { type: 'button', class: 'btn primary big', key: 'class-continue', 'data-testid': 'class-start', on: { click: () => s().show('game') } }, t('class.continue', { month: monthName(monthOf(level, game.turn).year, monthOf(level, game.turn).month) }));
  return [
    screenHeader(t('class.heading'), { label: t('nav.backToMenu'), action: () => s().show('title') }, 'class-back'),
    h('div', { class: 'screen-body class-brief' },
      h('article', { class: 'card level-card', 'data-level': level.id },
        h('p', { class: 'class-banner' }, t('class.chip'), ' ', h('strong', { class: 'class-code', 'data-testid': 'class-code' }, classCode(levels, held))),
        h('h2', null, levelTitle(level)),
        h('p', { class: 'level-when' }, t('levels.months', { from: monthName(start.year, start.month), fromGen: monthName(start.year, start.month, 'gen'), to: monthName(end.year, end.month) }), ' · ', t('levels.turns', { count: level.turns })),
        h('p', { class: 'class-fixed', 'data-testid': 'class-difficulty' }, t('class.difficulty', { difficulty: difficultyLabel(level, held.difficulty) })),
        // The way in comes first: a small embed shows it without scrolling.
        h('div', { class: 'class-entry' }, nameField(state, store), h('div', { class: 'class-actions' }, action)),
        h('p', { class: 'briefing' }, levelBriefing(level)),
        h('h3', null, t('levels.objectives')),
        h('ul', null, level.objectives.map((o) => h('li', null, objectiveText(level, o.id)))),
      ),
      h('section', { class: 'card class-leave' },
        h('h2', null, t('class.leaveHeading')),
        h('p', { class: 'hint' }, t('class.leaveText')),
        h('button', { type: 'button', class: 'btn', key: 'class-leave', 'data-testid': 'class-leave', on: { click: () => s().leaveClass() } }, t('class.leave'))),
    ),
  ];
}

/** The name a result code carries: taken into the store when the field is left, not at each key. */
function nameField(state: AppState, store: GameStore, onInput?: (name: string) => void): VNode {
  return h('p', { class: 'name-field' },
    h('label', { for: 'player-name' }, t('class.name')),
    h('input', {
      type: 'text', id: 'player-name', key: 'player-name', maxlength: '40', autocomplete: 'name', defaultValue: state.playerName, 'aria-describedby': 'player-name-hint',
      on: {
        input: (e: Event) => onInput?.((e.target as HTMLInputElement).value),
        change: (e: Event) => store.getState().setPlayerName((e.target as HTMLInputElement).value),
      },
    }),
    h('span', { id: 'player-name-hint', class: 'hint' }, t('class.nameHint')));
}

export function resultCodeScreen(state: AppState, store: GameStore): Child {
  return [
    screenHeader(t('resultCode.heading'), { label: t('nav.backToGame'), action: () => store.getState().show(state.game.phase === 'over' ? 'debrief' : 'game') }, 'code-back'),
    h('div', { class: 'screen-body' }, h(ResultCodeCard, { state, store })),
  ];
}

/** The result code of the game as it stands, with a copy button and a QR code; the code follows the name as it is typed. */
export function ResultCodeCard({ state, store }: { state: AppState; store: GameStore }): VNode {
  const [name, setName] = useState(state.playerName);
  const field = useRef<HTMLTextAreaElement>(null);
  const code = resultCode(state.level, state.game, { name, whatIf: state.whatIfUsed }) ?? '';
  const over = state.game.phase === 'over';
  return h('section', { class: 'card result-code-card' },
    h('h2', { id: 'result-code-heading' }, t('resultCode.heading')),
    h('p', { class: 'hint' }, t(over ? 'resultCode.textOver' : 'resultCode.textRunning')),
    nameField(state, store, setName),
    h('div', { class: 'result-code-row' },
      h('div', { class: 'result-code-text' },
        h('label', { for: 'result-code' }, t('resultCode.label')),
        h('textarea', { id: 'result-code', class: 'result-code', readonly: true, rows: '3', spellcheck: 'false', 'data-testid': 'result-code', key: 'result-code', ref: field, value: code, on: { focus: (e: Event) => (e.target as HTMLTextAreaElement).select() } }),
        h(CopyButton, { text: () => code, field, label: t('resultCode.copy'), copied: t('class.copied'), name: 'result-code-copy' })),
      h(Qr, { text: resultsLink(window.location.href, [code]), label: t('resultCode.qr'), class: 'qr-box' })));
}

/** What the teacher is choosing on the class game screen; kept while the screen is redrawn. */
const draft: { level: string | null; difficulty: string | null; seed: number } = { level: null, difficulty: null, seed: 0 };

function drawSeed(): number {
  const cell = new Uint32Array(1);
  crypto.getRandomValues(cell);
  // Four digits are easy to read aloud; the class code carries any seed.
  return cell[0]! % 9000 + 1000;
}

/** The teacher's screen: a class game made from a level, a difficulty and a seed, as a link, a code and a QR code. */
export function classSetupScreen(levels: Readonly<Record<string, Level>>, nav: Nav): Child {
  if (draft.level === null || !byId(levels, draft.level)) Object.assign(draft, { level: Object.keys(levels)[0]!, difficulty: null, seed: drawSeed() });
  return [screenHeader(t('teacher.heading'), { label: nav.backLabel(), action: nav.back }, 'setup-back'), h(ClassForm, { levels, key: 'class-form' })];
}

/** The teacher's choices as the draft holds them, and the class game they make; drawn again at each choice. */
function ClassForm({ levels }: { levels: Readonly<Record<string, Level>> }): VNode {
  const [, redraw] = useReducer((n: number) => n + 1, 0);
  // The seed as typed: a half-typed or wrong one stays in the field, and the game made keeps the last good one.
  const [seedText, setSeedText] = useState(String(draft.seed));
  const level = byId(levels, draft.level)!;
  if (draft.difficulty === null || !Object.keys(level.difficulties).includes(draft.difficulty)) draft.difficulty = level.defaultDifficulty;
  const seedOk = /^\d{1,10}$/.test(seedText) && Number(seedText) <= 0xffffffff;
  const onSeed = (e: Event) => {
    const text = (e.target as HTMLInputElement).value;
    setSeedText(text);
    if (/^\d{1,10}$/.test(text) && Number(text) <= 0xffffffff) draft.seed = Number(text);
  };
  return h('div', { class: 'screen-body class-setup' },
    h('p', { class: 'lead' }, t('teacher.lead')),
    h('form', { class: 'card class-form', on: { submit: (e: Event) => e.preventDefault() } },
      h('fieldset', null, h('legend', null, t('teacher.level')),
        Object.keys(levels).map((id) => h('label', { class: 'radio', key: `level-${id}` },
          h('input', { type: 'radio', name: 'class-level', value: id, key: `class-level-${id}`, checked: id === level.id, on: { change: () => { draft.level = id; draft.difficulty = null; redraw(0); } } }),
          h('span', null, levelTitle(byId(levels, id)!))))),
      h('fieldset', null, h('legend', null, t('levels.difficulty')),
        Object.keys(level.difficulties).map((d) => h('label', { class: 'radio', key: `difficulty-${d}` },
          h('input', { type: 'radio', name: 'class-difficulty', value: d, key: `class-difficulty-${d}`, checked: d === draft.difficulty, on: { change: () => { draft.difficulty = d; redraw(0); } } }),
          h('span', null, h('strong', null, difficultyLabel(level, d)), ' — ', t(`difficulty.${d}.desc`))))),
      h('p', { class: 'seed-row' },
        h('label', { for: 'class-seed' }, t('teacher.seed')), ' ',
        h('input', { type: 'number', id: 'class-seed', min: '0', max: '4294967295', step: '1', inputmode: 'numeric', value: seedText, key: 'class-seed', 'aria-invalid': String(!seedOk), on: { input: onSeed } }), ' ',
        h('button', { type: 'button', class: 'btn', key: 'class-draw', on: { click: () => { draft.seed = drawSeed(); setSeedText(String(draft.seed)); } } }, t('teacher.draw'))),
      h('p', { class: 'hint' }, t('teacher.seedHint'))),
    h('div', { class: 'class-made', 'aria-live': 'polite' }, h(ClassMade, { levels, spec: { level: level.id, difficulty: draft.difficulty, seed: draft.seed } })));
}

function ClassMade({ levels, spec }: { levels: Readonly<Record<string, Level>>; spec: ClassGameSpec }): VNode {
  const code = classCode(levels, spec);
  const link = classGameLink(window.location.href, spec);
  const field = useRef<HTMLInputElement>(null);
  return h('section', { class: 'card class-board', 'aria-labelledby': 'class-board-heading' },
    h('h2', { id: 'class-board-heading' }, t('teacher.board')),
    h('p', { class: 'board-code', 'data-testid': 'class-board-code' }, code),
    h('p', { class: 'hint' }, t('teacher.boardHint')),
    h('label', { for: 'class-link' }, t('teacher.link')),
    h('div', { class: 'share-row' },
      h('input', { type: 'text', id: 'class-link', class: 'share-link', readonly: true, value: link, ref: field, 'data-testid': 'class-link', on: { focus: (e: Event) => (e.target as HTMLInputElement).select() } }),
      h(CopyButton, { text: () => link, field, label: t('teacher.copyLink'), copied: t('class.copied'), name: 'class-link-copy' })),
    h(Qr, { text: link, label: t('teacher.qr'), class: 'qr-box big' }));
}
