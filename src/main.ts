// The app's composition root: the one store, the DOM overlays, the map beside them and the sound.
import { startAudio } from './audio';
import { has, isLang, onLangChange, t } from './i18n';
import { i18n as mapI18n } from './map/i18n-link';
import { fromGameStore } from './map/model';
import { mountMap, type RendererChoice } from './map/mount';
import { LEVELS } from './state/levels';
import { browserStorage } from './state/storage';
import { createGameStore, type Settings } from './state/store';
import { mountUi } from './ui/app';
import { listenToHost } from './ui/host';

const params = new URLSearchParams(window.location.search);
const renderer = (['webgl', 'canvas'] as const).find((choice) => choice === params.get('renderer')) ?? 'auto';

// Settings asked for in the address win over remembered ones; a bad value is reported, not half-applied.
const asked: Partial<Settings> = {};
const langParam = params.get('lang');
if (langParam !== null && isLang(langParam)) asked.lang = langParam;
if (params.get('reducedMotion') === '1') asked.reducedMotion = true;

const storage = browserStorage();
const store = createGameStore({ storage, settings: asked, stamp: new Date().toISOString() });
if (langParam !== null && !isLang(langParam)) store.getState().notify('bad-url', langParam.slice(0, 40));

// The map's words come from the game's translation files.
Object.assign(mapI18n, { has, t, onLangChange: (listener: () => void) => onLangChange(() => listener()) });

const root = document.getElementById('app') as HTMLElement;
const ui = mountUi(root, store, { levels: LEVELS, persistent: storage.persistent });
const map = mountMap(ui.mapHost, fromGameStore(store), { renderer: renderer as RendererChoice });
startAudio({ store });
listenToHost(store);

if (params.get('debug') === '1') {
  const w = window as unknown as { __paperAlliance?: Record<string, unknown> };
  w.__paperAlliance = Object.assign(w.__paperAlliance ?? {}, { getState: () => store.getState(), store, map: map.handle });
}
