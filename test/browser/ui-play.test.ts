// The rhythm of a month on every screen: the new month in view after End turn, the month's
// orders each with its take-back, the embed's frame with every panel at once, nothing over
// End turn on a phone, no traps in the orders, news that follows the game, one voice for
// screen readers, tooltips that stay with their element, and a turn played by keys.
import type { Frame, Page } from 'playwright-core';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { launch, type Browser } from './chromium';
import { expectNoErrors, HOST_PAGE_FLAGS, state } from './ui';

const baseUrl = inject('baseUrl');
let browser: Browser | null = null;
afterEach(async () => {
  await browser?.close();
  browser = null;
});

type Target = Page | Frame;
type Win = { __paperAlliance: { getState(): Record<string, unknown> & { act(a: unknown): unknown; select(m: string | null): void; show(s: string): void; game: { turn: number; requests: { id: string; member: string | null; status: string }[] } }; map: { ready: boolean } } };

async function open(width: number, height: number, query = ''): Promise<Page> {
  browser = await launch({ width, height });
  await browser.page.goto(`${baseUrl}?debug=1${query}`);
  return browser.page;
}

/** The game in a frame of the given size on a teaching site's page. */
async function framed(width: number, height: number, lang = 'en'): Promise<{ page: Page; frame: Frame }> {
  browser = await launch({ width: width + 40, height: height + 40, ...HOST_PAGE_FLAGS });
  const { page } = browser;
  const host = `http://localhost:4999/lesson-${width}.html`;
  await page.context().route(host, (route) =>
    route.fulfill({ contentType: 'text/html', body: `<!doctype html><body style="margin:0"><iframe id="game" src="${baseUrl}?debug=1&lang=${lang}" width="${width}" height="${height}" style="border:0"></iframe>` }),
  );
  await page.goto(host);
  const frame = await (await page.waitForSelector('#game')).contentFrame();
  if (!frame) throw new Error('no frame');
  await frame.waitForSelector('[data-key=title-new]');
  return { page, frame };
}

async function startGame(target: Target, guide = false): Promise<void> {
  await target.locator('[data-key=title-new]').click();
  await target.getByTestId('start-may-2022').click();
  if (!guide) await target.getByTestId('tutorial').locator('[data-key=tutorial-skip]').click();
}

/** The class game the address names, from its briefing, the guide skipped, once its map is ready. */
async function startClassGame(page: Page): Promise<void> {
  await page.getByTestId('class-start').click();
  await page.getByTestId('tutorial').locator('[data-key=tutorial-skip]').click();
  await page.waitForFunction(() => (window as unknown as Win).__paperAlliance.map.ready === true, null, { timeout: 30_000 });
}

const turnOf = (target: Target) => target.evaluate(() => (window as unknown as Win).__paperAlliance.getState().game.turn);
const act = (target: Target, action: unknown) => target.evaluate((a) => (window as unknown as Win).__paperAlliance.getState().act(a), action);

/** Whether the element is on screen in its window, whole, and the topmost thing at its centre. */
async function shownWhole(target: Target, selector: string): Promise<boolean> {
  return target.evaluate((sel) => {
    const el = document.querySelector<HTMLElement>(sel);
    if (!el) return false;
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.top < -0.5 || r.left < -0.5 || r.bottom > window.innerHeight + 0.5 || r.right > window.innerWidth + 0.5) return false;
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return hit !== null && (el === hit || el.contains(hit));
  }, selector);
}

