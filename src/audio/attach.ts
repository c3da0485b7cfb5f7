// Connects any store (zustand vanilla or anything with getState/subscribe) to the
// director: a change of game state becomes sounds, a change of screen becomes music.
import type { GameState } from '../engine';
import { kindsFromLevel, soundsFor, type EventKind, type EventKindOf } from './cues';
import type { AudioDirector } from './director';

export interface AudibleStore<S> {
  getState(): S;
  subscribe(listener: (state: S, previous: S) => void): () => void;
}

export interface AudioSelectors<S> {
  /** The game, if one is being played. Default: `state.game`. */
  game?: (state: S) => GameState | null | undefined;
  /** The screen name ('title', 'game', 'debrief', …). Default: `state.screen`. */
  screen?: (state: S) => string | null | undefined;
  /** Kinds of the level's events. Default: from `state.level.events`. */
  kindOf?: (state: S) => EventKindOf;
  /**
   * Something that changes each time the engine refuses an order (a counter, or
   * the latest error object). A new non-null value plays the refusal.
   * Default: the store's `action-refused` notice.
   */
  refusal?: (state: S) => unknown;
}

type Loose = Record<string, unknown> | null | undefined;

const field = (state: unknown, key: string): unknown => (typeof state === 'object' && state !== null ? (state as Record<string, unknown>)[key] : undefined);

function defaultKindOf(state: unknown): EventKindOf {
  const level = field(state, 'level') as Loose;
  const events = field(level, 'events');
  if (!Array.isArray(events)) return () => undefined;
  return kindsFromLevel({ events: events as { id: string; kind: EventKind }[] });
}

/** The store keeps one notice per refusal, a new object each time. */
function defaultRefusal(state: unknown): unknown {
  const notices = field(state, 'notices');
  return Array.isArray(notices) ? (notices.find((n) => field(n, 'kind') === 'action-refused') ?? null) : null;
}

/** Subscribe the director to a store; returns the unsubscribe. */
export function attachAudio<S>(store: AudibleStore<S>, audio: AudioDirector, selectors: AudioSelectors<S> = {}): () => void {
  const gameOf = selectors.game ?? ((s: S) => field(s, 'game') as GameState | null | undefined);
  const screenOf = selectors.screen ?? ((s: S) => field(s, 'screen') as string | null | undefined);
  const kindOfState = selectors.kindOf ?? defaultKindOf;
  const refusalOf = selectors.refusal ?? defaultRefusal;

  let kindCache: { level: unknown; kindOf: EventKindOf } | null = null;
  const kindOf = (state: S): EventKindOf => {
    const level = field(state, 'level');
    if (!kindCache || kindCache.level !== level || selectors.kindOf) kindCache = { level, kindOf: kindOfState(state) };
    return kindCache.kindOf;
  };

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
      const next = gameOf(state);
      const prev = gameOf(previous);
      const cues = next && next !== prev ? soundsFor(prev ?? null, next, kindOf(state)) : [];
      const refusal = refusalOf(state);
      if (refusal !== null && refusal !== undefined && refusal !== refusalOf(previous)) cues.unshift('refuse');
      if (cues.length > 0) audio.cue(...cues);
    } catch {
      // Nothing to play for a change we cannot read.
    }
  });
}
