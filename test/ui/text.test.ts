import { describe, expect, it } from 'vitest';
import { newGame, type Action } from '../../src/engine';
import { setLang } from '../../src/i18n';
import { LEVELS } from '../../src/state/levels';
import { actionLabel, actionMember, errorText, factorText, paragraphs } from '../../src/ui/text';

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
    expect(actionLabel(game, { type: 'answerCrisisCall', request: call.id })).toBe('Послать войска в Таджикистан');
    setLang('en');
    // The engine's candidates carry every key, some undefined: the member is read from the type.
    expect(actionMember(game, { type: 'hostSummit', member: undefined } as unknown as Action)).toBeNull();
  });

  it('says why an order is closed, with the numbers', () => {
    const game = { ...newGame(level, { seed: 1 }), resources: { politicalCapital: 0, militaryReserves: 0, economicLeverage: 1 } };
    const action: Action = { type: 'economicAid', member: 'KGZ' };
    expect(errorText(level, game, action, { code: 'unaffordable', message: '' }, { economicLeverage: 3 })).toBe('Not enough Economic leverage: needs 3, you have 1.');
  });

  it('explains a factor with its rule’s claims and paragraphs and a sentence by its sign', () => {
    const f = factorText(level, 'ARM', { rule: 'armedAdversary', size: -1.5 });
    expect(f).toMatchObject({ name: 'Arms for the adversary', claims: ['C8'], paragraphs: [9, 10] });
    expect(f.sentence).toMatch(/Armenia resents it/);
    expect(factorText(level, 'ARM', { rule: 'armedAdversary', size: 1 }).sentence).toMatch(/stopped arming Azerbaijan/);
  });
});
