// Sound in real Chromium: files load and play (as Howler reports), ?audio=muted is
// silent, and with no audio at all (APIs removed, files undecodable) the game goes on.
import { afterEach, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, type Browser } from './chromium';

const baseUrl = inject('baseUrl');
const AUTOPLAY = ['--autoplay-policy=no-user-gesture-required'];

interface Status {
  state: string;
  settings: { muted: boolean; master: number; music: number; effects: number };
  unlocked: boolean;
  track: string | null;
  files: Record<string, string>;
  playing: string[];
  played: Record<string, number>;
  faults: string[];
  engine: { usingWebAudio: boolean; noAudio: boolean; context: string } | null;
}

let browser: Browser | null = null;
afterEach(async () => {
  await browser?.close();
  browser = null;
});

const status = (page: Page) => page.evaluate(() => (window as unknown as { __paperAlliance: { audio: { status(): Status } } }).__paperAlliance.audio.status());

/** Wait until the audio module has finished loading (or given up). */
async function settled(page: Page): Promise<Status> {
  await page.waitForFunction(() => {
    const audio = (window as unknown as { __paperAlliance?: { audio?: { status(): { state: string } } } }).__paperAlliance?.audio;
    return audio && (audio.status().state === 'ready' || audio.status().state === 'unavailable');
  }, undefined, { timeout: 20_000 });
  return status(page);
}

async function cue(page: Page, ...effects: string[]): Promise<void> {
  await page.evaluate((list) => {
    const audio = (window as unknown as { __paperAlliance: { audio: { director: { cue(...e: string[]): void } } } }).__paperAlliance.audio;
    audio.director.cue(...list);
  }, effects);
}

/** Play one whole turn by hand: a new game, the first order on offer, then End turn. */
async function playTurn(page: Page): Promise<{ before: number; after: number }> {
  const turn = () => page.evaluate(() => (window as unknown as { __paperAlliance: { store: { getState(): { game: { turn: number } } } } }).__paperAlliance.store.getState().game.turn);
  await page.evaluate(() => (window as unknown as { __paperAlliance: { store: { getState(): { start(id: string, o: unknown): void } } } }).__paperAlliance.store.getState().start('may-2022', { seed: 5 }));
  const before = await turn();
  await page.locator('button.action-button:not([aria-disabled="true"])').first().click();
  await page.getByTestId('end-turn').click();
  await expect.poll(turn).toBe(before + 1);
  return { before, after: await turn() };
}

