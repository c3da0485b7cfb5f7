// Pieces shared by every screen: stance badges, claim chips, meters, headings.
import type { Stance } from '../engine';
import { num, t } from '../i18n';
import { h, type Child, type VNode } from './dom';
import { STANCE_SYMBOL } from './palette';
import { paragraphs, stanceShort, stanceWord } from './text';
import type { GameStore } from '../state/store';

export type Ctx = { store: GameStore };

/** A stance told by colour, pattern, symbol and word. */
export function stanceBadge(stance: Stance, long = false): VNode {
  return h(
    'span',
    { class: `stance-badge`, 'data-stance': stance },
    h('span', { class: `stance-swatch stance-${stance}`, 'aria-hidden': 'true' }, STANCE_SYMBOL[stance]),
    h('span', { class: 'stance-word' }, long ? stanceWord(stance) : stanceShort(stance)),
  );
}

export function claimChips(claims: readonly string[], paras: readonly number[]): VNode {
  return h(
    'span',
    { class: 'cites' },
    claims.map((c) => h('abbr', { class: 'claim-chip', title: t(`claim.${c}`) }, c)),
    paras.length > 0 ? h('span', { class: 'para' }, paragraphs(paras)) : null,
  );
}

/** A number with a tooltip: the tip shows on hover and focus, its text is read by screen readers. */
export function tipped(content: Child, tip: string, props: Record<string, unknown> = {}): VNode {
  return h('span', { class: 'tip-target', 'data-tip': tip, tabindex: '0', role: 'note', 'aria-label': tip, ...props }, content);
}

/** A bar from −100 to 100 with its zero in the middle. */
export function loyaltyBar(value: number): VNode {
  const width = Math.min(50, Math.abs(value) / 2);
  const left = value >= 0 ? 50 : 50 - width;
  return h(
    'span',
    { class: 'loyalty-bar', 'aria-hidden': 'true' },
    h('span', { class: `loyalty-fill ${value >= 0 ? 'pos' : 'neg'}`, style: { left: `${left}%`, width: `${width}%` } }),
    h('span', { class: 'loyalty-zero' }),
  );
}

/** A 0..100 meter. */
export function meter(value: number, mid = false): VNode {
  return h(
    'span',
    { class: 'meter', 'aria-hidden': 'true' },
    h('span', { class: `meter-fill ${value < 50 ? 'low' : ''}`, style: { width: `${Math.max(0, Math.min(100, value))}%` } }),
    mid ? h('span', { class: 'meter-mid' }) : null,
  );
}

export function screenHeader(title: string, back: { label: string; action: () => void } | null, key = 'back'): VNode {
  return h(
    'header',
    { class: 'screen-header' },
    back ? h('button', { type: 'button', class: 'btn ghost', key, on: { click: back.action } }, `← ${back.label}`) : null,
    h('h1', { tabindex: '-1', 'data-focus-fallback': true }, title),
  );
}

export const fmt = num;

/** A text with the address's own words (`?projector=1`, `results.html`) set as code: kept on one line,
 *  and marked as no language, since a screen reader should spell them, not read them as words. */
export function withAddress(text: string): Child {
  return text.split(/(\?projector=[01]|results\.html)/).map((part, i) => (i % 2 === 1 ? h('code', { class: 'address-part', lang: 'zxx' }, part) : part));
}

