// Which arrangement of the game's panels fits a window.
export type Layout = 'wide' | 'compact' | 'embed' | 'stacked';

/**
 * The layout for a window of this size, in ems of the player's text size: side by side when
 * the text fits; an embed's compact panels, the news a drawer over the map, when the window is
 * small but not a phone (a teaching site's 640×480 or 800×600 frame); one scrolling column on
 * phones and with very large text.
 */
export function layoutFor(width: number, height: number, textScale: number): Layout {
  const em = 16 * textScale;
  const w = width / em, tall = height / em;
  if (w < 36 || tall < 26) return 'stacked';
  if (w < 60 || tall < 34) return 'embed';
  return w < 76 ? 'compact' : 'wide';
}
