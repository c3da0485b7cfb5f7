// The DOM beside the map: the game's panels, the screens over it, notices, the guide
// and the screen-reader narration. Each region re-renders only when what it shows changes.
import { currentLang, isLoaded, loadLang, num, setLang, t, type Lang } from '../i18n';
import { sameNotice, type AppState, type GameStore, type Screen } from '../state/store';
import { createAnnouncer, monthMessage } from './announce';
import { h, show, type Child } from './dom';
import { branchBanner, membersPanel, newsPanel, ordersPanel, topBar, wantedPreviews, type NewsView, type UiLocal } from './game';
import { fillPreviews } from './previews';
import { debriefScreen, whatIfScreen } from './debrief';
import { classBriefScreen, classSetupScreen, resultCodeScreen } from './class-screens';
import { installGameKeys } from './keys';
import { layoutFor, type Layout } from './layout';
import { howtoScreen, levelsScreen, rulebookScreen, settingsScreen, sourcesScreen, titleScreen, type Nav } from './screens';
import { teacherPackScreen } from './teacher-pack';
import { rootScale } from './projector';
import { installTooltips } from './tooltip';
import { newResultsSession, resultsScreen } from './results';
import { tutorialBox, tutorialTarget } from './tutorial';
import { isAlert, noticeText } from './notice-text';
import { actionLabel, memberName, stanceWord } from './text';
import { stanceCss } from './palette';
import type { Level } from '../engine';
import './styles.css';
import './projector.css';
import './teacher-pack.css';

export interface UiOptions {
  levels: Record<string, Level>;
  /** Whether saves reach the browser's storage. */
  persistent: boolean;
}

export interface MountedUi {
  /** Where the map goes. */
  mapHost: HTMLElement;
  /** The game's one voice for screen readers; the map speaks through it too. */
  announce(text: string): void;
  destroy(): void;
}

type Deps = (state: AppState) => readonly unknown[];

