// Result codes: a game's moves, replayed by whoever reads them.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { act, newGame, playOut, makePolicy, policyRng, type Action, type GameState, type Level } from '../../src/engine';
import { readResultCode, resultCode, cleanName, FORMAT, type CodeErrorCode } from '../../src/class/result-code';
import { crc24 } from '../../src/class/checksum';
import { digits, ALPHABET } from '../../src/class/base64url';
import { codeErrorText } from '../../src/class/words';
import { setLang } from '../../src/i18n';
import { loadLevelFile } from '../engine/play';

const LEVELS: Record<string, Level> = { 'may-2022': loadLevelFile('may-2022'), 'autumn-2022': loadLevelFile('autumn-2022') };
const MAY = LEVELS['may-2022']!;

function randomGame(level: Level, seed: number, difficulty: string, policy: 'random' | 'greedy' = 'random', stopAt = Infinity): GameState {
  const start = newGame(level, { seed, difficulty });
  if (stopAt === Infinity) return playOut(level, start, makePolicy(policy), policyRng(seed ^ 0x5eed));
  return playOut(level, start, makePolicy(policy), policyRng(seed ^ 0x5eed), stopAt);
}

/** A code's body sealed again with a correct check, so a test reaches what lies past the checksum. */
function reseal(body: string): string {
  return `${body}.${digits(crc24(body), 4)}`;
}
const bodyOf = (code: string) => code.slice(0, code.lastIndexOf('.'));

