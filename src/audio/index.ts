// The audio module's public face. One call from main.ts starts it:
//   startAudio({ store })
// Everything after that (loading, unlock, settings, the mute button) is handled here.
import { attachAudio, type AudibleStore, type AudioInput } from './attach';
import { createDirector, type AudioDirector } from './director';
import { mountMuteButton } from './mute-button';
import { mountAudioSettings } from './settings-panel';
import { browserStorage, initialAudioSettings } from './settings';

export { attachAudio, GAME_STORE, type AudibleStore, type AudioInput, type AudioSelectors } from './attach';
export { createDirector, type AudioDirector, type AudioStatus } from './director';
export { soundsFor, soundForResult, musicFor } from './cues';
export { mountMuteButton } from './mute-button';
export { mountAudioSettings } from './settings-panel';
export { DEFAULT_AUDIO_SETTINGS, type AudioSettings, type VolumeChannel } from './settings';
export { EFFECTS, TRACKS, type EffectId, type TrackId } from './sounds';

export interface StartAudioOptions {
  /** The game's store; without one, the theme plays and nothing else is cued. */
  store?: AudibleStore<AudioInput>;
  /** Where the mute button goes; null for none. Default: document.body. */
  buttonParent?: HTMLElement | null;
  /** Resolves when the map has drawn; by default its performance mark is watched for. */
  after?: Promise<unknown>;
}

interface DebugHandle {
  audio?: { director: AudioDirector; status: AudioDirector['status']; mountSettings(parent: HTMLElement): void };
}

/** After the next frames are painted and the page is idle. */
function afterFrames(run: () => void): void {
  const raf = typeof requestAnimationFrame === 'function' ? requestAnimationFrame : (fn: () => void) => setTimeout(fn, 16);
  const idle = (fn: () => void) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(fn, { timeout: 1500 });
    else setTimeout(fn, 200);
  };
  raf(() => raf(() => idle(run)));
}

/** The map marks its first drawn frame with this name (src/map/mount.ts). */
const MAP_READY_MARK = 'paper-alliance:map-ready';
/** If the map never draws (no renderer, a failed chunk), the sound comes anyway after this long. */
const MAP_WAIT_LIMIT_MS = 15_000;

/** Once the map has drawn its first frame: sound never competes with it. */
function afterMapDrawn(run: () => void, after?: Promise<unknown>): void {
  let done = false;
  let observer: PerformanceObserver | null = null;
  const go = () => {
    if (done) return;
    done = true;
    observer?.disconnect();
    clearTimeout(limit);
    afterFrames(run);
  };
  const limit = setTimeout(go, MAP_WAIT_LIMIT_MS);
  if (after) {
    after.then(go, go);
    return;
  }
  try {
    observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName(MAP_READY_MARK).length > 0) go();
    });
    observer.observe({ type: 'mark', buffered: true });
  } catch {
    // No performance observer: the time limit starts the sound.
  }
}

/** Sounds on the first user gesture, a click for buttons pressed afterwards, rest while the page is hidden. */
function listen(audio: AudioDirector): void {
  const hidden = () => audio.setHidden(document.visibilityState === 'hidden');
  document.addEventListener('visibilitychange', hidden);
  hidden();
  const gesture = () => audio.unlock();
  for (const type of ['pointerdown', 'keydown', 'touchend'] as const) window.addEventListener(type, gesture, { capture: true, once: true });
  // Capture phase: the click is noted before the button's own handler runs, so
  // an order that handler gives (a confirm, a refusal) replaces it.
  document.addEventListener(
    'click',
    (event) => {
      const target = event.target instanceof Element ? event.target.closest('button, [role="button"], a[href], summary, select') : null;
      if (target && !target.closest('[data-sound="none"]')) audio.click();
    },
    true,
  );
}

let started: AudioDirector | null = null;

/** The director startAudio made, for screens that show sound settings; null before it. */
export function currentAudio(): AudioDirector | null {
  return started;
}

/**
 * Start the game's sound: settings from storage and the address, the mute button,
 * the store's events, loading after the first frame. A second call returns the first director.
 */
export function startAudio(options: StartAudioOptions = {}): AudioDirector {
  if (started) return started;
  const storage = browserStorage();
  const search = typeof location === 'undefined' ? '' : location.search;
  const audio = createDirector({
    settings: initialAudioSettings(storage, search),
    storage,
    backend: () => import('./howler-backend').then((m) => m.createHowlerBackend()),
  });
  started = audio;
  try {
    if (options.buttonParent !== null) mountMuteButton(audio, options.buttonParent ?? document.body);
    listen(audio);
    if (options.store) attachAudio(options.store, audio);
    else audio.setScreen('title');
    // Development and the test build only, like the store's handle.
    if ((import.meta.env.DEV || import.meta.env.VITE_DEBUG_HANDLE === '1') && new URLSearchParams(search).get('debug') === '1') {
      const w = window as unknown as { __paperAlliance?: DebugHandle };
      w.__paperAlliance = w.__paperAlliance ?? {};
      w.__paperAlliance.audio = { director: audio, status: () => audio.status(), mountSettings: (parent) => void mountAudioSettings(audio, parent) };
    }
    afterMapDrawn(() => void audio.start(), options.after);
  } catch {
    // Sound is never worth stopping the game for.
  }
  return audio;
}
