import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AudioBackend, BackendStatus } from '../../src/audio/backend';
import { CROSSFADE_MS, CUE_SPACING_MS, VERDICT_HOLD_MS, createDirector } from '../../src/audio/director';
import { attachAudio } from '../../src/audio/attach';
import { AUDIO_SETTINGS_KEY, DEFAULT_AUDIO_SETTINGS, type AudioSettings, type SettingsStorage } from '../../src/audio/settings';
import { EFFECT_GAIN, type EffectId, type TrackId } from '../../src/audio/sounds';
import { act, newGame, type StepEvent } from '../../src/engine';
import { MAY_2022 } from '../engine/play';

/** A backend that records what it was asked to do. */
function fakeBackend(options: { available?: boolean; unlocked?: boolean; throwOnPlay?: boolean } = {}) {
  const calls: string[] = [];
  const effects: [EffectId, number][] = [];
  const fades: [TrackId, number, number][] = [];
  let listener: () => void = () => {};
  const status = {
    available: options.available ?? true,
    unlocked: options.unlocked ?? true,
  };
  const backend: AudioBackend = {
    load: async () => {
      calls.push('load');
    },
    status: (): BackendStatus => ({
      available: status.available,
      unlocked: status.unlocked,
      files: { effects: 'loaded', theme: 'loaded', council: 'loaded' },
      playing: [],
      engine: { usingWebAudio: true, noAudio: false, context: status.unlocked ? 'running' : 'suspended' },
    }),
    playEffect: (id, volume) => {
      if (options.throwOnPlay) throw new Error('InvalidStateError');
      effects.push([id, volume]);
    },
    fadeTrack: (id, to, ms) => {
      fades.push([id, to, ms]);
    },
    setMaster: (volume, muted) => {
      calls.push(`master ${volume} ${muted}`);
    },
    onChange: (l) => {
      listener = l;
    },
  };
  return {
    backend,
    calls,
    effects,
    fades,
    set(change: Partial<typeof status>) {
      Object.assign(status, change);
      listener();
    },
  };
}

