// Level files: every shipped level parses; each broken fixture yields its error code and path.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LEVEL_ERROR_CODES, parseLevel } from '../../src/engine';
import { levelIds, LEVELS_DIR } from '../../src/cli/levels';
import { levelJsonSchema } from '../../src/cli/level-schema';

const FIXTURES = join(__dirname, '../fixtures');
const read = (file: string) => readFileSync(file, 'utf8');

describe('shipped levels', () => {
  it('there is at least may-2022', () => {
    expect(levelIds()).toContain('may-2022');
  });
  it.each(levelIds())('%s parses without errors', (id) => {
    const parsed = parseLevel(read(join(LEVELS_DIR, `${id}.json`)));
    expect(parsed.ok ? [] : parsed.error).toEqual([]);
  });
  it('the published JSON Schema matches the format', () => {
    expect(read(join(LEVELS_DIR, 'level.schema.json'))).toBe(levelJsonSchema());
  });
  it('the minimal fixture is itself valid', () => {
    expect(parseLevel(read(join(FIXTURES, 'minimal-level.json'))).ok).toBe(true);
  });
});

// Fixture file name → the error it must produce.
const EXPECTED: Record<string, { code: string; path: string }> = {
  'invalid-json': { code: 'invalid-json', path: '$' },
  missing: { code: 'missing', path: '$.turns' },
  'wrong-type': { code: 'wrong-type', path: '$.turns' },
  'out-of-range': { code: 'out-of-range', path: '$.weights.orbitPull' },
  'unknown-member': { code: 'unknown-member', path: '$.members.RUS' },
  'unknown-member-in-effect': { code: 'unknown-member', path: '$.events[0].effects[0].member' },
  'unknown-track': { code: 'unknown-track', path: '$.events[1].effects[4].track' },
  'unknown-claim': { code: 'unknown-claim', path: '$.events[0].claims[2]' },
  'unknown-type': { code: 'unknown-type', path: '$.events[0].effects[2].type' },
  'unknown-key': { code: 'unknown-key', path: '$.colour' },
  'unknown-event': { code: 'unknown-event', path: '$.events[2].after[0]' },
  'duplicate-id': { code: 'duplicate-id', path: '$.events[3].id' },
  'event-timing': { code: 'event-timing', path: '$.events[0]' },
  'turn-out-of-range': { code: 'turn-out-of-range', path: '$.events[0].turn' },
  'unknown-difficulty': { code: 'unknown-difficulty', path: '$.defaultDifficulty' },
  'unevaluable-objective': { code: 'unevaluable-objective', path: '$.objectives[0].count' },
  'bad-bounds': { code: 'bad-bounds', path: '$.stanceBounds' },
  'bad-format': { code: 'bad-format', path: '$.start' },
  'too-few': { code: 'too-few', path: '$.objectives' },
};

describe('bad level fixtures', () => {
  const files = readdirSync(join(FIXTURES, 'bad-levels')).filter((f) => f.endsWith('.json')).sort();
  it('every fixture has an expectation and every expectation a fixture', () => {
    expect(files.map((f) => f.replace(/\.json$/, '')).sort()).toEqual(Object.keys(EXPECTED).sort());
  });
  it.each(files)('%s', (file) => {
    const expected = EXPECTED[file.replace(/\.json$/, '')]!;
    const parsed = parseLevel(read(join(FIXTURES, 'bad-levels', file)));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.error).toContainEqual(expect.objectContaining(expected));
      for (const e of parsed.error) {
        expect(LEVEL_ERROR_CODES).toContain(e.code);
        expect(e.path.startsWith('$')).toBe(true);
        expect(e.message.length).toBeGreaterThan(0);
      }
    }
  });
  it('reports every error at once, not only the first', () => {
    const level = JSON.parse(read(join(FIXTURES, 'minimal-level.json')));
    level.turns = 'eight';
    level.members.BLR.anchor = 500;
    level.events[0].effects[0].member = 'AZE';
    const parsed = parseLevel(level);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error.map((e) => e.path)).toEqual(expect.arrayContaining(['$.turns', '$.members.BLR.anchor', '$.events[0].effects[0].member']));
  });
  it.each([null, 42, 'null', '[]', '', undefined])('never throws on %j', (input) => {
    expect(() => parseLevel(input)).not.toThrow();
    expect(parseLevel(input).ok).toBe(false);
  });
});
