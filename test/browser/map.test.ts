import type { Page } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { launch, type Browser } from './chromium';

const baseUrl = inject('baseUrl');

interface Handle {
  ready: boolean;
  renderer: string;
  pick(lon: number, lat: number): string | null;
  project(lon: number, lat: number): { x: number; y: number } | null;
  view(): { scale: number; x: number; y: number } | null;
  effects(): { shown: number; moving: number };
  events(): { kind: string; members: string[]; rival?: string; rockets?: boolean }[];
  inkedPixels(): Promise<number>;
  frames(): number;
  zoomBy(factor: number): void;
  baseDraws(): number;
  paintedBy(): 'worker' | 'page';
  baseCanvas(): HTMLCanvasElement;
  outlineCanvas(): HTMLCanvasElement;
}

type Win = { __paperAlliance: { map: Handle; getState(): Record<string, unknown> & { selected: string | null; show(screen: string): void }; store: { setState(patch: unknown): void; getState(): unknown } } };

let browser: Browser | null = null;
afterEach(async () => {
  await browser?.close();
  browser = null;
});

// The map's own tests see it move, as a player who has not asked for less motion does.
async function open(path: string, options: Parameters<typeof launch>[0] = {}): Promise<Browser> {
  browser = await launch({ reducedMotion: 'no-preference', ...options });
  // Other suites may be rebuilding the served bundle at this moment: try once more.
  await browser.page.goto(`${baseUrl}${path}`).catch(() => browser!.page.waitForTimeout(1500).then(() => browser!.page.goto(`${baseUrl}${path}`)));
  await browser.page.waitForFunction(() => (window as unknown as Win).__paperAlliance?.map.ready === true, null, { timeout: 30_000 });
  return browser;
}

/** The game page, on the game screen (the title screen covers the map at first). */
async function openGame(query = '', options: Parameters<typeof launch>[0] = {}): Promise<Browser> {
  const b = await open(`?debug=1${query}`, options);
  await b.page.evaluate(() => (window as unknown as Win).__paperAlliance.getState().show('game'));
  await b.page.waitForTimeout(300);
  return b;
}

const map = <T>(page: Page, fn: (handle: Handle) => T) => page.evaluate(`(${fn.toString()})(window.__paperAlliance.map)`) as Promise<Awaited<T>>;

