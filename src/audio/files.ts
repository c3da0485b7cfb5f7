// Where the built game finds its sound files. Never inlined: the files load
// after the first frame, not with the game's script.
import councilMp3 from '../../assets/audio/council.mp3?no-inline';
import councilOgg from '../../assets/audio/council.ogg?no-inline';
import effectsMp3 from '../../assets/audio/effects.mp3?no-inline';
import effectsOgg from '../../assets/audio/effects.ogg?no-inline';
import themeMp3 from '../../assets/audio/theme.mp3?no-inline';
import themeOgg from '../../assets/audio/theme.ogg?no-inline';
import manifest from '../../assets/audio/manifest.json';
import type { AudioFileId, Format } from './sounds';

export const AUDIO_URLS: Record<AudioFileId, Record<Format, string>> = {
  effects: { ogg: effectsOgg, mp3: effectsMp3 },
  theme: { ogg: themeOgg, mp3: themeMp3 },
  council: { ogg: councilOgg, mp3: councilMp3 },
};

export type SpriteMap = Record<string, [number, number] | [number, number, boolean]>;

/** Where each sound sits in its file, as the sound script laid it out. */
export const AUDIO_SPRITES = manifest.sprites as unknown as Record<AudioFileId, SpriteMap>;