describe('the rhythm of a month', () => {
  it('at 1280×800, End turn brings the orders back to their top and the report into view; the news says how many cards lie beyond', async () => {
    const page = await open(1280, 800);
    await startGame(page);
    const panel = page.locator('#tabpanel-orders');
    await panel.evaluate((el) => (el.scrollTop = el.scrollHeight));
    expect(await panel.evaluate((el) => el.scrollTop)).toBeGreaterThan(100);
    await page.getByTestId('end-turn').click();
    await expect.poll(() => turnOf(page)).toBe(2);
    await expect.poll(() => page.locator('#tabpanel-orders').evaluate((el) => el.scrollTop)).toBe(0);
    await expect.poll(() => shownWhole(page, '[data-testid=report]')).toBe(true);
    // Cards not wholly in view are counted, and the button brings the next one in.
    const unseen = () =>
      page.evaluate(() => {
        const list = document.querySelector('.news-list')!.getBoundingClientRect();
        return [...document.querySelectorAll('.news-list > li')].filter((li) => {
          const r = li.getBoundingClientRect();
          return r.left < list.left - 1 || r.right > list.right + 1;
        }).length;
      });
    const hidden = await unseen();
    expect(hidden).toBeGreaterThan(0);
    const more = page.getByTestId('news-more');
    await expect.poll(() => more.textContent()).toBe(`${hidden} more →`);
    await more.click();
    await expect.poll(() => page.evaluate(() => document.querySelector('.news-list')!.scrollLeft)).toBeGreaterThan(0);
    await expect.poll(unseen).toBeLessThan(hidden + 1);
    await expect.poll(async () => (await more.textContent()) === `${await unseen()} more →` || (await more.isHidden())).toBe(true);
    // Pressing on walks through the strip: every card comes wholly into view, the last included.
    const whole = () =>
      page.evaluate(() => {
        const list = document.querySelector('.news-list')!.getBoundingClientRect();
        return [...document.querySelectorAll('.news-list > li')].flatMap((li, i) => {
          const r = li.getBoundingClientRect();
          return r.left >= list.left - 1 && r.right <= list.right + 1 ? [i] : [];
        });
      });
    const cards = await page.locator('.news-list > li').count();
    const seen = new Set(await whole());
    for (let press = 0; press < cards && seen.size < cards && (await more.isVisible()); press++) {
      const before = await page.evaluate(() => document.querySelector('.news-list')!.scrollLeft);
      await more.click();
      await expect.poll(() => page.evaluate(() => document.querySelector('.news-list')!.scrollLeft)).not.toBe(before);
      // Wait for the scroll to come to rest before reading what is in view.
      let last = -1;
      await expect.poll(async () => {
        const now = await page.evaluate(() => document.querySelector('.news-list')!.scrollLeft);
        const still = now === last;
        last = now;
        return still;
      }).toBe(true);
      for (const i of await whole()) seen.add(i);
    }
    expect([...seen].sort((a, b) => a - b)).toEqual([...Array(cards).keys()]);
    await expectNoErrors(browser!.errors);
  });

  it.each(['en', 'ru'])('at 1280×800 (%s) the month’s report shows every ally without a scroll of its own, month after month', async (lang) => {
    const page = await open(1280, 800, `&lang=${lang}`);
    await startGame(page);
    let asked = 0;
    for (let turn = 2; turn <= 8; turn++) {
      await page.getByTestId('end-turn').click();
      await expect.poll(() => turnOf(page)).toBe(turn);
      const report = page.getByTestId('report');
      await expect.poll(() => report.locator('.report-list li').count()).toBe(5);
      if ((await page.getByTestId('report-requests').count()) > 0) asked++;
      const fit = await report.evaluate((el) => {
        const box = el.getBoundingClientRect();
        const rows = [...el.querySelectorAll('.report-list li')].map((li) => li.getBoundingClientRect());
        return { scrolls: el.scrollHeight > el.clientHeight + 1, below: rows.filter((r) => r.bottom > box.bottom + 0.5).length };
      });
      expect(fit, `turn ${turn}`).toEqual({ scrolls: false, below: 0 });
    }
    // Months with new requests, whose line takes room above the allies, were among them.
    expect(asked).toBeGreaterThan(0);
  });

  it('on a phone, End turn brings the month’s report into view from the foot of the orders', async () => {
    const page = await open(390, 844);
    await startGame(page);
    await page.getByTestId('end-turn').scrollIntoViewIfNeeded();
    const before = await page.evaluate(() => window.scrollY);
    expect(before).toBeGreaterThan(400);
    await page.getByTestId('end-turn').click();
    await expect.poll(() => turnOf(page)).toBe(2);
    await expect.poll(() => page.locator('[data-testid=report] h3').evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= window.innerHeight;
    })).toBe(true);
  });

  it('lists this month’s orders, each with its own take-back; one a later order needs waits for that one', async () => {
    const page = await open(1280, 800);
    await startGame(page);
    const call = await page.evaluate(() => (window as unknown as Win).__paperAlliance.getState().game.requests.find((r) => r.status === 'open' && r.member)!.id);
    await page.locator('button[data-member=KGZ]').click();
    await page.locator('[data-testid=member-orders] li.action').filter({ hasText: 'Economic aid' }).locator('button').click();
    await page.locator(`[data-action='${JSON.stringify({ type: 'answerCrisisCall', request: call })}']`).click();
    await page.locator('li.action').filter({ hasText: 'Pull forces back from Ukraine' }).locator('button').click();
    await page.locator('button[data-member=TJK]').click();
    await page.locator('[data-testid=member-orders] li.action').filter({ hasText: 'Security help' }).locator('button').click();
    const given = page.getByTestId('given-list').locator('li');
    await expect.poll(() => given.count()).toBe(4);
    expect(await given.locator('.given-label').allTextContents()).toEqual(['Economic aid: Kyrgyzstan', 'Send forces for Tajikistan', 'Pull forces back from Ukraine', 'Security help: Tajikistan']);
    // All four show whole: the list has no scroll of its own that would cut the last one.
    expect(await page.getByTestId('given-list').evaluate((list) => list.scrollHeight <= list.clientHeight + 1)).toBe(true);
    // The reserve pulled back pays for the security help: it cannot go first.
    const pull = given.nth(2).locator('button.take-back');
    expect(await pull.getAttribute('aria-disabled')).toBe('true');
    await pull.click({ force: true });
    expect((await state(page)).game.actions).toBe(4);
    // The first order taken back, the other three stay.
    await given.nth(0).locator('button.take-back').click();
    await expect.poll(() => given.count()).toBe(3);
    expect(await given.locator('.given-label').allTextContents()).toEqual(['Send forces for Tajikistan', 'Pull forces back from Ukraine', 'Security help: Tajikistan']);
    expect(await page.locator('[data-resource=economicLeverage] .chip-value').textContent()).toBe('5');
    await expect.poll(() => page.locator('#announcer').textContent()).toBe('Taken back: Economic aid: Kyrgyzstan.');
  });
  it('on a phone the month’s orders run whole in the page, each in view above End turn once scrolled to', async () => {
    const page = await open(390, 844);
    await startGame(page);
    for (const action of [{ type: 'economicAid', member: 'KGZ' }, { type: 'securityHelp', member: 'TJK' }, { type: 'stopArmsToAzerbaijan' }, { type: 'nordicLine', line: 'principled' }]) await act(page, action);
    const list = page.getByTestId('given-list');
    await expect.poll(() => list.locator('li').count()).toBe(4);
    expect(await list.evaluate((el) => el.scrollHeight <= el.clientHeight + 1)).toBe(true);
    await list.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    const bar = (await page.locator('.turn-actions').boundingBox())!;
    // End turn's bar is short enough to leave the orders above it room, and the last order clears it.
    expect(bar.height).toBeLessThan(90);
    const last = (await list.locator('li').last().boundingBox())!;
    expect(last.y + last.height).toBeLessThanOrEqual(bar.y + 1);
  });
});

