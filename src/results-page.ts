// results.html: the class results as a page of its own, for a teacher who only collects codes.
// Codes come from the box, a dropped file or the address's hash, which the browser never sends.
import { codesFromHash } from './class/code-list';
import { currentLang, isLang, LANGS, loadLang, setLang, t, type Lang } from './i18n';
import { LEVELS } from './state/levels';
import { SETTINGS_KEY } from './state/store';
import { h, show } from './ui/dom';
import { stanceCss } from './ui/palette';
import { newResultsSession, resultsBody } from './ui/results';
import './ui/styles.css';

const root = document.getElementById('results-page') as HTMLElement;
const style = new CSSStyleSheet();
style.replaceSync(stanceCss());
document.adoptedStyleSheets = [...document.adoptedStyleSheets, style];

/** The address's language, else the one the game remembers, else English. */
function firstLang(): Lang {
  const asked = new URLSearchParams(window.location.search).get('lang');
  if (isLang(asked)) return asked;
  try {
    const saved: unknown = JSON.parse(window.localStorage.getItem(SETTINGS_KEY) ?? '{}');
    const lang = typeof saved === 'object' && saved !== null ? (saved as { lang?: unknown }).lang : undefined;
    if (isLang(lang)) return lang;
  } catch {
    // No storage here, or nothing readable in it: English.
  }
  return 'en';
}

const session = newResultsSession(codesFromHash(window.location.hash).join('\n'));

async function chooseLang(lang: Lang): Promise<void> {
  // Each language's table is fetched the first time it is chosen.
  await loadLang(lang);
  setLang(lang);
  const url = new URL(window.location.href);
  url.searchParams.set('lang', lang);
  window.history.replaceState(null, '', url);
  render();
  document.querySelector<HTMLElement>(`[data-lang="${lang}"]`)?.focus();
}

function render(): void {
  document.documentElement.lang = currentLang();
  document.title = t('results.pageTitle');
  const switcher = h('div', { class: 'lang-switch no-print', role: 'group', 'aria-label': t('results.language') },
    LANGS.map((lang) => h('button', { type: 'button', class: 'btn small', lang, 'data-lang': lang, 'aria-pressed': String(lang === currentLang()), on: { click: () => void chooseLang(lang) } }, t(`lang.${lang}`))));
  const header = h('header', { class: 'screen-header results-header' },
    h('h1', null, t('results.heading')),
    h('nav', { class: 'results-nav no-print', 'aria-label': t('title.menu') }, h('a', { class: 'btn ghost', href: `./?lang=${currentLang()}` }, t('results.toGame')), switcher));
  show(root, [header, h('main', { class: 'screen-body results-body' }, resultsBody(session, LEVELS))]);
}

window.addEventListener('hashchange', () => {
  const codes = codesFromHash(window.location.hash);
  if (codes.length === 0) return;
  session.text = codes.join('\n');
  render();
});

// Registered before the table is awaited, so the page's load event is not missed.
if (import.meta.env.MODE === 'production' && typeof navigator.serviceWorker !== 'undefined') {
  // The game's worker keeps this page too: after one visit it opens with no network.
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('./sw.js', { scope: './' }).catch((error: unknown) => console.warn('offline use unavailable', error));
  }, { once: true });
}

const lang = firstLang();
await loadLang(lang);
setLang(lang);
render();
// The results are built, laid out and painted (the task after their first frame): what `npm run bench:results` times.
requestAnimationFrame(() => setTimeout(() => performance.mark('paper-alliance:results-shown'), 0));
