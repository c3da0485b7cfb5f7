import type { Level } from './level';
import type { Stance } from './vocabulary';

/** A member's stance follows from its loyalty by the level's bounds. */
export function stanceOf(level: Level, loyalty: number): Stance {
  const b = level.stanceBounds;
  if (loyalty >= b.backs) return 'backs';
  if (loyalty >= b.leans) return 'leans';
  if (loyalty <= b.abandons) return 'abandons';
  if (loyalty < b.drifts) return 'drifts';
  return 'neutral';
}
