// The audio controls' words, from the game's translation files like every other word.
import { t } from '../i18n';

/** Every key the audio controls read. Each is in both translation files (test/i18n/keys.test.ts). */
export const AUDIO_KEYS = ['audio.mute', 'audio.unmute', 'audio.unavailable', 'audio.settings', 'audio.master', 'audio.music', 'audio.effects', 'audio.muteAll'] as const;

export type AudioStringKey = (typeof AUDIO_KEYS)[number];

export function say(key: AudioStringKey): string {
  return t(key);
}
