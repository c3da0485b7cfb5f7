// Tables derived from a level once, for the paths every month of every game takes. A parsed
// level is never written to, so what is derived from it stays true for as long as it lives.
import type { Level } from './level';

/**
 * `build` made once for each level and kept with it. The last level asked for is answered
 * before the weak map is searched: a game, a playout or a benchmark asks for one level
 * thousands of times in a row.
 */
export function perLevel<T>(build: (level: Level) => T): (level: Level) => T {
  const built = new WeakMap<Level, T>();
  let lastLevel: Level | null = null;
  let lastTable: T | undefined;
  return (level) => {
    if (level === lastLevel) return lastTable!;
    let table = built.get(level);
    if (table === undefined) {
      table = build(level);
      built.set(level, table);
    }
    lastLevel = level;
    lastTable = table;
    return table;
  };
}
