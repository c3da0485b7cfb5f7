// A class game in the address: all of it is taken, or none of it, with the reason.
import { describe, expect, it } from 'vitest';
import { LEVELS } from '../../src/state/levels';
import { classGameFrom, classGameLink } from '../../src/ui/address';

const read = (query: string) => classGameFrom(new URLSearchParams(query), LEVELS);

describe('a class game in the address', () => {
  it('is absent when the address names none', () => {
    expect(read('lang=ru&debug=1')).toEqual({ ok: true, game: null });
  });

  it('takes a level and a seed, and a difficulty when given', () => {
    expect(read('level=may-2022&seed=1234')).toEqual({ ok: true, game: { level: 'may-2022', seed: 1234, difficulty: null } });
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

  it('makes a link that reads back as the same game, in the same language', () => {
    const link = classGameLink('https://school.example/paper-alliance/index.html?debug=1&lang=ru#debrief', { level: 'may-2022', difficulty: 'standard', seed: 99 });
    expect(link).toBe('https://school.example/paper-alliance/index.html?level=may-2022&difficulty=standard&seed=99&lang=ru');
    expect(read(new URL(link).search.slice(1))).toEqual({ ok: true, game: { level: 'may-2022', seed: 99, difficulty: 'standard' } });
  });
});
