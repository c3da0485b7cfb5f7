// One tooltip for every element with data-tip: shown on hover and on keyboard focus,
// hidden with Escape. Screen readers get the same text from the element itself.
// It stays beside its element while anything scrolls, and goes when the element does.
export function installTooltips(root: HTMLElement): () => void {
  const tip = document.createElement('div');
  tip.className = 'ui-tooltip';
  tip.setAttribute('aria-hidden', 'true');
  tip.hidden = true;
  root.append(tip);
  let current: HTMLElement | null = null;
  // Tips follow focus the player moved with Tab or an arrow, not focus the game moves itself
  // (a new screen, a closed guide), which comes after Enter, a click or a key of the game.
  let keyboard = false;
  const onKeyDown = (event: KeyboardEvent) => {
    keyboard = event.key === 'Tab' || event.key.startsWith('Arrow');
  };
  const onPointer = () => {
    keyboard = false;
  };

  const place = () => {
    if (!current) return;
    if (!current.isConnected) {
      hide();
      return;
    }
    const r = current.getBoundingClientRect();
    // Scrolled out of its panel or off the page: the tip goes with it.
    if (r.width === 0 && r.height === 0 || r.bottom < 0 || r.top > window.innerHeight || r.right < 0 || r.left > window.innerWidth || clipped(current, r)) {
      tip.hidden = true;
      return;
    }
    tip.hidden = false;
    const w = tip.offsetWidth;
    const hgt = tip.offsetHeight;
    let left = r.left + r.width / 2 - w / 2;
    left = Math.max(6, Math.min(window.innerWidth - w - 6, left));
    let top = r.bottom + 8;
    if (top + hgt > window.innerHeight - 6) top = r.top - hgt - 8;
    tip.style.left = `${left}px`;
    tip.style.top = `${Math.max(6, top)}px`;
  };
  const show = (el: HTMLElement) => {
    const text = el.dataset.tip;
    if (!text) return;
    current = el;
    tip.textContent = text;
    place();
  };
  const hide = () => {
    current = null;
    tip.hidden = true;
  };
  const find = (event: Event) => (event.target instanceof Element ? event.target.closest<HTMLElement>('[data-tip]') : null);
  const over = (event: Event) => {
    const el = find(event);
    if (el && el !== current) show(el);
    else if (!el && current && !current.contains(document.activeElement)) hide();
  };
  const focus = (event: Event) => {
    const el = find(event);
    if (el && keyboard && (event.target as Element).matches(':focus-visible')) show(el);
    else hide();
  };
  const key = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && current) hide();
  };
  // Any scroll, of the page or of a panel, moves the tip with its element.
  const scrolled = () => {
    if (current) place();
  };
  root.addEventListener('mouseover', over);
  root.addEventListener('focusin', focus);
  root.addEventListener('focusout', hide);
  root.addEventListener('mouseleave', hide);
  window.addEventListener('keydown', key);
  window.addEventListener('keydown', onKeyDown, true);
  window.addEventListener('pointerdown', onPointer, true);
  document.addEventListener('scroll', scrolled, { capture: true, passive: true });
  window.addEventListener('resize', scrolled);
  return () => {
    window.removeEventListener('keydown', onKeyDown, true);
    window.removeEventListener('pointerdown', onPointer, true);
    root.removeEventListener('mouseover', over);
    root.removeEventListener('focusin', focus);
    root.removeEventListener('focusout', hide);
    root.removeEventListener('mouseleave', hide);
    window.removeEventListener('keydown', key);
    document.removeEventListener('scroll', scrolled, { capture: true });
    window.removeEventListener('resize', scrolled);
    tip.remove();
  };
}

/** Whether the element has scrolled out of a scrolling panel that holds it. */
function clipped(el: HTMLElement, r: DOMRect): boolean {
  for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
    const style = getComputedStyle(p);
    if (style.overflowY === 'visible' && style.overflowX === 'visible') continue;
    const box = p.getBoundingClientRect();
    if (r.bottom < box.top || r.top > box.bottom || r.right < box.left || r.left > box.right) return true;
  }
  return false;
}
