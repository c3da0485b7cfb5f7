// Messages from a page that embeds the game: only the parent frame, only its named origin,
// only settings; anything else is refused whole, with a reply and a notice that repeats no sender text.
import { describe, expect, it } from 'vitest';
import { memoryStorage } from '../../src/state/storage';
import { createGameStore, SETTINGS_KEY } from '../../src/state/store';
import { HOST_SOURCE, hostOriginsFrom, listenToHost, parseHostMessage, postTarget, shownField, type HostLink } from '../../src/ui/host';

const S = HOST_SOURCE;
const cyclic: Record<string, unknown> = { source: S, type: 'settings' };
cyclic.lang = cyclic;
const throwing = new Proxy({ source: S, type: 'settings' }, { ownKeys: () => { throw new Error('trap'); } });
const getter = Object.defineProperty({ source: S, type: 'settings' }, 'lang', { enumerable: true, get: () => { throw new Error('trap'); } });
const LONG = 'x'.repeat(10_000);

/** Hostile messages addressed to the game, and the reason and field each must be refused with. */
const HOSTILE: [string, unknown, string, string][] = [
  ['no type', { source: S }, 'unknown-type', 'type'],
  ['an unknown type', { source: S, type: 'cheat' }, 'unknown-type', 'type'],
  ['type "constructor"', { source: S, type: 'constructor' }, 'unknown-type', 'type'],
  ['type "__proto__"', { source: S, type: '__proto__' }, 'unknown-type', 'type'],
  ['a type that is not text', { source: S, type: 7 }, 'unknown-type', 'type'],
  ['a BigInt type', { source: S, type: 10n }, 'unknown-type', 'type'],
  ['an unknown language', { source: S, type: 'settings', lang: 'fr' }, 'bad-value', 'lang'],
  ['language "constructor"', { source: S, type: 'settings', lang: 'constructor' }, 'bad-value', 'lang'],
  ['language "toString"', { source: S, type: 'settings', lang: 'toString' }, 'bad-value', 'lang'],
  ['language "__proto__"', { source: S, type: 'settings', lang: '__proto__' }, 'bad-value', 'lang'],
  ['language ""', { source: S, type: 'settings', lang: '' }, 'bad-value', 'lang'],
  ['a 10 kB language', { source: S, type: 'settings', lang: LONG }, 'bad-value', 'lang'],
  ['a cyclic value', cyclic, 'bad-value', 'lang'],
  ['a BigInt value', { source: S, type: 'settings', textScale: 2n }, 'bad-value', 'textScale'],
  ['text at 700%', { source: S, type: 'settings', lang: 'ru', textScale: 7 }, 'bad-value', 'textScale'],
  ['text size NaN', { source: S, type: 'settings', textScale: NaN }, 'bad-value', 'textScale'],
  ['text size "2"', { source: S, type: 'settings', textScale: '2' }, 'bad-value', 'textScale'],
  ['reduced motion "yes"', { source: S, type: 'settings', reducedMotion: 'yes' }, 'bad-value', 'reducedMotion'],
  ['a field "constructor"', { source: S, type: 'settings', constructor: 'x' }, 'unknown-field', 'constructor'],
  ['an own field "__proto__"', JSON.parse(`{"source":"${S}","type":"settings","__proto__":{"lang":"ru"}}`), 'unknown-field', '__proto__'],
  ['a field "hasOwnProperty"', { source: S, type: 'settings', hasOwnProperty: 1 }, 'unknown-field', 'hasOwnProperty'],
  ['a field "difficulty"', { source: S, type: 'settings', difficulty: 'toString' }, 'unknown-field', 'difficulty'],
  ['a field named with markup', { source: S, type: 'settings', '<img src=x onerror=alert(1)>': 1 }, 'unknown-field', ''],
  ['a 10 kB field name', { source: S, type: 'settings', [LONG]: 1 }, 'unknown-field', ''],
  ['a field named ""', { source: S, type: 'settings', '': 1 }, 'unknown-field', ''],
  ['a proxy whose keys throw', throwing, 'unreadable', ''],
  ['a getter that throws', getter, 'unreadable', ''],
];

describe('messages from a host page', () => {
  it('holds at least 27 hostile messages', () => {
    expect(HOSTILE.length).toBeGreaterThanOrEqual(27);
  });

  it.each([
    ['a string', 'hello'],
    ['null', null],
    ['an array', [S, 'settings']],
    ['another source', { source: 'devtools', type: 'settings', lang: 'ru' }],
    ['an inherited source', Object.create({ source: S, type: 'settings', lang: 'ru' })],
  ])('ignores %s silently: it is not for the game', (_name, data) => {
    expect(parseHostMessage(data)).toEqual({ ok: false, error: null });
  });

  it('takes valid settings', () => {
    expect(parseHostMessage({ source: S, type: 'settings', lang: 'ru', reducedMotion: true, textScale: 1.5 })).toEqual({
      ok: true,
      settings: { lang: 'ru', reducedMotion: true, textScale: 1.5 },
    });
  });

  it.each(HOSTILE)('refuses %s whole, never throwing, naming only a short field', (_name, data, reason, field) => {
    expect(parseHostMessage(data)).toEqual({ ok: false, error: { reason, field } });
  });
});