export function mountUi(root: HTMLElement, store: GameStore, options: UiOptions): MountedUi {
  // A constructed stylesheet: a strict Content Security Policy refuses an inline <style>.
  const style = new CSSStyleSheet();
  style.replaceSync(stanceCss());
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, style];

  const local: UiLocal = { tab: 'orders' };
  // The codes pasted on the class results screen stay while the player looks elsewhere.
  const results = newResultsSession();
  /** Whether the news drawer is open, where the news is a drawer (the embed layout). */
  let newsOpen = false;
  let layout: Layout = 'wide';
  // The page's frame is plain DOM, made once; preact draws inside each region.
  const skip = element('a', { class: 'skip-link', href: '#orders' });
  skip.addEventListener('click', (e) => {
    e.preventDefault();
    document.getElementById('orders')?.focus();
  });
  const topbar = element('header', { class: 'topbar', id: 'topbar' });
  const tutorial = element('div', { class: 'tutorial-region' });
  const members = element('aside', { class: 'panel left', id: 'members-region', 'aria-labelledby': 'members-title' });
  const banner = element('div', { class: 'banner-region' });
  const mapHost = element('div', { class: 'map-host', id: 'map-host', role: 'region', 'aria-label': t('a11y.map') });
  const news = element('section', { class: 'news', id: 'news-region', 'aria-label': t('game.news', { month: '' }) });
  const orders = element('aside', { class: 'panel right', id: 'orders-region', 'aria-label': t('game.orders') });
  const center = element('main', { class: 'center', id: 'game-main' }, banner, mapHost, news);
  // The guide sits in the page's flow after the top bar: on a phone it scrolls with the page and covers nothing.
  const gameLayout = element('div', { class: 'game-layout', id: 'game-layout' }, topbar, tutorial, members, center, orders);
  const screen = element('div', { class: 'screen-layer', id: 'screen-layer' });
  const notices = element('div', { class: 'notices', id: 'notices' });
  const announcer = createAnnouncer();
  root.append(skip, gameLayout, screen, notices, announcer.element);
  const untip = installTooltips(root);
  const say = (text: string) => announcer.say(text);
  const unkeys = installGameKeys({ store, say, layer: root });

  let previousScreen: Screen = 'title';
  let shownScreen: Screen | null = null;
  /** The screen before this one, kept before anything is drawn: a screen's Back button names where it leads. */
  function track(s: AppState): boolean {
    if (shownScreen === s.screen) return false;
    if (shownScreen !== null) previousScreen = shownScreen;
    shownScreen = s.screen;
    return true;
  }
  const nav: Nav & { toLog(): void } = {
    back() {
      const s = store.getState();
      const target = previousScreen === s.screen || previousScreen === 'debrief' && !s.game.result ? 'title' : previousScreen;
      s.show(s.screen === 'title' ? 'title' : target);
    },
    backLabel() {
      const s = store.getState();
      if (previousScreen === 'game') return t('nav.backToGame');
      return previousScreen === 'debrief' && s.game.result ? t('debrief.heading') : t('nav.back');
    },
    toLog() {
      local.tab = 'log';
      store.getState().show('game');
      renderAll(true);
    },
  };
  const setTab = (tab: UiLocal['tab']) => {
    local.tab = tab;
    renderAll(true);
    document.querySelector<HTMLElement>(`#tab-${tab}`)?.focus();
  };
  const smooth = (): ScrollBehavior => (store.getState().settings.reducedMotion ? 'auto' : 'smooth');
  const newsView: NewsView = {
    get open() {
      return newsOpen;
    },
    toggle() {
      newsOpen = !newsOpen;
      renderAll(true);
      news.querySelector<HTMLElement>('.news-toggle')?.focus({ preventScroll: true });
    },
    toRequests() {
      local.tab = 'orders';
      if (layout === 'embed') newsOpen = false;
      renderAll(true);
      const heading = orders.querySelector<HTMLElement>('#requests-title');
      heading?.focus({ preventScroll: true });
      heading?.scrollIntoView({ block: 'start', behavior: smooth() });
    },
    smooth,
  };

  const regions: { el: HTMLElement; deps: Deps; render: (s: AppState) => Child; last: readonly unknown[] | null; later: boolean }[] = [];
  /** A region drawn `later` is drawn in a task of its own, so a turn's redraw never blocks the page for long. */
  const region = (el: HTMLElement, deps: Deps, render: (s: AppState) => Child, later = false) => regions.push({ el, deps, render, last: null, later });
  // The language on screen: the one asked for once its table has arrived.
  const lang = (_s: AppState) => currentLang();

  region(topbar, (s) => [lang(s), s.game, s.level, s.classGame], (s) => topBar(s, store, options.levels));
  region(members, (s) => [lang(s), s.game, s.selected, s.level], (s) => membersPanel(s, store));
  region(banner, (s) => [lang(s), s.branch, s.level], (s) => branchBanner(s, store));
  region(news, (s) => [lang(s), s.game.news, s.game.log, s.game.requests, s.level, newsOpen], (s) => newsPanel(s, store, newsView), true);
  region(orders, (s) => [lang(s), s.game, s.selected, s.past.length, local.tab], (s) => ordersPanel(s, store, local, setTab), true);
  region(tutorial, (s) => [lang(s), s.tutorialStep, s.screen], (s) => tutorialBox(s, store));
  region(notices, (s) => [lang(s), s.notices], (s) => noticeList(s, store));
  region(
    screen,
    (s) => [lang(s), s.screen, s.screen === 'game' ? null : s.game, s.settings, s.branch, s.level, s.keptSaves, s.saveHeld, s.classGame, s.playerName],
    (s) => screenFor(s),
  );

  function screenFor(s: AppState): Child {
    switch (s.screen) {
      case 'game':
        return null;
      case 'title':
        return titleScreen(s, store, options.levels);
      case 'levels':
        return levelsScreen(s, store, options.levels, nav);
      case 'settings':
        return settingsScreen(s, store, options.persistent, nav);
      case 'howto':
        return howtoScreen(s, nav);
      case 'rulebook':
        return rulebookScreen(s, nav);
      case 'sources':
        return sourcesScreen(s, nav);
      case 'debrief':
        return debriefScreen(s, store, nav, options.levels);
      case 'whatif':
        return whatIfScreen(s, store, nav);
      case 'class':
        return classBriefScreen(s, store, options.levels, nav);
      case 'classSetup':
        return classSetupScreen(options.levels, nav);
      case 'resultCode':
        return resultCodeScreen(s, store);
      case 'results':
        return resultsScreen(results, options.levels, nav);
      case 'pack':
        return teacherPackScreen(s, store, nav);
    }
  }

  function applySettings(s: AppState): void {
    const html = document.documentElement;
    html.lang = currentLang();
    html.classList.toggle('reduced-motion', s.settings.reducedMotion);
    html.classList.toggle('projector', s.settings.projector);
    document.title = t('app.title');
    skip.textContent = t('app.skip');
    mapHost.setAttribute('aria-label', t('a11y.map'));
    news.setAttribute('aria-label', t('game.newsList'));
    orders.setAttribute('aria-label', t('game.orders'));
    layoutMode(s);
  }

  function layoutMode(s: AppState): void {
    // The projector's type follows the window's size, so it is set again when the window changes.
    const scale = rootScale(s.settings.textScale, s.settings.projector, window.innerWidth, window.innerHeight);
    document.documentElement.style.fontSize = `${scale * 100}%`;
    const next = layoutFor(window.innerWidth, window.innerHeight, scale);
    if (next === layout && root.dataset.layout === next) return;
    if (next === 'embed') newsOpen = false;
    layout = next;
    root.classList.toggle('stacked', next === 'stacked');
    root.classList.toggle('embed', next === 'embed');
    root.classList.toggle('compact', next === 'compact');
    root.dataset.layout = next;
  }

  let applied: unknown = null;
  let laterTimer: ReturnType<typeof setTimeout> | null = null;
  function draw(which: 'now' | 'later' | 'all', force: boolean): void {
    const s = store.getState();
    const updates: { region: HTMLElement; content: Child }[] = [];
    for (const r of regions) {
      if (which !== 'all' && r.later !== (which === 'later')) continue;
      const deps = r.deps(s);
      if (!force && r.last && deps.length === r.last.length && deps.every((d, i) => d === r.last![i])) continue;
      r.last = deps;
      updates.push({ region: r.el, content: r.render(s) });
    }
    for (const u of updates) show(u.region, u.content);
    if (updates.some((u) => u.region === orders)) fillPreviews(store, wantedPreviews(s), redrawOrders);
    news.classList.toggle('open', newsOpen);
    if (which !== 'now' && monthTurned) {
      monthTurned = false;
      showMonth();
    }
  }
  /** An expected effect has been worked out: the orders panel shows it. */
  function redrawOrders(): void {
    const r = regions.find((x) => x.el === orders)!;
    const s = store.getState();
    r.last = r.deps(s);
    show(orders, r.render(s));
  }
  function renderAll(force = false): void {
    const s = store.getState();
    // Settings touch the root's style: only when they change, so a turn's render lays out once.
    if (force || applied !== s.settings) {
      applied = s.settings;
      applySettings(s);
    }
    if (force || s.screen !== 'game') {
      draw('all', force);
    } else {
      draw('now', false);
      laterTimer ??= setTimeout(() => {
        laterTimer = null;
        draw('later', false);
      }, 0);
    }
    const overlay = s.screen !== 'game';
    gameLayout.classList.toggle('behind', overlay);
    gameLayout.toggleAttribute('inert', overlay);
    screen.hidden = !overlay;
    // The skip link leads to the orders, which a screen over the game hides.
    skip.hidden = overlay;
    root.dataset.screen = s.screen;
    const step = s.tutorialStep;
    root.dataset.tutorial = step === null ? '' : tutorialTarget(step);
  }

  // A month has begun: its report, news and requests come into view, whatever the layout.
  let monthTurned = false;
  function showMonth(): void {
    orders.querySelector<HTMLElement>('.tabpanel')?.scrollTo({ top: 0 });
    news.querySelector<HTMLElement>('.news-list')?.scrollTo({ top: 0, left: 0 });
    if (layout !== 'stacked') return;
    const focusInOrders = orders.contains(document.activeElement);
    news.scrollIntoView({ block: 'start', behavior: smooth() });
    // Focus left behind at End turn, far below, would pull the page back down at the next Tab.
    if (focusInOrders) news.querySelector<HTMLElement>('#report-title')?.focus({ preventScroll: true });
  }

  // On a small phone the guide sits below a tall top bar: its buttons are brought into view, the page moved no more than that.
  function guideInView(): void {
    if (layout === 'stacked') tutorial.querySelector<HTMLElement>('.tutorial-actions')?.scrollIntoView({ block: 'nearest' });
  }

  // Focus follows the screen: a new screen's heading, or the game's first member.
  function focusScreen(s: AppState, changed: boolean, first: boolean): void {
    if (!changed || (first && s.screen === 'title')) return;
    // One scrolling page: a screen opens at its top, not where the last one was left.
    if (layout === 'stacked') window.scrollTo({ top: 0 });
    requestAnimationFrame(() => {
      if (s.screen === 'game') {
        const target = s.tutorialStep !== null ? tutorial.querySelector<HTMLElement>('button') : members.querySelector<HTMLElement>('button.member-card');
        target?.focus({ preventScroll: layout === 'stacked' });
        guideInView();
      } else {
        screen.querySelector<HTMLElement>('h1')?.focus();
      }
    });
  }

  // Narration for screen readers: orders, take-backs, selections and each month's decisions, as the engine reported them.
  function narrate(next: AppState, prev: AppState): void {
    if (next.selected !== prev.selected && next.selected && next.game === prev.game) {
      // A pressed card says so itself; a key or the map does not.
      const card = members.querySelector(`button[data-member="${next.selected}"]`);
      if (document.activeElement !== card) {
        const m = next.game.members[next.selected];
        say(t('play.announce.selected', { name: memberName(next.selected), stance: stanceWord(m.stance), loyalty: num(m.loyalty) }));
      }
      return;
    }
    if (next.game === prev.game) return;
    const a = next.game;
    const b = prev.game;
    if (a.seed !== b.seed || a.level !== b.level) return;
    // Going back is the store's doing, not a step of the game: name the order taken back.
    if (a.actions.length < b.actions.length) {
      const at = b.actions.findIndex((entry, i) => JSON.stringify(a.actions[i]) !== JSON.stringify(entry));
      const gone = a.actions.length === b.actions.length - 1 ? b.actions[at] : undefined;
      say(gone ? t('play.announce.takenBack', { order: actionLabel(b, gone.action, true) }) : t('a11y.undone'));
      return;
    }
    if (next.lastStep === prev.lastStep) return;
    const order = next.lastStep.find((e) => e.type === 'orderGiven');
    if (order) {
      say(t('a11y.ordered', { order: actionLabel(a, order.action, true) }));
      return;
    }
    if (next.lastStep.some((e) => e.type === 'monthBegins' || e.type === 'gameOver')) say(monthMessage(next.level, a, next.lastStep));
  }

  // A notice that is not an alert is read out once, by the announcer.
  function sayNotices(next: AppState, prev: AppState): void {
    if (next.notices === prev.notices) return;
    for (const n of next.notices) {
      if (isAlert(n) || prev.notices.some((p) => sameNotice(p, n))) continue;
      say(noticeText(n));
    }
  }

  /** Another language: its table is fetched if need be, then everything is drawn again in it. */
  function follow(wanted: Lang): void {
    const apply = () => {
      if (store.getState().settings.lang !== wanted || currentLang() === wanted) return;
      setLang(wanted);
      renderAll(true);
    };
    if (isLoaded(wanted)) apply();
    else loadLang(wanted).then(apply, (error: unknown) => console.warn('translations', error));
  }

  const unsubscribe = store.subscribe((next, prev) => {
    if (next.settings.lang !== prev.settings.lang) follow(next.settings.lang);
    const first = shownScreen === null;
    const moved = track(next);
    if (next.lastStep !== prev.lastStep && next.lastStep.some((e) => e.type === 'monthBegins')) {
      monthTurned = true;
      if (layout === 'embed') newsOpen = true;
    }
    // A what-if is begun from the log, and played on the orders.
    const branched = next.branch !== null && next.branch !== prev.branch && next.branch.fromTurn !== prev.branch?.fromTurn;
    if (branched) local.tab = 'orders';
    renderAll(next.settings.lang !== prev.settings.lang);
    if (branched && orders.contains(document.activeElement) === false) orders.querySelector<HTMLElement>('#tab-orders')?.focus({ preventScroll: true });
    focusScreen(next, moved, first);
    narrate(next, prev);
    sayNotices(next, prev);
    if (next.tutorialStep !== null && next.tutorialStep !== prev.tutorialStep && next.screen === 'game') requestAnimationFrame(guideInView);
    // When the guide closes, the game takes the focus back, at its first member.
    if (prev.tutorialStep !== null && next.tutorialStep === null && next.screen === 'game' && next.game === prev.game) {
      members.querySelector<HTMLElement>('button.member-card')?.focus({ preventScroll: layout === 'stacked' });
    }
  });

  const onKey = (event: KeyboardEvent) => {
    const s = store.getState();
    const editing = event.target instanceof HTMLElement && event.target.closest('input, textarea, select');
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'z' && !editing && s.screen === 'game') {
      event.preventDefault();
      s.undo();
    } else if (event.key === 'Escape') {
      if (s.screen === 'game' && s.selected) s.select(null);
      else if (s.screen !== 'game' && s.screen !== 'title' && s.screen !== 'debrief') nav.back();
    }
  };
  window.addEventListener('keydown', onKey);
  const onResize = () => {
    const before = layout;
    layoutMode(store.getState());
    if (layout !== before) renderAll(true);
  };
  window.addEventListener('resize', onResize);

  const opening = track(store.getState());
  renderAll(true);
  if (store.getState().settings.lang !== currentLang()) follow(store.getState().settings.lang);
  focusScreen(store.getState(), opening, true);
  return {
    mapHost,
    announce: say,
    destroy() {
      unsubscribe();
      untip();
      unkeys();
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('resize', onResize);
      // Each region is unmounted, so what its parts watch is let go.
      for (const r of regions) show(r.el, null);
      root.replaceChildren();
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((sheet) => sheet !== style);
    },
  };
}

function noticeList(s: AppState, store: GameStore): Child {
  if (s.notices.length === 0) return null;
  return h(
    'ul',
    { class: 'notice-list' },
    s.notices.map((n) =>
      h(
        'li',
        // Only what the player must act on speaks as an alert; the rest is read by the announcer.
        { class: `notice notice-${n.kind}`, role: isAlert(n) ? 'alert' : undefined, 'data-notice': n.kind },
        h('p', null, noticeText(n)),
        h('button', { type: 'button', class: 'btn small', key: `dismiss-${n.kind}`, on: { click: () => store.getState().dismissNotice(n.kind) } }, t('notice.dismiss')),
      ),
    ),
  );
}

/** A plain element of the page's frame. */
function element<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string>, ...children: Node[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  el.append(...children);
  return el;
}
