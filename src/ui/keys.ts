// Keys for a whole turn: 1–5 select a member, the row Q–T gives the selected member's orders,
// the row A–L the answers to requests and the alliance's orders, N ends the turn, ? shows them.
// Keys are matched by their place on the keyboard, so a Russian layout plays the same.
import { MEMBERS, type Action } from '../engine';
import { t } from '../i18n';
import { ordersThisMonth, type AppState, type GameStore } from '../state/store';
import { render } from 'preact';
import { h } from './dom';
import { menuOf, panelOrders } from './menu';

export const MEMBER_KEYS = ['Digit1', 'Digit2', 'Digit3', 'Digit4', 'Digit5'] as const;
export const MEMBER_ORDER_KEYS = ['KeyQ', 'KeyW', 'KeyE', 'KeyR', 'KeyT'] as const;
export const OTHER_ORDER_KEYS = ['KeyA', 'KeyS', 'KeyD', 'KeyF', 'KeyG', 'KeyH', 'KeyJ', 'KeyK', 'KeyL'] as const;
export const END_TURN_KEY = 'KeyN';

/** "Q" for KeyQ, "1" for Digit1: the letter printed on the key. */
export function keyLabel(code: string): string {
  return code.replace(/^(Key|Digit)/, '');
}

export interface OrderKey {
  code: string;
  action: Action;
}

/**
 * The key of every order the panel lists now, by its place in the list. A request answered
 * this month keeps its keys, unused, so the keys after it stay as the month first showed them.
 */
export function orderKeys(state: Pick<AppState, 'level' | 'game' | 'selected'>): OrderKey[] {
  const { level, game } = state;
  const panel = panelOrders(state);
  const out: OrderKey[] = [];
  panel.member.forEach((e, i) => {
    const code = MEMBER_ORDER_KEYS[i];
    if (code) out.push({ code, action: e.action });
  });
  const given = ordersThisMonth(game).map((o) => o.action);
  let slot = 0;
  const place = (action: Action) => {
    const code = OTHER_ORDER_KEYS[slot++];
    if (code) out.push({ code, action });
  };
  for (const request of game.requests) {
    const open = panel.requests.find((r) => r.request.id === request.id);
    if (open) open.entries.forEach((e) => place(e.action));
    else if (request.kind === 'crisisCall' && given.some((a) => a.type === 'answerCrisisCall' && a.request === request.id)) slot += 1;
    else if (request.kind === 'nordicLine' && request.status !== 'open' && given.some((a) => a.type === 'nordicLine')) slot += menuOf(level, game).filter((e) => e.action.type === 'nordicLine').length;
  }
  panel.alliance.forEach((e) => place(e.action));
  return out;
}

export interface KeyDeps {
  store: GameStore;
  /** Say something to screen readers (a refused order, the help opened). */
  say(text: string): void;
  /** Where the help dialog goes. */
  layer: HTMLElement;
}

const editing = (target: EventTarget | null) => target instanceof HTMLElement && target.closest('input, textarea, select, [contenteditable="true"]') !== null;

/** Installs the game's keys; returns the function that removes them. */
export function installGameKeys(deps: KeyDeps): () => void {
  let help: HTMLElement | null = null;
  let returnFocus: HTMLElement | null = null;

  const closeHelp = () => {
    if (!help) return;
    render(null, help);
    help.remove();
    help = null;
    returnFocus?.focus({ preventScroll: true });
    returnFocus = null;
  };
  const openHelp = () => {
    returnFocus = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const row = (keys: string, text: string) => h('li', null, h('kbd', null, keys), h('span', null, text));
    // The dialog is the page's own element; preact draws its card inside.
    help = document.createElement('div');
    help.className = 'key-help';
    help.setAttribute('role', 'dialog');
    help.setAttribute('aria-modal', 'true');
    help.setAttribute('aria-labelledby', 'key-help-title');
    help.dataset.testid = 'key-help';
    render(
      h(
        'div',
        { class: 'key-help-card' },
        h('h2', { id: 'key-help-title' }, t('play.keys.title')),
        h(
          'ul',
          { class: 'key-help-list' },
          row(`${keyLabel(MEMBER_KEYS[0])}–${keyLabel(MEMBER_KEYS[MEMBER_KEYS.length - 1]!)}`, t('play.keys.members')),
          row(MEMBER_ORDER_KEYS.map(keyLabel).join(' '), t('play.keys.memberOrders')),
          row(OTHER_ORDER_KEYS.map(keyLabel).join(' '), t('play.keys.otherOrders')),
          row(keyLabel(END_TURN_KEY), t('play.keys.endTurn')),
          row('Ctrl+Z', t('play.keys.undo')),
          row('Esc', t('play.keys.escape')),
          row('?', t('play.keys.help')),
          row('← ↑ → ↓', t('play.keys.map')),
        ),
        h('p', { class: 'hint' }, t('play.keys.layout')),
        h('button', { type: 'button', class: 'btn small', 'data-testid': 'key-help-close', on: { click: closeHelp } }, t('nav.close')),
      ),
      help,
    );
    deps.layer.append(help);
    help.querySelector<HTMLElement>('[data-testid="key-help-close"]')?.focus();
  };

  const onKey = (event: KeyboardEvent) => {
    if (help) {
      if (event.key === 'Escape' || event.key === '?') {
        event.preventDefault();
        event.stopPropagation();
        closeHelp();
      } else if (event.key === 'Tab') {
        // The dialog holds the focus while it is open: it has one control.
        event.preventDefault();
      }
      return;
    }
    const state = deps.store.getState();
    if (state.screen !== 'game' || event.ctrlKey || event.metaKey || event.altKey || editing(event.target)) return;
    if (event.key === '?') {
      event.preventDefault();
      openHelp();
      return;
    }
    if (event.shiftKey || event.repeat) return;
    const member = MEMBERS[(MEMBER_KEYS as readonly string[]).indexOf(event.code)];
    if (member) {
      event.preventDefault();
      state.select(member);
      return;
    }
    if (event.code === END_TURN_KEY) {
      if (state.game.phase === 'over') return;
      event.preventDefault();
      state.act({ type: 'endTurn' });
      return;
    }
    const order = orderKeys(state).find((k) => k.code === event.code);
    if (!order) return;
    event.preventDefault();
    const refused = state.act(order.action);
    if (refused) deps.say(t('notice.action-refused', { detail: refused.code === 'unaffordable' || refused.code === 'cooldown' ? t(`error.short.${refused.code}`) : t(`error.${refused.code}`) }));
  };
  // In the capture phase, so the help closes before anything else hears its Escape.
  window.addEventListener('keydown', onKey, true);
  return () => {
    window.removeEventListener('keydown', onKey, true);
    closeHelp();
  };
}

/** Opens the key help as if "?" had been pressed (the top bar's button). */
export function showKeyHelp(): void {
  window.dispatchEvent(new KeyboardEvent('keydown', { key: '?', bubbles: true }));
}
