// The teacher's pack has all its words in both languages: every section, every claim, a note for
// every debrief question, and lists of the same length, written for each language, not copied.
import { describe, expect, it } from 'vitest';
import { CLAIMS } from '../../src/engine';
import { LANGS, setLang } from '../../src/i18n';
import { TABLES } from '../i18n/tables';
import { QUESTIONS } from '../../src/ui/debrief';
import { numbered, PACK_LISTS, PACK_SECTIONS, PLAN_ROWS } from '../../src/ui/teacher-pack';

const packKeys = (lang: (typeof LANGS)[number]) => Object.keys(TABLES[lang]).filter((k) => k.startsWith('pack.'));

describe('the teacher’s pack in both languages', () => {
  it.each(LANGS)('%s has a heading for every section, every claim with its place in the game, and the timetable', (lang) => {
    const needed = [
      'pack.heading', 'pack.intro', 'pack.print', 'pack.printHandout', 'pack.contents', 'title.pack', 'settings.projector', 'settings.projectorDesc', 'notice.bad-url.projector',
      ...PACK_SECTIONS.map((s) => `pack.${s}.heading`),
      ...CLAIMS.flatMap((c) => [`pack.claim.${c}`, `pack.claim.${c}.game`]),
      ...Array.from({ length: PLAN_ROWS }, (_, i) => ['time', 'teacher', 'students'].map((col) => `pack.plan.row.${i + 1}.${col}`)).flat(),
      ...Array.from({ length: QUESTIONS }, (_, i) => `pack.q.${i + 1}.aim`),
    ];
    expect(needed.filter((k) => !Object.hasOwn(TABLES[lang], k))).toEqual([]);
  });

  it.each(PACK_LISTS)('%s has as many items in Russian as in English, and enough of them', (prefix) => {
    setLang('en');
    const en = numbered(prefix);
    setLang('ru');
    const ru = numbered(prefix);
    setLang('en');
    expect(en.length).toBeGreaterThanOrEqual(prefix.startsWith('pack.q.') ? 3 : 2);
    expect(ru).toEqual(en);
  });

  it('the student sheet asks three questions', () => {
    setLang('en');
    expect(numbered('pack.handout.question')).toHaveLength(3);
  });

  it('every Russian text is written in Russian, and none is the English one', () => {
    const en = TABLES.en, ru = TABLES.ru;
    const copied = packKeys('ru').filter((k) => ru[k] === en[k] && /[A-Za-z]{3}/.test(ru[k]!));
    const latinOnly = packKeys('ru').filter((k) => !/[А-Яа-яЁё]/.test(ru[k]!));
    expect(copied).toEqual([]);
    expect(latinOnly).toEqual([]);
  });

  it('cites the paragraphs the claims come from and no paragraph the article does not have', () => {
    for (const lang of LANGS) {
      // "¶5" and ranges such as "¶7–10", both ends.
      const cited = packKeys(lang).flatMap((k) => [...TABLES[lang][k]!.matchAll(/¶(\d+)(?:–(\d+))?/g)].flatMap((m) => [m[1], m[2]].filter((n) => n !== undefined).map(Number)));
      expect(new Set(cited).size, lang).toBeGreaterThanOrEqual(12);
      expect(cited.filter((p) => p < 1 || p > 14), lang).toEqual([]);
    }
  });
});
