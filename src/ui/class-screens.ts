// The classroom on the player's side: joining a class game, its briefing, the teacher's
// screen that makes one, and the result code a student hands in.
import { classCode, readClassCode, type ClassGameSpec } from '../class/class-code';
import { resultsLink } from '../class/code-list';
import { qrCode } from '../class/qr';
import { resultCode } from '../class/result-code';
import { classCodeErrorText } from '../class/words';
import { byId, monthOf, type Level } from '../engine';
import { monthName, t } from '../i18n';
import { isClassGame, type AppState, type GameStore } from '../state/store';
import { classGameLink } from './address';
import { screenHeader } from './common';
import { h, type Child } from './dom';
import type { Nav } from './screens';
import { difficultyLabel, levelBriefing, levelTitle, objectiveText } from './text';

/** Copy a text, or select it for copying by hand where the page may not write the clipboard. */
async function copyText(text: string, field: HTMLInputElement | HTMLTextAreaElement, button: HTMLButtonElement): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    button.textContent = t('class.copied');
  } catch {
    field.focus();
    field.select();
  }
}

function copyButton(text: () => string, field: () => HTMLInputElement | HTMLTextAreaElement, label: string, key: string): HTMLButtonElement {
  return h('button', { type: 'button', class: 'btn no-print', key, on: { click: (e: Event) => void copyText(text(), field(), e.currentTarget as HTMLButtonElement) } }, label);
}

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
  const field = h('input', { type: 'text', id: 'class-code-field', class: 'class-code-field', key: 'class-code-field', autocomplete: 'off', spellcheck: 'false', maxlength: '20', 'aria-describedby': 'class-code-error' });
  const error = h('p', { id: 'class-code-error', class: 'field-error', role: 'alert' });
  const join = (e: Event) => {
    e.preventDefault();
    const read = readClassCode(field.value, levels);
    if (!read.ok) {
      error.textContent = classCodeErrorText(read.code);
      field.setAttribute('aria-invalid', 'true');
      field.focus();
      return;
    }
    store.getState().joinClass(read.value);
  };
  return h('form', { class: 'title-class join', key: 'class-join', on: { submit: join } },
    h('label', { for: 'class-code-field' }, t('class.codeLabel')),
    h('div', { class: 'join-row' }, field, h('button', { type: 'submit', class: 'btn', key: 'class-join-button' }, t('class.join'))),
    error);
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

/** The name a result code carries: taken when the field is left, so the screen is not redrawn under the typing. */
function nameField(state: AppState, store: GameStore, onInput?: (name: string) => void): HTMLElement {
  return h('p', { class: 'name-field' },
    h('label', { for: 'player-name' }, t('class.name')),
    h('input', {
      type: 'text', id: 'player-name', key: 'player-name', maxlength: '40', autocomplete: 'name', value: state.playerName, 'aria-describedby': 'player-name-hint',
      on: {
        input: (e: Event) => onInput?.((e.target as HTMLInputElement).value),
        change: (e: Event) => store.getState().setPlayerName((e.target as HTMLInputElement).value),
      },
    }),
    h('span', { id: 'player-name-hint', class: 'hint' }, t('class.nameHint')));
}

/** The result code of the game as it stands, with a copy button and a QR code. */
export function resultCodeCard(state: AppState, store: GameStore): HTMLElement {
  const codeOf = (name: string) => resultCode(state.level, state.game, { name, whatIf: state.whatIfUsed }) ?? '';
  const field = h('textarea', { id: 'result-code', class: 'result-code', readonly: true, rows: '3', spellcheck: 'false', 'data-testid': 'result-code', key: 'result-code', on: { focus: (e: Event) => (e.target as HTMLTextAreaElement).select() } });
  const qrBox = h('div', { class: 'qr-box' });
  const show = (name: string) => {
    const code = codeOf(name);
    field.value = code;
    qrBox.replaceChildren(qrCode(resultsLink(window.location.href, [code]), t('resultCode.qr')));
  };
  show(state.playerName);
  const over = state.game.phase === 'over';
  return h('section', { class: 'card result-code-card' },
    h('h2', { id: 'result-code-heading' }, t('resultCode.heading')),
    h('p', { class: 'hint' }, t(over ? 'resultCode.textOver' : 'resultCode.textRunning')),
    nameField(state, store, show),
    h('div', { class: 'result-code-row' },
      h('div', { class: 'result-code-text' },
        h('label', { for: 'result-code' }, t('resultCode.label')),
        field,
        copyButton(() => field.value, () => field, t('resultCode.copy'), 'result-code-copy')),
      qrBox));
}

