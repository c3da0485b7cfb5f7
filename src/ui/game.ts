// The game screen's panels: top bar, members with "Why?", orders and requests, news, log.
import { costOf, MEMBERS, monthOf, RESOURCES, stanceOf, TRACKS, type Action, type GameState, type Level, type MemberId, type TurnRecord } from '../engine';
import { dateName, list, monthTitle, num, signed, t } from '../i18n';
import { canUndo, ordersThisMonth, withoutOrder, type AppState, type GameStore } from '../state/store';
import { classChip } from './class-screens';
import { claimChips, loyaltyBar, meter, stanceBadge, tipped } from './common';
import { h, type Child, type VNode } from './dom';
import { NewsMore } from './news-more';
import { previewText } from './previews';
import { actionEffect, actionGain, actionLabel, costText, errorText, factorText, memberName, memberTrait, monthWords, inDateOrder, named, newRequests, newsCard, stanceShort, stanceWord } from './text';
import { END_TURN_KEY, keyLabel, MEMBER_KEYS, orderKeys, showKeyHelp } from './keys';
import { panelOrders, type MenuEntry, type PanelOrders } from './menu';

/** A turn's month as a heading or label: "May 2022" / "Май 2022". */
export const monthOfTurn = (level: Level, turn: number): string => {
  const { year, month } = monthOf(level, turn);
  return monthTitle(year, month);
};

export interface UiLocal {
  tab: 'orders' | 'log';
}

const RESOURCE_ICON: Record<string, string> = { politicalCapital: '★', militaryReserves: '⚔', economicLeverage: '◆' };

export function topBar(state: AppState, store: GameStore, levels: Readonly<Record<string, Level>>): Child {
  const { game, level } = state;
  const left = level.turns - game.turn + 1;
  return [
    h(
      'div',
      { class: 'date' },
      h('span', { class: 'date-month', 'data-testid': 'month' }, monthOfTurn(level, game.turn)),
      h(
        'span',
        { class: 'date-turn', 'data-testid': 'turns-left' },
        game.phase === 'over' ? t('play.over') : [t('game.turn', { turn: game.turn, turns: level.turns }), h('span', { class: 'date-left' }, t('game.turnsLeft', { count: left }))],
      ),
      classChip(state, levels),
    ),
    h(
      'section',
      { class: 'chips', 'aria-label': t('game.resources') },
      RESOURCES.map((r) => {
        const tip = t(`resource.desc.${r}`, { value: game.resources[r], income: level.resources.income[r] });
        return tipped(
          [h('span', { class: 'chip-icon', 'aria-hidden': 'true' }, RESOURCE_ICON[r]), h('span', { class: 'chip-value' }, num(game.resources[r])), h('span', { class: 'chip-label' }, t(`resource.short.${r}`))],
          tip,
          { class: 'tip-target chip resource', key: `res-${r}`, 'data-resource': r },
        );
      }),
    ),
    h(
      'section',
      { class: 'chips tracks', 'aria-label': t('game.tracks') },
      TRACKS.map((k) => {
        const v = game.tracks[k];
        return tipped([h('span', { class: 'chip-label' }, t(`track.short.${k}`)), h('span', { class: 'chip-label tiny', 'aria-hidden': 'true' }, t(`play.track.tiny.${k}`)), h('span', { class: 'chip-value' }, num(v)), meter(v, true)], t(`track.desc.${k}`, { value: num(v) }), {
          class: 'tip-target chip track',
          key: `track-${k}`,
        });
      }),
    ),
    h(
      'nav',
      { class: 'top-actions', 'aria-label': t('game.menu') },
      h('button', { type: 'button', class: 'btn ghost', key: 'top-code', 'data-testid': 'top-code', on: { click: () => store.getState().show('resultCode') } }, h('span', { class: 'code-long' }, t('resultCode.open')), h('span', { class: 'code-short', 'aria-hidden': 'true' }, t('resultCode.openShort'))),
      h('button', { type: 'button', class: 'btn ghost', key: 'top-rulebook', on: { click: () => store.getState().show('rulebook') } }, t('title.rulebook')),
      h('button', { type: 'button', class: 'btn ghost', key: 'top-menu', on: { click: () => store.getState().show('title') } }, t('game.menu')),
    ),
  ];
}

