// Sound settings: volumes and mute, remembered between visits when storage allows.

export interface AudioSettings {
  /** 0..1, scales everything. */
  master: number;
  /** 0..1, the music loops. */
  music: number;
  /** 0..1, the effects. */
  effects: number;
  muted: boolean;
}

export type VolumeChannel = 'master' | 'music' | 'effects';
export const VOLUME_CHANNELS: readonly VolumeChannel[] = ['master', 'music', 'effects'];

export const DEFAULT_AUDIO_SETTINGS: Readonly<AudioSettings> = Object.freeze({ master: 0.8, music: 0.5, effects: 0.8, muted: false });

export const AUDIO_SETTINGS_KEY = 'paper-alliance:audio';

/** The storage surface used: localStorage or anything shaped like it. */
export type SettingsStorage = Pick<Storage, 'getItem' | 'setItem'>;

const clamp01 = (n: number) => Math.min(1, Math.max(0, n));

/**
 * Read settings from untrusted data (a stored string another version or a
 * person may have written). Never throws: each bad or missing field falls back
 * to its default, numbers are clamped to 0..1.
 */
export function parseAudioSettings(input: unknown): AudioSettings {
  const out: AudioSettings = { ...DEFAULT_AUDIO_SETTINGS };
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return out;
  const record = input as Record<string, unknown>;
  for (const channel of VOLUME_CHANNELS) {
    const v = record[channel];
    if (typeof v === 'number' && Number.isFinite(v)) out[channel] = clamp01(v);
  }
  if (typeof record.muted === 'boolean') out.muted = record.muted;
  return out;
}

/** The page's localStorage, or null where it is missing or access throws (privacy modes, sandboxed iframes). */
export function browserStorage(): SettingsStorage | null {
  try {
    const storage = globalThis.localStorage;
    return storage ?? null;
  } catch {
    return null;
  }
}

export function loadAudioSettings(storage: SettingsStorage | null): AudioSettings {
  if (!storage) return { ...DEFAULT_AUDIO_SETTINGS };
  try {
    const text = storage.getItem(AUDIO_SETTINGS_KEY);
    return parseAudioSettings(text === null ? null : JSON.parse(text));
  } catch {
    return { ...DEFAULT_AUDIO_SETTINGS };
  }
}

/** Remember settings; false when storage refused (full, blocked): the game goes on with them unsaved. */
export function saveAudioSettings(storage: SettingsStorage | null, settings: AudioSettings): boolean {
  if (!storage) return false;
  try {
    storage.setItem(AUDIO_SETTINGS_KEY, JSON.stringify(parseAudioSettings(settings)));
    return true;
  } catch {
    return false;
  }
}

/** `?audio=muted` in the page's address starts the game muted (a classroom, an embed). */
export function mutedByUrl(search: string): boolean {
  try {
    return new URLSearchParams(search).get('audio') === 'muted';
  } catch {
    return false;
  }
}

/** Settings to start with: remembered ones, muted if the address asks, without saving that mute. */
export function initialAudioSettings(storage: SettingsStorage | null, search: string): AudioSettings {
  const settings = loadAudioSettings(storage);
  if (mutedByUrl(search)) settings.muted = true;
  return settings;
}

export function withVolume(settings: AudioSettings, channel: VolumeChannel, value: number): AudioSettings {
  return { ...settings, [channel]: Number.isFinite(value) ? clamp01(value) : settings[channel] };
}
