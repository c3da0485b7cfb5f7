// The audio director: settings, music per screen with crossfades, effects in
// turn, and every fault absorbed so the game plays on in silence.
import type { AudioBackend, BackendStatus, FileState } from './backend';
import { musicFor } from './cues';
import { AUDIO_FILES, EFFECT_GAIN, type AudioFileId, type EffectId, type SoundId, type TrackId } from './sounds';
import { saveAudioSettings, withVolume, type AudioSettings, type SettingsStorage, type VolumeChannel } from './settings';

export type AudioState = 'idle' | 'loading' | 'ready' | 'unavailable';

export interface AudioStatus {
  state: AudioState;
  settings: AudioSettings;
  unlocked: boolean;
  /** The track that should be heard on this screen (silent while muted or locked). */
  track: TrackId | null;
  files: Record<AudioFileId, FileState>;
  playing: SoundId[];
  /** How many times each effect was sent to the speakers. */
  played: Partial<Record<EffectId, number>>;
  /** Faults absorbed, newest last (at most ten). */
  faults: string[];
  engine: BackendStatus['engine'] | null;
}

export interface AudioDirector {
  readonly settings: AudioSettings;
  /** Load the sound library and files; call after the first frame. Idempotent. */
  start(): Promise<void>;
  /** Play effects one after another, a beat apart. */
  cue(...effects: EffectId[]): void;
  /** A UI click, dropped if another cue follows within the same task (the click led to an order). */
  click(): void;
  /** Music for a screen, crossfaded from the last one. */
  setScreen(screen: string): void;
  setVolume(channel: VolumeChannel, value: number): void;
  setMuted(muted: boolean): void;
  toggleMute(): void;
  /** Tell the director the user has interacted: audio may now start. */
  unlock(): void;
  /** The page went to the background (another tab, a minimised window): the music rests. */
  setHidden(hidden: boolean): void;
  status(): AudioStatus;
  /** Listen for changes of settings or status (for the mute button). */
  subscribe(listener: () => void): () => void;
}

export interface Timers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface DirectorOptions {
  settings: AudioSettings;
  storage: SettingsStorage | null;
  /** Loads the library lazily; may reject (offline chunk, blocked script): the game goes on silently. */
  backend: () => Promise<AudioBackend>;
  timers?: Timers;
}

/** Gap between queued effects, so a turn report reads as a sequence. */
export const CUE_SPACING_MS = 420;
export const CROSSFADE_MS = 1500;
/** The music steps aside this long for the win or loss, then the debrief's theme comes in. */
export const VERDICT_HOLD_MS = 3500;
const VERDICTS: readonly EffectId[] = ['win', 'loss'];
const QUEUE_LIMIT = 6;