function memberCard(state: AppState, store: GameStore, id: MemberId): VNode {
  const m = state.game.members[id];
  const selected = state.selected === id;
  const name = memberName(id);
  const tip = t('game.loyaltyTip', { name, value: num(m.loyalty), stance: t(`stance.desc.${m.stance}`) });
  const changed = m.lastDecision && m.lastDecision.stance !== m.lastDecision.stanceBefore;
  return h(
    'li',
    { class: 'member-item' },
    h(
      'button',
      {
        type: 'button',
        class: `member-card${selected ? ' selected' : ''}`,
        'aria-pressed': selected ? 'true' : 'false',
        key: `member-${id}`,
        'data-member': id,
        'data-tip': tip,
        'aria-keyshortcuts': keyLabel(MEMBER_KEYS[MEMBERS.indexOf(id)]!),
        on: { click: () => store.getState().select(selected ? null : id) },
      },
      h('span', { class: 'member-head', 'data-key-hint': keyLabel(MEMBER_KEYS[MEMBERS.indexOf(id)]!) }, h('span', { class: 'member-name' }, name), h('span', { class: 'member-value' }, h('span', { class: 'sr-only' }, `${t('game.loyalty')} `), num(m.loyalty))),
      h('span', { class: 'member-loyalty' }, stanceBadge(m.stance), loyaltyBar(m.loyalty)),
      changed && m.lastDecision ? h('span', { class: 'member-change' }, `${stanceShort(m.lastDecision.stanceBefore)} → ${stanceShort(m.lastDecision.stance)}`) : null,
    ),
  );
}

export function membersPanel(state: AppState, store: GameStore): Child {
  return [
    h('h2', { class: 'panel-title', id: 'members-title' }, t('game.members')),
    // Selecting the selected member again closes its explanation: the hint says so while one is open.
    h('p', { class: 'hint', 'data-testid': 'members-hint' }, t(state.selected ? 'game.membersHintSelected' : 'game.membersHint')),
    h('ul', { class: 'member-list', 'aria-label': t('a11y.members') }, MEMBERS.map((id) => memberCard(state, store, id))),
    whyPanel(state, store),
  ];
}