/** The result code asked for during a game. */
export function resultCodeScreen(state: AppState, store: GameStore): Child {
  return [
    screenHeader(t('resultCode.heading'), { label: t('nav.backToGame'), action: () => store.getState().show(state.game.phase === 'over' ? 'debrief' : 'game') }, 'code-back'),
    h('div', { class: 'screen-body' }, resultCodeCard(state, store)),
  ];
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
  const holder = h('div', { class: 'class-setup-holder' });
  // Another scenario has other difficulties: the form is drawn again, its choice keeping focus.
  const draw = () => {
    holder.replaceChildren(classForm(levels, draw));
    holder.querySelector<HTMLInputElement>('input[name=class-level]:checked')?.focus();
  };
  holder.replaceChildren(classForm(levels, draw));
  return [screenHeader(t('teacher.heading'), { label: nav.backLabel(), action: nav.back }, 'setup-back'), holder];
}

/** The teacher's choices as the draft holds them, and the class game they make. */
function classForm(levels: Readonly<Record<string, Level>>, redraw: () => void): HTMLElement {
  const level = byId(levels, draft.level)!;
  if (draft.difficulty === null || !Object.keys(level.difficulties).includes(draft.difficulty)) draft.difficulty = level.defaultDifficulty;
  const made = () => classMade(levels, { level: level.id, difficulty: draft.difficulty!, seed: draft.seed });
  const out = h('div', { class: 'class-made', 'aria-live': 'polite' }, made());
  const showMade = () => out.replaceChildren(...made());
  const seedField = h('input', { type: 'number', id: 'class-seed', min: '0', max: '4294967295', step: '1', inputmode: 'numeric', value: String(draft.seed), key: 'class-seed' });
  seedField.addEventListener('input', () => {
    const value = Number(seedField.value);
    const ok = /^\d{1,10}$/.test(seedField.value) && value <= 0xffffffff;
    seedField.setAttribute('aria-invalid', String(!ok));
    if (ok) {
      draft.seed = value;
      showMade();
    }
  });
  return h('div', { class: 'screen-body class-setup' },
    h('p', { class: 'lead' }, t('teacher.lead')),
    h('form', { class: 'card class-form', on: { submit: (e: Event) => e.preventDefault() } },
      h('fieldset', null, h('legend', null, t('teacher.level')),
        Object.keys(levels).map((id) => h('label', { class: 'radio' },
          h('input', { type: 'radio', name: 'class-level', value: id, key: `class-level-${id}`, checked: id === level.id, on: { change: () => { draft.level = id; draft.difficulty = null; redraw(); } } }),
          h('span', null, levelTitle(byId(levels, id)!))))),
      h('fieldset', null, h('legend', null, t('levels.difficulty')),
        Object.keys(level.difficulties).map((d) => h('label', { class: 'radio' },
          h('input', { type: 'radio', name: 'class-difficulty', value: d, key: `class-difficulty-${d}`, checked: d === draft.difficulty, on: { change: () => { draft.difficulty = d; showMade(); } } }),
          h('span', null, h('strong', null, difficultyLabel(level, d)), ' — ', t(`difficulty.${d}.desc`))))),
      h('p', { class: 'seed-row' },
        h('label', { for: 'class-seed' }, t('teacher.seed')), ' ', seedField, ' ',
        h('button', { type: 'button', class: 'btn', key: 'class-draw', on: { click: () => { draft.seed = drawSeed(); seedField.value = String(draft.seed); showMade(); } } }, t('teacher.draw'))),
      h('p', { class: 'hint' }, t('teacher.seedHint'))),
    out);
}

function classMade(levels: Readonly<Record<string, Level>>, spec: ClassGameSpec): HTMLElement[] {
  const code = classCode(levels, spec);
  const link = classGameLink(window.location.href, spec);
  const linkField = h('input', { type: 'text', id: 'class-link', class: 'share-link', readonly: true, value: link, 'data-testid': 'class-link', on: { focus: (e: Event) => (e.target as HTMLInputElement).select() } });
  return [
    h('section', { class: 'card class-board', 'aria-labelledby': 'class-board-heading' },
      h('h2', { id: 'class-board-heading' }, t('teacher.board')),
      h('p', { class: 'board-code', 'data-testid': 'class-board-code' }, code),
      h('p', { class: 'hint' }, t('teacher.boardHint')),
      h('label', { for: 'class-link' }, t('teacher.link')),
      h('div', { class: 'share-row' }, linkField, copyButton(() => link, () => linkField, t('teacher.copyLink'), 'class-link-copy')),
      h('div', { class: 'qr-box big' }, qrCode(link, t('teacher.qr')))),
  ];
}
