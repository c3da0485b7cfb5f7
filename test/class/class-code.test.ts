// Class codes: what a teacher writes on the board, read back as typed.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Level } from '../../src/engine';
import { classCode, levelSlot, readClassCode } from '../../src/class/class-code';
import { loadLevelFile } from '../engine/play';

const LEVELS: Record<string, Level> = { 'may-2022': loadLevelFile('may-2022'), 'autumn-2022': loadLevelFile('autumn-2022') };

describe('class codes', () => {
  it('give each shipped level its own slot', () => {
    const slots = Object.keys(LEVELS).map(levelSlot);
    expect(new Set(slots).size).toBe(slots.length);
  });

  it('round-trip every level, difficulty and seed, however they are typed', () => {
    fc.assert(
      fc.property(fc.constantFrom(...Object.keys(LEVELS)), fc.nat({ max: 0xffffffff }), fc.boolean(), (id, seed, lower) => {
        for (const difficulty of Object.keys(LEVELS[id]!.difficulties)) {
          const code = classCode(LEVELS, { level: id, difficulty, seed });
          expect(code).toMatch(/^[0-9A-Z]{5}-[0-9A-Z]{5}$/);
          const typed = lower ? ` ${code.toLowerCase().replace('-', ' ')} ` : code;
          expect(readClassCode(typed, LEVELS)).toEqual({ ok: true, value: { level: id, difficulty, seed } });
        }
      }),
      { numRuns: 200 },
    );
  });

  it('read the letters people confuse as the digits they stand for', () => {
    const code = classCode(LEVELS, { level: 'may-2022', difficulty: 'standard', seed: 2022 });
    expect(readClassCode(code.replace(/1/g, 'l').replace(/0/g, 'O'), LEVELS).ok).toBe(true);
  });

  it('catch every slip of one character, and say which kind of slip', () => {
    const code = classCode(LEVELS, { level: 'autumn-2022', difficulty: 'hard', seed: 987654 }).replace('-', '');
    const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
    let caught = 0, total = 0;
    for (let i = 0; i < code.length; i++) {
      for (const c of alphabet) {
        if (c === code[i]) continue;
        total++;
        const read = readClassCode(code.slice(0, i) + c + code.slice(i + 1), LEVELS);
        if (!read.ok) caught++;
      }
    }
    // A 10-bit check lets about one change in a thousand through; in practice none of these.
    expect(caught / total).toBeGreaterThan(0.99);
    expect(readClassCode('', LEVELS)).toEqual({ ok: false, code: 'empty' });
    expect(readClassCode(code.slice(0, 9), LEVELS)).toEqual({ ok: false, code: 'cut' });
    expect(readClassCode(`${code.slice(0, 9)}U`, LEVELS)).toEqual({ ok: false, code: 'bad-character' });
    expect(readClassCode(code, { 'may-2022': LEVELS['may-2022']! })).toEqual({ ok: false, code: 'unknown-level' });
  });
});

describe('class codes on a board', () => {
  it('look unalike for games a seed or a difficulty apart', () => {
    const codes = [2022, 2023].flatMap((seed) => ['gentle', 'standard', 'hard'].map((difficulty) => classCode(LEVELS, { level: 'may-2022', difficulty, seed })));
    for (const [i, a] of codes.entries()) {
      for (const b of codes.slice(i + 1)) {
        const same = [...a].filter((c, k) => c === b[k]).length;
        expect(same, `${a} ${b}`).toBeLessThan(6);
      }
    }
  });
});