export function whyPanel(state: AppState, store: GameStore): Child {
  const id = state.selected;
  if (!id) return null;
  const m = state.game.members[id];
  const name = memberName(id);
  const decision = m.lastDecision;
  const body: Child[] = [];
  body.push(
    h('p', { class: 'member-detail' }, h('strong', null, t(`member.leader.${id}`)), ' — ', memberTrait(state.level, state.game, id)),
    h(
      'ul',
      { class: 'member-stats' },
      h('li', null, tipped(`${t('game.loyalty')} ${num(m.loyalty)}`, t('game.loyaltyTip', { name, value: num(m.loyalty), stance: t(`stance.desc.${m.stance}`) }), { key: 'stat-loyalty' })),
      h('li', null, tipped(`${t('game.threat')} ${num(m.threat)}`, t('game.threatTip', { ...named(id), value: num(m.threat) }), { key: 'stat-threat' })),
      h('li', null, tipped(`${t('game.grievance')} ${num(m.grievance)}`, t('game.grievanceTip', { ...named(id), value: num(m.grievance) }), { key: 'stat-grievance' })),
      h('li', null, tipped(`${t('game.ties')} ${num(m.ties.USA + m.ties.TUR)}`, t('game.tiesTip', { usa: num(m.ties.USA), tur: num(m.ties.TUR) }), { key: 'stat-ties' })),
    ),
  );
  if (!decision) {
    body.push(h('p', { class: 'why-none' }, t('why.none', { name })));
  } else {
    const factors = decision.factors.map((f) => factorText(state.level, id, f)).sort((a, b) => Math.abs(b.size) - Math.abs(a.size));
    const max = Math.max(1, ...factors.map((f) => Math.abs(f.size)));
    body.push(
      h('p', { class: 'why-summary' }, t('why.decided', { ...monthWords(state.level, decision.turn), ...named(id), before: num(decision.before), after: num(decision.after), stance: stanceWord(decision.stance) })),
      h(
        'ol',
        { class: 'factor-list', 'data-testid': 'why-factors' },
        factors.map((f) =>
          h(
            'li',
            { class: `factor ${f.size >= 0 ? 'up' : 'down'}`, 'data-rule': f.rule },
            h(
              'div',
              { class: 'factor-head' },
              h('span', { class: 'factor-name' }, f.name),
              h('span', { class: 'factor-size', 'data-tip': t('why.sizeTip', { value: signed(f.size) }) }, signed(f.size)),
            ),
            h('span', { class: 'factor-bar', 'aria-hidden': 'true' }, h('span', { style: { width: `${(Math.abs(f.size) / max) * 100}%` } })),
            h('p', { class: 'factor-sentence' }, f.sentence),
            claimChips(f.claims, f.paragraphs),
          ),
        ),
      ),
      h('p', { class: 'why-total', 'data-tip': t('why.totalTip') }, t('why.total', { value: signed(Math.round((decision.after - decision.before) * 10) / 10) })),
    );
  }
  return h(
    'section',
    { class: 'why', 'aria-labelledby': 'why-title', 'data-testid': 'why' },
    h(
      'div',
      { class: 'why-head' },
      h('h2', { id: 'why-title', class: 'panel-title' }, t('why.heading', { name })),
      h('button', { type: 'button', class: 'btn ghost small', key: 'why-close', 'aria-label': t('why.close'), on: { click: () => store.getState().select(null) } }, '✕'),
    ),
    body,
  );
}

/** "Costs 3 Economic leverage of your 5" for an order's price. */
function costTip(game: GameState, cost: Partial<Record<(typeof RESOURCES)[number], number>>): string {
  const parts = RESOURCES.filter((r) => (cost[r] ?? 0) > 0).map((r) => t('game.costTip', { cost: cost[r] ?? 0, resource: t(`resource.${r}`), have: game.resources[r] }));
  return parts.length > 0 ? parts.join(' ') : t('game.free');
}

function actionRow(state: AppState, store: GameStore, entry: MenuEntry, showMember: boolean): VNode {
  const { game, level } = state;
  const { action, cost, error } = entry;
  const label = actionLabel(game, action, showMember);
  const key = `act-${JSON.stringify(action)}`;
  const used = error?.code === 'already-used';
  const closed = error !== null;
  const gain = actionGain(level, action);
  const shortcut = orderKeys(state).find((k) => JSON.stringify(k.action) === JSON.stringify(action));
  // The expected effect is worked out in idle time after the panel is drawn (previews.ts), so a turn never waits for it.
  const expected = closed ? null : previewText(state, action);
  const preview: Child = closed ? null : h('span', { class: 'action-preview', 'data-tip': t('action.previewTip') }, expected ? [h('span', { class: 'sr-only' }, `${t('game.expected')}: `), expected] : null);
  return h(
    'li',
    // Keyed by its order, so a list that changes keeps each row, and its focus, with its order.
    { class: `action${closed ? ' closed' : ''}${used ? ' used' : ''}`, key: `row-${JSON.stringify(action)}` },
    h(
      'button',
      {
        type: 'button',
        class: 'action-button',
        key,
        'aria-disabled': closed ? 'true' : undefined,
        'aria-describedby': `${key}-desc`,
        'aria-keyshortcuts': shortcut ? keyLabel(shortcut.code) : undefined,
        'data-action': JSON.stringify(action),
        'data-key-hint': shortcut ? keyLabel(shortcut.code) : undefined,
        on: {
          click: () => {
            if (!closed) store.getState().act(action);
          },
        },
      },
      h('span', { class: 'action-label' }, used ? `✓ ${label}` : label),
      h('span', { class: 'action-cost', 'data-tip': costTip(game, cost) }, costText(cost)),
    ),
    h(
      'div',
      { class: 'action-desc', id: `${key}-desc` },
      error !== null ? h('span', { class: 'action-reason' }, used ? t('game.ordered') : errorText(level, game, action, error, cost)) : null,
      closed ? null : h('span', { class: 'action-effect' }, actionEffect(game, action)),
      gain && !used ? h('span', { class: 'action-gain' }, gain) : null,
      preview,
    ),
  );
}

