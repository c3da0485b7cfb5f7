// Connects any store (zustand vanilla or anything with getState/subscribe) to the
// director: a step of the game becomes sounds, a change of screen becomes music.
import { byId, type StepEvent } from '../engine';
import { soundsFor } from './cues';
import type { AudioDirector } from './director';

export interface AudibleStore<S> {
  getState(): S;
  subscribe(listener: (state: S, previous: S) => void): () => void;
}

export interface AudioSelectors<S> {
  /**
   * What happened in the game's last step, a new list for each step (undo and new games
   * give an empty one). Default: `state.lastStep`.
   */
  step?: (state: S) => readonly StepEvent[] | null | undefined;
  /** The screen name ('title', 'game', 'debrief', …). Default: `state.screen`. */
  screen?: (state: S) => string | null | undefined;
  /**
   * Something that changes each time the engine refuses an order (a counter, or
   * the latest error object). A new non-null value plays the refusal.
   * Default: the store's `action-refused` notice.
   */
  refusal?: (state: S) => unknown;
}


const field = (state: unknown, key: string): unknown => (typeof state === 'object' && state !== null ? byId(state as Record<string, unknown>, key) : undefined);

/** The store keeps one notice per refusal, a new object each time. */
function defaultRefusal(state: unknown): unknown {
  const notices = field(state, 'notices');
  return Array.isArray(notices) ? (notices.find((n) => field(n, 'kind') === 'action-refused') ?? null) : null;
}

/** Subscribe the director to a store; returns the unsubscribe. */
export function attachAudio<S>(store: AudibleStore<S>, audio: AudioDirector, selectors: AudioSelectors<S> = {}): () => void {
  const stepOf = selectors.step ?? ((s: S) => field(s, 'lastStep') as readonly StepEvent[] | null | undefined);
  const screenOf = selectors.screen ?? ((s: S) => field(s, 'screen') as string | null | undefined);
  const refusalOf = selectors.refusal ?? defaultRefusal;

  try {
    audio.setScreen(screenOf(store.getState()) ?? 'title');
  } catch {
    audio.setScreen('title');
  }

  return store.subscribe((state, previous) => {
    // A store of another shape (a stand-in, an older save) must not break the game: no sound is all it costs.
    try {
      const screen = screenOf(state);
      if (screen !== screenOf(previous)) audio.setScreen(screen ?? 'title');
      const step = stepOf(state);
      const cues = step && step !== stepOf(previous) ? soundsFor(step) : [];
      const refusal = refusalOf(state);
      if (refusal !== null && refusal !== undefined && refusal !== refusalOf(previous)) cues.unshift('refuse');
      if (cues.length > 0) audio.cue(...cues);
    } catch {
      // Nothing to play for a change we cannot read.
    }
  });
}
