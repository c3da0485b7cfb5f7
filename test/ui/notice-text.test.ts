// Each kind of notice is said in the game's own words, from its typed facts; of outside input
// only a short field name, or a cut value of the page's own address, is repeated.
import { describe, expect, it } from 'vitest';
import { ACTION_ERROR_CODES } from '../../src/engine';
import { has, setLang, type Lang } from '../../src/i18n';
import { HOST_REASONS, SHOWN_VALUE, type AddressField } from '../../src/state/notices-slice';
import { LOAD_PROBLEMS } from '../../src/state/save';
import { memoryStorage } from '../../src/state/storage';
import { createGameStore, type Notice } from '../../src/state/store';
import { isAlert, noticeText } from '../../src/ui/notice-text';

const FIELDS: AddressField[] = ['lang', 'level', 'difficulty', 'seed', 'class', 'projector', 'host'];

const ALL: Notice[] = [
  ...LOAD_PROBLEMS.flatMap((problem): Notice[] => [{ kind: 'save-rejected', problem }, { kind: 'save-held', problem }]),
  { kind: 'storage-unavailable', cause: 'refused' },
  { kind: 'storage-unavailable', cause: 'write-failed' },
  ...ACTION_ERROR_CODES.map((code): Notice => ({ kind: 'action-refused', code })),
  ...FIELDS.map((field): Notice => ({ kind: 'bad-url', field, value: 'twelve' })),
  ...HOST_REASONS.flatMap((reason): Notice[] => [{ kind: 'bad-message', reason, field: 'lang' }, { kind: 'bad-message', reason, field: '' }]),
];

describe('notices in words', () => {
  it.each(['en', 'ru'] as Lang[])('%s: every kind and every fact of it has words of its own, with no key or placeholder showing', (lang) => {
    setLang(lang);
    for (const notice of ALL) {
      const text = noticeText(notice);
      expect(text, JSON.stringify(notice)).not.toMatch(/notice\.|error\.|\{\w+\}/);
      expect(text.length).toBeGreaterThan(10);
    }
    setLang('en');
  });

  it('says what was refused in the player\'s words', () => {
    expect(noticeText({ kind: 'save-rejected', problem: 'outdated' })).toMatch(/another version of the game/);
    expect(noticeText({ kind: 'bad-url', field: 'seed', value: 'twelve' })).toMatch(/game number “twelve”/);
    expect(noticeText({ kind: 'bad-message', reason: 'bad-value', field: 'textScale' })).toMatch(/“textScale” has a value the game cannot take/);
    expect(noticeText({ kind: 'bad-message', reason: 'unknown-field', field: '' })).toMatch(/a field the game does not take/);
    expect(noticeText({ kind: 'action-refused', code: 'unaffordable' })).toMatch(/^Order refused: /);
  });

  it('has a key for each reason and problem it names', () => {
    for (const problem of LOAD_PROBLEMS) expect(has(`notice.save-rejected.${problem}`)).toBe(true);
    for (const field of FIELDS) expect(has(`notice.bad-url.${field}`)).toBe(true);
    for (const reason of HOST_REASONS) expect(has(`notice.bad-message.${reason}`)).toBe(true);
  });

  it('speaks as an alert only of a save', () => {
    expect(ALL.filter(isAlert).map((n) => n.kind)).toEqual(LOAD_PROBLEMS.flatMap(() => ['save-rejected', 'save-held']));
  });

  it('the store keeps no more of outside input than a notice may repeat', () => {
    const store = createGameStore({ storage: memoryStorage(), seed: 1 });
    store.getState().notify({ kind: 'bad-url', field: 'seed', value: 'x'.repeat(500) });
    store.getState().notify({ kind: 'bad-message', reason: 'unknown-field', field: 'f'.repeat(500) });
    const notices = store.getState().notices;
    expect(notices.find((n) => n.kind === 'bad-url')).toEqual({ kind: 'bad-url', field: 'seed', value: 'x'.repeat(SHOWN_VALUE) });
    expect(notices.find((n) => n.kind === 'bad-message')).toEqual({ kind: 'bad-message', reason: 'unknown-field', field: '' });
  });
});
