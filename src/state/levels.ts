// The levels shipped with the game, parsed once; a broken file is reported, never half-loaded.
import { parseLevel, type Level, type LevelError } from '../engine';

const files = import.meta.glob<unknown>(['../../levels/*.json', '!../../levels/*.schema.json'], { eager: true, import: 'default' });

export interface LevelProblem {
  file: string;
  errors: LevelError[];
}

function load(): { levels: Record<string, Level>; problems: LevelProblem[] } {
  const levels: Record<string, Level> = {};
  const problems: LevelProblem[] = [];
  for (const [file, data] of Object.entries(files).sort(([a], [b]) => a.localeCompare(b))) {
    const parsed = parseLevel(data);
    if (parsed.ok) levels[parsed.value.id] = parsed.value;
    else problems.push({ file, errors: parsed.error });
  }
  return { levels, problems };
}

export const { levels: LEVELS, problems: LEVEL_PROBLEMS } = load();
export const FIRST_LEVEL = 'may-2022';