describe('an embed’s frame', () => {
  it.each(['en', 'ru'])('at 640×480 (%s) the last month’s End turn keeps its words inside the button', async (lang) => {
    const { frame } = await framed(640, 480, lang);
    await startGame(frame);
    for (let i = 0; i < 7; i++) await act(frame, { type: 'endTurn' });
    await expect.poll(() => turnOf(frame)).toBe(8);
    const button = frame.getByTestId('end-turn');
    // Every line of the label lies inside the button: a word wider than the room would run out of its sides.
    const outside = await button.evaluate((el) => {
      const box = el.getBoundingClientRect();
      const range = document.createRange();
      range.selectNodeContents(el);
      return [...range.getClientRects()].filter((r) => r.width > 0 && (r.left < box.left + 2 || r.right > box.right - 2)).length;
    });
    expect(outside).toBe(0);
  });
  it.each([
    [640, 480, 'en'],
    [640, 480, 'ru'],
    [800, 600, 'en'],
    [800, 600, 'ru'],
  ])('at %i×%i (%s) shows the map, the five members and End turn without scrolling, and opens the month’s report after End turn', async (width, height, lang) => {
    const { frame } = await framed(width, height, lang);
    await startGame(frame, true);
    await frame.waitForSelector('.pa-audio-mute');
    const check = async () => {
      expect(await frame.evaluate(() => document.scrollingElement!.scrollHeight <= window.innerHeight + 1)).toBe(true);
      // Nothing wider than its panel, which would push the panel sideways.
      const sideways = await frame.evaluate(() => ['#app', '#topbar', '#members-region', '#tabpanel-orders', '.turn-bar', '#news-region'].filter((sel) => {
        const el = document.querySelector(sel);
        return el !== null && (el.scrollWidth > el.clientWidth + 1 || el.scrollLeft > 0);
      }));
      expect(sideways).toEqual([]);
      // The top bar's controls stay clear of the sound button.
      const under = await frame.evaluate(() => {
        const mute = document.querySelector('.pa-audio-mute')!.getBoundingClientRect();
        return [...document.querySelectorAll<HTMLElement>('#topbar button, #topbar [data-tip]')].filter((el) => {
          const r = el.getBoundingClientRect();
          return r.width > 0 && r.left < mute.right && r.right > mute.left && r.top < mute.bottom && r.bottom > mute.top;
        }).map((el) => el.dataset.key ?? el.textContent);
      });
      expect(under).toEqual([]);
      for (const id of ['ARM', 'BLR', 'KAZ', 'KGZ', 'TJK']) expect(await shownWhole(frame, `button.member-card[data-member=${id}]`), id).toBe(true);
      // Each member's name and stance whole, not cut off with an ellipsis.
      const cut = await frame.evaluate(() => [...document.querySelectorAll<HTMLElement>('.member-card .member-name, .member-card .stance-word')].filter((el) => el.scrollWidth > el.clientWidth + 1).map((el) => el.textContent));
      expect(cut).toEqual([]);
      // The month's orders readable: each name wider than a word, its take-back inside the list.
      const orders = await frame.evaluate(() => [...document.querySelectorAll<HTMLElement>('.given-order')].map((li) => {
        const list = li.closest('.given-list')!.getBoundingClientRect();
        const back = li.querySelector('.take-back')!.getBoundingClientRect();
        return { label: li.querySelector('.given-label')!.getBoundingClientRect().width, backInside: back.left >= list.left - 0.5 && back.right <= list.right + 0.5 };
      }));
      for (const order of orders) expect(order.label).toBeGreaterThan(120);
      for (const order of orders) expect(order.backInside).toBe(true);
      expect(await shownWhole(frame, '[data-testid=end-turn]')).toBe(true);
      const map = await frame.evaluate(() => {
        const r = document.getElementById('map-host')!.getBoundingClientRect();
        return { w: r.width, h: r.height, inside: r.top >= 0 && r.left >= 0 && r.bottom <= window.innerHeight && r.right <= window.innerWidth };
      });
      expect(map.inside).toBe(true);
      expect(map.w * map.h).toBeGreaterThan(width * height * 0.12);
    };
    await check();
    await frame.getByTestId('tutorial').locator('[data-key=tutorial-skip]').click();
    await check();
    await frame.locator('button[data-member=KGZ]').click();
    await frame.getByTestId('end-turn').click();
    await expect.poll(() => turnOf(frame)).toBe(2);
    await expect.poll(() => shownWhole(frame, '[data-testid=report] h3')).toBe(true);
    await check();
    // Two orders given, and later months, whose numbers run wider.
    await act(frame, { type: 'economicAid', member: 'KAZ' });
    await act(frame, { type: 'securityHelp', member: 'TJK' });
    await expect.poll(() => frame.locator('.given-order').count()).toBe(2);
    await check();
    for (const turn of [3, 4]) {
      await frame.getByTestId('end-turn').click();
      await expect.poll(() => turnOf(frame)).toBe(turn);
    }
    await check();
  });

  it.each([
    [1280, 800],
    [390, 844],
  ])('at %i×%i, once the guide above the map is skipped, a click on the map picks the country under the pointer', async (width, height) => {
    const page = await open(width, height);
    await startGame(page, true);
    await page.waitForFunction(() => (window as unknown as Win).__paperAlliance.map.ready);
    // The pointer visits the map while the guide is open; then the guide goes and the map grows into its room.
    const here = (lon: number, lat: number) => page.evaluate(([x, y]) => (window as unknown as { __paperAlliance: { map: { project(a: number, b: number): { x: number; y: number } } } }).__paperAlliance.map.project(x!, y!), [lon, lat]);
    const before = await here(67, 48);
    await page.mouse.move(before.x, before.y);
    await page.getByTestId('tutorial').locator('[data-key=tutorial-skip]').click();
    const kazakhstan = await here(67, 48);
    expect(kazakhstan.y).not.toBe(before.y);
    // On a phone the map may lie below the fold: bring it into view as a player would.
    await page.locator('#map-host').scrollIntoViewIfNeeded();
    const seen = await here(67, 48);
    await page.mouse.click(seen.x, seen.y);
    await expect.poll(() => page.evaluate(() => (window as unknown as Win).__paperAlliance.getState().selected)).toBe('KAZ');
  });

  it.each(['en', 'ru'])('at 320×480 (%s) the guide’s Next is in view at every step, with no scrolling', async (lang) => {
    const page = await open(320, 480, `&lang=${lang}`);
    await startGame(page, true);
    const guide = page.getByTestId('tutorial');
    for (let step = 1; step <= 5; step++) {
      await expect.poll(() => guide.getAttribute('data-step')).toBe(String(step));
      await expect.poll(() => shownWhole(page, '[data-key=tutorial-next]'), { message: `step ${step}` }).toBe(true);
      await page.keyboard.press('Enter');
    }
  });

  it('at 320×480 nothing covers End turn, with the guide open or closed, wherever it is scrolled to', async () => {
    const page = await open(320, 480);
    await startGame(page, true);
    for (const guide of [true, false]) {
      if (!guide) await page.getByTestId('tutorial').locator('[data-key=tutorial-skip]').click();
      for (const block of ['start', 'center', 'end'] as const) {
        await page.getByTestId('end-turn').evaluate((el, b) => el.scrollIntoView({ block: b }), block);
        await page.waitForTimeout(50);
        expect(await shownWhole(page, '[data-testid=end-turn]'), `guide ${guide}, ${block}`).toBe(true);
      }
    }
    await page.getByTestId('end-turn').click({ trial: true, timeout: 2000 });
  });
});

