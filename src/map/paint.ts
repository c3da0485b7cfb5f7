// One painting of the static map: what it shows, and the drawing itself. The same code
// paints in the painting worker and, where there is no worker, on the page.
import type { MemberId } from '../engine';
import { MEMBER_IDS } from './countries';
import { i18n } from './i18n-link';
import type { MapData } from './mapdata';
import { drawBase, type BaseInput } from './render';
import { STRING_KEYS, t } from './strings';
import type { Context2D } from './style';
import type { View } from './view';
import { byId, hasId } from '../engine';

/** The words the static map draws, in the game's language, by translation key. */
export type Words = Readonly<Record<string, string>>;

export interface PaintJob {
  /** Device pixels. */
  width: number;
  height: number;
  /** Device pixels per CSS pixel. */
  ratio: number;
  view: View;
  input: BaseInput;
  words: Words;
}

/** The words a painting needs, looked up now on the page (a worker has no translations of its own). */
export function mapWords(): Words {
  const words: Record<string, string> = {};
  for (const key of STRING_KEYS) {
    const text = t(key);
    // Words with blanks to fill ({name}) are never painted.
    if (!text.includes('{')) words[key] = text;
  }
  for (const id of MEMBER_IDS as readonly MemberId[]) {
    const key = `member.nom.${id}`;
    if (i18n.has(key)) words[key] = i18n.t(key);
  }
  return words;
}

/** In the painting worker: the map's words come from the page's table. */
export function useWords(words: Words): void {
  i18n.has = (key) => hasId(words, key);
  i18n.t = (key) => byId(words, key) ?? key;
}

export function paint(canvas: HTMLCanvasElement | OffscreenCanvas, data: MapData, job: PaintJob): void {
  if (canvas.width !== job.width) canvas.width = job.width;
  if (canvas.height !== job.height) canvas.height = job.height;
  const ctx = canvas.getContext('2d', { alpha: false }) as Context2D;
  drawBase({ ctx, width: job.width, height: job.height, ratio: job.ratio, view: job.view }, data, job.input);
}