describe('sound in Chromium', () => {
  it('loads after the map’s first frame, then plays music and effects as Howler reports', async () => {
    browser = await launch({ extraArgs: AUTOPLAY });
    const { page } = browser;
    // Note when the map first drew, and when each sound file was asked for.
    await page.addInitScript(() => {
      const w = window as unknown as { __firstMapFrame?: number; __paperAlliance?: { map?: { frames(): number } } };
      const watch = () => {
        if (w.__paperAlliance?.map && w.__paperAlliance.map.frames() > 0) w.__firstMapFrame = performance.now();
        else requestAnimationFrame(watch);
      };
      requestAnimationFrame(watch);
    });
    await page.goto(`${baseUrl}?debug=1`);
    const s = await settled(page);
    expect(s.state).toBe('ready');
    expect(s.files).toEqual({ effects: 'loaded', theme: 'loaded', council: 'loaded' });
    expect(s.engine).toMatchObject({ usingWebAudio: true, noAudio: false, context: 'running' });

    const timing = await page.evaluate(() => ({
      firstMapFrame: (window as unknown as { __firstMapFrame?: number }).__firstMapFrame ?? null,
      audio: performance
        .getEntriesByType('resource')
        .filter((e) => /\.(ogg|mp3)$/.test(e.name) || /howler-backend/.test(e.name))
        .map((e) => ({ name: e.name, start: e.startTime })),
    }));
    expect(timing.firstMapFrame).not.toBeNull();
    expect(timing.audio.some((e) => e.name.endsWith('.ogg'))).toBe(true);
    // Chromium plays Vorbis: the MP3 fallback is never fetched.
    expect(timing.audio.some((e) => e.name.endsWith('.mp3'))).toBe(false);
    for (const e of timing.audio) expect(e.start, e.name).toBeGreaterThan(timing.firstMapFrame!);

    // The title's music plays by itself once loaded.
    await page.waitForFunction(() => (window as unknown as { __paperAlliance: { audio: { status(): { playing: string[] } } } }).__paperAlliance.audio.status().playing.includes('theme'));

    await cue(page, 'confirm');
    const afterCue = await status(page);
    expect(afterCue.playing).toContain('confirm');
    expect(afterCue.played).toEqual({ confirm: 1 });

    // Every effect of the sprite plays.
    const effects = ['click', 'refuse', 'stanceUp', 'stanceDown', 'abandon', 'news', 'crisis', 'gavel', 'win', 'loss'];
    for (const effect of effects) {
      await cue(page, effect);
      expect((await status(page)).playing, effect).toContain(effect);
    }

    // A change of screen crossfades: the council comes in, the theme fades and pauses.
    await page.evaluate(() => (window as unknown as { __paperAlliance: { audio: { director: { setScreen(s: string): void } } } }).__paperAlliance.audio.director.setScreen('game'));
    await page.waitForFunction(() => {
      const playing = (window as unknown as { __paperAlliance: { audio: { status(): { playing: string[] } } } }).__paperAlliance.audio.status().playing;
      return playing.includes('council') && !playing.includes('theme');
    }, undefined, { timeout: 5_000 });
    expect(browser.errors).toEqual([]);
  });

  it('a turn played by hand: the order is confirmed, the month’s report sounds, no stray clicks', async () => {
    browser = await launch({ extraArgs: AUTOPLAY });
    const { page } = browser;
    await page.goto(`${baseUrl}?debug=1`);
    await settled(page);
    const turn = await playTurn(page);
    expect(turn.after).toBe(turn.before + 1);
    await page.waitForTimeout(1_000);
    const s = await status(page);
    expect(s.track).toBe('council');
    expect(s.played.confirm).toBe(1);
    const report = Object.keys(s.played).filter((id) => id !== 'confirm');
    expect(report.length).toBeGreaterThan(0);
    for (const id of report) expect(['stanceUp', 'stanceDown', 'abandon', 'news', 'crisis', 'gavel']).toContain(id);

    // A button that gives no order just clicks; leaving the map brings the theme back.
    await page.getByRole('button', { name: 'Rulebook' }).first().click();
    await expect.poll(async () => (await status(page)).played.click).toBe(1);
    expect((await status(page)).track).toBe('theme');
    expect(browser.errors).toEqual([]);
  });

  it('waits for the first gesture when the browser blocks autoplay', async () => {
    browser = await launch({ extraArgs: ['--autoplay-policy=document-user-activation-required'] });
    const { page } = browser;
    // Playwright's evaluate counts as a user gesture: touch nothing until the audio context exists.
    const files = ['effects', 'theme', 'council'].map((name) => page.waitForResponse(new RegExp(`/${name}-[^/]*\\.ogg$`)));
    for (const waiting of files) waiting.catch(() => undefined);
    await page.goto(`${baseUrl}?debug=1`);
    // The context is made before the files are asked for.
    await Promise.all(files);
    const s = await settled(page);
    expect(s.state).toBe('ready');
    expect(s.engine?.context).toBe('suspended');
    expect(s.unlocked).toBe(false);
    expect(s.playing).toEqual([]);
    await page.mouse.click(640, 420);
    await page.waitForFunction(() => {
      const st = (window as unknown as { __paperAlliance: { audio: { status(): { unlocked: boolean; playing: string[] } } } }).__paperAlliance.audio.status();
      return st.unlocked && st.playing.includes('theme');
    }, undefined, { timeout: 5_000 });
    expect(browser.errors).toEqual([]);
  });

  it('plays nothing with ?audio=muted, and the mute button says so', async () => {
    browser = await launch({ extraArgs: AUTOPLAY });
    const { page } = browser;
    await page.goto(`${baseUrl}?debug=1&audio=muted`);
    const s = await settled(page);
    expect(s.state).toBe('ready');
    expect(s.settings.muted).toBe(true);
    await cue(page, 'confirm', 'crisis');
    await page.waitForTimeout(1_000);
    const later = await status(page);
    expect(later.playing).toEqual([]);
    expect(later.played).toEqual({});
    const button = page.locator('button.audio-mute');
    await expect.poll(() => button.getAttribute('aria-pressed')).toBe('true');
    expect(await button.getAttribute('aria-label')).toBe('Mute sound');

    // Unmuting from the button brings the music in: the silence was the setting, not a fault.
    await button.click();
    expect(await button.getAttribute('aria-pressed')).toBe('false');
    await page.waitForFunction(() => (window as unknown as { __paperAlliance: { audio: { status(): { playing: string[] } } } }).__paperAlliance.audio.status().playing.length > 0);
    expect(browser.errors).toEqual([]);
  });

  it('sets the three volumes and the mute from the settings panel, and remembers them', async () => {
    browser = await launch({ extraArgs: AUTOPLAY });
    const { page } = browser;
    await page.goto(`${baseUrl}?debug=1`);
    await settled(page);
    await page.evaluate(() => {
      const panel = document.createElement('div');
      panel.id = 'panel';
      Object.assign(panel.style, { position: 'fixed', left: '20px', top: '80px', background: '#fff', zIndex: '30', width: '360px' });
      document.body.append(panel);
      (window as unknown as { __paperAlliance: { audio: { mountSettings(p: HTMLElement): void } } }).__paperAlliance.audio.mountSettings(panel);
    });
    const music = page.getByRole('slider', { name: 'Music' });
    await music.fill('20');
    await page.getByRole('slider', { name: 'Effects' }).fill('55');
    await page.getByRole('slider', { name: 'Master volume' }).fill('100');
    expect((await status(page)).settings).toEqual({ master: 1, music: 0.2, effects: 0.55, muted: false });
    expect(await music.getAttribute('aria-valuetext')).toBe('20%');

    await page.getByRole('checkbox', { name: 'Mute all sound' }).check();
    expect(await page.locator('button.audio-mute').getAttribute('aria-pressed')).toBe('true');
    await page.waitForFunction(() => (window as unknown as { __paperAlliance: { audio: { status(): { playing: string[] } } } }).__paperAlliance.audio.status().playing.length === 0);

    await page.reload();
    expect((await settled(page)).settings).toEqual({ master: 1, music: 0.2, effects: 0.55, muted: true });
    expect(browser.errors).toEqual([]);
  });

  it('remembers mute across a reload, and copes with blocked storage', async () => {
    browser = await launch({ extraArgs: AUTOPLAY });
    const { page } = browser;
    await page.goto(`${baseUrl}?debug=1`);
    await settled(page);
    await page.locator('button.audio-mute').click();
    await page.reload();
    expect((await settled(page)).settings.muted).toBe(true);

    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        configurable: true,
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    await page.reload();
    const blocked = await settled(page);
    expect(blocked.state).toBe('ready');
    expect(blocked.settings.muted).toBe(false);
    await page.locator('button.audio-mute').click();
    expect((await status(page)).settings.muted).toBe(true);
    expect(browser.errors).toEqual([]);
  });
});