describe('no traps in the orders', () => {
  it('the summit waits its months and says until when; arms sales are never offered back the month they stop', async () => {
    const page = await open(1280, 800);
    await startGame(page);
    // In May the Moscow summit meets, and starts the wait for the next: that is the reason given, even once capital runs short.
    const summit = page.locator('li.action').filter({ hasText: 'Host a summit' });
    const meets = /^The Moscow summit meets this month; the next summit can meet in August 2022\.$/;
    await expect.poll(() => summit.locator('.action-reason').textContent()).toMatch(meets);
    for (const member of ['KGZ', 'TJK']) await act(page, { type: 'coerce', member });
    expect(await page.evaluate(() => ((window as unknown as Win).__paperAlliance.getState().game as unknown as { resources: { politicalCapital: number } }).resources.politicalCapital)).toBeLessThan(4);
    await expect.poll(() => summit.locator('.action-reason').allTextContents()).toEqual([expect.stringMatching(meets)]);
    expect(await summit.locator('button').getAttribute('aria-disabled')).toBe('true');
    for (let i = 0; i < 3; i++) await act(page, { type: 'endTurn' });
    await act(page, { type: 'hostSummit' });
    await act(page, { type: 'endTurn' });
    await act(page, { type: 'endTurn' });
    await expect.poll(() => page.getByTestId('month').textContent()).toBe('October 2022');
    expect(await summit.locator('.action-reason').textContent()).toBe('The next summit can meet in November 2022 (the last met in August 2022).');
    // Pulling forces back says what it gives, from the level.
    const reserves = await page.evaluate(() => ((window as unknown as Win).__paperAlliance.getState().level as { weights: { redeployReserves: number } }).weights.redeployReserves);
    expect(await page.locator('li.action').filter({ hasText: 'Pull forces back from Ukraine' }).locator('.action-gain').textContent()).toContain(`+${reserves} Reserve`);
    const arms = page.locator('li.action').filter({ hasText: /arms sales to Azerbaijan|arming Azerbaijan/ });
    expect(await arms.locator('.action-label').allTextContents()).toEqual(['Stop arming Azerbaijan']);
    await arms.locator('button').click();
    await expect.poll(() => arms.locator('.action-label').allTextContents()).toEqual(['✓ Stop arming Azerbaijan']);
    await page.getByTestId('end-turn').click();
    await expect.poll(() => arms.locator('.action-label').allTextContents()).toEqual(['Resume arms sales to Azerbaijan']);
    expect(await arms.locator('button').getAttribute('aria-disabled')).toBeNull();
  });
});

describe('news and debrief follow the game', () => {
  it('with every request of the month answered, the requests panel says so rather than that none came', async () => {
    const page = await open(1280, 800);
    await startGame(page);
    const requests = page.getByTestId('requests');
    const stillOpen = () => page.evaluate(() => (window as unknown as Win).__paperAlliance.getState().game.requests.filter((r) => r.status === 'open').map((r) => ({ id: r.id, kind: (r as unknown as { kind: string }).kind })));
    const asked = await stillOpen();
    expect(asked.length).toBeGreaterThan(0);
    await expect.poll(() => requests.locator('.request').count()).toBe(asked.length);
    for (const r of asked) expect(await act(page, r.kind === 'crisisCall' ? { type: 'answerCrisisCall', request: r.id } : { type: 'nordicLine', line: 'principled' })).toBeNull();
    expect(await stillOpen()).toEqual([]);
    await expect.poll(() => requests.locator('.hint').textContent()).toBe('Moscow has answered every request of this month.');
  });

  it('after forces were sent for Armenia in September, the Yerevan summit and question 3 say so', async () => {
    const page = await open(1280, 800);
    await startGame(page);
    for (let i = 0; i < 4; i++) await act(page, { type: 'endTurn' });
    const call = await page.evaluate(() => (window as unknown as Win).__paperAlliance.getState().game.requests.find((r) => r.status === 'open' && r.member === 'ARM')!.id);
    expect(await act(page, { type: 'answerCrisisCall', request: call })).toBeNull();
    await act(page, { type: 'endTurn' });
    await act(page, { type: 'endTurn' });
    await expect.poll(() => page.getByTestId('month').textContent()).toBe('November 2022');
    const yerevan = page.locator('.news-card').filter({ hasText: 'The Yerevan summit' }).locator('.news-text');
    await expect.poll(() => yerevan.textContent()).toMatch(/thanks Moscow for the forces sent in September/);
    expect(await yerevan.textContent()).not.toMatch(/still not answered/);
    await act(page, { type: 'endTurn' });
    await act(page, { type: 'endTurn' });
    await expect.poll(async () => (await state(page)).screen).toBe('debrief');
    // The skip link, which leads to the orders, is gone with them.
    expect(await page.locator('.skip-link').isHidden()).toBe(true);
    expect(await page.locator('[data-question="3"]').textContent()).toMatch(/^In your game Moscow sent forces when Armenia invoked the treaty/);
    expect(await page.getByTestId('your-game-armenia-drills').textContent()).toBe("In your game Moscow answered Armenia's call of September with forces; in reality none came.");
  });
});

