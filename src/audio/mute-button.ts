// The mute button: a real <button> with aria-pressed, so keyboards and screen
// readers get it for free. The HUD may move it into its top bar.
import { onLangChange } from '../i18n';
import type { AudioDirector } from './director';
import { say } from './strings';
import './audio.css';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Speaker with sound waves, or with a cross when silent. */
function icon(silent: boolean): SVGSVGElement {
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('width', '20');
  svg.setAttribute('height', '20');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  const path = document.createElementNS(SVG_NS, 'path');
  path.setAttribute('d', silent ? 'M3 9h4l5-4v14l-5-4H3z M16 9l5 6 M21 9l-5 6' : 'M3 9h4l5-4v14l-5-4H3z M15.5 8.5a5 5 0 0 1 0 7 M18.5 5.5a9 9 0 0 1 0 13');
  path.setAttribute('fill', 'none');
  path.setAttribute('stroke', 'currentColor');
  path.setAttribute('stroke-width', '2');
  path.setAttribute('stroke-linecap', 'round');
  path.setAttribute('stroke-linejoin', 'round');
  svg.append(path);
  return svg;
}

export interface MuteButton {
  element: HTMLButtonElement;
  destroy(): void;
}

/** `inline` places it in the flow of a bar instead of the window's top right corner. */
export function mountMuteButton(audio: AudioDirector, parent: HTMLElement, options: { inline?: boolean } = {}): MuteButton {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'pa-audio-mute audio-mute';
  if (options.inline) button.classList.add('pa-audio-inline');
  button.dataset.sound = 'none';

  let shown: string | null = null;
  const render = () => {
    const status = audio.status();
    const unavailable = status.state === 'unavailable';
    const silent = status.settings.muted || unavailable;
    const label = say('audio.mute');
    const key = `${status.settings.muted}:${unavailable}:${label}`;
    if (key === shown) return;
    shown = key;
    button.setAttribute('aria-label', label);
    button.setAttribute('aria-pressed', String(status.settings.muted));
    button.title = say(unavailable ? 'audio.unavailable' : status.settings.muted ? 'audio.unmute' : 'audio.mute');
    if (unavailable) button.setAttribute('aria-disabled', 'true');
    else button.removeAttribute('aria-disabled');
    button.replaceChildren(icon(silent));
  };

  const onClick = () => {
    if (audio.status().state === 'unavailable') return;
    audio.unlock();
    audio.toggleMute();
  };
  button.addEventListener('click', onClick);
  const unsubscribe = audio.subscribe(render);
  const leaveLang = onLangChange(render);
  render();
  parent.append(button);

  return {
    element: button,
    destroy() {
      unsubscribe();
      leaveLang();
      button.removeEventListener('click', onClick);
      button.remove();
    },
  };
}
