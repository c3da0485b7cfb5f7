// Which member an arrow key leads to on the map: the nearest capital that lies in the arrow's
// direction, within 60° of it. Nothing lies that way: the focus stays, it never wraps around.
import type { MemberId } from '../engine';

/** tan 60°: a capital further off the arrow's line than this is not "that way". */
const CONE = Math.tan(Math.PI / 3);

export type Direction = 'left' | 'right' | 'up' | 'down';
const VECTOR: Record<Direction, [number, number]> = { left: [-1, 0], right: [1, 0], up: [0, -1], down: [0, 1] };

/**
 * The member whose capital lies nearest in `direction` from `from`'s (map units, y down), or
 * null. Distance along the arrow counts once, distance across it twice, so the one most nearly
 * straight ahead wins over a nearer one far to the side.
 */
export function neighbourIn(capitals: Readonly<Record<string, readonly [number, number]>>, ids: readonly MemberId[], from: MemberId, direction: Direction): MemberId | null {
  const origin = capitals[from];
  if (!origin) return null;
  const [dx, dy] = VECTOR[direction];
  let best: MemberId | null = null;
  let bestScore = Infinity;
  for (const id of ids) {
    const at = capitals[id];
    if (id === from || !at) continue;
    const vx = at[0] - origin[0], vy = at[1] - origin[1];
    const along = vx * dx + vy * dy;
    const across = Math.abs(vx * dy - vy * dx);
    if (along <= 0 || across > along * CONE) continue;
    const score = along + 2 * across;
    if (score < bestScore) {
      bestScore = score;
      best = id;
    }
  }
  return best;
}
