// The player's settings: language, motion, difficulty, text size, the guide, the projector.
// Remembered between visits; what the page's address asks for wins and is remembered too.
import type { StateCreator } from 'zustand/vanilla';
import { hasId, type Level } from '../engine';
import type { KeyValue } from './storage';
import type { AppState } from './store';

export interface Settings {
  lang: 'en' | 'ru';
  reducedMotion: boolean;
  difficulty: string;
  /** Root text size, 1 to 2 (100% to 200%). */
  textScale: number;
  /** Whether the guided first turn still waits for the player. */
  tutorial: 'pending' | 'done';
  /** Larger type and stronger contrast, for a class watching a projected screen. */
  projector: boolean;
}

export const TEXT_SCALES = [1, 1.25, 1.5, 1.75, 2] as const;

export const SETTINGS_KEY = 'paper-alliance:settings';

export interface SettingsSlice {
  settings: Settings;
  setSettings(patch: Partial<Settings>): void;
}

function readSettings(storage: KeyValue, levels: Readonly<Record<string, Level>>): Partial<Settings> {
  try {
    const parsed: unknown = JSON.parse(storage.get(SETTINGS_KEY) ?? '{}');
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return {};
    const data = parsed as Record<string, unknown>;
    const out: Partial<Settings> = {};
    if (data.lang === 'en' || data.lang === 'ru') out.lang = data.lang;
    if (typeof data.reducedMotion === 'boolean') out.reducedMotion = data.reducedMotion;
    // A difficulty some level names; anything else (an inherited name such as "toString") is dropped.
    if (Object.values(levels).some((level) => hasId(level.difficulties, data.difficulty))) out.difficulty = data.difficulty as string;
    if (typeof data.textScale === 'number' && (TEXT_SCALES as readonly number[]).includes(data.textScale)) out.textScale = data.textScale;
    if (data.tutorial === 'pending' || data.tutorial === 'done') out.tutorial = data.tutorial;
    if (typeof data.projector === 'boolean') out.projector = data.projector;
    return out;
  } catch {
    return {};
  }
}

export function writeSettings(storage: KeyValue, settings: Settings): void {
  storage.set(SETTINGS_KEY, JSON.stringify(settings));
}

/** The settings a visit opens with: the defaults, under what was remembered, under what the address asked for. */
export function openSettings(storage: KeyValue, levels: Readonly<Record<string, Level>>, firstLevel: Level, asked: Partial<Settings> = {}): Settings {
  const settings: Settings = {
    lang: 'en',
    reducedMotion: false,
    difficulty: firstLevel.defaultDifficulty,
    textScale: 1,
    tutorial: 'pending',
    projector: false,
    ...readSettings(storage, levels),
    ...asked,
  };
  if (Object.keys(asked).length > 0) writeSettings(storage, settings);
  return settings;
}

export const createSettingsSlice = (storage: KeyValue, settings: Settings): StateCreator<AppState, [['zustand/immer', never]], [], SettingsSlice> => (set, get) => ({
  settings,
  setSettings(patch) {
    set((d) => {
      Object.assign(d.settings, patch);
    });
    writeSettings(storage, get().settings);
  },
});
