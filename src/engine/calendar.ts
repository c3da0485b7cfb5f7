import type { Level } from './level';

/** The month a turn stands for, as { year, month } with month 1..12. */
export function monthOf(level: Level, turn: number): { year: number; month: number } {
  const [y, m] = level.start.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) + (turn - 1);
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** ISO year-month of a turn, e.g. "2022-05". */
export function isoMonth(level: Level, turn: number): string {
  const { year, month } = monthOf(level, turn);
  return `${year}-${String(month).padStart(2, '0')}`;
}
