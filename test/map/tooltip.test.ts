import { describe, expect, it } from 'vitest';
import { has, onLangChange, t } from '../../src/i18n';
import { i18n } from '../../src/map/i18n-link';
import type { MapModel } from '../../src/map/model';
import { tooltipLines } from '../../src/map/tooltip';

const model = (loyalty: number): MapModel => ({
  members: { ARM: { stance: 'neutral', loyalty: 0 }, BLR: { stance: 'leans', loyalty: 38 }, KAZ: { stance: 'neutral', loyalty }, KGZ: { stance: 'neutral', loyalty: 5 }, TJK: { stance: 'neutral', loyalty: 5 } },
  selected: null,
  reducedMotion: false,
  turn: 1,
  events: [],
  stanceChanges: [],
  month: '2022-05',
});

// The map's words are the game's translations, linked as the page links them.
Object.assign(i18n, { has, t, onLangChange: (listener: () => void) => onLangChange(() => listener()) });

describe('the map’s tooltip', () => {
  it.each([
    [8.24, 'Loyalty 8.2'],
    [8.25, 'Loyalty 8.3'],
    [-12.04, 'Loyalty -12'],
    [5, 'Loyalty 5'],
  ])('shows loyalty %f to one decimal, as the member card does: %s', (loyalty, line) => {
    expect(tooltipLines('KAZ', model(loyalty), false)).toContain(line);
  });
});
