import { beforeEach, describe, expect, it, vi } from 'vitest';

// A fresh copy of the module each time, with no table fetched yet (the setup file loaded the shared one).
const fresh = async () => {
  vi.resetModules();
  return import('../../src/i18n');
};

describe('language tables load when first used', () => {
  beforeEach(() => {
    vi.resetModules();
  });

  it('holds no table before it is asked for, and refuses to switch to one not loaded', async () => {
    const i18n = await fresh();
    expect(i18n.isLoaded('en')).toBe(false);
    expect(i18n.isLoaded('ru')).toBe(false);
    expect(() => i18n.setLang('ru')).toThrow(/ru table is not loaded/);
    expect(i18n.t('app.title')).toBe('app.title');
  });

  it('loads one language without the other, and then speaks it', async () => {
    const i18n = await fresh();
    await i18n.loadLang('ru');
    expect(i18n.isLoaded('ru')).toBe(true);
    expect(i18n.isLoaded('en')).toBe(false);
    i18n.setLang('ru');
    expect(i18n.currentLang()).toBe('ru');
    expect(i18n.t('levels.turns', { count: 3 })).toBe('3 хода');
  });

  it('fetches a table once however often it is asked for', async () => {
    const i18n = await fresh();
    const first = i18n.loadLang('en');
    expect(i18n.loadLang('en')).toBe(first);
    await first;
    await i18n.loadLang('en');
    i18n.setLang('en');
    expect(i18n.t('levels.turns', { count: 8 })).toBe('8 turns');
  });

  it('tells listeners when the language changes, and only then', async () => {
    const i18n = await fresh();
    await Promise.all([i18n.loadLang('en'), i18n.loadLang('ru')]);
    const heard: string[] = [];
    i18n.onLangChange((lang) => heard.push(lang));
    i18n.setLang('en');
    i18n.setLang('ru');
    i18n.setLang('ru');
    expect(heard).toEqual(['ru']);
  });
});
