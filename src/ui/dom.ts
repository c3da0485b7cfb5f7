// A small DOM builder and a region that re-renders in place, keeping focus and
// scroll where the player left them.

export type Child = Node | string | number | null | undefined | false | readonly Child[];
export type Props = Record<string, unknown> & {
  class?: string;
  key?: string;
  on?: Partial<Record<keyof HTMLElementEventMap, (event: Event) => void>>;
};

function append(parent: Node, child: Child): void {
  if (child === null || child === undefined || child === false) return;
  if (Array.isArray(child)) {
    for (const c of child as readonly Child[]) append(parent, c);
    return;
  }
  parent.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
}

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props | null = null, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (props) {
    for (const [name, value] of Object.entries(props)) {
      if (value === undefined || value === null || value === false) continue;
      if (name === 'on') {
        for (const [type, handler] of Object.entries(value as Record<string, (event: Event) => void>)) el.addEventListener(type, handler);
      } else if (name === 'class') {
        el.className = String(value);
      } else if (name === 'key') {
        el.dataset.key = String(value);
      } else if (name === 'style' && typeof value === 'object') {
        Object.assign(el.style, value);
      } else if (value === true) {
        el.setAttribute(name, '');
      } else {
        el.setAttribute(name, String(value));
      }
    }
  }
  for (const child of children) append(el, child);
  return el;
}

const SVG = 'http://www.w3.org/2000/svg';
export function s(tag: string, attrs: Record<string, string | number | undefined> = {}, ...children: (Node | string | null | undefined | false)[]): SVGElement {
  const el = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs)) if (value !== undefined) el.setAttribute(name, String(value));
  for (const child of children) if (child) el.append(child);
  return el;
}

interface Kept {
  region: HTMLElement;
  content: Child;
  focusKey: string | undefined;
  hadFocus: boolean;
  scrolls: Record<string, number>;
  regionScroll: number;
}

/**
 * Replace the content of several regions at once; focus returns to the control with
 * the same key and scroll positions stay. Reads come first, then writes, so the page
 * is laid out once however many regions change.
 */
export function patchAll(updates: readonly { region: HTMLElement; content: Child }[]): void {
  const active = document.activeElement;
  const kept: Kept[] = updates.map(({ region, content }) => {
    const hadFocus = active instanceof HTMLElement && region.contains(active);
    const scrolls: Record<string, number> = {};
    region.querySelectorAll<HTMLElement>('[data-scroll]').forEach((el) => (scrolls[el.dataset.scroll!] = el.scrollTop));
    return { region, content, hadFocus, focusKey: hadFocus ? (active as HTMLElement).closest<HTMLElement>('[data-key]')?.dataset.key : undefined, scrolls, regionScroll: region.scrollTop };
  });
  for (const k of kept) {
    const fragment = document.createDocumentFragment();
    append(fragment, k.content);
    k.region.replaceChildren(fragment);
  }
  for (const k of kept) {
    if (k.regionScroll) k.region.scrollTop = k.regionScroll;
    for (const [name, top] of Object.entries(k.scrolls)) {
      const el = k.region.querySelector<HTMLElement>(`[data-scroll="${name}"]`);
      if (el && top) el.scrollTop = top;
    }
    if (!k.hadFocus) continue;
    const again = k.focusKey ? k.region.querySelector<HTMLElement>(`[data-key="${CSS.escape(k.focusKey)}"]`) : null;
    if (again) {
      const target = again.matches(FOCUSABLE) ? again : again.querySelector<HTMLElement>(FOCUSABLE);
      (target ?? again).focus({ preventScroll: true });
    } else {
      // The control went away (an order given): keep focus in the region, not lost to <body>.
      const fallback = k.region.querySelector<HTMLElement>('[data-focus-fallback]') ?? k.region.querySelector<HTMLElement>(FOCUSABLE);
      fallback?.focus({ preventScroll: true });
    }
  }
}

/** Replace one region's content, keeping focus and scroll. */
export function patch(region: HTMLElement, content: Child): void {
  patchAll([{ region, content }]);
}

export const FOCUSABLE = 'button:not([disabled]), [href], input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"]), summary';

/** Screen-reader-only text. */
export function sr(text: string): HTMLSpanElement {
  return h('span', { class: 'sr-only' }, text);
}
