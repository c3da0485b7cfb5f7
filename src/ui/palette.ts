// Stance colours, patterns and symbols for the DOM, shared with the map: one palette,
// told apart by colour, pattern and a written word, never colour alone.
import { STANCES, type Stance } from '../engine';
import { STANCE_FILL } from '../map/style';

export { STANCE_FILL };

/** Text colour that reads on each stance's fill (contrast 4.5:1 or better). */
export const STANCE_TEXT: Record<Stance, string> = {
  backs: '#ffffff',
  leans: '#1f1410',
  neutral: '#1f1a08',
  drifts: '#0c1f33',
  abandons: '#ffffff',
};

/** Symbols beside each stance's word: double chevron up … a cross. */
export const STANCE_SYMBOL: Record<Stance, string> = {
  backs: '⏫',
  leans: '▲',
  neutral: '●',
  drifts: '▼',
  abandons: '✕',
};

const INK: Record<Stance, string> = {
  backs: 'rgba(255,225,215,0.55)',
  leans: 'rgba(105,35,15,0.45)',
  neutral: 'rgba(85,70,15,0.5)',
  drifts: 'rgba(15,55,95,0.5)',
  abandons: 'rgba(255,255,255,0.55)',
};

/** CSS background patterns matching the map's tiles: grid, diagonals, dots, dashes, crosses. */
export const STANCE_PATTERN: Record<Stance, string> = {
  backs: `linear-gradient(${INK.backs} 1px, transparent 1px) 0 0/7px 7px, linear-gradient(90deg, ${INK.backs} 1px, transparent 1px) 0 0/7px 7px`,
  leans: `repeating-linear-gradient(-45deg, ${INK.leans} 0 1.5px, transparent 1.5px 6px)`,
  neutral: `radial-gradient(${INK.neutral} 1.2px, transparent 1.6px) 0 0/6px 6px`,
  drifts: `linear-gradient(90deg, ${INK.drifts} 0 5px, transparent 5px 8px) 0 2px/8px 8px no-repeat repeat, linear-gradient(90deg, transparent 0 3px, ${INK.drifts} 3px 8px) 0 6px/8px 8px`,
  abandons: `linear-gradient(45deg, transparent 45%, ${INK.abandons} 45% 55%, transparent 55%) 0 0/9px 9px, linear-gradient(-45deg, transparent 45%, ${INK.abandons} 45% 55%, transparent 55%) 0 0/9px 9px`,
};

/** Dash patterns for the loyalty chart, one per member, so lines differ without colour. */
export const MEMBER_DASH = ['', '8 4', '2 3', '10 3 2 3', '4 4'] as const;
export const MEMBER_MARK = ['circle', 'square', 'triangle', 'diamond', 'cross'] as const;
export const MEMBER_COLOUR = ['#7a3b8f', '#b63128', '#1f6f4a', '#c06a00', '#2b63a3'] as const;

/** CSS custom properties for every stance, set once on the root. */
export function stanceCss(): string {
  return STANCES.map((st) => `.stance-${st}{background:${STANCE_PATTERN[st]},${STANCE_FILL[st]};color:${STANCE_TEXT[st]};}`).join('\n');
}