function requestsSection(state: AppState, store: GameStore, panel: PanelOrders): Child {
  const { game } = state;
  const items: Child[] = panel.requests.map(({ request: r, entries }) => {
    const deadline = r.deadline <= game.turn ? t('request.deadline.thisTurn') : t('request.deadline.by', monthWords(state.level, r.deadline));
    return h(
      'li',
      { class: `request ${r.kind}`, 'data-request': r.id, key: `request-${r.id}` },
      h('h4', { class: 'request-title' }, r.kind === 'crisisCall' ? t('request.crisisCall', named(r.member)) : t('request.nordicLine')),
      h('p', { class: 'request-deadline' }, deadline),
      h('p', { class: 'request-desc' }, r.kind === 'crisisCall' ? t('request.crisisCall.desc', named(r.member)) : t('request.nordicLine.desc')),
      h('ul', { class: 'action-list' }, entries.map((e) => actionRow(state, store, e, false))),
    );
  });
  return h(
    'section',
    { class: 'orders-section', 'aria-labelledby': 'requests-title', 'data-testid': 'requests' },
    h('h3', { id: 'requests-title', tabindex: '-1' }, t('game.requests')),
    items.length > 0 ? h('ul', { class: 'request-list' }, items) : h('p', { class: 'hint' }, t(answeredThisMonth(game) ? 'game.requestsAnswered' : 'game.noRequests')),
  );
}

export function ordersPanel(state: AppState, store: GameStore, local: UiLocal, setTab: (tab: UiLocal['tab']) => void): Child {
  const { game, level } = state;
  const tabs = h(
    'div',
    { class: 'tabs', role: 'tablist', 'aria-label': t('game.orders') },
    (['orders', 'log'] as const).map((tab) =>
      h(
        'button',
        {
          type: 'button',
          role: 'tab',
          id: `tab-${tab}`,
          key: `tab-${tab}`,
          'aria-selected': local.tab === tab ? 'true' : 'false',
          'aria-controls': `tabpanel-${tab}`,
          tabindex: local.tab === tab ? '0' : '-1',
          on: {
            click: () => setTab(tab),
            keydown: (event: Event) => {
              const k = (event as KeyboardEvent).key;
              if (k === 'ArrowRight' || k === 'ArrowLeft') {
                event.preventDefault();
                setTab(tab === 'orders' ? 'log' : 'orders');
              }
            },
          },
        },
        tab === 'orders' ? t('game.tabOrders') : t('game.tabLog'),
      ),
    ),
  );
  if (local.tab === 'log') {
    // Each tab's panel is a node of its own, so each keeps its own scroll.
    return [tabs, h('div', { class: 'tabpanel', role: 'tabpanel', id: 'tabpanel-log', 'aria-labelledby': 'tab-log', key: 'tabpanel-log' }, logPanel(state, store))];
  }
  const over = game.phase === 'over';
  const panel = panelOrders(state);
  const last = game.turn === level.turns;
  return [
    tabs,
    h(
      'div',
      // Each month's list opens at its top (app.ts scrolls it there when a month begins).
      { class: 'tabpanel', role: 'tabpanel', id: 'tabpanel-orders', 'aria-labelledby': 'tab-orders', key: 'tabpanel-orders' },
      h('h2', { class: 'sr-only', id: 'orders' , tabindex: '-1'}, t('game.orders')),
      over
        ? h('div', { class: 'over' }, h('p', null, t('game.over')), h('button', { type: 'button', class: 'btn primary', key: 'to-debrief', on: { click: () => store.getState().show('debrief') } }, t('game.toDebrief')))
        : [
            requestsSection(state, store, panel),
            h(
              'section',
              { class: 'orders-section', 'aria-labelledby': 'member-orders-title', 'data-testid': 'member-orders' },
              h('h3', { id: 'member-orders-title' }, state.selected ? t('game.forMember', named(state.selected)) : t('game.orders')),
              state.selected ? h('ul', { class: 'action-list' }, panel.member.map((e) => actionRow(state, store, e, false))) : h('p', { class: 'hint' }, t('game.selectFirst')),
            ),
            h(
              'section',
              { class: 'orders-section', 'aria-labelledby': 'alliance-orders-title' },
              h('h3', { id: 'alliance-orders-title' }, t('game.alliance')),
              h('ul', { class: 'action-list' }, panel.alliance.map((e) => actionRow(state, store, e, false))),
            ),
            h('p', { class: 'hint' }, t('game.ordersHint')),
          ],
    ),
    over ? null : turnBar(state, store, last),
  ];
}

