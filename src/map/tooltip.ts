// What the tooltip and the screen-reader announcements say about a country.
import { countryName, isMember, roleOf } from './countries';
import type { MapModel } from './model';
import { t } from './strings';

export interface TooltipContent {
  /** Changes whenever the text does, so the DOM is only rebuilt then. */
  key: string;
  nodes: Node[];
  /** The same, as one sentence for the live region. */
  text: string;
}

function line(text: string, className: string): HTMLElement {
  const element = document.createElement('div');
  element.className = className;
  element.textContent = text;
  return element;
}

export function tooltipLines(id: string, model: MapModel, occupied: boolean): string[] {
  const name = countryName(id);
  if (id === 'USA') return [name, t('map.role.usa')];
  if (isMember(id)) {
    const member = model.members[id];
    return [name, t('map.role.member'), t('map.tooltip.stance', { value: t(`stance.${member.stance}`) }), t('map.tooltip.loyalty', { value: Math.round(member.loyalty * 10) / 10 })];
  }
  const role = roleOf(id);
  const lines = [name];
  if (role === 'aspirant' && (id === 'FIN' || id === 'SWE')) lines.push(t('map.role.aspirantApplied'));
  else if (role !== 'other' && role !== 'member') lines.push(t(`map.role.${role}`));
  if (occupied) lines.push(t('map.label.occupiedNote'));
  return lines;
}

export function tooltipFor(id: string, model: MapModel, occupied: boolean): TooltipContent {
  const lines = tooltipLines(id, model, occupied);
  const nodes = typeof document === 'undefined' ? [] : lines.map((text, i) => line(text, i === 0 ? 'pa-tip-name' : 'pa-tip-line'));
  return { key: lines.join('|'), nodes, text: lines.join('. ') };
}
