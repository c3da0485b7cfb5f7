// The lint rules that keep src/engine pure really fire on engine files (and only there).
import { ESLint } from 'eslint';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: join(__dirname, '../..') });

async function problems(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.map((m) => m.message);
}

describe('engine purity lint', { timeout: 60_000 }, () => {
  it.each([
    ['Math.random', 'export const roll = () => Math.random();'],
    ['Date.now', 'export const now = () => Date.now();'],
    ['new Date', 'export const now = () => new Date();'],
    ['timers', 'export const later = (f: () => void) => setTimeout(f, 10);'],
    ['the DOM', 'export const title = () => document.title;'],
    ['window', 'export const width = () => window.innerWidth;'],
    ['storage', "export const saved = () => localStorage.getItem('x');"],
    ['performance', 'export const t = () => performance.now();'],
    ['Phaser', "import Phaser from 'phaser';\nexport const v = Phaser.VERSION;"],
    ['zustand', "import { createStore } from 'zustand/vanilla';\nexport const s = createStore;"],
    ['howler', "import { Howl } from 'howler';\nexport const h = Howl;"],
    ['Map in state', 'export const m = new Map<string, number>();'],
    ['the store', "import { createGameStore } from '../state/store';\nexport const s = createGameStore;"],
  ])('rejects %s in src/engine', async (_, code) => {
    expect((await problems(code, 'src/engine/probe.ts')).length).toBeGreaterThan(0);
  });
  it('accepts the same code outside the engine', async () => {
    expect(await problems('export const roll = () => Math.random();', 'src/ui/probe.ts')).toEqual([]);
  });
  it('accepts plain engine code', async () => {
    expect(await problems('export const double = (n: number): number => n * 2;', 'src/engine/probe.ts')).toEqual([]);
  });
});

describe('the engine\'s public face', { timeout: 60_000 }, () => {
  it.each([
    ['src/ui/probe.ts', "import { RULES } from '../engine/rules';\nexport const r = RULES;"],
    ['src/map/probe.ts', "import type { MemberId } from '../engine/vocabulary';\nexport const m: MemberId = 'ARM';"],
    ['src/map/scenes/probe.ts', "import { act } from '../../engine/game';\nexport const a = act;"],
    ['src/audio/probe.ts', "export { soundsFor } from '../engine/turn';"],
    ['src/state/probe.ts', "import { replay } from '../engine/game.ts';\nexport const r = replay;"],
  ])('%s may not reach past it', async (filePath, code) => {
    expect(await problems(code, filePath)).toEqual([expect.stringMatching(/public face/)]);
  });
  it.each([
    ['src/ui/probe.ts', "import { RULES } from '../engine';\nexport const r = RULES;"],
    ['src/map/scenes/probe.ts', "import { act } from '../../engine/index';\nexport const a = act;"],
  ])('%s may import it', async (filePath, code) => {
    expect(await problems(code, filePath)).toEqual([]);
  });
  it('the engine imports its own files', async () => {
    expect(await problems("import { RULES } from './rules';\nexport const r = RULES;", 'src/engine/probe.ts')).toEqual([]);
  });
});
