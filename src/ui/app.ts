// The DOM beside the map: the game's panels, the screens over it, notices, the guide
// and the screen-reader narration. Each region re-renders only when what it shows changes.
import type { StepEvent } from '../engine';
import { currentLang, isLoaded, loadLang, monthName, num, setLang, t, type Lang } from '../i18n';
import { monthOf } from '../engine';
import type { AppState, GameStore, Screen } from '../state/store';
import { h, patchAll, type Child } from './dom';
import { branchBanner, fillPreviews, membersPanel, newsPanel, ordersPanel, topBar, type UiLocal } from './game';
import { debriefScreen, whatIfScreen } from './debrief';
import { classBriefScreen, classSetupScreen, resultCodeScreen } from './class-screens';
import { howtoScreen, levelsScreen, rulebookScreen, settingsScreen, sourcesScreen, titleScreen, type Nav } from './screens';
import { installTooltips } from './tooltip';
import { tutorialBox, tutorialTarget } from './tutorial';
import { actionLabel, memberName, stanceWord } from './text';
import { stanceCss } from './palette';
import type { Level } from '../engine';
import './styles.css';

export interface UiOptions {
  levels: Record<string, Level>;
  /** Whether saves reach the browser's storage. */
  persistent: boolean;
}

export interface MountedUi {
  /** Where the map goes. */
  mapHost: HTMLElement;
  destroy(): void;
}

type Deps = (state: AppState) => readonly unknown[];

