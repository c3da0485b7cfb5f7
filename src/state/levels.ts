// The levels shipped with the game. They were checked against the level schema when the
// game was built (src/cli/vite-levels.ts), so they arrive here whole and parsed.
import type { Level } from '../engine';

const files = import.meta.glob<Level>(['../../levels/*.json', '!../../levels/*.schema.json'], { eager: true, import: 'default' });

// In the order of history: the level select lists them as the year unfolds.
const ordered = Object.values(files).sort((a, b) => a.start.localeCompare(b.start) || a.id.localeCompare(b.id));

export const LEVELS: Readonly<Record<string, Level>> = Object.fromEntries(ordered.map((level) => [level.id, level]));
export const FIRST_LEVEL = 'may-2022';