function memoryStorage() {
  const data = new Map<string, string>();
  const storage: SettingsStorage = { getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
  return { storage, data };
}

async function ready(settings: Partial<AudioSettings> = {}, backendOptions: Parameters<typeof fakeBackend>[0] = {}) {
  const fake = fakeBackend(backendOptions);
  const memory = memoryStorage();
  const director = createDirector({ settings: { ...DEFAULT_AUDIO_SETTINGS, ...settings }, storage: memory.storage, backend: async () => fake.backend });
  await director.start();
  return { director, fake, memory };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('effects', () => {
  it('are dropped before the library has loaded, then played at the effects volume', async () => {
    const fake = fakeBackend();
    const director = createDirector({ settings: { ...DEFAULT_AUDIO_SETTINGS }, storage: null, backend: async () => fake.backend });
    director.cue('confirm');
    expect(director.status().state).toBe('idle');
    await director.start();
    expect(director.status().state).toBe('ready');
    director.cue('confirm');
    expect(fake.effects).toEqual([['confirm', DEFAULT_AUDIO_SETTINGS.effects * EFFECT_GAIN.confirm]]);
    expect(director.status().played).toEqual({ confirm: 1 });
  });

  it('play one after another, a beat apart', async () => {
    const { director, fake } = await ready();
    director.cue('stanceDown', 'stanceUp', 'news');
    expect(fake.effects.map(([id]) => id)).toEqual(['stanceDown']);
    vi.advanceTimersByTime(CUE_SPACING_MS);
    expect(fake.effects.map(([id]) => id)).toEqual(['stanceDown', 'stanceUp']);
    vi.advanceTimersByTime(CUE_SPACING_MS);
    expect(fake.effects.map(([id]) => id)).toEqual(['stanceDown', 'stanceUp', 'news']);
  });

  it('are silent while muted, and muting clears the queue', async () => {
    const { director, fake } = await ready();
    director.cue('abandon', 'crisis');
    director.setMuted(true);
    vi.advanceTimersByTime(CUE_SPACING_MS * 3);
    director.cue('confirm');
    expect(fake.effects.map(([id]) => id)).toEqual(['abandon']);
  });

  it('wait for a gesture while the browser keeps audio locked', async () => {
    const { director, fake } = await ready({}, { unlocked: false });
    director.cue('confirm');
    expect(fake.effects).toEqual([]);
    director.unlock();
    director.cue('confirm');
    expect(fake.effects.map(([id]) => id)).toEqual(['confirm']);
  });

  it('a UI click plays on its own, but gives way to the order it led to', async () => {
    const { director, fake } = await ready();
    director.click();
    vi.advanceTimersByTime(1);
    expect(fake.effects.map(([id]) => id)).toEqual(['click']);
    director.click();
    director.cue('confirm');
    vi.advanceTimersByTime(1);
    expect(fake.effects.map(([id]) => id)).toEqual(['click', 'confirm']);
  });
});

describe('music', () => {
  it('crossfades when the screen changes', async () => {
    const { director, fake } = await ready();
    director.setScreen('title');
    expect(fake.fades).toEqual([['theme', DEFAULT_AUDIO_SETTINGS.music, CROSSFADE_MS]]);
    director.setScreen('game');
    expect(fake.fades.slice(1)).toEqual([
      ['theme', 0, CROSSFADE_MS],
      ['council', DEFAULT_AUDIO_SETTINGS.music, CROSSFADE_MS],
    ]);
    director.setScreen('game');
    expect(fake.fades.length).toBe(3);
    director.setScreen('debrief');
    expect(fake.fades.slice(3)).toEqual([
      ['council', 0, CROSSFADE_MS],
      ['theme', DEFAULT_AUDIO_SETTINGS.music, CROSSFADE_MS],
    ]);
  });

  it('fades out on mute and back in on unmute; a volume change follows quickly', async () => {
    const { director, fake } = await ready();
    director.setScreen('game');
    director.toggleMute();
    expect(fake.fades.at(-1)).toEqual(['council', 0, CROSSFADE_MS]);
    director.toggleMute();
    expect(fake.fades.at(-1)).toEqual(['council', DEFAULT_AUDIO_SETTINGS.music, CROSSFADE_MS]);
    director.setVolume('music', 0.2);
    expect(fake.fades.at(-1)).toEqual(['council', 0.2, 150]);
  });

  it('steps aside for the verdict, then brings in the debrief’s theme', async () => {
    const { director, fake } = await ready();
    director.setScreen('game');
    director.setScreen('debrief');
    director.cue('stanceDown', 'loss');
    expect(fake.fades.at(-1)).toEqual(['theme', 0, CROSSFADE_MS]);
    vi.advanceTimersByTime(CUE_SPACING_MS);
    expect(fake.effects.map(([id]) => id)).toEqual(['stanceDown', 'loss']);
    vi.advanceTimersByTime(VERDICT_HOLD_MS - CUE_SPACING_MS - 1);
    expect(fake.fades.at(-1)).toEqual(['theme', 0, CROSSFADE_MS]);
    vi.advanceTimersByTime(1);
    expect(fake.fades.at(-1)).toEqual(['theme', DEFAULT_AUDIO_SETTINGS.music, CROSSFADE_MS]);
  });

  it('rests while the page is hidden and comes back when it is shown', async () => {
    const { director, fake } = await ready();
    director.setScreen('game');
    director.setHidden(true);
    expect(fake.fades.at(-1)).toEqual(['council', 0, CROSSFADE_MS]);
    director.cue('news');
    expect(fake.effects).toEqual([]);
    director.setHidden(false);
    expect(fake.fades.at(-1)).toEqual(['council', DEFAULT_AUDIO_SETTINGS.music, CROSSFADE_MS]);
  });

  it('does not start when the page opened muted', async () => {
    const { director, fake } = await ready({ muted: true });
    director.setScreen('title');
    director.cue('win');
    expect(fake.fades).toEqual([]);
    expect(fake.effects).toEqual([]);
    expect(fake.calls).toContain('master 0.8 true');
  });
});

describe('settings', () => {
  it('are remembered when changed', async () => {
    const { director, memory } = await ready();
    director.setVolume('effects', 0.3);
    director.setMuted(true);
    expect(JSON.parse(memory.data.get(AUDIO_SETTINGS_KEY)!)).toEqual({ ...DEFAULT_AUDIO_SETTINGS, effects: 0.3, muted: true });
    expect(director.settings).toEqual({ ...DEFAULT_AUDIO_SETTINGS, effects: 0.3, muted: true });
  });

  it('tell subscribers, who can leave', async () => {
    const { director } = await ready();
    let heard = 0;
    const leave = director.subscribe(() => (heard += 1));
    director.toggleMute();
    leave();
    director.toggleMute();
    expect(heard).toBe(1);
  });
});

describe('faults', () => {
  it('a library that cannot load leaves the game silent, not broken', async () => {
    const director = createDirector({
      settings: { ...DEFAULT_AUDIO_SETTINGS },
      storage: null,
      backend: () => Promise.reject(new Error('Failed to fetch dynamically imported module')),
    });
    await director.start();
    expect(director.status().state).toBe('unavailable');
    expect(() => {
      director.cue('crisis');
      director.setScreen('game');
      director.toggleMute();
    }).not.toThrow();
    expect(director.status().faults.join()).toMatch(/Failed to fetch/);
  });

  it('no audio output: the backend says unavailable', async () => {
    const { director, fake } = await ready({}, { available: false });
    expect(director.status().state).toBe('unavailable');
    director.cue('confirm');
    expect(fake.effects).toEqual([]);
  });

  it('a throwing play is absorbed and recorded', async () => {
    const { director } = await ready({}, { throwOnPlay: true });
    expect(() => director.cue('confirm')).not.toThrow();
    expect(director.status().faults.join()).toMatch(/InvalidStateError/);
    expect(director.status().played).toEqual({});
  });

  it('becoming unavailable later (a file failed to decode) stops the music calls', async () => {
    const { director, fake } = await ready();
    director.setScreen('game');
    fake.set({ available: false });
    expect(director.status().state).toBe('unavailable');
    const before = fake.fades.length;
    director.setScreen('title');
    expect(fake.fades.length).toBe(before);
  });
});

describe('attachAudio', () => {
  /** A minimal store with zustand's subscribe signature. */
  function store<S>(initial: S) {
    let state = initial;
    const listeners = new Set<(s: S, p: S) => void>();
    return {
      getState: () => state,
      subscribe: (l: (s: S, p: S) => void) => {
        listeners.add(l);
        return () => listeners.delete(l);
      },
      set(next: Partial<S>) {
        const prev = state;
        state = { ...state, ...next };
        for (const l of listeners) l(state, prev);
      },
    };
  }

  it('turns store changes into music and sounds', async () => {
    const { director, fake } = await ready();
    const game = newGame(MAY_2022, { seed: 7 });
    const s = store({ screen: 'title', lastStep: [] as readonly StepEvent[], refused: 0 });
    const detach = attachAudio(s, director, { step: (st) => st.lastStep, screen: (st) => st.screen, refusal: (st) => (st.refused > 0 ? st.refused : null) });
    expect(fake.fades.at(-1)).toEqual(['theme', DEFAULT_AUDIO_SETTINGS.music, CROSSFADE_MS]);
    s.set({ screen: 'game' });
    expect(fake.fades.at(-1)?.[0]).toBe('council');
    const step = act(MAY_2022, game, { type: 'economicAid', member: 'KAZ' });
    s.set({ lastStep: step.ok ? step.value.events : [] });
    expect(fake.effects.at(-1)?.[0]).toBe('confirm');
    s.set({ refused: 1 });
    expect(fake.effects.at(-1)?.[0]).toBe('refuse');
    detach();
    s.set({ refused: 2 });
    expect(fake.effects.length).toBe(2);
  });
});

describe('attachAudio on the game store', () => {
  it('plays orders, refusals, the turn report, and the debrief music', async () => {
    const { createGameStore } = await import('../../src/state/store');
    const { memoryStorage: gameMemory } = await import('../../src/state/storage');
    const { director, fake } = await ready();
    const store = createGameStore({ storage: gameMemory(), seed: 11 });
    attachAudio(store, director);
    expect(fake.fades.at(-1)?.[0]).toBe('theme');
    store.getState().start('may-2022', { seed: 11 });
    expect(fake.fades.at(-1)?.[0]).toBe('council');
    expect(fake.effects).toEqual([]);

    expect(store.getState().act({ type: 'economicAid', member: 'KAZ' })).toBeNull();
    expect(fake.effects.map(([id]) => id)).toEqual(['confirm']);
    expect(store.getState().act({ type: 'economicAid', member: 'KAZ' })).not.toBeNull();
    expect(fake.effects.map(([id]) => id)).toEqual(['confirm', 'refuse']);
    expect(store.getState().act({ type: 'economicAid', member: 'KAZ' })).not.toBeNull();
    expect(fake.effects.map(([id]) => id)).toEqual(['confirm', 'refuse', 'refuse']);

    store.getState().undo();
    expect(fake.effects.length).toBe(3);

    while (store.getState().game.phase !== 'over') {
      store.getState().act({ type: 'endTurn' });
      vi.advanceTimersByTime(CUE_SPACING_MS * 6);
    }
    const heard = fake.effects.map(([id]) => id);
    expect(heard.filter((id) => id === 'win' || id === 'loss').length).toBe(1);
    expect(heard).toContain('crisis');
    expect(store.getState().screen).toBe('debrief');
    expect(fake.fades.at(-1)?.[0]).toBe('theme');
  });
});
