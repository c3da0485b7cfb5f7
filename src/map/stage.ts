// The map's part of the page, ready before Phaser is: its container, tooltip, zoom
// buttons, key and live region, and the static map with its opening painting.
// Phaser (mount.ts) joins it when loaded.
import { BaseLayer, OutlineLayer } from './baselayer';
import { buildLegend } from './legend';
import { MAP_ASSET } from './map-asset';
import { buildMapData, type MapData } from './mapdata';
import type { MapModel, MapSource } from './model';
import { mapWords, type PaintJob } from './paint';
import { onLangChange, t } from './strings';
import { clampView, fitRect, type View, type Viewport } from './view';
import './map.css';

/** Most device pixels the canvas uses: a 4K screen's worth, so huge high-DPI windows stay fast. */
const MAX_PIXELS = 3840 * 2160;

export interface MapStage {
  readonly source: MapSource;
  readonly wrapper: HTMLElement;
  /** Where Phaser's canvas goes. */
  readonly stage: HTMLElement;
  readonly tooltip: HTMLElement;
  /** Says something to screen readers: the page's announcer, or the map's own live region on a page without one. */
  readonly announce: (text: string) => void;
  /** Says for a moment how to zoom with the wheel, on a page that the wheel scrolls. */
  showWheelHint(): void;
  readonly zoom: { in: HTMLButtonElement; out: HTMLButtonElement; reset: HTMLButtonElement };
  readonly base: BaseLayer;
  readonly outlines: OutlineLayer;
  /** The container's CSS size and the device pixels per CSS pixel the map uses in it. */
  measure(): { width: number; height: number; ratio: number };
  /** The map data, decoded on first use (hit testing, outlines, effects). */
  data(): MapData;
  /** The view the map opens on, for a viewport in device pixels. */
  openingView(viewport: Viewport, ratio: number): View;
  /** What to paint for this viewport, view and model. */
  paintJob(viewport: Viewport, ratio: number, view: View, model: MapModel): PaintJob;
  /** Once the map is up: its key, and a worker for later paintings. */
  settle(): void;
  destroy(): void;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  return node;
}

const FRAME: Viewport = { width: MAP_ASSET.width, height: MAP_ASSET.height };

export interface StageOptions {
  /** The page's one voice for screen readers; without it the map keeps a live region of its own. */
  announce?: (text: string) => void;
}

export function prepareMap(container: HTMLElement, source: MapSource, options: StageOptions = {}): MapStage {
  let mapData: MapData | null = null;
  const data = () => (mapData ??= buildMapData(MAP_ASSET));

  const wrapper = element('div', 'pa-map');
  const stage = element('div', 'pa-map-stage');
  const tooltip = element('div', 'pa-tooltip');
  tooltip.hidden = true;
  tooltip.setAttribute('role', 'tooltip');
  // Only the mouse wheel brings it up, and the zoom buttons say the same to everyone else.
  const wheelHint = element('div', 'pa-wheel-hint');
  wheelHint.hidden = true;
  wheelHint.setAttribute('aria-hidden', 'true');
  let live: HTMLElement | null = null;
  if (!options.announce) {
    live = element('div', 'pa-live');
    live.setAttribute('aria-live', 'polite');
  }
  const announce = options.announce ?? ((text: string) => void (live!.textContent = text));
  const zoomBar = element('div', 'pa-zoom');
  const button = (text: string, className = '') => {
    const b = element('button', className);
    b.type = 'button';
    b.textContent = text;
    return b;
  };
  const zoom = { in: button('+'), out: button('−'), reset: button('⌂', 'pa-reset') };
  const labelButtons = () => {
    for (const [b, key] of [[zoom.in, 'map.controls.zoomIn'], [zoom.out, 'map.controls.zoomOut'], [zoom.reset, 'map.controls.reset']] as const) {
      b.setAttribute('aria-label', t(key));
      b.title = t(key);
    }
  };
  labelButtons();
  zoomBar.append(zoom.in, zoom.out, zoom.reset);
  wrapper.append(stage, tooltip, wheelHint, zoomBar);
  if (live) wrapper.append(live);
  container.append(wrapper);
  const base = new BaseLayer(wrapper, data);
  // Above Phaser's canvas: outlines drawn only on change cost nothing per frame, unlike
  // Phaser graphics, which a software GPU re-renders every frame.
  const outlines = new OutlineLayer(stage);

  const measure = () => {
    const width = Math.max(1, wrapper.clientWidth), height = Math.max(1, wrapper.clientHeight);
    const ratio = Math.max(0.5, Math.min(window.devicePixelRatio || 1, Math.sqrt(MAX_PIXELS / (width * height))));
    return { width, height, ratio };
  };
  const openingView = (viewport: Viewport, ratio: number) => clampView(fitRect(MAP_ASSET.focus, viewport, 12 * ratio), FRAME, viewport);
  const paintJob = (viewport: Viewport, ratio: number, view: View, model: MapModel): PaintJob => ({
    width: viewport.width,
    height: viewport.height,
    ratio,
    view: { scale: view.scale, x: view.x, y: view.y },
    input: { members: model.members, events: model.events, month: model.month },
    words: mapWords(),
  });

  const size = measure();
  let legend: HTMLDetailsElement | null = null;
  const settle = () => {
    if (legend) return;
    // Open on a big map only; on a small one the key would hide the Caucasus.
    const { width, height } = measure();
    legend = buildLegend(window.devicePixelRatio || 1, width >= 960 && height >= 600);
    wrapper.insertBefore(legend, zoomBar);
    base.startWorker();
  };
  const stopLang = onLangChange(() => {
    labelButtons();
    if (!legend) return;
    const next = buildLegend(window.devicePixelRatio || 1, legend.open);
    legend.replaceWith(next);
    legend = next;
  });

  let hintTimer: ReturnType<typeof setTimeout> | undefined;
  const showWheelHint = () => {
    const key = /Mac|iPhone|iPad/.test(navigator.platform) ? '⌘' : 'Ctrl';
    wheelHint.textContent = t('map.controls.wheelHint', { key });
    wheelHint.hidden = false;
    clearTimeout(hintTimer);
    hintTimer = setTimeout(() => (wheelHint.hidden = true), 1800);
  };

  // The opening map is painted now; the map scene asks for the same painting, already on the canvas.
  const viewport = { width: Math.round(size.width * size.ratio), height: Math.round(size.height * size.ratio) };
  base.draw(paintJob(viewport, size.ratio, openingView(viewport, size.ratio), source.read()));

  return {
    source,
    wrapper,
    stage,
    tooltip,
    announce,
    showWheelHint,
    zoom,
    base,
    outlines,
    measure,
    data,
    openingView,
    paintJob,
    settle,
    destroy() {
      clearTimeout(hintTimer);
      stopLang();
      base.close();
      wrapper.remove();
    },
  };
}
