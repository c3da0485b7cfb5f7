// The map's view: a scale and an offset from asset units to device pixels.
// Pure functions, so zoom and pan limits are tested without a browser.

export interface View {
  /** Device pixels per asset unit. */
  scale: number;
  /** Device-pixel position of the asset origin. */
  x: number;
  y: number;
}

export interface Viewport {
  width: number;
  height: number;
}

export type Rect = readonly [number, number, number, number];

/** How far in the map lets you zoom, relative to the whole frame fitting the screen. */
export const MAX_ZOOM = 16;

export function toScreen(view: View, x: number, y: number): [number, number] {
  return [x * view.scale + view.x, y * view.scale + view.y];
}

export function toWorld(view: View, sx: number, sy: number): [number, number] {
  return [(sx - view.x) / view.scale, (sy - view.y) / view.scale];
}

/** The view that fits `rect` inside the viewport, centred, with a margin in device pixels. */
export function fitRect(rect: Rect, viewport: Viewport, margin = 0): View {
  const [x0, y0, x1, y1] = rect;
  const w = Math.max(1, viewport.width - 2 * margin);
  const h = Math.max(1, viewport.height - 2 * margin);
  const scale = Math.min(w / (x1 - x0), h / (y1 - y0));
  return {
    scale,
    x: viewport.width / 2 - ((x0 + x1) / 2) * scale,
    y: viewport.height / 2 - ((y0 + y1) / 2) * scale,
  };
}

export function scaleLimits(frame: Viewport, viewport: Viewport): { min: number; max: number } {
  const min = Math.min(viewport.width / frame.width, viewport.height / frame.height);
  return { min, max: min * MAX_ZOOM };
}

/** Keeps the scale within limits and the frame on screen: it covers the viewport where it can, else sits centred. */
export function clampView(view: View, frame: Viewport, viewport: Viewport): View {
  const { min, max } = scaleLimits(frame, viewport);
  const scale = Math.min(max, Math.max(min, view.scale));
  const axis = (offset: number, frameSize: number, screenSize: number) => {
    const size = frameSize * scale;
    if (size <= screenSize) return (screenSize - size) / 2;
    return Math.min(0, Math.max(screenSize - size, offset));
  };
  const cx = (viewport.width / 2 - view.x) / view.scale;
  const cy = (viewport.height / 2 - view.y) / view.scale;
  const x = viewport.width / 2 - cx * scale;
  const y = viewport.height / 2 - cy * scale;
  return { scale, x: axis(x, frame.width, viewport.width), y: axis(y, frame.height, viewport.height) };
}

/** Zooms by `factor` keeping the point under (sx, sy) still. */
export function zoomAt(view: View, factor: number, sx: number, sy: number, frame: Viewport, viewport: Viewport): View {
  const { min, max } = scaleLimits(frame, viewport);
  const scale = Math.min(max, Math.max(min, view.scale * factor));
  const k = scale / view.scale;
  return clampView({ scale, x: sx - (sx - view.x) * k, y: sy - (sy - view.y) * k }, frame, viewport);
}

export function panBy(view: View, dx: number, dy: number, frame: Viewport, viewport: Viewport): View {
  return clampView({ scale: view.scale, x: view.x + dx, y: view.y + dy }, frame, viewport);
}

/** The same map centre and relative zoom on a viewport of another size. */
export function resizeView(view: View, from: Viewport, to: Viewport, frame: Viewport): View {
  const before = scaleLimits(frame, from).min;
  const after = scaleLimits(frame, to).min;
  const scale = (view.scale / before) * after;
  const [cx, cy] = toWorld(view, from.width / 2, from.height / 2);
  return clampView({ scale, x: to.width / 2 - cx * scale, y: to.height / 2 - cy * scale }, frame, to);
}

export function sameView(a: View, b: View): boolean {
  return Math.abs(a.scale - b.scale) < 1e-9 && Math.abs(a.x - b.x) < 0.01 && Math.abs(a.y - b.y) < 0.01;
}
