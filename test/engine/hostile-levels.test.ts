// Hostile level files: each one refused with its own code at its own path, in any number;
// nothing throws, nothing half-parsed comes back. Built from the minimal valid fixture.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseLevel, type LevelErrorCode } from '../../src/engine';
import { MAX_LEVEL_BYTES } from '../../src/engine/parse';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const TEXT = readFileSync(join(__dirname, '../fixtures/minimal-level.json'), 'utf8');
const fresh = (): Json => JSON.parse(TEXT) as Json;
const with_ = (change: (level: Json) => void): string => {
  const level = fresh();
  change(level);
  return JSON.stringify(level);
};
const LONG = 'x'.repeat(10_000);
const bytes = (text: string) => new TextEncoder().encode(text);
const dated = (date: string) => with_((l) => (l.events[0].date = date));

/** [what, the file (text, bytes or a value), expected code, expected path] */
const BAD: [string, unknown, LevelErrorCode, string][] = [
  // The file itself.
  ['not JSON', '{ "id": ', 'invalid-json', '$'],
  ['empty', '', 'invalid-json', '$'],
  ['two byte order marks', '\uFEFF\uFEFF' + TEXT, 'invalid-json', '$'],
  ['invalid UTF-8 bytes', Uint8Array.from([...bytes(TEXT.slice(0, 40)), 0xff, 0xfe, ...bytes(TEXT.slice(40))]), 'invalid-utf8', '$'],
  ['a lone continuation byte', Uint8Array.from([0x7b, 0x80, 0x7d]), 'invalid-utf8', '$'],
  ['over 1 MB of text', TEXT.slice(0, -1) + `, "pad": "${'x'.repeat(MAX_LEVEL_BYTES)}" }`, 'too-large', '$'],
  ['over 1 MB of bytes', bytes(TEXT + ' '.repeat(MAX_LEVEL_BYTES)), 'too-large', '$'],
  ['over 1 MB once encoded (Cyrillic)', with_((l) => (l.briefing = 'ж'.repeat(MAX_LEVEL_BYTES / 2 + 10))), 'too-large', '$'],
  ['an array', '[]', 'wrong-type', '$'],
  ['null', 'null', 'wrong-type', '$'],
  // Numbers: finite and in range.
  ['a score of 1e308', with_((l) => (l.score.stance.backs = 1e308)), 'out-of-range', '$.score.stance.backs'],
  ['a score of -1e308', with_((l) => (l.score.stance.abandons = -1e308)), 'out-of-range', '$.score.stance.abandons'],
  ['an infinite weight (1e999)', TEXT.replace('"orbitPull": 0.3', '"orbitPull": 1e999'), 'wrong-type', '$.weights.orbitPull'],
  ['a negative infinite loyalty', TEXT.replace('"loyalty": 0,', '"loyalty": -1e999,'), 'wrong-type', '$.members.ARM.loyalty'],
  ['an objective asking for 1e9 members', with_((l) => (l.objectives[0].count = 1e9)), 'out-of-range', '$.objectives[0].count'],
  ['a dated event in turn 1e9', with_((l) => (l.events[0].turn = 1e9)), 'out-of-range', '$.events[0].turn'],
  ['a drawn event from turn 1e9', with_((l) => (l.events[2].from = 1e9)), 'out-of-range', '$.events[2].from'],
  ['a chance above 1', with_((l) => (l.events[2].chance = 1.5)), 'out-of-range', '$.events[2].chance'],
  ['a cost of 1e6', with_((l) => (l.costs.coerce.politicalCapital = 1e6)), 'out-of-range', '$.costs.coerce.politicalCapital'],
  ['a fractional turn count', with_((l) => (l.turns = 7.5)), 'wrong-type', '$.turns'],
  ['a difficulty scaling resources by 1e6', with_((l) => (l.difficulties.standard.resources = 1e6)), 'out-of-range', '$.difficulties.standard.resources'],
  ['a negative rival chance', with_((l) => (l.difficulties.hard.rivals = -1)), 'out-of-range', '$.difficulties.hard.rivals'],
  ['a loyalty score weight of 1e308', with_((l) => (l.score.loyalty = 1e308)), 'out-of-range', '$.score.loyalty'],
  ['a turn count of 0', with_((l) => (l.turns = 0)), 'out-of-range', '$.turns'],
  ['a number given as text', with_((l) => (l.turns = '8')), 'wrong-type', '$.turns'],
  // Dates of the calendar.
  ['30 February', dated('2022-02-30'), 'bad-date', '$.events[0].date'],
  ['29 February in a common year', dated('2022-02-29'), 'bad-date', '$.events[0].date'],
  ['29 February 1900', dated('1900-02-29'), 'bad-date', '$.events[0].date'],
  ['31 April', dated('2022-04-31'), 'bad-date', '$.events[0].date'],
  ['month 13', dated('2022-13-01'), 'bad-date', '$.events[0].date'],
  ['day 0', dated('2022-05-00'), 'bad-date', '$.events[0].date'],
  ['a date in another format', dated('07.05.2022'), 'bad-format', '$.events[0].date'],
  ['a start month 00', with_((l) => (l.start = '2022-00')), 'bad-format', '$.start'],
  // Events that wait for each other.
  ['an event after itself', with_((l) => (l.events[0].after = ['isk-rockets'])), 'after-cycle', '$.events[0].after[0]'],
  ['two events after each other', with_((l) => { l.events[0].after = ['moscow-summit']; l.events[1].after = ['isk-rockets']; }), 'after-cycle', '$.events[1].after[0]'],
  ['a cycle of three', with_((l) => { l.events[0].after = ['moscow-summit']; l.events[1].after = ['isk-border-fire']; l.events[2].after = ['isk-rockets']; }), 'after-cycle', '$.events[2].after[0]'],
  ['after "constructor"', with_((l) => (l.events[0].after = ['constructor'])), 'unknown-event', '$.events[0].after[0]'],
  ['after "tostring"', with_((l) => (l.events[1].after = ['tostring'])), 'unknown-event', '$.events[1].after[0]'],
  ['after "__proto__"', with_((l) => (l.events[0].after = ['__proto__'])), 'bad-format', '$.events[0].after[0]'],
  ['after ""', with_((l) => (l.events[0].after = [''])), 'bad-format', '$.events[0].after[0]'],
  // Ids that every object inherits.
  ['default difficulty "constructor"', with_((l) => (l.defaultDifficulty = 'constructor')), 'unknown-difficulty', '$.defaultDifficulty'],
  ['default difficulty "toString"', with_((l) => (l.defaultDifficulty = 'toString')), 'bad-format', '$.defaultDifficulty'],
  ['default difficulty "__proto__"', with_((l) => (l.defaultDifficulty = '__proto__')), 'bad-format', '$.defaultDifficulty'],
  ['default difficulty "valueOf"', with_((l) => (l.defaultDifficulty = 'valueOf')), 'bad-format', '$.defaultDifficulty'],
  ['default difficulty "hasOwnProperty"', with_((l) => (l.defaultDifficulty = 'hasOwnProperty')), 'bad-format', '$.defaultDifficulty'],
  ['default difficulty ""', with_((l) => (l.defaultDifficulty = '')), 'bad-format', '$.defaultDifficulty'],
  ['a 10 kB default difficulty', with_((l) => (l.defaultDifficulty = LONG)), 'unknown-difficulty', '$.defaultDifficulty'],
  ['a difficulty named "__proto__"', TEXT.replace('"gentle":', '"__proto__":'), 'unknown-key', '$.difficulties.__proto__'],
  ['a member "constructor"', with_((l) => (l.events[0].effects[0].member = 'constructor')), 'unknown-member', '$.events[0].effects[0].member'],
  ['a member "__proto__" among the members', TEXT.replace('"ARM": {', '"__proto__": {}, "ARM": {'), 'unknown-member', '$.members.__proto__'],
  ['a member "toString" in an event', with_((l) => (l.events[0].members = ['toString'])), 'unknown-member', '$.events[0].members[0]'],
  ['a track "valueOf"', with_((l) => (l.events[0].effects[0] = { type: 'track', track: 'valueOf', delta: 1 })), 'unknown-track', '$.events[0].effects[0].track'],
  ['an effect type "constructor"', with_((l) => (l.events[0].effects[0].type = 'constructor')), 'unknown-type', '$.events[0].effects[0].type'],
  ['a claim "hasOwnProperty"', with_((l) => (l.events[0].claims = ['hasOwnProperty'])), 'unknown-claim', '$.events[0].claims[0]'],
  ['a cost for lever "constructor"', with_((l) => (l.costs.constructor = {})), 'unknown-key', '$.costs.constructor'],
  ['a weight "__proto__"', TEXT.replace('"orbitPull":', '"__proto__": 1, "orbitPull":'), 'unknown-key', '$.weights.__proto__'],
  ['an event id "__proto__"', with_((l) => (l.events[0].id = '__proto__')), 'bad-format', '$.events[0].id'],
  ['a 10 kB event id used twice', with_((l) => { l.events[0].id = LONG; l.events[1].id = LONG; }), 'duplicate-id', '$.events[1].id'],
  ['an objective id "constructor" used twice', with_((l) => { l.objectives[0].id = 'constructor'; l.objectives[1].id = 'constructor'; }), 'duplicate-id', '$.objectives[1].id'],
  ['a level id "constructor " with a space', with_((l) => (l.id = 'constructor ')), 'bad-format', '$.id'],
];