describe('result codes', () => {
  it('replay to the same game for random games of every level and difficulty, with any name', () => {
    fc.assert(
      fc.property(fc.constantFrom(...Object.keys(LEVELS)), fc.nat(), fc.string({ unit: 'grapheme', maxLength: 50 }), fc.boolean(), fc.integer({ min: 1, max: 80 }), (id, seed, name, whatIf, steps) => {
        const level = LEVELS[id]!;
        for (const difficulty of Object.keys(level.difficulties)) {
          const game = randomGame(level, seed, difficulty, 'random', steps);
          const code = resultCode(level, game, { name, whatIf });
          expect(code).not.toBeNull();
          const read = readResultCode(code!, LEVELS);
          if (!read.ok) throw new Error(JSON.stringify(read.errors));
          expect(read.value.state).toEqual(game);
          expect(read.value.actions).toEqual(game.actions.map((a) => a.action));
          expect(read.value.name).toBe(cleanName(name));
          expect(read.value.whatIf).toBe(whatIf);
          expect(read.value.difficulty).toBe(difficulty);
        }
      }),
      { numRuns: 40 },
    );
  });

  it('hold a whole may-2022 game in well under 200 URL-safe characters', () => {
    let longest = 0;
    for (let seed = 0; seed < 60; seed++) {
      for (const policy of ['random', 'greedy'] as const) {
        const game = randomGame(MAY, seed, 'gentle', policy);
        expect(game.phase).toBe('over');
        const code = resultCode(MAY, game, { name: 'Александра Петровна', whatIf: false })!;
        expect(code).toMatch(/^[A-Za-z0-9._-]+$/);
        longest = Math.max(longest, code.length);
      }
    }
    expect(longest).toBeLessThan(170);
  });

  it('catch every single changed character and every cut', () => {
    const code = resultCode(MAY, randomGame(MAY, 7, 'standard'), { name: 'Ana', whatIf: true })!;
    for (let i = 0; i < code.length; i++) {
      for (const c of [...ALPHABET, '.']) {
        if (c === code[i]) continue;
        const changed = code.slice(0, i) + c + code.slice(i + 1);
        expect(readResultCode(changed, LEVELS).ok, changed).toBe(false);
      }
      expect(readResultCode(code.slice(0, i), LEVELS).ok).toBe(false);
    }
    const swapped = [...code];
    for (let i = 0; i + 1 < code.length; i++) {
      if (code[i] === code[i + 1]) continue;
      const s = [...swapped];
      [s[i], s[i + 1]] = [s[i + 1]!, s[i]!];
      expect(readResultCode(s.join(''), LEVELS).ok).toBe(false);
    }
  });

  it('take codes broken by wrapped lines and spaces', () => {
    const code = resultCode(MAY, randomGame(MAY, 3, 'standard'), { name: 'Bo', whatIf: false })!;
    const wrapped = `  ${code.slice(0, 30)}\n${code.slice(30, 60)} \r\n${code.slice(60)}  `;
    expect(readResultCode(wrapped, LEVELS).ok).toBe(true);
  });

  it('say what is wrong with each broken code', () => {
    const game = randomGame(MAY, 11, 'standard');
    const code = resultCode(MAY, game, { name: 'Ana', whatIf: false })!;
    const fields = bodyOf(code).split('.');
    const withField = (i: number, value: string) => reseal(fields.map((f, k) => (k === i ? value : f)).join('.'));
    const firstEnd = fields[6]!.indexOf(ALPHABET[25]!);
    const orders = fields[6]!;
    // Coerce Belarus twice in the first month: the second is already used.
    const twice = `${ALPHABET[2 * 5 + 1]}${ALPHABET[2 * 5 + 1]}`;
    const cases: [string, CodeErrorCode, Record<string, unknown>?][] = [
      ['', 'empty'],
      ['x'.repeat(700), 'too-long'],
      ['hello world', 'not-a-code'],
      [`PA2.${code.slice(4)}`, 'other-format', { found: 'PA2' }],
      [code.split('.').slice(0, 6).join('.'), 'cut'],
      [code.replace('.AAA', '.A*A'), 'bad-character'],
      [code.slice(0, -1) + (code.endsWith('A') ? 'B' : 'A'), 'checksum'],
      [withField(1, 'summer-2023'), 'unknown-level', { found: 'summer-2023' }],
      [withField(1, 'constructor'), 'unknown-level', { found: 'constructor' }],
      [withField(2, '7'), 'other-level-version', { found: '7' }],
      [withField(3, 'Z'), 'unknown-difficulty'],
      [withField(4, '______'), 'bad-seed'],
      [withField(5, '2'), 'bad-what-if'],
      [withField(7, 'A'), 'bad-name'],
      [withField(7, '__8'), 'bad-name'],
      [withField(6, `${orders.slice(0, firstEnd)}_`), 'unknown-order', { turn: 1 }],
      [withField(6, twice), 'illegal-order', { turn: 1, reason: 'already-used' }],
      [withField(6, `${orders}${ALPHABET[25]}`), 'illegal-order', { reason: 'game-over' }],
      [withField(6, `${ALPHABET[25]}${ALPHABET[25]}${ALPHABET[28]}${ALPHABET[28]}`), 'illegal-order', { turn: 3 }],
    ];
    expect(cases.length).toBeGreaterThanOrEqual(15);
    for (const lang of ['en', 'ru'] as const) {
      setLang(lang);
      const messages = new Map<string, string>();
      for (const [broken, expected, detail] of cases) {
        const read = readResultCode(broken, LEVELS);
        expect(read.ok, `${expected}: ${broken}`).toBe(false);
        if (read.ok) continue;
        expect(read.errors[0]!.code, broken).toBe(expected);
        if (detail) expect(read.errors[0]).toMatchObject(detail);
        const message = codeErrorText(read.errors[0]!);
        expect(message).not.toMatch(/code\.error|\{|undefined/);
        messages.set(`${expected}:${JSON.stringify(detail ?? {})}`, message);
      }
      // Each kind of break, and each illegal order, gets words of its own.
      expect(new Set(messages.values()).size).toBe(messages.size);
    }
    setLang('en');
  });

  it('name an illegal order by the month it was given in', () => {
    // Three aid orders to the same member, one a month apart, are fine; two in one month are not.
    let state = newGame(MAY, { seed: 1, difficulty: 'standard' });
    const aid: Action = { type: 'economicAid', member: 'BLR' };
    for (let turn = 1; turn <= 2; turn++) {
      const a = act(MAY, state, aid);
      if (a.ok) state = a.value.state;
      state = (act(MAY, state, { type: 'endTurn' }) as { ok: true; value: { state: GameState } }).value.state;
    }
    const code = resultCode(MAY, state, { name: '', whatIf: false })!;
    const fields = bodyOf(code).split('.');
    fields[6] = `${fields[6]}${ALPHABET[5]}${ALPHABET[5]}`;
    const read = readResultCode(reseal(fields.join('.')), LEVELS);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.errors[0]).toMatchObject({ code: 'illegal-order', turn: 3, path: `orders[${fields[6].length - 1}]` });
  });

  it('start with the format', () => {
    expect(resultCode(MAY, newGame(MAY, { seed: 5 }), { name: '', whatIf: false })!.startsWith(`${FORMAT}.may-2022.${MAY.version}.`)).toBe(true);
  });
});
