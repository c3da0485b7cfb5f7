// One tooltip for every element with data-tip: shown on hover and on keyboard focus,
// hidden with Escape. Screen readers get the same text from the element itself.
export function installTooltips(root: HTMLElement): () => void {
  const tip = document.createElement('div');
  tip.className = 'ui-tooltip';
  tip.setAttribute('aria-hidden', 'true');
  tip.hidden = true;
  root.append(tip);
  let current: HTMLElement | null = null;
  // Tips follow the keyboard's focus, not focus the game moves itself (a new screen, a closed guide).
  let keyboard = false;
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Tab' || event.key.startsWith('Arrow')) keyboard = true;
  };
  const onPointer = () => {
    keyboard = false;
  };

  const show = (el: HTMLElement) => {
    const text = el.dataset.tip;
    if (!text) return;
    current = el;
    tip.textContent = text;
    tip.hidden = false;
    const r = el.getBoundingClientRect();
    const w = tip.offsetWidth;
    const hgt = tip.offsetHeight;
    let left = r.left + r.width / 2 - w / 2;
    left = Math.max(6, Math.min(window.innerWidth - w - 6, left));
    let top = r.bottom + 8;
    if (top + hgt > window.innerHeight - 6) top = r.top - hgt - 8;
    tip.style.left = `${left}px`;
    tip.style.top = `${Math.max(6, top)}px`;
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
  root.addEventListener('mouseover', over);
  root.addEventListener('focusin', focus);
  root.addEventListener('focusout', hide);
  root.addEventListener('mouseleave', hide);
  window.addEventListener('keydown', key);
  window.addEventListener('keydown', onKeyDown, true);
  window.addEventListener('pointerdown', onPointer, true);
  return () => {
    window.removeEventListener('keydown', onKeyDown, true);
    window.removeEventListener('pointerdown', onPointer, true);
    root.removeEventListener('mouseover', over);
    root.removeEventListener('focusin', focus);
    root.removeEventListener('focusout', hide);
    root.removeEventListener('mouseleave', hide);
    window.removeEventListener('keydown', key);
    tip.remove();
  };
}