/** The month's orders, each with its own take-back, then Undo and End turn. */
function turnBar(state: AppState, store: GameStore, last: boolean): VNode {
  const { game, level } = state;
  const given = ordersThisMonth(game);
  const undoable = canUndo(state);
  return h(
    'div',
    { class: 'turn-bar', 'data-testid': 'turn-bar' },
    h('span', { class: 'given', id: 'given-title', 'data-tip': t('game.ordersHint') }, t('game.ordersGiven', { count: given.length })),
    given.length > 0
      ? h(
          'ol',
          { class: 'given-list', 'aria-labelledby': 'given-title', 'data-testid': 'given-list' },
          given.map(({ index, action }) => {
            const label = actionLabel(game, action, true);
            const free = withoutOrder(level, game, index) !== null;
            return h(
              'li',
              { class: 'given-order', 'data-index': String(index), key: `given-${index}-${JSON.stringify(action)}` },
              h('span', { class: 'given-label' }, label),
              h('span', { class: 'given-cost' }, costText(costOf(level, action))),
              h(
                'button',
                {
                  type: 'button',
                  class: 'btn small ghost take-back',
                  key: `take-back-${index}-${JSON.stringify(action)}`,
                  'aria-label': t('play.takeBack.label', { order: label }),
                  'aria-disabled': free ? undefined : 'true',
                  'data-tip': free ? t('play.takeBack.tip', { order: label }) : t('play.takeBack.needed', { order: label }),
                  on: { click: () => (free ? store.getState().takeBack(index) : undefined) },
                },
                '↶ ',
                h('span', { class: 'take-back-word' }, t('play.takeBack')),
              ),
            );
          }),
        )
      : null,
    h(
      'div',
      { class: 'turn-actions' },
      // The keys of a whole turn, beside the key that ends it.
      h('button', { type: 'button', class: 'btn ghost keys-help', key: 'keys-help', 'data-testid': 'keys-help', 'aria-keyshortcuts': '?', 'aria-label': t('play.keys.title'), 'data-tip': t('play.keys.tip'), on: { click: showKeyHelp } }, '?'),
      h(
        'button',
        { type: 'button', class: 'btn', key: 'undo', 'data-testid': 'undo', 'aria-disabled': undoable ? undefined : 'true', 'data-tip': t(undoable ? 'game.undoTip' : 'game.undoNone'), on: { click: () => store.getState().undo() } },
        h('span', { 'aria-hidden': 'true' }, '↶ '),
        h('span', { class: 'undo-word' }, t('game.undo')),
      ),
      h(
        'button',
        { type: 'button', class: 'btn primary end-turn', key: 'end-turn', 'data-testid': 'end-turn', 'aria-keyshortcuts': keyLabel(END_TURN_KEY), 'data-key-hint': keyLabel(END_TURN_KEY), on: { click: () => store.getState().act({ type: 'endTurn' }) } },
        last ? t('game.endTurnFinal') : t('game.endTurn'),
      ),
    ),
  );
}