describe('the debrief on a phone', () => {
  it('at 390×844 the loyalty chart’s type reads at the page’s small size, its keys under it', async () => {
    const page = await open(390, 844);
    await startGame(page);
    for (let i = 0; i < 8; i++) await act(page, { type: 'endTurn' });
    await expect.poll(async () => (await state(page)).screen).toBe('debrief');
    const shown = await page.evaluate(() => [...document.querySelectorAll<SVGSVGElement>('.chart-card svg.chart')].filter((svg) => svg.getBoundingClientRect().width > 0).map((svg) => ({
      width: svg.getBoundingClientRect().width,
      tick: Math.min(...[...svg.querySelectorAll('.tick')].map((tick) => tick.getBoundingClientRect().height)),
      name: Math.min(...[...svg.querySelectorAll('.end-label')].map((label) => label.getBoundingClientRect().height)),
    })));
    expect(shown).toHaveLength(1);
    expect(shown[0]!.width).toBeLessThanOrEqual(390);
    // 11 and 12 px of the chart's own, drawn no smaller than 10 and 11 on the page.
    expect(shown[0]!.tick).toBeGreaterThanOrEqual(10);
    expect(shown[0]!.name).toBeGreaterThanOrEqual(11);
  });
});

describe('one voice, and tooltips that stay with their element', () => {
  it('the page has one polite live region, the map’s included, and a month ends in one message naming every member', async () => {
    const page = await open(1280, 800);
    await startGame(page);
    await page.waitForFunction(() => (window as unknown as Win).__paperAlliance.map.ready === true, null, { timeout: 30_000 });
    const regions = () => page.evaluate(() => [...document.querySelectorAll('[aria-live], [role=status], [role=log]')].filter((el) => el.getAttribute('aria-live') !== 'off').map((el) => el.id || el.className));
    expect(await regions()).toEqual(['announcer']);
    await page.getByTestId('end-turn').click();
    await expect.poll(() => page.locator('#announcer').textContent()).toMatch(/^Now June 2022: \d+ news items?\./);
    const text = (await page.locator('#announcer').textContent())!;
    for (const name of ['Armenia', 'Belarus', 'Kazakhstan', 'Kyrgyzstan', 'Tajikistan']) expect(text).toMatch(new RegExp(`${name} ([+-][\\d.]+|unchanged)`));
    // Selecting on the map or by key is said once, by the same voice.
    await page.keyboard.press('Digit3');
    await expect.poll(() => page.locator('#announcer').textContent()).toMatch(/^Kazakhstan selected: /);
    expect(await regions()).toEqual(['announcer']);
  });

  it('starting a game by keyboard opens no tooltip, and a tooltip moves with its element as the page scrolls', async () => {
    const page = await open(390, 844);
    const tabTo = async (test: () => Promise<boolean>) => {
      for (let i = 0; i < 80 && !(await test()); i++) await page.keyboard.press('Tab');
    };
    // By keyboard to the game: the focus the game itself gives the first member must not open its tip.
    await tabTo(() => page.evaluate(() => document.activeElement?.getAttribute('data-key') === 'title-new'));
    await page.keyboard.press('Enter');
    await tabTo(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid') === 'start-may-2022'));
    await page.keyboard.press('Enter');
    await tabTo(() => page.evaluate(() => document.activeElement?.getAttribute('data-key') === 'tutorial-skip'));
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-member'))).toBe('ARM');
    await page.waitForTimeout(200);
    const tip = page.locator('.ui-tooltip');
    expect(await tip.isHidden()).toBe(true);
    // A tip reached by Tab, then the page scrolled under it: the tip goes with its element.
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.locator('[data-resource=politicalCapital]').focus();
    await page.keyboard.press('Tab');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-resource'))).toBe('militaryReserves');
    await expect.poll(() => tip.isVisible()).toBe(true);
    const at = async () => (await tip.boundingBox())!.y;
    const anchor = () => page.locator('[data-resource=militaryReserves]').evaluate((el) => el.getBoundingClientRect().top);
    const [tip0, anchor0] = [await at(), await anchor()];
    await page.evaluate(() => window.scrollBy(0, 40));
    await expect.poll(anchor).toBeLessThan(anchor0 - 30);
    await expect.poll(async () => Math.abs((await at()) - tip0 - ((await anchor()) - anchor0))).toBeLessThan(2);
  });

  it('on a phone the sound button never covers the map’s zoom buttons', async () => {
    const page = await open(390, 844);
    await startGame(page);
    await page.waitForSelector('.pa-zoom button');
    await page.waitForSelector('.pa-audio-mute');
    const max = await page.evaluate(() => document.scrollingElement!.scrollHeight - window.innerHeight);
    for (let y = 0; y <= max; y += 40) {
      const overlap = await page.evaluate((top) => {
        window.scrollTo(0, top);
        const mute = document.querySelector('.pa-audio-mute')!.getBoundingClientRect();
        return [...document.querySelectorAll('.pa-zoom button')].some((b) => {
          const r = b.getBoundingClientRect();
          return r.left < mute.right && r.right > mute.left && r.top < mute.bottom && r.bottom > mute.top;
        });
      }, y);
      expect(overlap, `scrolled to ${y}`).toBe(false);
    }
  });
});

type MapBox = [number, number, number, number];
/** Russia, the members and the neighbours the game is about: Ukraine, Turkey, Afghanistan, Azerbaijan. */
const ALWAYS_NAMED = ['RUS', 'ARM', 'BLR', 'KAZ', 'KGZ', 'TJK', 'UKR', 'TUR', 'AFG', 'AZE'];
type MapLabels = { names: { id: string; box: MapBox }[]; capitals: { id: string; box: MapBox }[]; capitalNames: { id: string; text: string; box: MapBox }[]; crises: { member: string; box: MapBox }[]; routes: { member: string; origin: string; points: [number, number][] }[]; usa: MapBox };
const mapLabels = (target: Target) => target.evaluate(() => (window as unknown as { __paperAlliance: { map: { labels(): MapLabels } } }).__paperAlliance.map.labels());
const overlaps = (a: MapBox, b: MapBox) => a[0] < b[2] && a[2] > b[0] && a[1] < b[3] && a[3] > b[1];

/** Where an element over the map stands, in the map's CSS pixels, as the names' boxes are given. */
const mapBox = (target: Target, selector: string) =>
  target.evaluate((sel) => {
    const host = document.getElementById('map-host')!.getBoundingClientRect();
    const r = document.querySelector(sel)!.getBoundingClientRect();
    return [r.left - host.left, r.top - host.top, r.right - host.left, r.bottom - host.top] as MapBox;
  }, selector);

/** Pixels the outline layer inks inside a box of CSS pixels on the map. */
function outlineInk(page: Page, b: MapBox): Promise<number> {
  return page.evaluate((box) => {
    const canvas = document.querySelector<HTMLCanvasElement>('.pa-map-outlines')!;
    const ratio = canvas.width / canvas.getBoundingClientRect().width;
    const x = Math.max(0, Math.floor(box[0] * ratio)), y = Math.max(0, Math.floor(box[1] * ratio));
    const w = Math.min(canvas.width - x, Math.ceil((box[2] - box[0]) * ratio)), hgt = Math.min(canvas.height - y, Math.ceil((box[3] - box[1]) * ratio));
    if (w <= 0 || hgt <= 0) return 0;
    const data = canvas.getContext('2d')!.getImageData(x, y, w, hgt).data;
    let inked = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) inked++;
    return inked;
  }, b);
}

