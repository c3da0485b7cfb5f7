// The director's backend on Howler. Loaded lazily (its own chunk), after the map's first frame.
import { Howl, Howler } from 'howler';
import type { AudioBackend, BackendStatus, FileState } from './backend';
import { AUDIO_SPRITES, AUDIO_URLS } from './files';
import { AUDIO_FILES, EFFECTS, FORMATS, TRACKS, fileOf, type AudioFileId, type EffectId, type SoundId, type TrackId } from './sounds';

export function createHowlerBackend(): AudioBackend {
  const listeners: (() => void)[] = [];
  const notify = () => listeners.forEach((l) => l());
  const failed = new Set<AudioFileId>();
  /** Sound ids Howler gave for the latest play of each sound. */
  const soundIds = new Map<SoundId, number>();
  /** Where each track is fading to; a track faded to 0 pauses when its fade ends. */
  const targets = new Map<TrackId, number>();

  // The context's 30-second nap would make an unmuted game wait for a new gesture.
  Howler.autoSuspend = false;

  const howls = {} as Record<AudioFileId, Howl>;
  let settle: Promise<void>[] = [];

  const contextState = (): string => {
    try {
      return Howler.usingWebAudio && Howler.ctx ? Howler.ctx.state : 'none';
    } catch {
      return 'none';
    }
  };

  function createHowls(): void {
    settle = AUDIO_FILES.map(
      (file) =>
        new Promise<void>((resolve) => {
          const howl = new Howl({
            src: FORMATS.map((f) => AUDIO_URLS[file][f]),
            format: [...FORMATS],
            sprite: AUDIO_SPRITES[file],
            preload: true,
            onload: () => {
              resolve();
              notify();
            },
            onloaderror: () => {
              failed.add(file);
              resolve();
              notify();
            },
            // Blocked playback (HTML5 audio before a gesture): music tries again once unlocked;
            // an effect would be stale by then.
            onplayerror: (id) => {
              if (file !== 'effects') howl.once('unlock', () => howl.play(id));
              notify();
            },
            onfade: (id) => {
              const track = file === 'effects' ? null : file;
              if (track && targets.get(track) === 0 && soundIds.get(track) === id) howl.pause(id);
            },
            onunlock: notify,
          });
          howls[file] = howl;
        }),
    );
    try {
      Howler.ctx?.addEventListener?.('statechange', notify);
    } catch {
      // No context to watch: HTML5 audio or none at all.
    }
  }

  return {
    async load() {
      if (settle.length === 0) createHowls();
      await Promise.all(settle);
    },

    status(): BackendStatus {
      const files = {} as Record<AudioFileId, FileState>;
      for (const file of AUDIO_FILES) files[file] = failed.has(file) ? 'failed' : (howls[file]?.state() ?? 'unloaded');
      const playing: SoundId[] = [];
      for (const id of [...EFFECTS, ...TRACKS]) {
        const soundId = soundIds.get(id);
        if (soundId !== undefined && howls[fileOf(id)]?.playing(soundId)) playing.push(id);
      }
      const context = contextState();
      return {
        available: !Howler.noAudio && failed.size < AUDIO_FILES.length,
        unlocked: Howler.usingWebAudio ? context === 'running' : !Howler.noAudio,
        files,
        playing,
        engine: { usingWebAudio: Howler.usingWebAudio, noAudio: Howler.noAudio, context },
      };
    },

    playEffect(id: EffectId, volume: number) {
      const howl = howls.effects;
      if (!howl || failed.has('effects') || howl.state() !== 'loaded') return;
      const soundId = howl.play(id);
      howl.volume(volume, soundId);
      soundIds.set(id, soundId);
    },

    fadeTrack(track: TrackId, to: number, ms: number) {
      const howl = howls[track];
      if (!howl || failed.has(track)) return;
      targets.set(track, to);
      const existing = soundIds.get(track);
      if (to > 0 && (existing === undefined || !howl.playing(existing))) {
        const soundId = existing ?? howl.play(track);
        if (existing !== undefined) howl.play(existing);
        soundIds.set(track, soundId);
        howl.volume(0, soundId);
        howl.fade(0, to, ms, soundId);
        return;
      }
      if (existing === undefined) return;
      const from = Number(howl.volume(existing));
      howl.fade(Number.isFinite(from) ? from : 0, to, ms, existing);
    },

    setMaster(volume: number, muted: boolean) {
      Howler.volume(volume);
      Howler.mute(muted);
    },

    onChange(listener: () => void) {
      listeners.push(listener);
    },
  };
}
