import { describe, expect, it } from 'vitest';
import { clampView, fitRect, MAX_ZOOM, panBy, resizeView, scaleLimits, toScreen, toWorld, zoomAt } from '../../src/map/view';

const frame = { width: 8192, height: 7175 };

describe('the map view', () => {
  it.each([
    [320, 480],
    [1280, 800],
    [3840, 2160],
  ])('at %i×%i, zoomed out, the frame is on screen and centred', (width, height) => {
    const viewport = { width, height };
    const view = clampView({ scale: 0.0001, x: -5000, y: 9000 }, frame, viewport);
    expect(view.scale).toBeCloseTo(scaleLimits(frame, viewport).min);
    const [x0, y0] = toScreen(view, 0, 0);
    const [x1, y1] = toScreen(view, frame.width, frame.height);
    expect(x0).toBeGreaterThanOrEqual(-0.01);
    expect(y0).toBeGreaterThanOrEqual(-0.01);
    expect(x1).toBeLessThanOrEqual(width + 0.01);
    expect(y1).toBeLessThanOrEqual(height + 0.01);
  });

  it('never pans past the frame when zoomed in', () => {
    const viewport = { width: 1280, height: 800 };
    let view = fitRect([3000, 3000, 4000, 4000], viewport);
    view = panBy(view, 1e6, 1e6, frame, viewport);
    expect(toScreen(view, 0, 0)[0]).toBeCloseTo(0);
    expect(toScreen(view, 0, 0)[1]).toBeCloseTo(0);
    view = panBy(view, -1e7, -1e7, frame, viewport);
    expect(toScreen(view, frame.width, frame.height)[0]).toBeCloseTo(1280);
    expect(toScreen(view, frame.width, frame.height)[1]).toBeCloseTo(800);
  });

  it('zooms about the pointer and within limits', () => {
    const viewport = { width: 1280, height: 800 };
    const view = fitRect([2000, 2000, 6000, 5000], viewport);
    const before = toWorld(view, 700, 300);
    const zoomed = zoomAt(view, 1.5, 700, 300, frame, viewport);
    const after = toWorld(zoomed, 700, 300);
    expect(after[0]).toBeCloseTo(before[0], 6);
    expect(after[1]).toBeCloseTo(before[1], 6);
    const far = zoomAt(view, 1e6, 700, 300, frame, viewport);
    expect(far.scale).toBeCloseTo(scaleLimits(frame, viewport).min * MAX_ZOOM);
  });

  it('keeps its centre and relative zoom through a resize', () => {
    const from = { width: 1280, height: 800 };
    const to = { width: 320, height: 480 };
    const view = clampView(fitRect([3000, 3000, 5000, 4500], from), frame, from);
    const centre = toWorld(view, 640, 400);
    const resized = resizeView(view, from, to, frame);
    const moved = toWorld(resized, 160, 240);
    expect(Math.abs(moved[0] - centre[0])).toBeLessThan(1);
    expect(resized.scale / scaleLimits(frame, to).min).toBeCloseTo(view.scale / scaleLimits(frame, from).min);
  });
});
