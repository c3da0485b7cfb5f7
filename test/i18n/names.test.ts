// Names as teachers in the member states expect them, and as they were in the month a text speaks of.
import { describe, expect, it } from 'vitest';
import { has, LANGS, onLangChange, setLang, t } from '../../src/i18n';
import { TABLES } from './tables';
import { capitalName } from '../../src/map/countries';
import { i18n as mapLink } from '../../src/map/i18n-link';
import { monthOfTurn } from '../../src/map/model';
import { LEVELS } from '../../src/state/levels';
import { EPILOGUE } from '../../src/ui/debrief';

// Nur-Sultan was renamed Astana again on 17 September 2022.
const RENAMED = '2022-09-17';
const OLD = /Nur-Sultan|Нур-Султан/;
const NEW = /Astana|Астан/;

/** Every text the player reads with the date it speaks of, or null when it is not dated. */
function datedTexts(): { key: string; date: string | null }[] {
  const dates = new Map<string, string | null>();
  for (const level of Object.values(LEVELS)) {
    for (const e of level.events) for (const part of ['title', 'text']) dates.set(`event.${level.id}.${e.id}.${part}`, e.date ?? null);
  }
  for (const e of EPILOGUE) dates.set(`epilogue.${e.id}`, e.date);
  return Object.keys(TABLES.en).map((key) => ({ key, date: dates.has(key) ? dates.get(key)! : null }));
}

describe("Kazakhstan's capital", () => {
  it.each(LANGS)('%s names it as it was on the date a text speaks of, and an undated text names it not at all', (lang) => {
    const wrong: string[] = [];
    for (const { key, date } of datedTexts()) {
      // The map's two names are chosen by the month shown (below).
      if (key.startsWith('map.capital.KAZ')) continue;
      const text = TABLES[lang][key] ?? '';
      if (OLD.test(text) && (date === null || date >= RENAMED)) wrong.push(`${key} (${date}): ${text}`);
      if (NEW.test(text) && (date === null || date < RENAMED)) wrong.push(`${key} (${date}): ${text}`);
    }
    expect(wrong).toEqual([]);
  });

  it.each([
    ['en', 'Nur-Sultan', 'Astana'],
    ['ru', 'Нур-Султан', 'Астана'],
  ] as const)('%s: the map shows %s until August 2022 and %s from September, the month of the renaming', (lang, before, after) => {
    Object.assign(mapLink, { has, t, onLangChange: (listener: () => void) => onLangChange(() => listener()) });
    setLang(lang);
    expect(['2022-05', '2022-08', '2022-09', '2022-12'].map((month) => capitalName('KAZ', month))).toEqual([before, before, after, after]);
    expect(capitalName('ARM', '2022-05')).toBe(TABLES[lang]['map.capital.ARM']);
    setLang('en');
  });

  it('the map is dated by the level and the turn', () => {
    expect([1, 4, 5, 8].map((turn) => monthOfTurn(LEVELS['may-2022']!, turn))).toEqual(['2022-05', '2022-08', '2022-09', '2022-12']);
    expect(monthOfTurn(LEVELS['autumn-2022']!, 1)).toBe('2022-09');
    expect(monthOfTurn({ start: 'spring' }, 1)).toBe('');
  });
});

describe('country names', () => {
  // Official short names, as used in Kyrgyzstan and Kazakhstan, beside Беларусь and Молдова.
  it('Russian uses Кыргызстан and Туркменистан throughout, never Киргизия or Туркмения', () => {
    const old = Object.entries(TABLES.ru).filter(([, v]) => /Киргиз|киргиз|Туркмени[яиюей]|Белорусси|Молдави/u.test(v)).map(([k]) => k);
    expect(old).toEqual([]);
    expect(TABLES.ru['member.nom.KGZ']).toBe('Кыргызстан');
    expect(TABLES.ru['map.country.TKM']).toBe('Туркменистан');
  });
});
