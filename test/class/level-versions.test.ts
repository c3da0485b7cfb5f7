// A result code is replayed by the level version it names. A level that plays differently
// under the same version would change the results of codes already handed in.
import { describe, expect, it } from 'vitest';
import { current, recorded } from './level-versions';

describe('level versions', () => {
  it('change whenever a level or the rules change what its games come to', () => {
    const now = current(), was = recorded();
    for (const [id, { version, fingerprint }] of Object.entries(now)) {
      const before = was[id];
      expect(before, `${id} has no recorded fingerprint`).toBeDefined();
      if (before!.fingerprint !== fingerprint) {
        expect(version, `${id} plays differently: raise its "version" and record with npx tsx test/class/level-versions.ts --write`).toBeGreaterThan(before!.version);
      } else {
        expect(version, `${id}: same games, same version`).toBe(before!.version);
      }
    }
  });
});
