import { describe, expect, it } from 'vitest';
import { newGame, type Action } from '../../src/engine';
import { monthParams, monthTitle, setLang, t } from '../../src/i18n';
import { TABLES } from '../i18n/tables';
import { LEVELS } from '../../src/state/levels';
import { actionLabel, actionMember, costText, errorText, factorText, monthWords, paragraphs } from '../../src/ui/text';

const level = LEVELS['may-2022']!;

describe('the engine in the player’s words', () => {
  it.each([
    [[5, 11], '¶5, ¶11'],
    [[3, 4, 5], '¶3–¶5'],
    [[9, 10], '¶9, ¶10'],
    [[13, 1, 12], '¶1, ¶12, ¶13'],
    [[], ''],
  ])('cites paragraphs %j as %s', (list, text) => {
    expect(paragraphs(list)).toBe(text);
  });

  it('names orders with their member, in both languages and in the right case', () => {
    const game = newGame(level, { seed: 1 });
    const call = game.requests.find((r) => r.kind === 'crisisCall')!;
    setLang('en');
    expect(actionLabel(game, { type: 'answerCrisisCall', request: call.id })).toBe('Send forces for Tajikistan');
    expect(actionLabel(game, { type: 'economicAid', member: 'KGZ' }, true)).toBe('Economic aid: Kyrgyzstan');
    setLang('ru');
    expect(actionLabel(game, { type: 'answerCrisisCall', request: call.id })).toBe('Направить войска в Таджикистан');
    // Named in a list of orders ("Приказы: …"), the member goes in brackets, not after a second colon.
    expect(actionLabel(game, { type: 'economicAid', member: 'KGZ' }, true)).toBe('Экономическая помощь (Кыргызстан)');
    setLang('en');
    // The engine's candidates carry every key, some undefined: the member is read from the type.
    expect(actionMember(game, { type: 'hostSummit', member: undefined } as unknown as Action)).toBeNull();
  });

  it('says why an order is closed, with the numbers', () => {
    const game = { ...newGame(level, { seed: 1 }), resources: { politicalCapital: 0, militaryReserves: 0, economicLeverage: 1 } };
    const action: Action = { type: 'economicAid', member: 'KGZ' };
    setLang('en');
    expect(errorText(level, game, action, { code: 'unaffordable', message: '' }, { economicLeverage: 3 })).toBe('Not enough economic leverage: it needs 3, you have 1.');
    setLang('ru');
    expect(errorText(level, game, action, { code: 'unaffordable', message: '' }, { economicLeverage: 3 })).toBe('Не хватает экономических рычагов: нужно 3, есть 1.');
    setLang('en');
  });

  it('says when the next summit can meet, the months of the wait counted after the last one\'s, in the case the sentence needs', () => {
    // The last summit met in June (turn 2); with a wait of two months, September is the first open month.
    const game = { ...newGame(level, { seed: 1 }), turn: 4, lastSummit: 2 };
    const action: Action = { type: 'hostSummit' } as Action;
    const wait = (months: number) => errorText({ ...level, summitCooldown: months }, game, action, { code: 'cooldown', message: '' }, {});
    setLang('en');
    expect([wait(1), wait(2)]).toEqual(['The next summit can meet in August 2022 (the last met in June 2022).', 'The next summit can meet in September 2022 (the last met in June 2022).']);
    expect(wait(7)).toBe('No month of this game is left for another summit (the last met in June 2022).');
    setLang('ru');
    expect(wait(2)).toBe('Следующий саммит можно собрать в сентябре 2022 года (предыдущий прошёл в июне 2022 года).');
    setLang('en');
  });

  it('writes a cost with each amount agreeing with its number', () => {
    setLang('ru');
    expect([1, 3, 5, 21].map((n) => costText({ economicLeverage: n }))).toEqual(['1 рычаг', '3 рычага', '5 рычагов', '21 рычаг']);
    expect([1, 2, 5].map((n) => costText({ militaryReserves: n }))).toEqual(['1 резерв', '2 резерва', '5 резервов']);
    expect([1, 3, 5].map((n) => costText({ politicalCapital: n }))).toEqual(['1 капитал', '3 капитала', '5 капитала']);
    expect(costText({ politicalCapital: 1, economicLeverage: 3 })).toBe('1 капитал + 3 рычага');
    expect(costText({})).toBe('бесплатно');
    setLang('en');
    expect([1, 2].map((n) => costText({ militaryReserves: n }))).toEqual(['1 Reserve', '2 Reserves']);
    expect(costText({ politicalCapital: 4 })).toBe('4 Capital');
  });

  it('puts a month in the case its sentence needs, and a heading in capitals', () => {
    setLang('ru');
    expect(monthWords(level, 1)).toEqual({ month: 'май 2022 года', monthGen: 'мая 2022 года', monthPrep: 'мае 2022 года' });
    expect(monthTitle(2022, 9)).toBe('Сентябрь 2022');
    expect(t('request.deadline.by', monthWords(level, 2))).toBe('Ответить до конца июня 2022 года');
    setLang('en');
    expect(monthWords(level, 8)).toEqual({ month: 'December 2022', monthGen: 'December 2022', monthPrep: 'December 2022' });
    expect(monthTitle(2022, 5)).toBe('May 2022');
  });

  // A month ends its sentence with one full stop, stands in no quotes, and is never left in the
  // nominative where the sentence wants another case ("с май").
  it.each(['en', 'ru'] as const)('%s writes every sentence with a month in it cleanly', (lang) => {
    setLang(lang);
    const { month, monthGen, monthPrep } = monthParams(2022, 5);
    const params = { month, monthGen, monthPrep, from: month, fromGen: monthGen, to: monthParams(2022, 12).month, count: 3, level: 'L', turn: 1, turns: 8, name: 'N', nameGen: 'N', before: 1, after: 2, stance: 's', leans: 15, drifts: -15, changes: '' };
    const dated = Object.keys(TABLES[lang]).filter((k) => /\{(month|from|to)\w*\}/.test(TABLES[lang][k]!)).map((k) => k.replace(/\.(one|few|many|other)$/, ''));
    expect(dated.length).toBeGreaterThan(15);
    for (const key of new Set(dated)) {
      const text = t(key, params);
      expect(text, key).not.toMatch(/\.\./);
      expect(text, key).not.toMatch(/[«“"][^«“"»”]*2022[^«“"»”]*[»”"]/);
      if (lang === 'ru') expect(text, key).not.toMatch(/\b(с|до|конца|начале|в)\s+май\b/u);
    }
    setLang('en');
  });


  it('explains a factor with its rule’s claims and paragraphs and a sentence by its sign', () => {
    setLang('en');
    const f = factorText(level, 'ARM', { rule: 'armedAdversary', size: -1.5 });
    expect(f).toMatchObject({ name: 'Arms for the adversary', claims: ['C8'], paragraphs: [9, 10] });
    expect(f.sentence).toMatch(/Armenia resents it/);
    expect(factorText(level, 'ARM', { rule: 'armedAdversary', size: 1 }).sentence).toMatch(/stopped arming Azerbaijan/);
    setLang('ru');
    expect(factorText(level, 'KGZ', { rule: 'paperTiger', size: -2 })).toMatchObject({ name: 'Бумажный тигр', sentence: expect.stringContaining('Кыргызстан') });
    setLang('en');
  });

  it('names a news factor by its news card, in the player\'s language', () => {
    const event = level.events[0]!;
    setLang('ru');
    expect(factorText(level, 'TJK', { rule: 'event', size: -1, ref: event.id }).name).toBe(TABLES.ru[`event.${level.id}.${event.id}.title`]);
    setLang('en');
  });
});
