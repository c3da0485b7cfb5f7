// The screens are written with `h(tag, props, ...children)` and drawn by preact, which patches
// the page in place: a control keeps its node, so focus, scroll, a caret and an open <details>
// stay where the player left them without being put back.
import { createElement, Fragment, render, type ComponentChildren, type ComponentType, type VNode } from 'preact';

export type Child = ComponentChildren;
export type { VNode };
export type Props = Record<string, unknown> & {
  class?: string;
  /** Tells siblings apart across redraws; also written as `data-key`, which tests and styles read. */
  key?: string;
  on?: Partial<Record<keyof HTMLElementEventMap, (event: Event) => void>>;
};

/** Our props as preact takes them: `on: { click }` as `onclick`, `key` also as `data-key`, and the
 *  builder's old reading of true and false (an empty attribute, no attribute). */
function translate(props: Props | null): Record<string, unknown> | null {
  if (!props) return null;
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(props)) {
    if (name === 'on') {
      for (const [type, handler] of Object.entries(value as Record<string, unknown>)) out[`on${type}`] = handler;
    } else if (name === 'key') {
      if (value === undefined || value === null) continue;
      out.key = value;
      out['data-key'] = String(value);
    } else if (value === false || value === null) {
      out[name] = undefined;
    } else if (value === true && (name.startsWith('data-') || name.startsWith('aria-'))) {
      out[name] = '';
    } else if (name === 'spellcheck') {
      // A DOM property that takes a boolean: the string "false" would switch it on.
      out[name] = value !== 'false';
    } else {
      out[name] = value;
    }
  }
  return out;
}

export function h(tag: keyof HTMLElementTagNameMap, props?: Props | null, ...children: Child[]): VNode;
export function h<P>(tag: ComponentType<P>, props: P & { key?: string }): VNode;
export function h(tag: unknown, props: unknown = null, ...children: Child[]): VNode {
  if (typeof tag !== 'string') return createElement(tag as ComponentType<Record<string, unknown>>, props as Record<string, unknown>);
  return createElement(tag, translate(props as Props | null), ...children);
}

/** An SVG element: preact draws it in the SVG namespace inside an <svg>. */
export function s(tag: string, attrs: Record<string, string | number | undefined> = {}, ...children: Child[]): VNode {
  return createElement(tag, attrs, ...children);
}

/**
 * Draw `content` into a region. Preact keeps every node it can; a region that held the focus
 * and lost the focused control (an order given, a screen changed) hands it to its heading or first control.
 */
export function show(region: HTMLElement, content: Child): void {
  const active = document.activeElement;
  const held = active instanceof HTMLElement && active !== region && region.contains(active);
  render(createElement(Fragment, null, content), region);
  if (held && !active.isConnected) {
    const next = region.querySelector<HTMLElement>('[data-focus-fallback]') ?? region.querySelector<HTMLElement>(FOCUSABLE);
    next?.focus({ preventScroll: true });
  }
}

export const FOCUSABLE = 'button:not([disabled]), [href], input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"]), summary';

/** Screen-reader-only text. */
export function sr(text: string): VNode {
  return h('span', { class: 'sr-only' }, text);
}