describe('the map', () => {
  it('in a 640×480 frame the names that always show stand clear of the zoom buttons and of each other, each on its own side', async () => {
    const { frame } = await framed(640, 480);
    await startGame(frame);
    await frame.waitForFunction(() => (window as unknown as Win).__paperAlliance.map.ready);
    const { names } = await mapLabels(frame);
    const zoom = await mapBox(frame, '.pa-zoom');
    const members = names.filter((n) => ['ARM', 'BLR', 'KAZ', 'KGZ', 'TJK'].includes(n.id));
    expect(members).toHaveLength(5);
    expect(names.filter((n) => overlaps(n.box, zoom)).map((n) => n.id)).toEqual([]);
    for (const a of members) for (const b of members) if (a.id < b.id) expect(overlaps(a.box, b.box), `${a.id} ${b.id}`).toBe(false);
    const always = names.filter((n) => ALWAYS_NAMED.includes(n.id));
    expect(always.map((n) => n.id)).toEqual(expect.arrayContaining(['RUS', 'UKR', 'AFG']));
    for (const a of always) for (const b of always) if (a.id < b.id) expect(overlaps(a.box, b.box), `${a.id} ${b.id}`).toBe(false);
    // A name that slid keeps to its side of the one it gave way to: Ukraine lies south of Belarus.
    const box = (id: string) => names.find((n) => n.id === id)!.box;
    expect(box('UKR')[1]).toBeGreaterThanOrEqual(box('BLR')[1]);
    expect(box('AFG')[1]).toBeGreaterThanOrEqual(box('TJK')[1]);
  });
  it.each(['en', 'ru'])('in a 640×480 frame (%s), with the guide open above the map, the United States marker, the map key and the zoom buttons keep off the members’ names and capitals, every name that always shows has room, and Russia’s and Ukraine’s stay on the map and in order', async (lang) => {
    const { frame } = await framed(640, 480, lang);
    await startGame(frame, true);
    await frame.waitForFunction(() => (window as unknown as Win).__paperAlliance.map.ready);
    const labels = await mapLabels(frame);
    const members = ['ARM', 'BLR', 'KAZ', 'KGZ', 'TJK'];
    const near = [...labels.names.filter((n) => members.includes(n.id)), ...labels.capitals.filter((c) => [...members, 'RUS'].includes(c.id))];
    expect(near.length).toBeGreaterThanOrEqual(10);
    expect(near.filter((n) => overlaps(n.box, labels.usa)).map((n) => n.id)).toEqual([]);
    // Nor do the map key's button and the zoom buttons cover a name that always shows (Tajikistan's lay under the key).
    const buttons = [await mapBox(frame, '.pa-legend'), await mapBox(frame, '.pa-zoom')];
    expect(labels.names.filter((n) => ALWAYS_NAMED.includes(n.id) && buttons.some((b) => overlaps(n.box, b))).map((n) => n.id)).toEqual([]);
    // On a map this small the members' names go without their stances (the cards beside say them), and so all
    // five, Belarus's beside Minsk, and Ukraine's under it, find room apart.
    const named = labels.names.filter((n) => ALWAYS_NAMED.includes(n.id));
    for (const a of named) for (const b of named) if (a.id < b.id) expect(overlaps(a.box, b.box), `${a.id} ${b.id}`).toBe(false);
    const ukraine = labels.names.find((n) => n.id === 'UKR')!, belarus = labels.names.find((n) => n.id === 'BLR')!;
    expect(ukraine.box[1]).toBeGreaterThanOrEqual(belarus.box[1]);
    const minsk = labels.capitals.find((c) => c.id === 'BLR')!.box;
    const gap = Math.max(belarus.box[0] - minsk[2], minsk[0] - belarus.box[2], belarus.box[1] - minsk[3], minsk[1] - belarus.box[3], 0);
    expect(gap).toBeLessThanOrEqual(12);
    // Russia's name is on the map, even where its place lies just beyond the top edge.
    const russia = labels.names.find((n) => n.id === 'RUS')!;
    expect(russia.box[1]).toBeGreaterThanOrEqual(0);
  });
  it('in a 640×480 frame the opened map key is read whole, above the zoom buttons', async () => {
    const { frame } = await framed(640, 480);
    await startGame(frame);
    await frame.waitForFunction(() => (window as unknown as Win).__paperAlliance.map.ready);
    await frame.locator('.pa-legend summary').click();
    const hidden = await frame.evaluate(() => [...document.querySelectorAll<HTMLElement>('.pa-legend li')].filter((li) => {
      const box = li.getBoundingClientRect();
      // The right end of each line, where the zoom buttons stand.
      const at = document.elementFromPoint(box.right - 3, box.top + box.height / 2);
      return !at?.closest('.pa-legend');
    }).map((li) => li.textContent));
    expect(hidden).toEqual([]);
  });
  it.each([
    [1280, 800],
    [1024, 768],
    [800, 600],
  ])('at %i×%i keeps names whole, clear of the dots and the United States marker, and the selection under them', async (width, height) => {
    const page = await open(width, height);
    await startGame(page);
    await page.waitForFunction(() => (window as unknown as Win).__paperAlliance.map.ready === true, null, { timeout: 30_000 });
    const size = await page.evaluate(() => {
      const r = document.getElementById('map-host')!.getBoundingClientRect();
      return [r.width, r.height];
    });
    const { names, capitals, usa } = await mapLabels(page);
    const name = (id: string) => names.find((n) => n.id === id)!.box;
    const russia = name('RUS');
    expect(russia[0]).toBeGreaterThanOrEqual(0);
    expect(russia[2]).toBeLessThanOrEqual(size[0]!);
    expect(overlaps(name('ARM'), capitals.find((c) => c.id === 'ARM')!.box)).toBe(false);
    for (const n of names) expect(overlaps(n.box, usa), n.id).toBe(false);
    // The five members' names stand clear of each other.
    const members = ['ARM', 'BLR', 'KAZ', 'KGZ', 'TJK'];
    for (const a of members) for (const b of members) if (a < b) expect(overlaps(name(a), name(b)), `${a} ${b}`).toBe(false);
    // The key has no empty heading.
    await page.locator('.pa-legend summary').click();
    expect(await page.locator('.pa-legend h3').evaluateAll((hs) => hs.filter((h) => !h.textContent?.trim()).length)).toBe(0);
    // A member's selection outline passes under its name and its capital's.
    for (const id of ['ARM', 'BLR', 'KAZ', 'KGZ', 'TJK']) {
      await page.evaluate((m) => (window as unknown as Win).__paperAlliance.getState().select(m), id);
      await page.waitForTimeout(100);
      expect(await outlineInk(page, name(id)), id).toBe(0);
      const capital = (await mapLabels(page)).capitalNames.find((c) => c.id === id);
      if (capital) expect(await outlineInk(page, capital.box), capital.text).toBe(0);
    }
  });

  it('zoomed in on Armenia at 1280×800, its selection outline passes under “Yerevan” too', async () => {
    const page = await open(1280, 800);
    await startGame(page);
    await page.waitForFunction(() => (window as unknown as Win).__paperAlliance.map.ready === true, null, { timeout: 30_000 });
    await page.evaluate(() => (window as unknown as { __paperAlliance: { map: { centerOn(lon: number, lat: number, zoom: number): void } } }).__paperAlliance.map.centerOn(44.5, 40.2, 5));
    await page.evaluate(() => (window as unknown as Win).__paperAlliance.getState().select('ARM'));
    await page.waitForTimeout(300);
    const yerevan = (await mapLabels(page)).capitalNames.find((c) => c.id === 'ARM');
    expect(yerevan?.text).toBe('Yerevan');
    // The outline is there, beside the name it passes under.
    const around: MapBox = [yerevan!.box[0] - 60, yerevan!.box[1] - 60, yerevan!.box[2] + 60, yerevan!.box[3] + 60];
    expect(await outlineInk(page, around)).toBeGreaterThan(0);
    expect(await outlineInk(page, yerevan!.box)).toBe(0);
  });

  it('a crisis’s mark keeps off the names, and the capitals’ names off the mark', async () => {
    const page = await open(1280, 800);
    await startGame(page);
    await page.waitForFunction(() => (window as unknown as Win).__paperAlliance.map.ready === true, null, { timeout: 30_000 });
    let labels = await mapLabels(page);
    for (let turn = 0; turn < 8 && labels.crises.length === 0; turn++) {
      await page.evaluate(() => (window as unknown as Win).__paperAlliance.getState().act({ type: 'endTurn' }));
      await page.waitForTimeout(200);
      labels = await mapLabels(page);
    }
    expect(labels.crises.length).toBeGreaterThan(0);
    for (const mark of labels.crises) {
      for (const n of labels.names) expect(overlaps(mark.box, n.box), `${mark.member}’s mark on ${n.id}`).toBe(false);
      for (const c of labels.capitalNames) expect(overlaps(mark.box, c.box), `${mark.member}’s mark on ${c.text}`).toBe(false);
    }
    for (const c of labels.capitalNames) for (const n of labels.names) expect(overlaps(c.box, n.box), `${c.text} on ${n.id}`).toBe(false);
  });

  it('the rivals’ and the rockets’ paths bow round the names, month after month, at 1280×800 and on a phone', async () => {
    for (const [width, height] of [[1280, 800], [390, 844]] as const) {
      const page = await open(width, height, '&level=may-2022&difficulty=standard&seed=2022');
      await startClassGame(page);
      const inside = (b: MapBox, [x, y]: [number, number]) => x >= b[0] && x <= b[2] && y >= b[1] && y <= b[3];
      let seen = 0;
      for (let turn = 1; turn <= 7; turn++) {
        await act(page, { type: 'endTurn' });
        await expect.poll(() => turnOf(page)).toBe(turn + 1);
        const { names, routes } = await mapLabels(page);
        for (const { member, origin, points } of routes) {
          // Every name that always shows but those of where the path starts and where it lands.
          const others = names.filter((n) => ALWAYS_NAMED.includes(n.id) && n.id !== member && n.id !== origin);
          const crossed = others.filter((n) => points.slice(1, -1).some((p) => inside(n.box, p))).map((n) => n.id);
          expect(crossed, `${width}×${height}, turn ${turn + 1}: the path to ${member}`).toEqual([]);
          seen++;
        }
      }
      // The United States' and Turkey's offers, and the rockets from Afghanistan.
      expect(seen).toBeGreaterThanOrEqual(3);
      await browser?.close();
      browser = null;
    }
  });

  it.each(['en', 'ru'])('in a crowded month of crises (%s) each capital in crisis keeps its name beside its mark', async (lang) => {
    const page = await open(1280, 800, `&lang=${lang}&level=may-2022&difficulty=standard&seed=2022`);
    await startClassGame(page);
    // September: Azerbaijan attacks Armenia, Kyrgyz and Tajik forces clash, unrest in Kazakhstan.
    for (let turn = 1; turn <= 4; turn++) await act(page, { type: 'endTurn' });
    await expect.poll(async () => (await mapLabels(page)).crises.map((c) => c.member).sort()).toEqual(['ARM', 'KAZ', 'KGZ', 'TJK']);
    const labels = await mapLabels(page);
    expect(labels.capitalNames.map((c) => c.id)).toEqual(expect.arrayContaining(['ARM', 'KAZ', 'KGZ', 'TJK']));
    for (const mark of labels.crises) for (const c of labels.capitalNames) expect(overlaps(mark.box, c.box), `${mark.member}’s mark on ${c.text}`).toBe(false);
  });

  it('the guide covers neither Belarus, Ukraine nor Moscow at any step', async () => {
    const page = await open(1280, 800);
    await startGame(page, true);
    await page.waitForFunction(() => (window as unknown as Win).__paperAlliance.map.ready === true, null, { timeout: 30_000 });
    for (let step = 1; step <= 5; step++) {
      await expect.poll(() => page.getByTestId('tutorial').getAttribute('data-step')).toBe(String(step));
      for (const [lon, lat] of [[27.56, 53.9], [30.52, 50.45], [37.62, 55.75]] as const) {
        const covered = await page.evaluate(([x, y]) => {
          const p = (window as unknown as { __paperAlliance: { map: { project(a: number, b: number): { x: number; y: number } | null } } }).__paperAlliance.map.project(x!, y!);
          if (!p) return 'off the map';
          const hit = document.elementFromPoint(p.x, p.y);
          return hit?.closest('#map-host') ? null : (hit?.className ?? 'nothing');
        }, [lon, lat]);
        expect(covered, `step ${step} at ${lon},${lat}`).toBeNull();
      }
      if (step < 5) await page.getByTestId('tutorial').locator('[data-key=tutorial-next]').click();
    }
  });
});

