// Helpers for the game's UI tests: play like a person (mouse or keys), run axe-core.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Frame, Page } from 'playwright-core';
import { expect } from 'vitest';

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AppHandle {
  __paperAlliance: { getState(): { screen: string; game: { turn: number; phase: string; actions: unknown[]; log: unknown[]; result: { outcome: string } | null }; settings: { lang: string }; tutorialStep: number | null } };
}

export const state = (page: Page) => page.evaluate(() => (window as unknown as AppHandle).__paperAlliance.getState()).then((s) => JSON.parse(JSON.stringify({ screen: s.screen, game: { turn: s.game.turn, phase: s.game.phase, actions: s.game.actions.length, log: s.game.log.length, result: s.game.result }, lang: s.settings.lang, tutorialStep: s.tutorialStep })) as { screen: string; game: { turn: number; phase: string; actions: number; log: number; result: { outcome: string } | null }; lang: string; tutorialStep: number | null });

/** Serious and critical axe-core violations on the page as it is now. */
export async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated, not added as a <script>: the page's Content Security Policy refuses inline scripts.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE);
  const results = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
    // The map canvas is tested by the map's own suite; its DOM controls are checked here.
    return axe.run({ exclude: [['canvas']] }, { resultTypes: ['violations'] });
  });
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

/** Press Tab until the focused element matches `selector`; fails if it cannot be reached. */
export async function tabTo(page: Page, selector: string, max = 120): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** The focused element shows a visible focus ring: an outline of 2px or more, in a colour unlike the page's. */
export async function focusVisible(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body || !el.matches(':focus-visible')) return false;
    const style = getComputedStyle(el);
    return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 && style.outlineColor !== style.backgroundColor;
  });
}

/** Visible text on the page outside elements marked as another language and outside the map canvas. */
export async function visibleText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const parts: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (!el || !node.textContent?.trim()) continue;
      if (el.closest('[lang]:not(html)') && el.closest('[lang]:not(html)')!.getAttribute('lang') !== document.documentElement.lang) continue;
      if (el.closest('script, style, [hidden], [aria-hidden="true"]')) continue;
      const rect = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      // Screen-reader text counts: it is read aloud.
      if (!el.closest('.sr-only') && (style.visibility === 'hidden' || style.display === 'none' || (rect.width === 0 && rect.height === 0))) continue;
      parts.push(node.textContent.trim());
    }
    // Labels read by screen readers count too; the sound module's own button is its suite's.
    for (const el of document.querySelectorAll<HTMLElement>('[aria-label], [title], [data-tip]')) {
      if (el.closest('[hidden], [aria-hidden="true"], .audio-mute') || getComputedStyle(el).visibility === 'hidden') continue;
      for (const name of ['aria-label', 'title', 'data-tip']) {
        const value = el.getAttribute(name);
        if (value) parts.push(value);
      }
    }
    return parts.join('\n');
  });
}

/** Chromium flags for a host page on an origin of its own framing the game: the page is routed, not served,
 *  so Chromium must be told it may frame the loopback server. */
export const HOST_PAGE_FLAGS = { extraArgs: ['--disable-features=LocalNetworkAccessChecks'] };
export const HOST_PAGE = 'http://localhost:4999/lesson.html';

/** Open an empty teaching site at HOST_PAGE (a real origin: the game's policy lets only network pages frame it). */
export async function openHostPage(page: Page): Promise<void> {
  await page.context().route(HOST_PAGE, (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>A teaching site</title>' }));
  await page.goto(HOST_PAGE);
}

/** Selects a member by its card. Pressing the selected card again closes it, so a selected member is left as it is. */
export async function selectMember(page: Page | Frame, member: string): Promise<void> {
  const card = page.locator(`button[data-member=${member}]`).first();
  if ((await card.getAttribute('aria-pressed')) !== 'true') await card.click();
  await expect.poll(() => card.getAttribute('aria-pressed')).toBe('true');
}

export async function expectNoErrors(errors: string[]): Promise<void> {
  expect(errors.filter((e) => !/favicon/.test(e))).toEqual([]);
}
