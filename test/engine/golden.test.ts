import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXPECTED_FILE, goldenGames } from './golden';

describe('golden games', () => {
  it('every recorded game plays out exactly as recorded', () => {
    const expected = JSON.parse(readFileSync(EXPECTED_FILE, 'utf8')) as Record<string, string>;
    const actual = goldenGames();
    expect(Object.keys(actual).length).toBeGreaterThanOrEqual(350);
    const changed = Object.keys(expected).filter((name) => actual[name] !== expected[name]);
    expect(changed).toEqual([]);
    expect(Object.keys(actual).sort()).toEqual(Object.keys(expected).sort());
  }, 120_000);
});
