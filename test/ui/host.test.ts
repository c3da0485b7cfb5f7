import { describe, expect, it } from 'vitest';
import { HOST_SOURCE, parseHostMessage } from '../../src/ui/host';

describe('messages from a host page', () => {
  it.each([
    ['a string', 'hello'],
    ['null', null],
    ['another source', { source: 'devtools', type: 'settings', lang: 'ru' }],
  ])('ignores %s silently: it is not for the game', (_name, data) => {
    expect(parseHostMessage(data)).toEqual({ ok: false, error: null });
  });

  it('takes valid settings', () => {
    expect(parseHostMessage({ source: HOST_SOURCE, type: 'settings', lang: 'ru', reducedMotion: true, textScale: 1.5 })).toEqual({
      ok: true,
      settings: { lang: 'ru', reducedMotion: true, textScale: 1.5 },
    });
  });

  it.each([
    [{ source: HOST_SOURCE, type: 'cheat' }, { field: 'type', value: '"cheat"' }],
    [{ source: HOST_SOURCE, type: 'settings', lang: 'fr' }, { field: 'lang', value: '"fr"' }],
    [{ source: HOST_SOURCE, type: 'settings', lang: 'ru', textScale: 3 }, { field: 'textScale', value: '3' }],
  ])('refuses a bad message whole, with a reason: %j', (data, reason) => {
    expect(parseHostMessage(data)).toEqual({ ok: false, error: reason });
  });
});
