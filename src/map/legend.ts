// The map key: each stance's colour and pattern with its word, and the other fills.
import { STANCES } from '../engine';
import { t, type StringKey } from './strings';
import { LAND, patternTile, STANCE_FILL, type PatternName } from './style';

function swatch(fill: string, pattern: PatternName | null, ratio: number): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(22 * ratio);
  canvas.height = Math.round(14 * ratio);
  const ctx = canvas.getContext('2d') as CanvasRenderingContext2D;
  ctx.fillStyle = fill;
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  if (pattern) {
    const tile = ctx.createPattern(patternTile(pattern, ratio), 'repeat');
    if (tile) {
      ctx.fillStyle = tile;
      ctx.fillRect(0, 0, canvas.width, canvas.height);
    }
  }
  canvas.setAttribute('aria-hidden', 'true');
  return canvas;
}

function item(fill: string, pattern: PatternName | null, label: string, ratio: number): HTMLLIElement {
  const li = document.createElement('li');
  const text = document.createElement('span');
  text.textContent = label;
  li.append(swatch(fill, pattern, ratio), text);
  return li;
}

export function buildLegend(ratio: number, open: boolean): HTMLDetailsElement {
  const details = document.createElement('details');
  details.className = 'pa-legend';
  details.open = open;
  const summary = document.createElement('summary');
  summary.textContent = t('map.legend.title');
  const stances = document.createElement('ul');
  for (const stance of STANCES) stances.append(item(STANCE_FILL[stance], stance, t(`stanceShort.${stance}` as StringKey), ratio));
  const heading = document.createElement('h3');
  heading.textContent = t('map.legend.stances');
  const others = document.createElement('ul');
  others.append(
    item(LAND.russia, null, t('map.legend.russia'), ratio),
    item(LAND.nato, null, t('map.legend.nato'), ratio),
    item(LAND.aspirant, 'aspirant', t('map.legend.aspirant'), ratio),
    item(LAND.turkey, null, t('map.legend.rival'), ratio),
    item(LAND.aspirant, 'occupied', t('map.legend.occupied'), ratio),
  );
  // The other fills need no heading of their own: each says what it is; a gap sets them apart.
  others.className = 'pa-legend-others';
  details.append(summary, heading, stances, others);
  return details;
}