/** Whether Moscow answered a request this month: then none is left open because it answered. */
function answeredThisMonth(game: GameState): boolean {
  return ordersThisMonth(game).some(({ action }) => action.type === 'answerCrisisCall' || action.type === 'nordicLine');
}

/** Last month's decisions, first among the news: who moved, by how much, and to what stance; then what is newly asked. */
function reportCard(state: AppState, store: GameStore, toRequests: () => void): Child {
  const { game, level } = state;
  const last = game.log[game.log.length - 1];
  if (!last) return null;
  const asked = newRequests(level, game);
  return h(
    'li',
    { class: 'news-card kind-report', 'data-testid': 'report' },
    h('article', { 'aria-labelledby': 'report-title' },
      // The way to the new requests sits on the card's first line, which leaves the allies room below.
      h('div', { class: 'news-meta' },
        h('span', { class: 'news-kind' }, t('report.kind')),
        asked.length > 0 ? h('button', { type: 'button', class: 'btn small report-to-requests', key: 'report-to-requests', on: { click: toRequests } }, t('play.report.toRequests')) : null),
      h('h3', { class: 'news-title', id: 'report-title', tabindex: '-1' }, t('report.title', monthWords(level, last.turn))),
      asked.length > 0
        ? h('p', { class: 'report-asked', 'data-testid': 'report-requests' },
            t('play.report.asked', { count: asked.length, list: list(asked.map((r) => (r.kind === 'crisisCall' ? t('request.crisisCall', named(r.member)) : t('request.nordicLine')))) }))
        : null,
      h('ul', { class: 'report-list' }, MEMBERS.map((id) => {
        const d = game.members[id].lastDecision;
        if (!d) return null;
        const delta = Math.round((d.after - d.before) * 10) / 10;
        const moved = d.stance !== d.stanceBefore;
        return h('li', { class: moved ? 'moved' : '' },
          h('button', { type: 'button', class: 'report-member', key: `report-${id}`, 'data-tip': t('report.tip', { name: memberName(id) }), on: { click: () => store.getState().select(id) } }, memberName(id)),
          h('span', { class: `report-delta ${delta >= 0 ? 'up' : 'down'}` }, signed(delta)),
          moved ? h('span', { class: 'report-stance' }, `${stanceShort(d.stanceBefore)} → ${stanceShort(d.stance)}`) : h('span', { class: 'report-stance same' }, stanceShort(d.stance)),
        );
      })),
    ),
  );
}

export interface NewsView {
  /** Whether the news is open where it is a drawer over the map (small windows). */
  open: boolean;
  toggle(): void;
  toRequests(): void;
  /** How the strip scrolls to a card: at once where the player asked for less motion. */
  smooth(): ScrollBehavior;
}

export function newsPanel(state: AppState, store: GameStore, view: NewsView): Child {
  const { game, level } = state;
  const cards = inDateOrder(game.news.map((item, i) => newsCard(level, item, i, game)));
  const report = reportCard(state, store, view.toRequests);
  const count = cards.length + (report ? 1 : 0);
  return [
    h(
      'div',
      { class: 'news-head' },
      h('h2', { class: 'panel-title', id: 'news-title' }, t('game.news', monthWords(level, game.turn))),
      h('span', { class: 'news-count' }, t('play.news.count', { count: cards.length })),
      // How many cards lie beyond the strip's edge, counted once the strip is laid out.
      h(NewsMore, { key: 'news-more', cards: `${game.turn}:${cards.length}:${report ? 1 : 0}`, smooth: view.smooth }),
      h(
        'button',
        { type: 'button', class: 'btn small news-toggle', key: 'news-toggle', 'aria-expanded': view.open ? 'true' : 'false', 'aria-controls': 'news-list', on: { click: view.toggle } },
        view.open ? t('play.news.hide') : t('play.news.show', { count }),
      ),
    ),
    cards.length === 0 && !report
      ? h('p', { class: 'hint news-quiet' }, t('game.noNews'))
      : h(
          'ul',
          { class: 'news-list', id: 'news-list', tabindex: '0', 'aria-labelledby': 'news-title', key: 'news-list' },
          report,
          cards.length === 0 ? h('li', { class: 'news-card quiet' }, h('p', { class: 'hint' }, t('game.noNews'))) : null,
          cards.map((c) =>
            h(
              'li',
              { class: `news-card kind-${c.kind}`, 'data-news': c.key, key: `news-${c.key}` },
              h('article', { 'aria-label': c.title },
                h('p', { class: 'news-meta' }, h('span', { class: 'news-kind' }, t(`news.kind.${c.kind}`)), c.date ? h('time', { datetime: c.date }, dateLabel(c.date)) : null),
                h('h3', { class: 'news-title' }, c.title),
                h('p', { class: 'news-text' }, c.text),
                claimChips(c.claims, c.paragraphs),
              ),
            ),
          ),
        ),
  ];
}