describe('the smaller things', () => {
  it('Sources from the title goes back to the title; a game left at once can be continued; a finished game says so in the top bar', async () => {
    const page = await open(1280, 800);
    await startGame(page);
    await page.locator('[data-key=top-menu]').click();
    await page.locator('[data-key=title-sources]').click();
    expect(await page.locator('.screen-header button').first().textContent()).toBe('← Back');
    await page.locator('.screen-header button').first().click();
    await expect.poll(async () => (await state(page)).screen).toBe('title');
    const resume = page.locator('[data-key=title-continue]');
    expect(await resume.count()).toBe(1);
    await resume.click();
    await expect.poll(async () => (await state(page)).screen).toBe('game');
    expect(await page.getByTestId('turns-left').textContent()).toMatch(/8 turns left/);
    for (let i = 0; i < 8; i++) await act(page, { type: 'endTurn' });
    await expect.poll(async () => (await state(page)).screen).toBe('debrief');
    await page.evaluate(() => (window as unknown as Win).__paperAlliance.getState().show('game'));
    await expect.poll(() => page.getByTestId('turns-left').textContent()).toBe('The game is over');
  });

  it('the rulebook gives each rule’s size from the level', async () => {
    const page = await open(1280, 800);
    await page.locator('[data-key=title-rulebook]').click();
    const pull = await page.evaluate(() => ((window as unknown as Win).__paperAlliance.getState().level as { weights: { orbitPull: number; recognitionRefusal: number } }).weights);
    expect(await page.getByTestId('size-orbit').textContent()).toContain(`${Math.round(pull.orbitPull * 100)}% of the way back`);
    expect(await page.getByTestId('size-recognitionRefused').textContent()).toContain(`−${pull.recognitionRefusal} for the member pressed`);
  });
});