export function mountUi(root: HTMLElement, store: GameStore, options: UiOptions): MountedUi {
  // A constructed stylesheet: a strict Content Security Policy refuses an inline <style>.
  const style = new CSSStyleSheet();
  style.replaceSync(stanceCss());
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, style];

  const local: UiLocal = { tab: 'orders' };
  const skip = h('a', { class: 'skip-link', href: '#orders', on: { click: (e: Event) => { e.preventDefault(); document.getElementById('orders')?.focus(); } } });
  const topbar = h('header', { class: 'topbar', id: 'topbar' });
  const members = h('aside', { class: 'panel left', id: 'members-region', 'aria-labelledby': 'members-title' });
  const banner = h('div', { class: 'banner-region' });
  const mapHost = h('div', { class: 'map-host', id: 'map-host', role: 'region', 'aria-label': t('a11y.map') });
  const news = h('section', { class: 'news', id: 'news-region', 'aria-label': t('game.news', { month: '' }) });
  const orders = h('aside', { class: 'panel right', id: 'orders-region', 'aria-label': t('game.orders') });
  const center = h('main', { class: 'center', id: 'game-main' }, banner, mapHost, news);
  const layout = h('div', { class: 'game-layout', id: 'game-layout' }, topbar, members, center, orders);
  const screen = h('div', { class: 'screen-layer', id: 'screen-layer' });
  const notices = h('div', { class: 'notices', id: 'notices' });
  const tutorial = h('div', { class: 'tutorial-region' });
  const announcer = h('div', { class: 'sr-only', id: 'announcer', 'aria-live': 'polite', role: 'status' });
  root.append(skip, layout, screen, notices, tutorial, announcer);
  const untip = installTooltips(root);

  let previousScreen: Screen = 'title';
  const nav: Nav & { toLog(): void } = {
    back() {
      const s = store.getState();
      const target = previousScreen === s.screen || previousScreen === 'debrief' && !s.game.result ? 'title' : previousScreen;
      s.show(s.screen === 'title' ? 'title' : target);
    },
    backLabel() {
      return previousScreen === 'game' ? t('nav.backToGame') : previousScreen === 'debrief' ? t('debrief.heading') : t('nav.back');
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

  const regions: { el: HTMLElement; deps: Deps; render: (s: AppState) => Child; last: readonly unknown[] | null; later: boolean }[] = [];
  /** A region drawn `later` is drawn in a task of its own, so a turn's redraw never blocks the page for long. */
  const region = (el: HTMLElement, deps: Deps, render: (s: AppState) => Child, later = false) => regions.push({ el, deps, render, last: null, later });
  // The language on screen: the one asked for once its table has arrived.
  const lang = (_s: AppState) => currentLang();

  region(topbar, (s) => [lang(s), s.game, s.level, s.classGame], (s) => topBar(s, store, options.levels));
  region(members, (s) => [lang(s), s.game, s.selected, s.level], (s) => membersPanel(s, store));
  region(banner, (s) => [lang(s), s.branch, s.level], (s) => branchBanner(s, store));
  region(news, (s) => [lang(s), s.game.news, s.game.log, s.level], (s) => newsPanel(s, store), true);
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
    }
  }

  function applySettings(s: AppState): void {
    const html = document.documentElement;
    html.lang = currentLang();
    html.style.fontSize = `${s.settings.textScale * 100}%`;
    html.classList.toggle('reduced-motion', s.settings.reducedMotion);
    document.title = t('app.title');
    skip.textContent = t('app.skip');
    mapHost.setAttribute('aria-label', t('a11y.map'));
    news.setAttribute('aria-label', t('game.newsList'));
    orders.setAttribute('aria-label', t('game.orders'));
    layoutMode(s);
  }

  /** Side by side when the text fits, stacked and scrolling when it would not (large text, narrow windows). */
  function layoutMode(s: AppState): void {
    const emWidth = window.innerWidth / (16 * s.settings.textScale);
    root.classList.toggle('stacked', emWidth < 60);
    root.classList.toggle('compact', emWidth >= 60 && emWidth < 76);
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
    patchAll(updates);
    if (updates.some((u) => u.region === orders)) fillPreviews(orders, store);
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
    layout.classList.toggle('behind', overlay);
    layout.toggleAttribute('inert', overlay);
    screen.hidden = !overlay;
    root.dataset.screen = s.screen;
    const step = s.tutorialStep;
    root.dataset.tutorial = step === null ? '' : tutorialTarget(step);
  }

  // Focus follows the screen: a new screen's heading, or the game's first member.
  let shownScreen: Screen | null = null;
  function focusScreen(s: AppState): void {
    if (shownScreen === s.screen) return;
    const first = shownScreen === null;
    if (shownScreen !== null) previousScreen = shownScreen;
    shownScreen = s.screen;
    if (first && s.screen === 'title') return;
    requestAnimationFrame(() => {
      if (s.screen === 'game') {
        const target = s.tutorialStep !== null ? tutorial.querySelector<HTMLElement>('button') : members.querySelector<HTMLElement>('button.member-card');
        target?.focus();
      } else {
        screen.querySelector<HTMLElement>('h1')?.focus();
      }
    });
  }

  // The guide follows the player: doing what a step asks moves it on.
  function guide(next: AppState, prev: AppState): void {
    const step = next.tutorialStep;
    if (step === null || prev.tutorialStep !== step) return;
    const act = store.getState().setTutorialStep;
    const stepped = next.lastStep !== prev.lastStep ? next.lastStep : [];
    if (stepped.some((e) => e.type === 'monthBegins' || e.type === 'gameOver')) act(null);
    else if (step === 2 && stepped.some((e) => e.type === 'callAnswered')) act(3);
    else if (step === 4 && next.selected && next.selected !== prev.selected) act(5);
  }

  // Narration for screen readers: orders, undo and each month's decisions, as the engine reported them.
  function narrate(next: AppState, prev: AppState): void {
    // A selection is announced by the pressed button or by the map's own live region.
    if (next.game === prev.game) return;
    const a = next.game;
    const b = prev.game;
    if (a.seed !== b.seed || a.level !== b.level) return;
    // Going back is the store's doing, not a step of the game.
    if (a.actions.length < b.actions.length) {
      say(t('a11y.undone'));
      return;
    }
    if (next.lastStep === prev.lastStep) return;
    const order = next.lastStep.find((e) => e.type === 'orderGiven');
    if (order) {
      say(t('a11y.ordered', { order: actionLabel(a, order.action, true) }));
      return;
    }
    if (next.lastStep.some((e) => e.type === 'monthBegins' || e.type === 'gameOver')) say(turnSummary(next.level, next.lastStep));
  }
  function say(text: string): void {
    announcer.textContent = '';
    // A fresh node each time so the same words are announced again.
    requestAnimationFrame(() => (announcer.textContent = text));
  }
  function turnSummary(level: Level, events: readonly StepEvent[]): string {
    const changes: string[] = [];
    let head = '';
    let news = 0;
    let turn = 0;
    for (const e of events) {
      if (e.type === 'stanceChanged') changes.push(t('a11y.changed', { name: memberName(e.member), stance: stanceWord(e.to), loyalty: num(e.loyaltyAfter) }));
      else if (e.type === 'gameOver') head = t('game.over');
      else if (e.type === 'monthBegins') turn = e.turn;
      else if (e.type === 'news') news++;
    }
    if (!head) {
      const { year, month } = monthOf(level, turn);
      head = t('a11y.newMonth', { month: monthName(year, month), count: news });
    }
    return `${head} ${changes.length ? changes.join(' ') : t('a11y.noChange')}`;
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
    renderAll();
    focusScreen(next);
    narrate(next, prev);
    guide(next, prev);
    // When the guide closes, the game takes the focus back, at its first member.
    if (prev.tutorialStep !== null && next.tutorialStep === null && next.screen === 'game' && next.game === prev.game) {
      members.querySelector<HTMLElement>('button.member-card')?.focus();
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
  const onResize = () => layoutMode(store.getState());
  window.addEventListener('resize', onResize);

  renderAll(true);
  if (store.getState().settings.lang !== currentLang()) follow(store.getState().settings.lang);
  focusScreen(store.getState());
  return {
    mapHost,
    destroy() {
      unsubscribe();
      untip();
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('resize', onResize);
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
    s.notices.map((n) => {
      let text: string;
      if (n.kind === 'save-rejected' || n.kind === 'save-held') {
        const problem = n.detail.split(':')[0] ?? 'corrupt';
        text = t(`notice.${n.kind}`, { detail: t(`notice.save-rejected.${problem}`) });
      } else if (n.kind === 'bad-url') {
        const { field, value } = JSON.parse(n.detail) as { field: string; value: string };
        text = t('notice.bad-url', { detail: t(`notice.bad-url.${field}`, { value }) });
      } else if (n.kind === 'bad-message') {
        const { reason, field } = JSON.parse(n.detail) as { reason: string; field: string };
        text = t('notice.bad-message', { detail: t(`notice.bad-message.${field ? reason : reason === 'unknown-field' ? 'unknown-field.unnamed' : 'unreadable'}`, { field }) });
      } else if (n.kind === 'action-refused') {
        text = t('notice.action-refused', { detail: n.detail === 'unaffordable' || n.detail === 'cooldown' ? t(`error.short.${n.detail}`) : t(`error.${n.detail}`) });
      } else {
        text = t('notice.storage-unavailable');
      }
      return h(
        'li',
        { class: `notice notice-${n.kind}`, role: n.kind === 'save-rejected' || n.kind === 'save-held' ? 'alert' : 'status', 'data-notice': n.kind },
        h('p', null, text),
        h('button', { type: 'button', class: 'btn small', key: `dismiss-${n.kind}`, on: { click: () => store.getState().dismissNotice(n.kind) } }, t('notice.dismiss')),
      );
    }),
  );
}
