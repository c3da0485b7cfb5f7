// A game a class plays together, and how it is remembered between visits.
import { byId, hasId, type GameState, type Level } from '../engine';
import type { KeyValue } from './storage';

/** A game a class plays together: the same level, difficulty and seed for everyone, held until the player leaves it. */
export interface ClassGame {
  level: string;
  difficulty: string;
  seed: number;
}

export const CLASS_KEY = 'paper-alliance:class';

/** The class game remembered from an earlier visit, if it still names a level and difficulty of this build. */
export function readClassGame(storage: KeyValue, levels: Readonly<Record<string, Level>>): ClassGame | null {
  try {
    const data: unknown = JSON.parse(storage.get(CLASS_KEY) ?? 'null');
    if (typeof data !== 'object' || data === null) return null;
    const { level, difficulty, seed } = data as Record<string, unknown>;
    const found = byId(levels, level);
    if (!found || !hasId(found.difficulties, difficulty) || typeof seed !== 'number' || !Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) return null;
    return { level: found.id, difficulty: difficulty as string, seed };
  } catch {
    return null;
  }
}

/** Whether a game is the class game: the same level, difficulty and seed. */
export function isClassGame(classGame: ClassGame | null, game: GameState): boolean {
  return classGame !== null && game.level === classGame.level && game.difficulty === classGame.difficulty && game.seed === classGame.seed;
}