describe('when sound cannot play', () => {
  it('with the audio APIs removed, a whole turn plays with no page errors', async () => {
    browser = await launch();
    const { page } = browser;
    await page.addInitScript(() => {
      for (const name of ['AudioContext', 'webkitAudioContext', 'OfflineAudioContext', 'Audio', 'HTMLAudioElement', 'HTMLMediaElement']) {
        delete (window as unknown as Record<string, unknown>)[name];
      }
    });
    await page.goto(`${baseUrl}?debug=1`);
    const s = await settled(page);
    expect(await page.evaluate(() => typeof (window as unknown as { AudioContext?: unknown }).AudioContext)).toBe('undefined');
    expect(s.state).toBe('unavailable');
    const button = page.locator('button.audio-mute');
    expect(await button.getAttribute('aria-disabled')).toBe('true');
    // Announced as unavailable; pressing it anyway does no harm.
    await button.click({ force: true });
    await cue(page, 'confirm');
    const turn = await playTurn(page);
    expect(turn.after).toBe(turn.before + 1);
    await page.mouse.click(640, 400);
    await page.waitForTimeout(500);
    expect(browser.errors).toEqual([]);
  });

  it('with no output device (the audio context cannot be made), the game plays on', async () => {
    browser = await launch({ extraArgs: AUTOPLAY });
    const { page } = browser;
    await page.addInitScript(() => {
      class NoDevice {
        constructor() {
          throw new DOMException('No audio output device', 'NotSupportedError');
        }
      }
      Object.assign(window, { AudioContext: NoDevice, webkitAudioContext: NoDevice });
    });
    await page.goto(`${baseUrl}?debug=1`);
    const s = await settled(page);
    // Howler falls back to HTML5 audio; whatever it manages, nothing breaks.
    expect(s.engine?.usingWebAudio ?? false).toBe(false);
    const turn = await playTurn(page);
    expect(turn.after).toBe(turn.before + 1);
    expect(browser.errors).toEqual([]);
  });

  it('with files that fail to decode, the game plays on in silence', async () => {
    browser = await launch({ extraArgs: AUTOPLAY });
    const { page } = browser;
    await page.route(/\.(ogg|mp3)$/, (route) => route.fulfill({ status: 200, contentType: 'audio/ogg', body: Buffer.from('not a sound at all') }));
    await page.goto(`${baseUrl}?debug=1`);
    const s = await settled(page);
    expect(s.state).toBe('unavailable');
    expect(Object.values(s.files)).toEqual(['failed', 'failed', 'failed']);
    expect(s.playing).toEqual([]);
    const turn = await playTurn(page);
    expect(turn.after).toBe(turn.before + 1);
    expect(browser.errors).toEqual([]);
  });
});
