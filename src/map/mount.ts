// Mounts the Phaser map in a container: canvas, tooltip, zoom buttons, key, and the
// live region. DOM overlays of the rest of the game sit beside it in the same container.
import Phaser from 'phaser';
import type { MapAsset } from './asset';
import { BaseLayer, OutlineLayer } from './baselayer';
import { HOST_KEY, type MapDom, type MapHost } from './host';
import { buildLegend } from './legend';
import { MAP_ASSET } from './map-asset';
import { buildMapData, type MapData } from './mapdata';
import type { MapEvent, MapSource } from './model';
import { BootScene } from './scenes/BootScene';
import { MapScene } from './scenes/MapScene';
import { onLangChange, t } from './strings';
import { clampView, fitRect, toScreen, type View, type Viewport } from './view';
import './map.css';

export type RendererChoice = 'auto' | 'webgl' | 'canvas';

export interface MountOptions {
  /** WebGL by default, falling back to Canvas; 'canvas' forces Canvas. */
  renderer?: RendererChoice;
  /** Another map asset (the build's own by default). */
  asset?: Promise<MapAsset>;
}

/** The page-level handle tests and the host page use (window.__paperAlliance.map with ?debug=1). */
export interface MapHandle {
  /** True once the map has been drawn and takes input. */
  readonly ready: boolean;
  readonly renderer: 'webgl' | 'canvas' | 'none';
  /** ISO alpha-3 code of the country drawn at [lon, lat], or null over sea. */
  pick(lon: number, lat: number): string | null;
  /** CSS pixel position, relative to the viewport, of [lon, lat] on the page. */
  project(lon: number, lat: number): { x: number; y: number } | null;
  /** Current view (device pixels per asset unit and offset). */
  view(): View | null;
  /** Frames rendered since mount. */
  frames(): number;
  zoomBy(factor: number): void;
  /** Centres [lon, lat] at `zoom` times the whole-frame scale. */
  centerOn(lon: number, lat: number, zoom: number): void;
  /** Effects on screen (pulses, rockets, offers) and how many move. */
  effects(): { shown: number; moving: number };
  /** This turn's events as the map shows them. */
  events(): readonly MapEvent[];
  /** Pixels Phaser's canvas drew on its last frame (its layers: outlines, effects). */
  inkedPixels(): Promise<number>;
  /** Times the static layer has been drawn. */
  baseDraws(): number;
  /** The static layer's canvas (beneath Phaser's under WebGL, its texture under Canvas). */
  baseCanvas(): HTMLCanvasElement;
  /** The outline layer's canvas (hover, selection, focus). */
  outlineCanvas(): HTMLCanvasElement;
}

export interface MountedMap {
  game: Phaser.Game;
  handle: MapHandle;
  /** Resolves when the map is drawn and interactive. */
  ready: Promise<void>;
  destroy(): void;
}

/** Most device pixels the canvas uses: a 4K screen's worth, so huge high-DPI windows stay fast. */
const MAX_PIXELS = 3840 * 2160;

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  return node;
}