/** Distinct colours on screen (coarsely binned), read from a screenshot. */
async function screenColours(page: Page): Promise<number> {
  const png = (await page.screenshot()).toString('base64');
  return page.evaluate(async (data) => {
    const image = new Image();
    image.src = `data:image/png;base64,${data}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const ctx = canvas.getContext('2d', { willReadFrequently: true }) as CanvasRenderingContext2D;
    ctx.drawImage(image, 0, 0);
    const pixels = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
    const seen = new Set<number>();
    for (let i = 0; i < pixels.length; i += 4 * 7) seen.add(((pixels[i]! >> 4) << 8) | ((pixels[i + 1]! >> 4) << 4) | (pixels[i + 2]! >> 4));
    return seen.size;
  }, png);
}

/** Pixels of the static map canvas close to a colour. */
async function baseColourCount(page: Page, hex: string): Promise<number> {
  return page.evaluate((colour) => {
    const canvas = (window as unknown as { __paperAlliance: { map: { baseCanvas(): HTMLCanvasElement } } }).__paperAlliance.map.baseCanvas();
    const data = (canvas.getContext('2d') as CanvasRenderingContext2D).getImageData(0, 0, canvas.width, canvas.height).data;
    const r = parseInt(colour.slice(1, 3), 16), g = parseInt(colour.slice(3, 5), 16), b = parseInt(colour.slice(5, 7), 16);
    let count = 0;
    for (let i = 0; i < data.length; i += 4) if (Math.abs(data[i]! - r) + Math.abs(data[i + 1]! - g) + Math.abs(data[i + 2]! - b) < 24) count += 1;
    return count;
  }, hex);
}

/** Pixels drawn on the outline layer (hover, selection, focus). */
async function outlineInk(page: Page): Promise<number> {
  return page.evaluate(() => {
    const canvas = (window as unknown as { __paperAlliance: { map: { outlineCanvas(): HTMLCanvasElement } } }).__paperAlliance.map.outlineCanvas();
    const data = (canvas.getContext('2d') as CanvasRenderingContext2D).getImageData(0, 0, canvas.width, canvas.height).data;
    let inked = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) inked += 1;
    return inked;
  });
}

/** Waits until the static map shows a painting newer than the `before`-th. */
async function repainted(page: Page, before: number): Promise<void> {
  await page.waitForFunction((n) => (window as unknown as Win).__paperAlliance.map.baseDraws() > n, before, { timeout: 10_000 });
}

/** Kazakhstan drifts, as a step of the engine would report it: the state changes and the step says so. */
async function changeStance(page: Page): Promise<void> {
  await page.evaluate(() => {
    const { store } = (window as unknown as Win).__paperAlliance;
    const state = store.getState() as { game: { turn: number; members: Record<string, { stance: string; loyalty: number }> } & Record<string, unknown> };
    const kaz = state.game.members.KAZ!;
    const change = { type: 'stanceChanged', turn: state.game.turn, member: 'KAZ', from: kaz.stance, to: 'drifts', loyaltyBefore: kaz.loyalty, loyaltyAfter: -30 };
    store.setState({ game: { ...state.game, members: { ...state.game.members, KAZ: { ...kaz, stance: 'drifts', loyalty: -30 } } }, lastStep: [change] });
  });
}

async function clickAt(page: Page, lon: number, lat: number): Promise<void> {
  const point = await page.evaluate(([x, y]) => (window as unknown as Win).__paperAlliance.map.project(x!, y!), [lon, lat]);
  if (!point) throw new Error('no projection');
  await page.mouse.click(point.x, point.y);
}

describe.each([
  ['WebGL', '', 'webgl'],
  ['Canvas', '&renderer=canvas', 'canvas'],
])('the map in the game page, %s', (_, query, renderer) => {
  it('draws the map and its live layer, and clicking Kazakhstan selects KAZ', async () => {
    const { page, errors } = await openGame(query);
    expect(await map(page, (h) => h.renderer)).toBe(renderer);
    expect(await screenColours(page)).toBeGreaterThan(40);
    expect(await baseColourCount(page, '#e2cd7e')).toBeGreaterThan(2000);
    await clickAt(page, 67.5, 48.5);
    expect(await page.evaluate(() => (window as unknown as Win).__paperAlliance.getState().selected)).toBe('KAZ');
    expect(await outlineInk(page)).toBeGreaterThan(500);
    // Phaser's renderer draws the live effects: a pulse when a stance changes.
    await changeStance(page);
    await page.waitForTimeout(150);
    expect(await map(page, (h) => h.inkedPixels())).toBeGreaterThan(100);
    await clickAt(page, 34, 43.4);
    expect(await page.evaluate(() => (window as unknown as Win).__paperAlliance.getState().selected)).toBeNull();
    expect(errors).toEqual([]);
  });
});

/** Frames the map draws in `ms` of waiting. */
async function framesIn(page: Page, ms: number): Promise<number> {
  const before = await map(page, (h) => h.frames());
  await page.waitForTimeout(ms);
  return (await map(page, (h) => h.frames())) - before;
}

describe.each([
  ['WebGL', ''],
  ['Canvas', '&renderer=canvas'],
])('the map at rest, %s', (_, query) => {
  it('draws frames only while something on it moves or has just changed, and shows each change', async () => {
    const { page, errors } = await openGame(query);
    // The month's rockets and offers play out, then the map is still and draws nothing.
    await expect.poll(() => map(page, (h) => h.effects().shown), { timeout: 10_000 }).toBe(0);
    await page.waitForTimeout(600);
    expect(await framesIn(page, 1000)).toBe(0);
    const still = await screenColours(page);
    expect(still).toBeGreaterThan(40);

    // A zoom wakes it until the view has settled, and the zoomed map is on screen.
    const before = (await page.screenshot()).toString('base64');
    const woken = map(page, (h) => h.frames());
    await map(page, (h) => h.zoomBy(1.5));
    await expect.poll(async () => (await map(page, (h) => h.frames())) - (await woken)).toBeGreaterThan(3);
    await page.waitForTimeout(1000);
    expect(await framesIn(page, 1000)).toBe(0);
    expect((await page.screenshot()).toString('base64')).not.toBe(before);
    expect(await screenColours(page)).toBeGreaterThan(40);

    // A stance change pulses at the capital: frames run for the pulse, and stop when it ends.
    await changeStance(page);
    await expect.poll(() => map(page, (h) => h.effects().shown)).toBeGreaterThan(0);
    expect(await framesIn(page, 500)).toBeGreaterThan(5);
    expect(await map(page, (h) => h.inkedPixels())).toBeGreaterThan(100);
    await expect.poll(() => map(page, (h) => h.effects().shown), { timeout: 10_000 }).toBe(0);
    await page.waitForTimeout(600);
    expect(await framesIn(page, 1000)).toBe(0);
    expect(errors).toEqual([]);
  });
});

describe('the map without WebGL', () => {
  it('falls back to Canvas and still draws and selects', async () => {
    const { page, errors } = await openGame('', { extraArgs: ['--disable-webgl', '--disable-3d-apis'] });
    expect(await map(page, (h) => h.renderer)).toBe('canvas');
    expect(await baseColourCount(page, '#e2cd7e')).toBeGreaterThan(2000);
    await clickAt(page, 67.5, 48.5);
    expect(await page.evaluate(() => (window as unknown as Win).__paperAlliance.getState().selected)).toBe('KAZ');
    expect(errors).toEqual([]);
  });
});

describe('the map in the game page', () => {
  it('picks the country drawn at a place: Crimea is Ukraine', async () => {
    const { page, errors } = await openGame();
    const picks = await page.evaluate(() => {
      const h = (window as unknown as Win).__paperAlliance.map;
      return [h.pick(34.1, 44.95), h.pick(37.62, 55.75), h.pick(44.51, 40.18), h.pick(68.78, 38.56), h.pick(67.5, 48.5), h.pick(34, 43.5)];
    });
    expect(picks).toEqual(['UKR', 'RUS', 'ARM', 'TJK', 'KAZ', null]);
    expect(errors).toEqual([]);
  });

  it('shows a tooltip with name, stance and loyalty on hover', async () => {
    const { page, errors } = await openGame();
    const point = await page.evaluate(() => (window as unknown as Win).__paperAlliance.map.project(67.5, 48.5));
    await page.mouse.move(point!.x, point!.y);
    const tooltip = page.locator('.pa-tooltip');
    await expect.poll(() => tooltip.isVisible()).toBe(true);
    const text = await tooltip.innerText();
    expect(text).toContain('Kazakhstan');
    expect(text).toMatch(/neutral|leans|backs|drifts|abandons/);
    expect(text).toMatch(/Loyalty -?\d+/);
    expect(errors).toEqual([]);
  });

  it('moves between members with Tab and arrows, selects with Enter', async () => {
    // The map alone: in the game page the panels take the focus once a member is selected.
    const { page, errors } = await open('src/bench/map.html');
    await page.focus('.pa-map-stage canvas[role=application]');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    const state = () => page.evaluate(() => (window as unknown as Win).__paperAlliance.getState().selected);
    // Focus starts on Armenia; Tab twice reaches Kazakhstan (members in their fixed order).
    expect(await state()).toBe('KAZ');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Enter');
    const west = await state();
    expect(west === 'BLR' || west === 'ARM').toBe(true);
    expect(await outlineInk(page)).toBeGreaterThan(500);
    await page.keyboard.press('Escape');
    expect(await state()).toBeNull();
    expect(errors).toEqual([]);
  });

  it('on a page the wheel scrolls, the wheel over the map scrolls the page and says how to zoom; with Ctrl held it zooms', async () => {
    const { page, errors } = await openGame('', { width: 390, height: 844 });
    const view = () => map(page, (h) => h.view());
    const wrapper = page.locator('.pa-map');
    await wrapper.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    const middle = async () => {
      const box = (await wrapper.boundingBox())!;
      return { x: box.x + box.width / 2, y: Math.max(box.y + 10, Math.min(box.y + box.height / 2, 800)) };
    };
    const start = (await view())!;
    const top = await page.evaluate(() => scrollY);
    let at = await middle();
    await page.mouse.move(at.x, at.y);
    await page.mouse.wheel(0, 200);
    await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(top);
    expect((await view())!.scale).toBe(start.scale);
    const hint = page.locator('.pa-wheel-hint');
    expect(await hint.isVisible()).toBe(true);
    expect(await hint.textContent()).toBe('To zoom the map, scroll with Ctrl held, or use the buttons');
    at = await middle();
    await page.mouse.move(at.x, at.y);
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -300);
    await page.keyboard.up('Control');
    await expect.poll(async () => (await view())!.scale).toBeGreaterThan(start.scale);
    expect(errors).toEqual([]);
  });

  it('zooms with the buttons and the wheel and pans by dragging, within bounds', async () => {
    const { page, errors } = await openGame();
    const view = () => map(page, (h) => h.view());
    const start = (await view())!;
    await page.getByRole('button', { name: 'Zoom in' }).click();
    const zoomed = (await view())!;
    expect(zoomed.scale).toBeGreaterThan(start.scale * 1.4);
    const centre = await page.evaluate(() => (window as unknown as Win).__paperAlliance.map.project(60, 45));
    await page.mouse.move(centre!.x, centre!.y);
    await page.mouse.wheel(0, 400);
    await page.waitForTimeout(100);
    expect((await view())!.scale).toBeLessThan(zoomed.scale);
    for (let i = 0; i < 12; i++) await page.mouse.wheel(0, 800);
    await page.waitForTimeout(100);
    const out = (await view())!;
    await page.mouse.move(centre!.x, centre!.y);
    await page.mouse.down();
    await page.mouse.move(centre!.x + 3000, centre!.y + 3000, { steps: 5 });
    await page.mouse.up();
    // Fully zoomed out, the whole frame shows and cannot be dragged away.
    const dragged = (await view())!;
    expect(dragged.x).toBeCloseTo(out.x, 0);
    expect(dragged.y).toBeCloseTo(out.y, 0);
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.mouse.move(centre!.x, centre!.y);
    await page.mouse.down();
    await page.mouse.move(centre!.x + 60, centre!.y + 30, { steps: 4 });
    await page.mouse.up();
    expect((await view())!.x).not.toBeCloseTo((await view())!.x + 60, 0);
    expect(errors).toEqual([]);
  });

  it('zooms with a two-finger pinch on a touch screen', async () => {
    browser = await launch({ reducedMotion: 'no-preference' });
    const { page, errors } = browser;
    const cdp = await page.context().newCDPSession(page);
    // A touch screen from the first load, so the game sets itself up for touch.
    await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 5 });
    await page.goto(`${baseUrl}?debug=1`);
    await page.waitForFunction(() => (window as unknown as Win).__paperAlliance?.map.ready === true, null, { timeout: 30_000 });
    await page.evaluate(() => (window as unknown as Win).__paperAlliance.getState().show('game'));
    await page.waitForTimeout(300);
    const view = () => map(page, (h) => h.view());
    const start = (await view())!;
    const centre = (await page.evaluate(() => (window as unknown as Win).__paperAlliance.map.project(65, 45)))!;
    const fingers = (spread: number) => [
      { x: centre.x - spread, y: centre.y, id: 1 },
      { x: centre.x + spread, y: centre.y, id: 2 },
    ];
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: fingers(20) });
    for (let spread = 30; spread <= 120; spread += 15) {
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: fingers(spread) });
      await page.waitForTimeout(30);
    }
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await page.waitForTimeout(200);
    // Fingers six times further apart: the map is much closer, about the same place.
    expect((await view())!.scale).toBeGreaterThan(start.scale * 2);
    const after = (await page.evaluate(() => (window as unknown as Win).__paperAlliance.map.project(65, 45)))!;
    expect(Math.hypot(after.x - centre.x, after.y - centre.y)).toBeLessThan(60);
    expect(errors).toEqual([]);
  });

  it('shows rockets from Afghanistan and offers as arrows, from the news', async () => {
    const { page, errors } = await openGame();
    const events = await map(page, (h) => h.events());
    expect(events.some((e) => e.rockets && e.members.includes('TJK'))).toBe(true);
    expect(events.some((e) => e.kind === 'offer' && e.rival === 'TUR')).toBe(true);
    const rockets = await baseColourCount(page, '#c0392b');
    const offers = await baseColourCount(page, '#1f6f4a');
    expect(rockets).toBeGreaterThan(30);
    expect(offers).toBeGreaterThan(30);
    const draws = await map(page, (h) => h.baseDraws());
    await page.evaluate(() => {
      const { store } = (window as unknown as Win).__paperAlliance;
      const state = store.getState() as { game: Record<string, unknown> };
      store.setState({ game: { ...state.game, news: [] } });
    });
    await repainted(page, draws);
    expect(await baseColourCount(page, '#c0392b')).toBeLessThan(rockets / 3);
    expect(errors).toEqual([]);
  });

  it("plays a month's events again in a later game with the same news", async () => {
    const { page, errors } = await openGame();
    type Play = { start(level: string, options: { seed: number }): void; act(action: { type: string }): unknown };
    const quiet = () => page.waitForFunction(() => (window as unknown as Win).__paperAlliance.map.effects().shown === 0, null, { polling: 100, timeout: 15_000 });
    /** A new game with the same seed, its first month left to settle, then the effects the second month opens with. */
    const secondMonth = async () => {
      await page.evaluate(() => ((window as unknown as Win).__paperAlliance.getState() as unknown as Play).start('may-2022', { seed: 7 }));
      await quiet();
      return page.evaluate(() => {
        const { map: handle, getState } = (window as unknown as Win).__paperAlliance;
        (getState() as unknown as Play).act({ type: 'endTurn' });
        return { events: handle.events().length, shown: handle.effects().shown };
      });
    };
    const first = await secondMonth();
    expect(first.events).toBeGreaterThan(0);
    expect(first.shown).toBeGreaterThan(0);
    await quiet();
    // The same month of the same game again: the same effects, not only the stance changes' pulses.
    expect(await secondMonth()).toEqual(first);
    expect(errors).toEqual([]);
  });

  it.each([
    ['moves', '', true],
    ['stays still with reduced motion', '&reducedMotion=1', false],
  ])('pulses when a stance changes: %s', async (_, query, moving) => {
    const { page, errors } = await openGame(query);
    await changeStance(page);
    const effects = await map(page, (h) => h.effects());
    expect(effects.shown).toBeGreaterThan(0);
    expect(effects.moving > 0).toBe(moving);
    expect(errors).toEqual([]);
  });
});

describe('the static map is painted off the main thread', () => {
  const drifting = '#7fb0d4';

  it('once the map is up, a worker paints it again when a stance changes', async () => {
    const { page, errors } = await open('src/bench/map.html');
    await page.waitForFunction(() => (window as unknown as Win).__paperAlliance.map.paintedBy() === 'worker', null, { timeout: 10_000 });
    const before = await baseColourCount(page, drifting);
    const draws = await map(page, (h) => h.baseDraws());
    await changeStance(page);
    await repainted(page, draws);
    expect(await map(page, (h) => h.paintedBy())).toBe('worker');
    // Kazakhstan now drifts: its fill is the drifting blue.
    expect(await baseColourCount(page, drifting)).toBeGreaterThan(before + 20_000);
    expect(errors).toEqual([]);
  });

  it('paints on the page when the worker cannot start', async () => {
    browser = await launch({ reducedMotion: 'no-preference' });
    const { page, errors } = browser;
    let blocked = 0;
    await page.route(/paint-worker/, (route) => {
      blocked += 1;
      return route.abort();
    });
    // The map says when it gives up on the worker; wait for that, not for a while.
    const gaveUp = page.waitForEvent('console', { predicate: (message) => message.text().includes('the map is painted on the page'), timeout: 15_000 });
    await page.goto(`${baseUrl}src/bench/map.html`);
    await page.waitForFunction(() => (window as unknown as Win).__paperAlliance?.map.ready === true, null, { timeout: 30_000 });
    const before = await baseColourCount(page, drifting);
    await gaveUp;
    expect(blocked).toBeGreaterThan(0);
    const draws = await map(page, (h) => h.baseDraws());
    await changeStance(page);
    await repainted(page, draws);
    expect(await map(page, (h) => h.paintedBy())).toBe('page');
    expect(await baseColourCount(page, drifting)).toBeGreaterThan(before + 20_000);
    // The blocked script is the only complaint.
    expect(errors.filter((e) => !/Failed to load resource|net::ERR_FAILED/.test(e))).toEqual([]);
  });
});

describe('the map fills its container', () => {
  const inView = async (page: Page, width: number, height: number) => {
    // The static map takes its new size with its next painting.
    await page.waitForFunction(() => {
      const h = (window as unknown as Win).__paperAlliance.map;
      const canvas = document.querySelector('.pa-map-stage canvas[role=application]') as HTMLCanvasElement;
      return h.baseCanvas().width === canvas.width && h.baseCanvas().height === canvas.height;
    }, null, { timeout: 10_000 });
    const layout = await page.evaluate(() => {
      const h = (window as unknown as Win).__paperAlliance.map;
      const canvas = document.querySelector('.pa-map-stage canvas[role=application]') as HTMLCanvasElement;
      const base = (window as unknown as { __paperAlliance: { map: { baseCanvas(): HTMLCanvasElement } } }).__paperAlliance.map.baseCanvas();
      const rect = canvas.getBoundingClientRect();
      return { rect: { x: rect.x, y: rect.y, w: rect.width, h: rect.height }, device: [canvas.width, canvas.height], base: [base.width, base.height], kaz: h.project(67.5, 48.5), ratio: devicePixelRatio };
    });
    expect(layout.rect.w).toBeCloseTo(width, 0);
    expect(layout.rect.h).toBeCloseTo(height, 0);
    expect(layout.device[0]).toBe(Math.round(width * Math.min(layout.ratio, Math.sqrt((3840 * 2160) / (width * height)))));
    expect(layout.base).toEqual(layout.device);
    expect(layout.kaz!.x).toBeGreaterThan(0);
    expect(layout.kaz!.x).toBeLessThan(width);
    expect(layout.kaz!.y).toBeGreaterThan(0);
    expect(layout.kaz!.y).toBeLessThan(height);
  };

  it('stays in view after resizes to 320×480 and 1920×1080, sharp at 2× pixel density', async () => {
    const { page, errors } = await open('src/bench/map.html', { width: 1280, height: 800, deviceScaleFactor: 2 });
    await inView(page, 1280, 800);
    for (const [width, height] of [[320, 480], [1920, 1080]] as const) {
      await page.setViewportSize({ width, height });
      await page.waitForTimeout(400);
      await inView(page, width, height);
      expect(await screenColours(page)).toBeGreaterThan(30);
    }
    expect(errors).toEqual([]);
  });

  it('lays itself out again when its iframe is resized by the host page', async () => {
    browser = await launch({ width: 1200, height: 900, reducedMotion: 'no-preference' });
    const { page, errors } = browser;
    await page.goto(`${baseUrl}src/bench/bare.html`);
    // Sized through the CSSOM: the page is served under the game's policy, which refuses inline style attributes.
    await page.evaluate((url) => {
      const frame = Object.assign(document.createElement('iframe'), { id: 'game', src: url });
      Object.assign(frame.style, { border: '0', width: '800px', height: '600px' });
      document.body.replaceChildren(frame);
    }, `${baseUrl}src/bench/map.html`);
    const frame = await (await page.waitForSelector('#game')).contentFrame();
    await frame!.waitForFunction(() => (window as unknown as Win).__paperAlliance?.map.ready === true);
    const size = () => frame!.evaluate(() => {
      const canvas = document.querySelector('.pa-map-stage canvas[role=application]') as HTMLCanvasElement;
      const kaz = (window as unknown as Win).__paperAlliance.map.project(67.5, 48.5);
      return [canvas.clientWidth, canvas.clientHeight, kaz!.x, kaz!.y];
    });
    expect((await size()).slice(0, 2)).toEqual([800, 600]);
    await page.evaluate(() => Object.assign((document.getElementById('game') as HTMLElement).style, { width: '360px', height: '520px' }));
    await frame!.waitForFunction(() => (document.querySelector('.pa-map-stage canvas[role=application]') as HTMLCanvasElement).clientWidth === 360);
    const [w, h, x, y] = await size();
    expect([w, h]).toEqual([360, 520]);
    expect(x).toBeGreaterThan(0);
    expect(x).toBeLessThan(360);
    expect(y).toBeGreaterThan(0);
    expect(y).toBeLessThan(520);
    expect(errors.filter((e) => !e.includes('bare'))).toEqual([]);
  });
});
