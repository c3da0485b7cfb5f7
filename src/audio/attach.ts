// Connects any store (zustand vanilla or anything with getState/subscribe) to the
// director: a step of the game becomes sounds, a change of screen becomes music.
import type { StepEvent } from '../engine';
import type { AppState } from '../state/store';
import { soundsFor } from './cues';
import type { AudioDirector } from './director';

export interface AudibleStore<S> {
  getState(): S;
  subscribe(listener: (state: S, previous: S) => void): () => void;
}

/** What the sound reads of the game store (src/state/store.ts; a type import only): its last step, its screen, its notices. */
export type AudioInput = Pick<AppState, 'lastStep' | 'screen' | 'notices'>;

/** How to read a store of another shape. */
export interface AudioSelectors<S> {
  /**
   * What happened in the game's last step, a new list for each step (undo and new games
   * give an empty one).
   */
  step: (state: S) => readonly StepEvent[] | null | undefined;
  /** The screen name ('title', 'game', 'debrief', …). */
  screen: (state: S) => string | null | undefined;
  /**
   * Something that changes each time the engine refuses an order (a counter, or
   * the latest error object). A new non-null value plays the refusal.
   */
  refusal: (state: S) => unknown;
}

/** The game store's own reading: its last step, its screen, and its refusal notice, a new object for each refusal. */
export const GAME_STORE: AudioSelectors<AudioInput> = {
  step: (state) => state.lastStep,
  screen: (state) => state.screen,
  refusal: (state) => state.notices.find((n) => n.kind === 'action-refused') ?? null,
};

/** Subscribe the director to the game store, or to a store of another shape read through selectors; returns the unsubscribe. */
export function attachAudio(store: AudibleStore<AudioInput>, audio: AudioDirector): () => void;
export function attachAudio<S>(store: AudibleStore<S>, audio: AudioDirector, selectors: AudioSelectors<S>): () => void;
export function attachAudio<S>(store: AudibleStore<S> | AudibleStore<AudioInput>, audio: AudioDirector, selectors?: AudioSelectors<S>): () => void {
  return selectors ? listen(store as AudibleStore<S>, audio, selectors) : listen(store as AudibleStore<AudioInput>, audio, GAME_STORE);
}

function listen<S>(store: AudibleStore<S>, audio: AudioDirector, selectors: AudioSelectors<S>): () => void {
  const { step: stepOf, screen: screenOf, refusal: refusalOf } = selectors;

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