export function mountMap(container: HTMLElement, source: MapSource, options: MountOptions = {}): MountedMap {
  // The bundled asset is at hand: it is decoded in the map scene's first frame, so
  // Phaser starts at once. Another asset is awaited by the boot scene.
  const bundled = options.asset === undefined;
  let mapData: MapData | null = null;
  const decode = (asset: MapAsset) => (mapData ??= buildMapData(asset));
  let pending: Promise<MapData> | null = null;
  const whenLoaded = () => (pending ??= bundled ? Promise.resolve().then(() => decode(MAP_ASSET)) : (options.asset as Promise<MapAsset>).then(decode));

  const wrapper = element('div', 'pa-map');
  const stage = element('div', 'pa-map-stage');
  const tooltip = element('div', 'pa-tooltip');
  tooltip.hidden = true;
  tooltip.setAttribute('role', 'tooltip');
  const live = element('div', 'pa-live');
  live.setAttribute('aria-live', 'polite');
  const zoom = element('div', 'pa-zoom');
  const button = (label: string, text: string, className = '') => {
    const b = element('button', className);
    b.type = 'button';
    b.textContent = text;
    b.setAttribute('aria-label', label);
    b.title = label;
    return b;
  };
  const zoomIn = button('', '+');
  const zoomOut = button('', '−');
  const reset = button('', '⌂', 'pa-reset');
  const labelButtons = () => {
    for (const [b, key] of [[zoomIn, 'map.controls.zoomIn'], [zoomOut, 'map.controls.zoomOut'], [reset, 'map.controls.reset']] as const) {
      b.setAttribute('aria-label', t(key));
      b.title = t(key);
    }
  };
  labelButtons();
  zoom.append(zoomIn, zoomOut, reset);
  wrapper.append(stage, tooltip, zoom, live);
  container.append(wrapper);
  const base = new BaseLayer(wrapper);
  // Above Phaser's canvas: outlines drawn only on change cost nothing per frame, unlike
  // Phaser graphics, which a software GPU re-renders every frame.
  const outlines = new OutlineLayer(stage);

  const cssSize = () => ({ width: Math.max(1, wrapper.clientWidth), height: Math.max(1, wrapper.clientHeight) });
  const ratioFor = (width: number, height: number) => Math.max(0.5, Math.min(window.devicePixelRatio || 1, Math.sqrt(MAX_PIXELS / (width * height))));
  let { width, height } = cssSize();
  let ratio = ratioFor(width, height);
  // Open on a big map only; on a small one the key would hide the Caucasus.
  let legend = buildLegend(window.devicePixelRatio || 1, width >= 960 && height >= 600);
  wrapper.insertBefore(legend, zoom);
  const stopLang = onLangChange(() => {
    labelButtons();
    const next = buildLegend(window.devicePixelRatio || 1, legend.open);
    legend.replaceWith(next);
    legend = next;
    game.canvas?.setAttribute('aria-label', t('map.description'));
  });

  const reducedMotionQuery = window.matchMedia?.('(prefers-reduced-motion: reduce)');
  let readyResolve: () => void = () => {};
  const ready = new Promise<void>((resolve) => (readyResolve = resolve));
  let isReady = false;
  let currentView: View | null = null;
  let frames = 0;

  const dom: MapDom = { wrapper, tooltip, live };
  const initialView = (viewport: Viewport) => {
    const map = host.loaded();
    return clampView(fitRect(map.geometry.asset.focus, viewport, 12 * ratio), map.frame, viewport);
  };
  const host: MapHost = {
    source,
    whenLoaded,
    base,
    outlines,
    initialView,
    loaded() {
      if (bundled) return decode(MAP_ASSET);
      if (!mapData) throw new Error('map data not loaded yet');
      return mapData;
    },
    dom,
    systemReducedMotion: () => reducedMotionQuery?.matches ?? false,
    ratio: () => ratio,
    onReady() {
      performance.mark('paper-alliance:map-ready');
      isReady = true;
      wrapper.dataset.ready = 'true';
      readyResolve();
    },
    onView(view) {
      currentView = view;
    },
  };

  const forced = options.renderer ?? 'auto';
  const game = new Phaser.Game({
    type: forced === 'canvas' ? Phaser.CANVAS : forced === 'webgl' ? Phaser.WEBGL : Phaser.AUTO,
    parent: stage,
    // Transparent: the static map shows through from the canvas beneath.
    transparent: true,
    banner: false,
    audio: { noAudio: true },
    input: { keyboard: false, gamepad: false },
    render: { antialias: true, roundPixels: false, powerPreference: 'high-performance' },
    scale: { mode: Phaser.Scale.NONE, width: Math.round(width * ratio), height: Math.round(height * ratio), zoom: 1 / ratio },
    callbacks: {
      preBoot: (g) => g.registry.set(HOST_KEY, host),
    },
    scene: bundled ? [MapScene, BootScene] : [BootScene, MapScene],
  });
  game.events.on(Phaser.Core.Events.POST_RENDER, () => (frames += 1));
  // Phaser may boot inside its constructor (the document is already interactive) or later.
  const labelCanvas = () => {
    const canvas = game.canvas;
    canvas.tabIndex = 0;
    canvas.setAttribute('role', 'application');
    canvas.setAttribute('aria-label', t('map.description'));
  };
  if (game.isBooted) labelCanvas();
  else game.events.once(Phaser.Core.Events.READY, labelCanvas);

  const mapScene = () => (game.scene.isActive('map') ? (game.scene.getScene('map') as unknown as MapScene) : null);
  zoomIn.addEventListener('click', () => mapScene()?.zoomBy(1.5));
  zoomOut.addEventListener('click', () => mapScene()?.zoomBy(1 / 1.5));
  reset.addEventListener('click', () => mapScene()?.resetView());

  const resize = () => {
    const size = cssSize();
    const nextRatio = ratioFor(size.width, size.height);
    if (size.width === width && size.height === height && nextRatio === ratio) return;
    width = size.width;
    height = size.height;
    ratio = nextRatio;
    game.scale.setZoom(1 / ratio);
    game.scale.resize(Math.round(width * ratio), Math.round(height * ratio));
    // Phaser leaves the CSS size alone when zoom is 1; the canvas must follow its container.
    game.canvas.style.width = `${width}px`;
    game.canvas.style.height = `${height}px`;
  };
  const observer = new ResizeObserver(resize);
  observer.observe(wrapper);
  const dprQuery = window.matchMedia?.(`(resolution: ${window.devicePixelRatio}dppx)`);
  dprQuery?.addEventListener?.('change', resize);

  const handle: MapHandle = {
    get ready() {
      return isReady;
    },
    get renderer() {
      if (!game.renderer) return 'none';
      return game.renderer.type === Phaser.WEBGL ? 'webgl' : 'canvas';
    },
    pick(lon, lat) {
      return bundled || mapData ? host.loaded().pick(lon, lat) : null;
    },
    project(lon, lat) {
      if (!mapData || !currentView) return null;
      const [x, y] = (mapData as MapData).project([lon, lat]);
      const [sx, sy] = toScreen(currentView, x, y);
      const rect = game.canvas.getBoundingClientRect();
      return { x: rect.left + sx / ratio, y: rect.top + sy / ratio };
    },
    view: () => currentView,
    frames: () => frames,
    zoomBy: (factor) => mapScene()?.zoomBy(factor),
    centerOn: (lon, lat, zoom) => mapScene()?.centerOn(lon, lat, zoom),
    effects: () => mapScene()?.effectCount() ?? { shown: 0, moving: 0 },
    events: () => mapScene()?.shownEvents() ?? [],
    baseDraws: () => base.draws,
    baseCanvas: () => base.canvas,
    outlineCanvas: () => outlines.canvas,
    inkedPixels() {
      return new Promise((resolve) => {
        game.renderer.snapshot((snapshot) => {
          if (!(snapshot instanceof HTMLImageElement)) return resolve(0);
          const canvas = document.createElement('canvas');
          canvas.width = snapshot.width;
          canvas.height = snapshot.height;
          const ctx = canvas.getContext('2d', { willReadFrequently: true }) as CanvasRenderingContext2D;
          ctx.drawImage(snapshot, 0, 0);
          const pixels = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
          let inked = 0;
          for (let i = 3; i < pixels.length; i += 4) if ((pixels[i] as number) > 0) inked += 1;
          resolve(inked);
        });
      });
    },
  };

  return {
    game,
    handle,
    ready,
    destroy() {
      stopLang();
      observer.disconnect();
      dprQuery?.removeEventListener?.('change', resize);
      game.destroy(true);
      wrapper.remove();
    },
  };
}