const browserTimers: Timers = {
  setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

const noFiles = (): Record<AudioFileId, FileState> => Object.fromEntries(AUDIO_FILES.map((f) => [f, 'unloaded'])) as Record<AudioFileId, FileState>;

export function createDirector(options: DirectorOptions): AudioDirector {
  const timers = options.timers ?? browserTimers;
  let settings: AudioSettings = { ...options.settings };
  let state: AudioState = 'idle';
  let backend: AudioBackend | null = null;
  let loading: Promise<void> | null = null;
  let gestured = false;
  let hidden = false;
  /** Music held back while the verdict sounds. */
  let held: unknown = null;
  let screenTrack: TrackId | null = null;
  /** What the backend was last told to play, at what volume. */
  let sounding: { track: TrackId; volume: number } | null = null;
  const queue: EffectId[] = [];
  let queueTimer: unknown = null;
  let pendingClick: unknown = null;
  const played: Partial<Record<EffectId, number>> = {};
  const faults: string[] = [];
  const listeners = new Set<() => void>();

  const notify = () => {
    for (const l of [...listeners]) {
      try {
        l();
      } catch (error) {
        fault(`listener: ${String(error)}`);
      }
    }
  };

  function fault(message: string): void {
    faults.push(message);
    if (faults.length > 10) faults.shift();
  }

  /** Run a backend call; any throw is a fault, never the game's problem. */
  function guarded(what: string, fn: (b: AudioBackend) => void): void {
    if (!backend || state === 'unavailable') return;
    try {
      fn(backend);
    } catch (error) {
      fault(`${what}: ${String(error)}`);
    }
  }

  function backendStatus(): BackendStatus | null {
    if (!backend) return null;
    try {
      return backend.status();
    } catch (error) {
      fault(`status: ${String(error)}`);
      return null;
    }
  }

  const canSound = () => {
    const s = backendStatus();
    return state === 'ready' && !settings.muted && !hidden && !!s && s.available && (s.unlocked || gestured);
  };

  /** Bring the playing track in line with the screen, the mute and the music volume. */
  function syncMusic(): void {
    const volume = settings.music;
    const wanted = canSound() && held === null && screenTrack && volume > 0 ? screenTrack : null;
    if (sounding && sounding.track === wanted && sounding.volume === volume) return;
    if (sounding && sounding.track !== wanted) {
      const old = sounding.track;
      guarded('fade out', (b) => b.fadeTrack(old, 0, CROSSFADE_MS));
      sounding = null;
    }
    if (wanted) {
      const fade = sounding ? 150 : CROSSFADE_MS;
      guarded('fade in', (b) => b.fadeTrack(wanted, volume, fade));
      sounding = { track: wanted, volume };
    }
  }

  function syncMaster(): void {
    guarded('master', (b) => b.setMaster(settings.master, settings.muted));
  }

  function playNow(effect: EffectId): void {
    if (!canSound() || settings.effects <= 0) return;
    guarded(`play ${effect}`, (b) => {
      b.playEffect(effect, settings.effects * EFFECT_GAIN[effect]);
      played[effect] = (played[effect] ?? 0) + 1;
    });
  }

  function drain(): void {
    queueTimer = null;
    const next = queue.shift();
    if (!next) return;
    playNow(next);
    if (queue.length > 0) queueTimer = timers.setTimeout(drain, CUE_SPACING_MS);
  }

  function change(next: AudioSettings): void {
    settings = next;
    saveAudioSettings(options.storage, settings);
    syncMaster();
    syncMusic();
    if (settings.muted) queue.length = 0;
    notify();
  }

  function onBackendChange(): void {
    const s = backendStatus();
    if (s && !s.available) state = 'unavailable';
    syncMusic();
    notify();
  }

  const director: AudioDirector = {
    get settings() {
      return { ...settings };
    },

    start() {
      if (loading) return loading;
      state = 'loading';
      notify();
      loading = (async () => {
        try {
          backend = await options.backend();
          backend.onChange(onBackendChange);
          syncMaster();
          await backend.load();
          const s = backend.status();
          state = s.available ? 'ready' : 'unavailable';
        } catch (error) {
          fault(`load: ${String(error)}`);
          state = 'unavailable';
        }
        syncMusic();
        notify();
      })();
      return loading;
    },

    cue(...effects) {
      if (pendingClick !== null) {
        timers.clearTimeout(pendingClick);
        pendingClick = null;
      }
      if (!canSound()) return;
      if (effects.some((e) => VERDICTS.includes(e))) {
        if (held !== null) timers.clearTimeout(held);
        held = timers.setTimeout(() => {
          held = null;
          syncMusic();
        }, VERDICT_HOLD_MS);
        syncMusic();
      }
      for (const e of effects) if (queue.length < QUEUE_LIMIT) queue.push(e);
      if (queueTimer === null) drain();
    },

    click() {
      if (!canSound() || pendingClick !== null) return;
      pendingClick = timers.setTimeout(() => {
        pendingClick = null;
        playNow('click');
      }, 0);
    },

    setScreen(screen) {
      screenTrack = musicFor(screen);
      syncMusic();
      notify();
    },

    setVolume(channel, value) {
      change(withVolume(settings, channel, value));
    },

    setMuted(muted) {
      if (muted !== settings.muted) change({ ...settings, muted });
    },

    toggleMute() {
      change({ ...settings, muted: !settings.muted });
    },

    unlock() {
      if (gestured) return;
      gestured = true;
      syncMusic();
      notify();
    },

    setHidden(value) {
      if (value === hidden) return;
      hidden = value;
      if (hidden) queue.length = 0;
      syncMusic();
      notify();
    },

    status() {
      const s = backendStatus();
      return {
        state,
        settings: { ...settings },
        unlocked: !!s?.unlocked,
        track: screenTrack,
        files: s ? { ...s.files } : noFiles(),
        playing: s ? [...s.playing] : [],
        played: { ...played },
        faults: [...faults],
        engine: s ? { ...s.engine } : null,
      };
    },

    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return director;
}
