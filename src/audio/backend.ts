// What the director needs from a sound library. The Howler implementation is in
// howler-backend.ts; tests use a fake.
import type { AudioFileId, EffectId, SoundId, TrackId } from './sounds';

/** Howler's own word for a file: 'unloaded' | 'loading' | 'loaded', plus 'failed' after a load error. */
export type FileState = 'unloaded' | 'loading' | 'loaded' | 'failed';

export interface BackendStatus {
  /** False when the browser offers no way to play (no audio API, no codec, nothing decoded). */
  available: boolean;
  /** The browser lets sound out (the audio context runs). */
  unlocked: boolean;
  files: Record<AudioFileId, FileState>;
  /** Sounds the library reports as playing now. */
  playing: SoundId[];
  /** Howler's view of the page: Web Audio or HTML5 audio, and the context's state. */
  engine: { usingWebAudio: boolean; noAudio: boolean; context: string };
}

export interface AudioBackend {
  /** Start loading every file; resolves when each has loaded or failed. Never rejects. */
  load(): Promise<void>;
  status(): BackendStatus;
  /** Play an effect once at a volume in 0..1. */
  playEffect(id: EffectId, volume: number): void;
  /** Fade a track to a volume over `ms`, starting it if needed; at 0 it is paused when the fade ends. */
  fadeTrack(id: TrackId, to: number, ms: number): void;
  /** Overall volume and mute. */
  setMaster(volume: number, muted: boolean): void;
  /** Called when loading, unlocking or a fault changes the status. */
  onChange(listener: () => void): void;
}
