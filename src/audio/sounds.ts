// The game's sound vocabulary. File names under assets/audio/ follow these ids.

export const EFFECTS = [
  'click',
  'confirm',
  'refuse',
  'stanceUp',
  'stanceDown',
  'abandon',
  'news',
  'crisis',
  'gavel',
  'win',
  'loss',
] as const;
export type EffectId = (typeof EFFECTS)[number];

export const TRACKS = ['theme', 'council'] as const;
/** `council` plays over the map; `theme` over the title, menus and the debrief. */
export type TrackId = (typeof TRACKS)[number];

export type SoundId = EffectId | TrackId;
export const SOUNDS: readonly SoundId[] = [...EFFECTS, ...TRACKS];

/** Browsers try these in order: Ogg Vorbis, then MP3 where Vorbis is missing (older Safari). */
export const FORMATS = ['ogg', 'mp3'] as const;
export type Format = (typeof FORMATS)[number];

export function isEffectId(value: unknown): value is EffectId {
  return typeof value === 'string' && (EFFECTS as readonly string[]).includes(value);
}

/** Gain of each effect on top of the effects volume, evening out their loudness (measured over their loudest 300 ms). */
export const EFFECT_GAIN: Record<EffectId, number> = {
  click: 0.5,
  confirm: 0.75,
  refuse: 0.5,
  stanceUp: 0.7,
  stanceDown: 0.7,
  abandon: 0.85,
  news: 0.4,
  crisis: 0.85,
  gavel: 1,
  win: 0.9,
  loss: 0.9,
};

/** Files under assets/audio/: one sprite holding every effect, one file per music track. */
export const AUDIO_FILES = ['effects', ...TRACKS] as const;
export type AudioFileId = (typeof AUDIO_FILES)[number];

/** The file a sound is kept in. */
export function fileOf(id: SoundId): AudioFileId {
  return id === 'theme' || id === 'council' ? id : 'effects';
}
