// The map alone, full-window, on the game's store: what `npm run bench:browser --page map`
// measures and what the map's browser tests use to check it fills any container.
import { fromGameStore } from '../map/model';
import { mountMap, type RendererChoice } from '../map/mount';
import { prepareMap } from '../map/stage';
import { memoryStorage } from '../state/storage';
import { createGameStore } from '../state/store';

const params = new URLSearchParams(window.location.search);
const renderer: RendererChoice = params.get('renderer') === 'canvas' ? 'canvas' : params.get('renderer') === 'webgl' ? 'webgl' : 'auto';
const store = createGameStore({ storage: memoryStorage(), seed: 1 });
if (params.get('reducedMotion') === '1') store.getState().setSettings({ reducedMotion: true });
const stage = prepareMap(document.getElementById('app') as HTMLElement, fromGameStore(store));
const map = mountMap(stage, { renderer });
Object.assign(window, { __paperAlliance: { getState: () => store.getState(), store, map: map.handle } });
