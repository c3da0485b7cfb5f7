// Phaser joins the map's stage (stage.ts): its transparent canvas over the static map
// takes the input and shows the moving effects. The scenes reach the stage through the host.
import Phaser from 'phaser';
import { HOST_KEY, type MapHost } from './host';
import type { MapEvent } from './model';
import { labelBoxes } from './render';
import { MapScene } from './scenes/MapScene';
import { PreloadScene } from './scenes/PreloadScene';
import type { MapStage } from './stage';
import { onLangChange, t } from './strings';
import { toScreen, type View } from './view';

export type RendererChoice = 'auto' | 'webgl' | 'canvas';

export interface MountOptions {
  /** WebGL by default, falling back to Canvas; 'canvas' forces Canvas. */
  renderer?: RendererChoice;
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
  /** Paintings of the static layer shown so far. */
  baseDraws(): number;
  /** Who paints the static layer: the worker, or the page where there is none. */
  paintedBy(): 'worker' | 'page';
  /** The static layer's canvas, beneath Phaser's. */
  baseCanvas(): HTMLCanvasElement;
  /** The outline layer's canvas (hover, selection, focus). */
  outlineCanvas(): HTMLCanvasElement;
  /** Where the map puts its names, capitals and the United States marker now: boxes in CSS pixels from the map's top left. */
  labels(): ReturnType<typeof labelBoxes> | null;
}

export interface MountedMap {
  game: Phaser.Game;
  handle: MapHandle;
  /** Resolves when the map is drawn and interactive. */
  ready: Promise<void>;
  destroy(): void;
}

export function mountMap(map: MapStage, options: MountOptions = {}): MountedMap {
  const { wrapper, base, outlines } = map;
  let { width, height, ratio } = map.measure();
  const reducedMotionQuery = window.matchMedia?.('(prefers-reduced-motion: reduce)');
  let readyResolve: () => void = () => {};
  const ready = new Promise<void>((resolve) => (readyResolve = resolve));
  let isReady = false;
  let currentView: View | null = null;
  let frames = 0;

  const host: MapHost = {
    source: map.source,
    base,
    outlines,
    loaded: map.data,
    initialView: (viewport) => map.openingView(viewport, ratio),
    paintJob: (viewport, view, model) => map.paintJob(viewport, ratio, view, model),
    dom: { wrapper, tooltip: map.tooltip, announce: map.announce, wheelHint: map.showWheelHint },
    systemReducedMotion: () => reducedMotionQuery?.matches ?? false,
    ratio: () => ratio,
    onReady() {
      performance.mark('paper-alliance:map-ready');
      isReady = true;
      wrapper.dataset.ready = 'true';
      readyResolve();
      map.settle();
    },
    onView(view) {
      currentView = view;
    },
  };

  const forced = options.renderer ?? 'auto';
  const game = new Phaser.Game({
    type: forced === 'canvas' ? Phaser.CANVAS : forced === 'webgl' ? Phaser.WEBGL : Phaser.AUTO,
    parent: map.stage,
    // Transparent: the static map shows through from the canvas beneath.
    transparent: true,
    banner: false,
    audio: { noAudio: true },
    // The map decides itself when the wheel zooms it and when it scrolls the page (MapScene).
    input: { keyboard: false, gamepad: false, mouse: { preventDefaultWheel: false } },
    // The map draws a few dozen shapes at most: a small batch and one texture unit boot faster.
    render: { antialias: true, roundPixels: false, powerPreference: 'high-performance', batchSize: 512, maxTextures: 1 },
    scale: { mode: Phaser.Scale.NONE, width: Math.round(width * ratio), height: Math.round(height * ratio), zoom: 1 / ratio },
    callbacks: {
      preBoot: (g) => g.registry.set(HOST_KEY, host),
    },
    // The map starts first; the preload scene is launched once the map is up.
    scene: [MapScene, PreloadScene],
  });
  game.events.on(Phaser.Core.Events.POST_RENDER, () => (frames += 1));
  const stopLang = onLangChange(() => game.canvas?.setAttribute('aria-label', t('map.description')));
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
  map.zoom.in.addEventListener('click', () => mapScene()?.zoomBy(1.5));
  map.zoom.out.addEventListener('click', () => mapScene()?.zoomBy(1 / 1.5));
  map.zoom.reset.addEventListener('click', () => mapScene()?.resetView());

  const resize = () => {
    const size = map.measure();
    if (size.width === width && size.height === height && size.ratio === ratio) return;
    ({ width, height, ratio } = size);
    // The new size first, then the zoom: setting the zoom sizes the canvas's CSS from the game's
    // size and then measures the canvas, which is what the pointer is mapped by. The other way
    // round the CSS kept the old size as Phaser measured it, and clicks landed a guide's height
    // off once the guide above the map had closed.
    game.scale.resize(Math.round(width * ratio), Math.round(height * ratio));
    game.scale.setZoom(1 / ratio);
  };
  const observer = new ResizeObserver(resize);
  observer.observe(wrapper);
  // Phaser measures where its canvas lies only when the window or the canvas resizes; a panel
  // above the map that closes can move it at the same size (on a phone the guide sits above the
  // map in the page). So the canvas is measured afresh as the pointer comes to it, before Phaser
  // reads the event, when it has moved. `placed`: where Phaser last measured it, in page pixels.
  const placed = { x: NaN, y: NaN, width: NaN, height: NaN };
  const onPointer = () => {
    const rect = game.canvas?.getBoundingClientRect();
    if (!rect) return;
    const x = rect.left + window.scrollX, y = rect.top + window.scrollY;
    if (x === placed.x && y === placed.y && rect.width === placed.width && rect.height === placed.height) return;
    Object.assign(placed, { x, y, width: rect.width, height: rect.height });
    game.scale.refresh();
  };
  const PLACE_ON = ['pointerover', 'pointermove', 'pointerdown', 'wheel'] as const;
  for (const type of PLACE_ON) wrapper.addEventListener(type, onPointer, { capture: true, passive: true });
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
      return map.data().pick(lon, lat);
    },
    project(lon, lat) {
      if (!currentView) return null;
      const [x, y] = map.data().project([lon, lat]);
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
    paintedBy: () => base.paintedBy,
    baseCanvas: () => base.canvas,
    outlineCanvas: () => outlines.canvas,
    labels() {
      if (!currentView) return null;
      const ctx = document.createElement('canvas').getContext('2d') as CanvasRenderingContext2D;
      return labelBoxes({ ctx, width: Math.round(width * ratio), height: Math.round(height * ratio), ratio, view: currentView }, map.data(), map.source.read());
    },
    inkedPixels() {
      // A snapshot is taken as the next frame renders: a sleeping map is woken for it.
      mapScene()?.awake();
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
      for (const type of PLACE_ON) wrapper.removeEventListener(type, onPointer, { capture: true });
      dprQuery?.removeEventListener?.('change', resize);
      // Phaser destroys a game in its next step: a sleeping loop must run that step.
      game.destroy(true);
      game.loop.wake();
      map.destroy();
    },
  };
}
