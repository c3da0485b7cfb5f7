// The projector setting: larger type and stronger contrast, so the back row of a classroom can
// read the game on the wall. `?projector=1` turns it on from the address, `?projector=0` off.
import { byId } from '../engine';

const VALUES: Readonly<Record<string, boolean>> = { '1': true, '0': false };

export type ProjectorResult = { ok: true; projector: boolean | null } | { ok: false; field: 'projector'; value: string };

/** The address's `projector`: null when it names none; anything but 1 or 0 is refused. */
export function projectorFrom(params: URLSearchParams): ProjectorResult {
  const text = params.get('projector');
  if (text === null) return { ok: true, projector: null };
  const value = byId(VALUES, text);
  return value === undefined ? { ok: false, field: 'projector', value: text } : { ok: true, projector: value };
}

/** The root text scale a projected 1280×800 screen gets; a larger screen gets more, in proportion. */
export const PROJECTOR_SCALE = 1.25;
const BASE = { width: 1280, height: 800 };
const MAX_SCALE = 2;

/**
 * The root text scale: the player's own, or with the projector on at least what keeps a letter the
 * same share of the projected picture as at 1280×800. A picture on the wall has the same size
 * whatever the resolution, so 1920×1080 needs larger type in pixels; scaling with the window also
 * keeps the game's panels side by side, since the width in letters stays the same.
 */
export function rootScale(textScale: number, projector: boolean, width: number, height: number): number {
  if (!projector) return textScale;
  const fit = PROJECTOR_SCALE * Math.min(width / BASE.width, height / BASE.height);
  return Math.max(textScale, Math.min(MAX_SCALE, Math.max(1, fit)));
}
