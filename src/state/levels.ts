// The levels shipped with the game, parsed once; a broken file is reported, never half-loaded.
import { parseLevel, type Level, type LevelError } from '../engine';

const files = import.meta.glob<unknown>(['../../levels/*.json', '!../../levels/*.schema.json'], { eager: true, import: 'default' });

export interface LevelProblem {
  file: string;
  errors: LevelError[];
}

function load(): { levels: Record<string, Level>; problems: LevelProblem[] } {
  const parsed: Level[] = [];
  const problems: LevelProblem[] = [];
  for (const [file, data] of Object.entries(files).sort(([a], [b]) => a.localeCompare(b))) {
    const result = parseLevel(data);
    if (result.ok) parsed.push(result.value);
    else problems.push({ file, errors: result.error });
  }
  // In the order of history: the level select lists them as the year unfolds.
  parsed.sort((a, b) => a.start.localeCompare(b.start) || a.id.localeCompare(b.id));
  return { levels: Object.fromEntries(parsed.map((level) => [level.id, level])), problems };
}

export const { levels: LEVELS, problems: LEVEL_PROBLEMS } = load();
export const FIRST_LEVEL = 'may-2022';
