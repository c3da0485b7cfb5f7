// A class game in the address: all of it is taken, or none of it, with the reason.
import { describe, expect, it } from 'vitest';
import { LEVELS } from '../../src/state/levels';
import { classGameFrom, classGameLink } from '../../src/ui/address';
import { classCode } from '../../src/class/class-code';

const read = (query: string) => classGameFrom(new URLSearchParams(query), LEVELS);

describe('a class game in the address', () => {
  it('is absent when the address names none', () => {
    expect(read('lang=ru&debug=1')).toEqual({ ok: true, game: null });
  });

  it('takes a level and a seed, and a difficulty when given', () => {
    expect(read('level=may-2022&seed=1234')).toEqual({ ok: true, game: { level: 'may-2022', seed: 1234, difficulty: 'standard' } });
    expect(read('level=autumn-2022&difficulty=hard&seed=4294967295')).toEqual({ ok: true, game: { level: 'autumn-2022', seed: 4294967295, difficulty: 'hard' } });
  });

  it.each([
    ['level=june-2022&seed=1', 'level', 'june-2022'],
    ['seed=1', 'level', ''],
    ['level=may-2022&difficulty=nightmare&seed=1', 'difficulty', 'nightmare'],
    ['level=may-2022', 'seed', ''],
    ['level=may-2022&seed=-4', 'seed', '-4'],
    ['level=may-2022&seed=1.5', 'seed', '1.5'],
    ['level=may-2022&seed=4294967296', 'seed', '4294967296'],
    ['level=may-2022&seed=0x10', 'seed', '0x10'],
  ])('refuses %s whole, naming the %s', (query, field, value) => {
    expect(read(query)).toEqual({ ok: false, field, value });
  });

  it('takes the class code from the board, or refuses it whole', () => {
    const code = classCode(LEVELS, { level: 'autumn-2022', difficulty: 'gentle', seed: 31337 });
    expect(read(`class=${code}`)).toEqual({ ok: true, game: { level: 'autumn-2022', difficulty: 'gentle', seed: 31337 } });
    expect(read(`class=${code.toLowerCase()}&level=may-2022&seed=1`)).toEqual({ ok: true, game: { level: 'autumn-2022', difficulty: 'gentle', seed: 31337 } });
    expect(read('class=ABCDE-FGHJK')).toEqual({ ok: false, field: 'class', value: 'ABCDE-FGHJK' });
    expect(read('class=constructor')).toEqual({ ok: false, field: 'class', value: 'constructor' });
  });

  it('makes a link that reads back as the same game, in the same language', () => {
    const link = classGameLink('https://school.example/paper-alliance/index.html?debug=1&lang=ru#debrief', { level: 'may-2022', difficulty: 'standard', seed: 99 });
    expect(link).toBe('https://school.example/paper-alliance/index.html?level=may-2022&difficulty=standard&seed=99&lang=ru');
    expect(read(new URL(link).search.slice(1))).toEqual({ ok: true, game: { level: 'may-2022', seed: 99, difficulty: 'standard' } });
  });
});

describe('hostile addresses', () => {
  const long = 'l'.repeat(10_000);
  /** [the query, the field it must be refused for, the value reported] */
  const HOSTILE: [string, 'level' | 'difficulty' | 'seed', string][] = [
    ['level=toString&difficulty=standard&seed=1', 'level', 'toString'],
    ['level=constructor&seed=1', 'level', 'constructor'],
    ['level=__proto__&seed=1', 'level', '__proto__'],
    ['level=hasOwnProperty&seed=1', 'level', 'hasOwnProperty'],
    ['level=valueOf&seed=1', 'level', 'valueOf'],
    ['level=&seed=1', 'level', ''],
    [`level=${long}&seed=1`, 'level', long],
    ['level=MAY-2022&seed=1', 'level', 'MAY-2022'],
    ['level=may-2022%00&seed=1', 'level', 'may-2022\0'],
    ['level=..%2Flevels%2Fmay-2022&seed=1', 'level', '../levels/may-2022'],
    ['level=may-2022&difficulty=toString&seed=1', 'difficulty', 'toString'],
    ['level=may-2022&difficulty=__proto__&seed=1', 'difficulty', '__proto__'],
    ['level=may-2022&difficulty=constructor&seed=1', 'difficulty', 'constructor'],
    ['level=may-2022&difficulty=&seed=1', 'difficulty', ''],
    [`level=may-2022&difficulty=${long}&seed=1`, 'difficulty', long],
    ['level=may-2022&difficulty=Standard&seed=1', 'difficulty', 'Standard'],
    ['level=may-2022&seed=', 'seed', ''],
    ['level=may-2022&seed=1e3', 'seed', '1e3'],
    ['level=may-2022&seed=%201', 'seed', ' 1'],
    ['level=may-2022&seed=NaN', 'seed', 'NaN'],
    ['level=may-2022&seed=Infinity', 'seed', 'Infinity'],
    ['level=may-2022&seed=99999999999', 'seed', '99999999999'],
    ['level=may-2022&seed=constructor', 'seed', 'constructor'],
    [`level=may-2022&seed=${'9'.repeat(10_000)}`, 'seed', '9'.repeat(10_000)],
  ];

  it('holds at least 24', () => {
    expect(HOSTILE.length).toBeGreaterThanOrEqual(24);
  });

  it.each(HOSTILE.map(([q, f, v]) => [q.length > 60 ? `${q.slice(0, 60)}…` : q, q, f, v] as const))('%s: refused whole, naming the field', (_shown, query, field, value) => {
    expect(read(query)).toEqual({ ok: false, field, value });
  });
});
