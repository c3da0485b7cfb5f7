// The app's composition root: the one store, the DOM overlays, the map beside them and the sound.
import { startAudio } from './audio';
import { has, isLang, loadLang, onLangChange, setLang, t } from './i18n';
import { i18n as mapI18n } from './map/i18n-link';
import { fromGameStore } from './map/model';
import type { MapHandle, RendererChoice } from './map/mount';
import { LEVELS } from './state/levels';
import { browserStorage } from './state/storage';
import { createGameStore, type AddressField, type Settings } from './state/store';
import { mountUi } from './ui/app';
import { classGameFrom } from './ui/address';
import { hostOriginsFrom, listenToHost, parentOrigin, postTarget } from './ui/host';
import { projectorFrom } from './ui/projector';
import { reportToHost } from './ui/report';

const params = new URLSearchParams(window.location.search);
const renderer = (['webgl', 'canvas'] as const).find((choice) => choice === params.get('renderer')) ?? 'auto';

// Settings asked for in the address win over remembered ones; a bad value is reported, not half-applied.
const asked: Partial<Settings> = {};
const langParam = params.get('lang');
if (langParam !== null && isLang(langParam)) asked.lang = langParam;
if (params.get('reducedMotion') === '1') asked.reducedMotion = true;
const projector = projectorFrom(params);
if (projector.ok && projector.projector !== null) asked.projector = projector.projector;

// A class game: the same level, difficulty and events for everyone who opens the link.
const classGame = classGameFrom(params, LEVELS);

const storage = browserStorage();
const store = createGameStore({ storage, settings: asked, stamp: new Date().toISOString(), classGame: classGame.ok ? classGame.game : null });
const badAddress = (field: AddressField, value: string) => store.getState().notify({ kind: 'bad-url', field, value });
if (langParam !== null && !isLang(langParam)) badAddress('lang', langParam);
if (!classGame.ok) badAddress(classGame.field, classGame.value);
if (!projector.ok) badAddress(projector.field, projector.value);
// The embedding page, and the origins it may speak from: `?host=` or the build's list.
const hostOrigins = hostOriginsFrom(params, import.meta.env.VITE_HOST_ORIGINS as string | undefined);
if (!hostOrigins.ok) badAddress(hostOrigins.field, hostOrigins.value);
const host = window.parent !== window ? window.parent : null;
// A host named wrongly is heard from nowhere, and told nothing.
const hostLink = { parent: host, origins: hostOrigins.ok ? hostOrigins.origins : [] };

// The map's words come from the game's translation files.
Object.assign(mapI18n, { has, t, onLangChange: (listener: () => void) => onLangChange(() => listener()) });

// The table of the language in use, before anything is drawn: the page opens in it, and the other language
// is fetched only when the player switches to it. English stands in if it cannot be fetched.
const lang = store.getState().settings.lang;
loadLang(lang)
  .then(() => setLang(lang), () => loadLang('en').then(() => setLang('en')))
  .catch((error: unknown) => console.warn('translations', error))
  .finally(start);

// The host is heard from the start: settings it sends while the table loads are in the store when the UI mounts.
listenToHost(store, hostLink);
reportToHost(store, host, postTarget(hostLink.origins, parentOrigin(window)));

let mapHandle: MapHandle | null = null;

function start(): void {
  const root = document.getElementById('app') as HTMLElement;
  const ui = mountUi(root, store, { levels: LEVELS, persistent: storage.persistent });
  // The title screen is built, listening, laid out and painted (the task after its first frame):
  // what `npm run bench:browser` times against a bare Phaser page.
  requestAnimationFrame(() => setTimeout(() => performance.mark('paper-alliance:title-usable'), 0));
  // The map follows the menus; its page layer and Phaser load side by side.
  Promise.all([import('./map/stage'), import('./map/mount')])
    .then(([{ prepareMap }, { mountMap }]) => {
      mapHandle = mountMap(prepareMap(ui.mapHost, fromGameStore(store), { announce: ui.announce }), { renderer: renderer as RendererChoice }).handle;
    })
    .catch((error: unknown) => {
      // The game is whole without the map: say so where the map would be.
      ui.mapHost.replaceChildren(Object.assign(document.createElement('p'), { className: 'map-failed', textContent: t('game.mapFailed') }));
      console.warn('map', error);
    });
  startAudio({ store });
}

// Offline after one visit: the build's service worker precaches the game once the page has loaded.
// (No serviceWorker outside a secure context.)
if (import.meta.env.MODE === 'production' && typeof navigator.serviceWorker !== 'undefined') {
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('./sw.js', { scope: './' }).catch((error: unknown) => console.warn('offline play unavailable', error));
  }, { once: true });
}

/** The map's handle for tests and host pages: "not ready" until the map has loaded, then the map's own. */
const lazyMap = new Proxy({} as MapHandle, {
  get(_target, key) {
    if (!mapHandle) return key === 'ready' ? false : key === 'frames' ? () => 0 : undefined;
    const value: unknown = Reflect.get(mapHandle, key);
    return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(mapHandle) : value;
  },
});

// The store's handle is for development and the test build only: in a player's build it would hand out every resource.
const debugHandle = import.meta.env.DEV || import.meta.env.VITE_DEBUG_HANDLE === '1';
if (debugHandle && params.get('debug') === '1') {
  const w = window as unknown as { __paperAlliance?: Record<string, unknown> };
  w.__paperAlliance = Object.assign(w.__paperAlliance ?? {}, { getState: () => store.getState(), store, map: lazyMap });
}