const dateLabel = (iso: string) => dateName(iso);

function logEntry(state: AppState, store: GameStore, record: TurnRecord, previous: TurnRecord | null): VNode {
  const { level, game } = state;
  const month = monthOfTurn(level, record.turn);
  const orders = record.actions.filter((a) => a.type !== 'endTurn').map((a: Action) => actionLabel(game, a, true));
  const changes = MEMBERS.filter((id) => {
    const before = previous ? previous.members[id].stance : stanceAtStart(state, id);
    return before !== record.members[id].stance;
  }).map((id) => t('log.change', { name: memberName(id), from: stanceShort(previous ? previous.members[id].stance : stanceAtStart(state, id)), to: stanceShort(record.members[id].stance) }));
  return h(
    'li',
    { class: 'log-entry', 'data-turn': String(record.turn), key: `log-${record.turn}` },
    h('h3', null, t('log.turn', { month })),
    h('p', null, orders.length ? t('log.orders', { list: list(orders) }) : t('log.noOrders')),
    h('p', null, changes.length ? t('log.changes', { list: list(changes) }) : t('log.noChanges')),
    h('button', { type: 'button', class: 'btn small', key: `whatif-${record.turn}`, on: { click: () => store.getState().branchFrom(record.turn) } }, t('log.whatIf', monthWords(level, record.turn))),
  );
}

/** The log keeps stances after each turn; the opening stance comes from the level. */
const stanceAtStart = (state: AppState, id: MemberId) => stanceOf(state.level, state.level.members[id].loyalty);

export function logPanel(state: AppState, store: GameStore): Child {
  const log = state.game.log;
  if (log.length === 0) return h('p', { class: 'hint' }, t('game.logEmpty'));
  return [h('h2', { class: 'sr-only' }, t('game.log')), h('ol', { class: 'log-list', reversed: true }, [...log].reverse().map((r) => logEntry(state, store, r, log[log.indexOf(r) - 1] ?? null)))];
}

export function branchBanner(state: AppState, store: GameStore): Child {
  if (!state.branch) return null;
  return h(
    'div',
    { class: 'branch-banner', role: 'status' },
    h('span', null, t('whatif.banner', monthWords(state.level, state.branch.fromTurn))),
    h('span', { class: 'banner-actions' },
      h('button', { type: 'button', class: 'btn small primary', key: 'branch-compare', on: { click: () => store.getState().show('whatif') } }, t('whatif.compare')),
      h('button', { type: 'button', class: 'btn small', key: 'branch-keep', on: { click: () => store.getState().closeBranch(true) } }, t('whatif.keep')),
      h('button', { type: 'button', class: 'btn small', key: 'branch-discard', on: { click: () => store.getState().closeBranch(false) } }, t('whatif.discard')),
    ),
  );
}


/** The orders on the panel whose expected effect it shows: the open ones. */
export function wantedPreviews(state: AppState): Action[] {
  if (state.game.phase === 'over') return [];
  const panel = panelOrders(state);
  return [...panel.requests.flatMap((r) => r.entries), ...panel.member, ...panel.alliance].filter((e) => e.error === null).map((e) => e.action);
}
