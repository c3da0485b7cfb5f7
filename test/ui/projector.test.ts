// The projector setting: read from the address only as 1 or 0, remembered only as a boolean,
// and a root text size that grows with the projected screen while the panels stay side by side.
import { describe, expect, it } from 'vitest';
import { createGameStore, SETTINGS_KEY } from '../../src/state/store';
import { memoryStorage } from '../../src/state/storage';
import { PROJECTOR_SCALE, projectorFrom, rootScale } from '../../src/ui/projector';

const read = (query: string) => projectorFrom(new URLSearchParams(query));

describe('?projector= in the address', () => {
  it('is absent when the address names none', () => {
    expect(read('lang=ru&level=may-2022')).toEqual({ ok: true, projector: null });
  });

  it('turns the setting on with 1 and off with 0', () => {
    expect(read('projector=1')).toEqual({ ok: true, projector: true });
    expect(read('projector=0')).toEqual({ ok: true, projector: false });
  });

  it.each(['yes', 'true', '2', '01', ' 1', '', 'constructor', '__proto__', 'toString', 'hasOwnProperty', 'x'.repeat(5000)])('refuses %j, naming the field and the value', (value) => {
    expect(read(new URLSearchParams({ projector: value }).toString())).toEqual({ ok: false, field: 'projector', value });
  });
});

describe('the projector setting in the store', () => {
  const stored = (value: unknown) => {
    const storage = memoryStorage();
    storage.set(SETTINGS_KEY, JSON.stringify({ projector: value }));
    return createGameStore({ storage, seed: 1 }).getState().settings.projector;
  };

  it('is off unless asked for', () => {
    expect(createGameStore({ storage: memoryStorage(), seed: 1 }).getState().settings.projector).toBe(false);
  });

  it('is remembered as a boolean and nothing else', () => {
    expect(stored(true)).toBe(true);
    expect(stored(false)).toBe(false);
    expect(stored('1')).toBe(false);
    expect(stored(1)).toBe(false);
    expect(stored({})).toBe(false);
  });

  it('asked for by the address, wins over the remembered one and is remembered', () => {
    const storage = memoryStorage();
    storage.set(SETTINGS_KEY, JSON.stringify({ projector: false }));
    expect(createGameStore({ storage, seed: 1, settings: { projector: true } }).getState().settings.projector).toBe(true);
    expect(JSON.parse(storage.get(SETTINGS_KEY)!)).toMatchObject({ projector: true });
  });
});

describe('the root text scale', () => {
  it('is the player’s own with the projector off', () => {
    for (const scale of [1, 1.5, 2]) expect(rootScale(scale, false, 1920, 1080)).toBe(scale);
  });

  it('is larger on a projected 1280×800 screen, and larger still at 1920×1080', () => {
    expect(rootScale(1, true, 1280, 800)).toBe(PROJECTOR_SCALE);
    expect(rootScale(1, true, 1920, 1080)).toBeCloseTo(PROJECTOR_SCALE * 1080 / 800, 6);
    expect(rootScale(1, true, 1920, 1080)).toBeGreaterThan(rootScale(1, true, 1280, 800));
  });

  it('keeps at least 64 letters across any projector-sized window, so the panels stay side by side', () => {
    for (const [w, h] of [[1024, 768], [1280, 720], [1280, 800], [1366, 768], [1440, 900], [1600, 900], [1920, 1080], [1920, 1200], [2560, 1440], [3840, 2160]] as const) {
      const scale = rootScale(1, true, w, h);
      expect(scale, `${w}×${h}`).toBeGreaterThanOrEqual(1);
      expect(w / (16 * scale), `${w}×${h}`).toBeGreaterThanOrEqual(60);
    }
  });

  it('never shrinks what the player chose, and never passes 200%', () => {
    expect(rootScale(2, true, 1280, 800)).toBe(2);
    expect(rootScale(1.5, true, 1280, 800)).toBe(1.5);
    expect(rootScale(1, true, 390, 844)).toBe(1);
    expect(rootScale(1, true, 7680, 4320)).toBe(2);
  });
});
