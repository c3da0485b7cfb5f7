import { afterEach, describe, expect, it } from 'vitest';
import {
  AUDIO_SETTINGS_KEY,
  DEFAULT_AUDIO_SETTINGS,
  browserStorage,
  initialAudioSettings,
  loadAudioSettings,
  mutedByUrl,
  parseAudioSettings,
  saveAudioSettings,
  withVolume,
  type SettingsStorage,
} from '../../src/audio/settings';

/** An in-memory storage that counts writes. */
function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  let writes = 0;
  const storage: SettingsStorage = {
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => {
      writes += 1;
      data.set(key, value);
    },
  };
  return { storage, data, writes: () => writes };
}

const throwing: SettingsStorage = {
  getItem: () => {
    throw new Error('SecurityError: storage is disabled');
  },
  setItem: () => {
    throw new Error('QuotaExceededError');
  },
};

describe('parseAudioSettings', () => {
  it.each([
    ['nothing', undefined],
    ['null', null],
    ['a string', 'loud'],
    ['an array', [1, 2]],
    ['an empty object', {}],
  ])('gives the defaults for %s', (_name, input) => {
    expect(parseAudioSettings(input)).toEqual(DEFAULT_AUDIO_SETTINGS);
  });

  it.each([
    [{ master: 0.3 }, { master: 0.3 }],
    [{ music: 2 }, { music: 1 }],
    [{ effects: -1 }, { effects: 0 }],
    [{ master: Number.NaN }, {}],
    [{ master: Infinity }, {}],
    [{ music: '0.5' }, {}],
    [{ muted: true }, { muted: true }],
    [{ muted: 'yes' }, {}],
    [{ master: 0, music: 0.25, effects: 1, muted: false, extra: 'ignored' }, { master: 0, music: 0.25, effects: 1, muted: false }],
  ])('%j reads as defaults with %j', (input, expected) => {
    expect(parseAudioSettings(input)).toEqual({ ...DEFAULT_AUDIO_SETTINGS, ...expected });
  });
});

describe('remembering settings', () => {
  it('round-trips through storage', () => {
    const { storage } = memoryStorage();
    const settings = { master: 0.4, music: 0.1, effects: 0.9, muted: true };
    expect(saveAudioSettings(storage, settings)).toBe(true);
    expect(loadAudioSettings(storage)).toEqual(settings);
  });

  it('falls back to defaults for a corrupt or foreign stored value', () => {
    expect(loadAudioSettings(memoryStorage({ [AUDIO_SETTINGS_KEY]: '{not json' }).storage)).toEqual(DEFAULT_AUDIO_SETTINGS);
    expect(loadAudioSettings(memoryStorage({ [AUDIO_SETTINGS_KEY]: '{"master":7,"muted":1}' }).storage)).toEqual({ ...DEFAULT_AUDIO_SETTINGS, master: 1 });
  });

  it('survives storage that is missing or throws', () => {
    expect(loadAudioSettings(null)).toEqual(DEFAULT_AUDIO_SETTINGS);
    expect(loadAudioSettings(throwing)).toEqual(DEFAULT_AUDIO_SETTINGS);
    expect(saveAudioSettings(null, DEFAULT_AUDIO_SETTINGS)).toBe(false);
    expect(saveAudioSettings(throwing, DEFAULT_AUDIO_SETTINGS)).toBe(false);
  });

  it('hands back fresh objects, so the defaults cannot be changed by accident', () => {
    const a = loadAudioSettings(null);
    a.muted = true;
    expect(loadAudioSettings(null).muted).toBe(false);
    expect(Object.isFrozen(DEFAULT_AUDIO_SETTINGS)).toBe(true);
  });
});

describe('browserStorage', () => {
  const original = Object.getOwnPropertyDescriptor(globalThis, 'localStorage');
  afterEach(() => {
    if (original) Object.defineProperty(globalThis, 'localStorage', original);
    else delete (globalThis as { localStorage?: unknown }).localStorage;
  });

  it('is null when reaching localStorage throws (sandboxed iframe, privacy mode)', () => {
    Object.defineProperty(globalThis, 'localStorage', {
      configurable: true,
      get() {
        throw new Error('SecurityError');
      },
    });
    expect(browserStorage()).toBeNull();
  });

  it('is the page’s localStorage when there is one', () => {
    const { storage } = memoryStorage();
    Object.defineProperty(globalThis, 'localStorage', { configurable: true, value: storage });
    expect(browserStorage()).toBe(storage);
  });
});

describe('?audio=muted', () => {
  it.each([
    ['?audio=muted', true],
    ['?debug=1&audio=muted', true],
    ['?audio=on', false],
    ['?audio=Muted', false],
    ['', false],
    ['?muted', false],
  ])('%s → muted %s', (search, expected) => {
    expect(mutedByUrl(search)).toBe(expected);
  });

  it('starts muted without overwriting what the player chose before', () => {
    const saved = { master: 0.5, music: 0.3, effects: 0.6, muted: false };
    const memory = memoryStorage({ [AUDIO_SETTINGS_KEY]: JSON.stringify(saved) });
    expect(initialAudioSettings(memory.storage, '?audio=muted')).toEqual({ ...saved, muted: true });
    expect(memory.writes()).toBe(0);
    expect(initialAudioSettings(memory.storage, '')).toEqual(saved);
  });
});

describe('withVolume', () => {
  it('clamps and leaves the other settings alone', () => {
    expect(withVolume(DEFAULT_AUDIO_SETTINGS, 'music', 1.5)).toEqual({ ...DEFAULT_AUDIO_SETTINGS, music: 1 });
    expect(withVolume(DEFAULT_AUDIO_SETTINGS, 'effects', -0.2)).toEqual({ ...DEFAULT_AUDIO_SETTINGS, effects: 0 });
    expect(withVolume(DEFAULT_AUDIO_SETTINGS, 'master', Number.NaN)).toEqual(DEFAULT_AUDIO_SETTINGS);
  });
});
