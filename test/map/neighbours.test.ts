import { describe, expect, it } from 'vitest';
import { MEMBER_IDS } from '../../src/map/countries';
import { MAP_ASSET } from '../../src/map/map-asset';
import { buildMapData } from '../../src/map/mapdata';
import { neighbourIn, type Direction } from '../../src/map/neighbours';
import type { MemberId } from '../../src/engine/vocabulary';

const { capitals } = buildMapData(MAP_ASSET);
const DIRECTIONS: Direction[] = ['left', 'right', 'up', 'down'];
const VECTOR: Record<Direction, [number, number]> = { left: [-1, 0], right: [1, 0], up: [0, -1], down: [0, 1] };

describe('arrow keys on the map', () => {
  it('lead to a member whose capital lies that way, within 60° of the arrow, or stay put', () => {
    for (const from of MEMBER_IDS) {
      for (const direction of DIRECTIONS) {
        const to = neighbourIn(capitals, MEMBER_IDS, from, direction);
        if (to === null) continue;
        const [dx, dy] = VECTOR[direction];
        const vx = capitals[to]![0] - capitals[from]![0], vy = capitals[to]![1] - capitals[from]![1];
        const angle = Math.acos((vx * dx + vy * dy) / Math.hypot(vx, vy)) * (180 / Math.PI);
        expect(angle, `${from} ${direction} → ${to}`).toBeLessThanOrEqual(60);
      }
    }
  });

  it('go where a player looking at the map expects', () => {
    const go = (from: MemberId, direction: Direction) => neighbourIn(capitals, MEMBER_IDS, from, direction);
    expect(go('BLR', 'right')).toBe('KAZ');
    expect(go('BLR', 'down')).toBe('ARM');
    expect(go('ARM', 'up')).toBe('BLR');
    expect(go('KGZ', 'up')).toBe('KAZ');
    expect(go('KGZ', 'left')).toBe('TJK');
    expect(go('TJK', 'right')).toBe('KGZ');
    // Nothing lies east of Bishkek among the members: Right does not flip back to Dushanbe.
    expect(go('KGZ', 'right')).toBeNull();
    expect(go('BLR', 'left')).toBeNull();
  });

  it('reach every member from every other in at most three presses', () => {
    for (const from of MEMBER_IDS) {
      const seen = new Map<MemberId, number>([[from, 0]]);
      let frontier: MemberId[] = [from];
      for (let presses = 1; presses <= 3; presses++) {
        const next: MemberId[] = [];
        for (const at of frontier) {
          for (const direction of DIRECTIONS) {
            const to = neighbourIn(capitals, MEMBER_IDS, at, direction);
            if (to && !seen.has(to)) {
              seen.set(to, presses);
              next.push(to);
            }
          }
        }
        frontier = next;
      }
      expect([...seen.keys()].sort(), `from ${from}`).toEqual([...MEMBER_IDS].sort());
    }
  });
});
