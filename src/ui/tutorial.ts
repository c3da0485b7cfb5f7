// The guided first turn: five short steps above the map, each pointing at the panel it explains; skippable.
import { t } from '../i18n';
import { GUIDE_STEPS } from '../state/guide';
import type { AppState, GameStore } from '../state/store';
import { h, type Child } from './dom';

export const TUTORIAL_STEPS = GUIDE_STEPS;
/** The region each step points at. */
const TARGET: Record<number, string> = { 1: 'members-region', 2: 'orders-region', 3: 'topbar', 4: 'members-region', 5: 'orders-region' };

export function tutorialTarget(step: number): string {
  return TARGET[step] ?? 'members-region';
}

export function tutorialBox(state: AppState, store: GameStore): Child {
  const step = state.tutorialStep;
  if (step === null || state.screen !== 'game') return null;
  const last = step >= TUTORIAL_STEPS;
  return h(
    'section',
    { class: `tutorial-box at-${tutorialTarget(step)}`, 'aria-labelledby': 'tutorial-title', 'data-testid': 'tutorial', 'data-step': String(step) },
    // The arrow points at the panel the step explains, wherever the layout puts it (styles.css).
    h('h2', { id: 'tutorial-title' }, h('span', { class: 'tutorial-arrow', 'aria-hidden': 'true' }), t('tutorial.label'), h('span', { class: 'tutorial-step' }, ` · ${t('tutorial.step', { n: step, total: TUTORIAL_STEPS })}`)),
    h('p', null, t(`tutorial.${step}`)),
    h(
      'div',
      { class: 'tutorial-actions' },
      h('button', { type: 'button', class: 'btn primary small', key: 'tutorial-next', on: { click: () => store.getState().guide({ type: 'next' }) } }, last ? t('tutorial.done') : t('tutorial.next')),
      last ? null : h('button', { type: 'button', class: 'btn ghost small', key: 'tutorial-skip', on: { click: () => store.getState().guide({ type: 'skip' }) } }, t('tutorial.skip')),
    ),
  );
}
