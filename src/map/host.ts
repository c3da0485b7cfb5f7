// What mountMap hands its scenes: the game's data source, the map data,
// and the DOM beside the canvas (tooltip, the page's announcer).
import type { BaseLayer, OutlineLayer } from './baselayer';
import type { MapData } from './mapdata';
import type { MapModel, MapSource } from './model';
import type { PaintJob } from './paint';
import type { View, Viewport } from './view';

export interface MapDom {
  wrapper: HTMLElement;
  tooltip: HTMLElement;
  /** Says something to screen readers, through the page's one voice. */
  announce(text: string): void;
  /** Says for a moment how to zoom with the wheel, on a page that the wheel scrolls. */
  wheelHint(): void;
}

export interface MapHost {
  source: MapSource;
  /** The map data, decoded on first use. */
  loaded(): MapData;
  dom: MapDom;
  /** The static map canvas beneath Phaser's. */
  base: BaseLayer;
  /** Hover, selection and focus outlines, above Phaser's canvas. */
  outlines: OutlineLayer;
  /** The opening view for a viewport in device pixels. */
  initialView(viewport: Viewport): View;
  /** What the static layer should show for this viewport, view and model. */
  paintJob(viewport: Viewport, view: View, model: MapModel): PaintJob;
  /** True when the system asks for reduced motion; the store's setting can also ask. */
  systemReducedMotion(): boolean;
  /** Device pixels per CSS pixel of the game canvas. */
  ratio(): number;
  /** Called by the map scene once its first frame with the map is on screen. */
  onReady(): void;
  /** The scene reports its view so the page can map coordinates (test handle). */
  onView(view: View): void;
}

export const HOST_KEY = 'paperAllianceHost';