describe('hostile level files', () => {
  it('holds at least 50 bad files', () => {
    expect(BAD.length).toBeGreaterThanOrEqual(50);
  });

  it.each(BAD)('%s: refused with its code and path', (_name, file, code, path) => {
    let result: ReturnType<typeof parseLevel> | undefined;
    expect(() => (result = parseLevel(file))).not.toThrow();
    expect(result!.ok).toBe(false);
    if (!result!.ok) expect(result!.error.map((e) => `${e.code} ${e.path}`)).toContain(`${code} ${path}`);
  });

  it('accepts a file that begins with a byte order mark, as text or bytes', () => {
    expect(parseLevel('\uFEFF' + TEXT).ok).toBe(true);
    expect(parseLevel(bytes('\uFEFF' + TEXT)).ok).toBe(true);
  });

  it('accepts ids that look inherited but are its own: a difficulty named "constructor"', () => {
    const parsed = parseLevel(with_((l) => { l.difficulties.constructor = { label: 'Odd', resources: 1, rivals: 1 }; l.defaultDifficulty = 'constructor'; }));
    expect(parsed.ok).toBe(true);
  });

  it('accepts a file of exactly 1 MB', () => {
    const padded = TEXT + ' '.repeat(MAX_LEVEL_BYTES - bytes(TEXT).length);
    expect(bytes(padded).length).toBe(MAX_LEVEL_BYTES);
    expect(parseLevel(padded).ok).toBe(true);
  });

  it('reports every error of a file at once', () => {
    const parsed = parseLevel(with_((l) => { l.events[0].date = '2022-02-30'; l.events[1].after = ['moscow-summit']; l.defaultDifficulty = 'constructor'; }));
    expect(parsed.ok ? [] : parsed.error.map((e) => e.code).sort()).toEqual(['after-cycle', 'bad-date', 'unknown-difficulty']);
  });

  it('checks 60,000 objectives in linear time: ten times as many take far less than a hundred times as long', () => {
    const level = (n: number) => with_((l) => (l.objectives = Array.from({ length: n }, (_, i) => ({ ...l.objectives[1], id: `o${i}` }))));
    const small = JSON.parse(level(6_000)) as unknown, large = JSON.parse(level(60_000)) as unknown;
    const time = (value: unknown) => {
      const t0 = performance.now();
      expect(parseLevel(value).ok).toBe(true);
      return performance.now() - t0;
    };
    time(small);
    const a = Math.min(time(small), time(small)), b = Math.min(time(large), time(large));
    expect(b / a).toBeLessThan(40);
  });
});