describe('a turn by keys', () => {
  it('takes two orders and End turn in at most 25 presses, on any keyboard layout, with a key help on ?', async () => {
    const page = await open(1280, 800);
    await startGame(page);
    let presses = 0;
    const press = async (key: string) => {
      presses++;
      await page.keyboard.press(key);
    };
    await press('?');
    await expect.poll(() => page.getByTestId('key-help').isVisible()).toBe(true);
    expect(await page.getByTestId('key-help').getAttribute('role')).toBe('dialog');
    await press('Escape');
    await expect.poll(() => page.getByTestId('key-help').count()).toBe(0);
    await press('Digit4');
    await expect.poll(() => page.locator('button[data-member=KGZ]').getAttribute('aria-pressed')).toBe('true');
    // Economic aid for Kyrgyzstan, by the key its button shows.
    const aid = page.locator('[data-testid=member-orders] li.action').filter({ hasText: 'Economic aid' });
    expect(await aid.locator('button').getAttribute('data-key-hint')).toBe('Q');
    expect(await aid.locator('button').getAttribute('aria-keyshortcuts')).toBe('Q');
    await press('KeyQ');
    await expect.poll(async () => (await state(page)).game.actions).toBe(1);
    // Answering the call with a Russian layout: the key is known by its place, not its letter.
    presses++;
    await page.evaluate(() => window.dispatchEvent(new KeyboardEvent('keydown', { key: 'ф', code: 'KeyA', bubbles: true })));
    await expect.poll(async () => (await state(page)).game.actions).toBe(2);
    await press('KeyN');
    await expect.poll(() => turnOf(page)).toBe(2);
    expect(presses).toBeLessThanOrEqual(25);
    const types = await page.evaluate(() => ((window as unknown as Win).__paperAlliance.getState().game as unknown as { actions: { turn: number; action: { type: string } }[] }).actions.map((a) => a.action.type));
    expect(types).toEqual(['economicAid', 'answerCrisisCall', 'endTurn']);
  });
});
