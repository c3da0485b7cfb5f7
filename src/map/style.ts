// Colours, patterns and type for the map. Stances are told apart by colour, pattern
// and a written word; the colours run red (with Moscow) to blue (away), which stays
// distinct for red-green colour blindness.
import type { Stance } from '../engine';
import type { Role } from './countries';

export const SEA = '#cfe4ea';
export const SEA_EDGE = '#b7ccd5';
export const GRATICULE = 'rgba(90, 120, 140, 0.18)';
export const COAST = '#6d8c9c';
export const BORDER = '#8c8172';
export const INK = '#2e2622';
export const PAPER = '#fbf8f1';
export const FOCUS = '#0b57d0';

export const LAND: Record<Exclude<Role, 'member'>, string> = {
  russia: '#ebcfc2',
  nato: '#a9b6d6',
  aspirant: '#d9def0',
  turkey: '#bcd8c2',
  azerbaijan: '#e3cfae',
  afghanistan: '#d6c9b8',
  other: '#f1ece0',
};

export const STANCE_FILL: Record<Stance, string> = {
  backs: '#b63128',
  leans: '#e98a66',
  neutral: '#e2cd7e',
  drifts: '#7fb0d4',
  abandons: '#2b63a3',
};

const STANCE_INK: Record<Stance, string> = {
  backs: 'rgba(255, 225, 215, 0.55)',
  leans: 'rgba(105, 35, 15, 0.5)',
  neutral: 'rgba(85, 70, 15, 0.55)',
  drifts: 'rgba(15, 55, 95, 0.55)',
  abandons: 'rgba(255, 255, 255, 0.6)',
};

export const OCCUPIED_INK = 'rgba(140, 30, 20, 0.75)';
export const ASPIRANT_INK = 'rgba(80, 95, 160, 0.5)';
export const RIVAL = '#1f6f4a';
export const USA_MARK = '#27466e';
export const ROCKET = '#c0392b';

/** Every word on the map is set in one serif family: fewer font faces to load before the first map. */
export const SERIF = 'Georgia, "DejaVu Serif", "Times New Roman", serif';

/** A 2D context on a page canvas or, in the painting worker, on an offscreen one. */
export type Context2D = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

type Painter = (ctx: Context2D, size: number, ink: string) => void;

const line = (ctx: Context2D, x0: number, y0: number, x1: number, y1: number) => {
  ctx.moveTo(x0, y0);
  ctx.lineTo(x1, y1);
};

/** One tile per pattern; `size` is the tile's side in device pixels. */
const PAINTERS: Record<Stance | 'occupied' | 'aspirant', Painter> = {
  // Backs: a close grid, locked in.
  backs(ctx, s) {
    ctx.beginPath();
    line(ctx, 0, s / 2, s, s / 2);
    line(ctx, s / 2, 0, s / 2, s);
    ctx.stroke();
  },
  // Leans: rising diagonals.
  leans(ctx, s) {
    ctx.beginPath();
    line(ctx, -1, s + 1, s + 1, -1);
    line(ctx, -1, 1, 1, -1);
    line(ctx, s - 1, s + 1, s + 1, s - 1);
    ctx.stroke();
  },
  // Neutral: dots.
  neutral(ctx, s) {
    ctx.beginPath();
    ctx.arc(s / 2, s / 2, s * 0.13, 0, Math.PI * 2);
    ctx.fill();
  },
  // Drifts: broken horizontal dashes.
  drifts(ctx, s) {
    ctx.beginPath();
    line(ctx, s * 0.1, s * 0.3, s * 0.6, s * 0.3);
    line(ctx, s * 0.6, s * 0.8, s * 1.1, s * 0.8);
    line(ctx, -s * 0.1, s * 0.8, s * 0.1, s * 0.8);
    ctx.stroke();
  },
  // Abandons: scattered crosses.
  abandons(ctx, s) {
    ctx.beginPath();
    const c = s / 2, r = s * 0.18;
    line(ctx, c - r, c - r, c + r, c + r);
    line(ctx, c - r, c + r, c + r, c - r);
    ctx.stroke();
  },
  occupied(ctx, s) {
    ctx.beginPath();
    line(ctx, -1, -1, s + 1, s + 1);
    line(ctx, -1, s - 1, 1, s + 1);
    line(ctx, s - 1, -1, s + 1, 1);
    ctx.stroke();
  },
  aspirant(ctx, s) {
    ctx.beginPath();
    line(ctx, -1, s + 1, s + 1, -1);
    ctx.stroke();
  },
};

const TILE: Record<keyof typeof PAINTERS, number> = { backs: 7, leans: 7, neutral: 6, drifts: 8, abandons: 9, occupied: 6, aspirant: 9 };
const WIDTH: Record<keyof typeof PAINTERS, number> = { backs: 1.1, leans: 1.6, neutral: 1, drifts: 1.6, abandons: 1.5, occupied: 1.5, aspirant: 0.9 };

export type PatternName = keyof typeof PAINTERS;

export function patternInk(name: PatternName): string {
  if (name === 'occupied') return OCCUPIED_INK;
  if (name === 'aspirant') return ASPIRANT_INK;
  return STANCE_INK[name];
}

/** A tile for a pattern at a given device-pixel ratio (offscreen where there is no document). */
export function patternTile(name: PatternName, ratio: number): HTMLCanvasElement | OffscreenCanvas {
  const size = Math.max(4, Math.round(TILE[name] * ratio));
  const canvas = typeof document === 'undefined' ? new OffscreenCanvas(size, size) : Object.assign(document.createElement('canvas'), { width: size, height: size });
  const ctx = canvas.getContext('2d') as Context2D;
  const ink = patternInk(name);
  ctx.strokeStyle = ink;
  ctx.fillStyle = ink;
  ctx.lineWidth = WIDTH[name] * ratio;
  ctx.lineCap = 'round';
  PAINTERS[name](ctx, size, ink);
  return canvas;
}