/** A game in a frame: its parent, a sibling frame and the listener as the page sets it up. */
function embedded(origins: readonly string[] | null) {
  const storage = memoryStorage();
  const store = createGameStore({ storage, seed: 3 });
  const replies: { message: unknown; target: string }[] = [];
  const parent = { postMessage: (message: unknown, target: string) => void replies.push({ message: structuredClone(message), target }) };
  const sibling = { postMessage: () => {} };
  let listener: ((event: MessageEvent) => void) | null = null;
  const win = { addEventListener: (_: string, l: (event: MessageEvent) => void) => void (listener = l), removeEventListener: () => void (listener = null) };
  const link: HostLink = { parent, origins };
  const stop = listenToHost(store, link, win as unknown as Window);
  const send = (data: unknown, from: object = parent, origin = 'https://school.example') => listener?.({ data, source: from, origin } as unknown as MessageEvent);
  return { store, storage, replies, send, sibling, stop };
}

describe('the host link', () => {
  it('takes settings from the parent frame at its named origin, and stores them', () => {
    const { store, storage, send } = embedded(['https://school.example']);
    send({ source: S, type: 'settings', lang: 'ru' });
    expect(store.getState().settings.lang).toBe('ru');
    expect(JSON.parse(storage.get(SETTINGS_KEY)!).lang).toBe('ru');
  });

  it.each([
    ['a sibling frame', (e: ReturnType<typeof embedded>) => e.send({ source: S, type: 'settings', lang: 'ru' }, e.sibling)],
    ['a window that opened the game', (e: ReturnType<typeof embedded>) => e.send({ source: S, type: 'settings', lang: 'ru' }, {}, 'https://elsewhere.example')],
    ['the parent at another origin', (e: ReturnType<typeof embedded>) => e.send({ source: S, type: 'settings', lang: 'ru' }, undefined, 'https://elsewhere.example')],
    ['no source window', (e: ReturnType<typeof embedded>) => e.send({ source: S, type: 'settings', lang: 'ru' }, null as unknown as object)],
  ])('does not hear %s at all: no change, no notice, no reply', (_name, act) => {
    const e = embedded(['https://school.example']);
    const before = e.store.getState();
    act(e);
    expect(e.store.getState()).toBe(before);
    expect(e.storage.get(SETTINGS_KEY)).toBeNull();
    expect(e.replies).toEqual([]);
  });

  it.each(HOSTILE)('answers %s with an error to the host, and a notice without the sender\'s text', (_name, data, reason, field) => {
    const { store, storage, replies, send } = embedded(['https://school.example']);
    const settings = store.getState().settings;
    expect(() => send(data)).not.toThrow();
    expect(store.getState().settings).toBe(settings);
    expect(storage.get(SETTINGS_KEY)).toBeNull();
    expect(replies).toEqual([{ message: { source: 'paper-alliance', type: 'error', reason, field }, target: 'https://school.example' }]);
    const notice = store.getState().notices.find((n) => n.kind === 'bad-message');
    // The notice holds the reason and a short field name, nothing else of the message.
    expect(notice).toEqual({ kind: 'bad-message', reason, field });
  });

  it('with no origin named, still hears only the parent frame', () => {
    const e = embedded(null);
    e.send({ source: S, type: 'settings', lang: 'ru' }, e.sibling, 'https://school.example');
    expect(e.store.getState().settings.lang).toBe('en');
    e.send({ source: S, type: 'settings', lang: 'ru' }, undefined, 'https://any.example');
    expect(e.store.getState().settings.lang).toBe('ru');
  });

  it('hears nothing once stopped', () => {
    const e = embedded(null);
    e.stop();
    e.send({ source: S, type: 'settings', lang: 'ru' });
    expect(e.store.getState().settings.lang).toBe('en');
  });
});

describe('the host origin in the address and the build', () => {
  const read = (query: string, built?: string) => hostOriginsFrom(new URLSearchParams(query), built);
  it('takes ?host= as one origin, or the build\'s list', () => {
    expect(read('')).toEqual({ ok: true, origins: null });
    expect(read('host=https://school.example')).toEqual({ ok: true, origins: ['https://school.example'] });
    expect(read('host=https://school.example/')).toEqual({ ok: true, origins: ['https://school.example'] });
    expect(read('', 'https://a.example, https://b.example')).toEqual({ ok: true, origins: ['https://a.example', 'https://b.example'] });
    expect(read('host=https://b.example', 'https://a.example,https://b.example')).toEqual({ ok: true, origins: ['https://b.example'] });
  });
  it.each(['host=', 'host=constructor', 'host=__proto__', 'host=javascript:alert(1)', 'host=https://school.example/page', 'host=*', `host=https://${'x'.repeat(10_000)}.example`])('refuses %s', (query) => {
    expect(read(query)).toMatchObject({ ok: false, field: 'host' });
  });
  it('refuses a ?host= the build does not list', () => {
    expect(read('host=https://elsewhere.example', 'https://school.example')).toMatchObject({ ok: false, field: 'host' });
  });
  it('posts to the named origin, never to "*" when one is named', () => {
    expect(postTarget(['https://school.example'], 'https://elsewhere.example')).toBe('https://school.example');
    expect(postTarget(['https://a.example', 'https://b.example'], 'https://b.example')).toBe('https://b.example');
    expect(postTarget(['https://a.example', 'https://b.example'], 'https://c.example')).toBeNull();
    expect(postTarget([], 'https://c.example')).toBeNull();
    expect(postTarget(null, 'https://c.example')).toBe('https://c.example');
  });
  it('shows only short plain field names', () => {
    expect(shownField('textScale')).toBe('textScale');
    expect(shownField('a'.repeat(25))).toBe('');
    expect(shownField('"><b>')).toBe('');
  });
});
