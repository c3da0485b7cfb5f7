// The audio controls' words. The game's translation files win when they hold a
// key; until then these defaults keep the controls readable in both languages.
import { currentLang, has, t, type Lang } from '../i18n';

const DEFAULTS: Record<Lang, Record<string, string>> = {
  en: {
    'audio.mute': 'Mute sound',
    'audio.unmute': 'Unmute sound',
    'audio.unavailable': 'Sound is unavailable in this browser',
    'audio.settings': 'Sound',
    'audio.master': 'Master volume',
    'audio.music': 'Music',
    'audio.effects': 'Effects',
    'audio.muteAll': 'Mute all sound',
  },
  ru: {
    'audio.mute': 'Выключить звук',
    'audio.unmute': 'Включить звук',
    'audio.unavailable': 'Звук в этом браузере недоступен',
    'audio.settings': 'Звук',
    'audio.master': 'Общая громкость',
    'audio.music': 'Музыка',
    'audio.effects': 'Звуковые эффекты',
    'audio.muteAll': 'Выключить весь звук',
  },
};

export type AudioStringKey = keyof (typeof DEFAULTS)['en'];

export function say(key: AudioStringKey): string {
  if (has(key)) return t(key);
  return DEFAULTS[currentLang()][key] ?? DEFAULTS.en[key] ?? key;
}
