// The screens around the game: title, level choice, settings, how to play, rulebook, sources.
import { CLAIMS, MEMBERS, RULES, STANCES, costOf, stanceOf, type Action, type Level, type RuleId } from '../engine';
import { currentLang, LANGS, t } from '../i18n';
import { FIRST_LEVEL } from '../state/levels';
import { canContinue, TEXT_SCALES, type AppState, type GameStore } from '../state/store';
import { claimChips, screenHeader, stanceBadge, withAddress } from './common';
import { modelCheckSection } from './model-check';
import { classBriefScreen, classTitleCard } from './class-screens';
import { ruleSize } from './sizes';
import { h, type Child, type VNode } from './dom';
import { actionGain, costText, difficultyLabel, levelBriefing, levelTitle, memberName, monthWords, objectiveText, paragraphs } from './text';
import { hasId } from '../engine';

/** A sentence with the article's English title set in as English text. */
function withArticle(text: string): Child {
  const [before, after] = text.split('\u0000');
  return [before, h('cite', { lang: 'en' }, '“Why Russia does not have any true allies”'), after];
}

export interface Nav {
  back(): void;
  backLabel(): string;
  /** The game with its log open, to replay a month. */
  toLog(): void;
}

export function titleScreen(state: AppState, store: GameStore, levels: Readonly<Record<string, Level>>): Child {
  const go = (screen: AppState['screen']) => () => store.getState().show(screen);
  const resume = canContinue(state);
  return h(
    'div',
    { class: 'title-screen' },
    h('div', { class: 'title-card' },
      h('p', { class: 'title-kicker' }, t('title.kicker')),
      h('h1', { class: 'title-name', tabindex: '-1', 'data-focus-fallback': true }, t('app.title')),
      h('p', { class: 'title-tagline' }, t('app.tagline')),
      h('ul', { class: 'title-members', 'aria-label': t('a11y.members') }, MEMBERS.map((id) => h('li', null, h('span', { class: 'title-member-name' }, memberName(id)), stanceBadge(stanceOf(state.level, state.level.members[id].loyalty))))),
      h(
        'nav',
        { class: 'title-menu', 'aria-label': t('title.menu') },
        resume
          ? h('button', { type: 'button', class: 'btn primary big', key: 'title-continue', on: { click: go('game') } },
              h('span', null, t('title.continue')),
              h('span', { class: 'btn-sub' }, t('title.continueDetail', { level: levelTitle(state.level), ...monthWords(state.level, state.game.turn), turn: state.game.turn, turns: state.level.turns })),
            )
          : null,
        state.game.result
          ? h('button', { type: 'button', class: 'btn big', key: 'title-debrief', on: { click: go('debrief') } },
              h('span', null, t('title.lastDebrief')),
              h('span', { class: 'btn-sub' }, t('title.lastDebriefDetail', { level: levelTitle(state.level), outcome: state.game.result.outcome === 'win' ? t('debrief.win') : t('debrief.loss') })),
            )
          : null,
        h('button', { type: 'button', class: `btn big${resume ? '' : ' primary'}`, key: 'title-new', on: { click: go(state.classGame ? 'class' : 'levels') } }, t('title.newGame')),
        h('button', { type: 'button', class: 'btn', key: 'title-howto', on: { click: go('howto') } }, t('title.howto')),
        h('button', { type: 'button', class: 'btn', key: 'title-rulebook', on: { click: go('rulebook') } }, t('title.rulebook')),
        h('button', { type: 'button', class: 'btn', key: 'title-sources', on: { click: go('sources') } }, t('title.sources')),
        h('button', { type: 'button', class: 'btn', key: 'title-settings', on: { click: go('settings') } }, t('title.settings')),
      ),
      classTitleCard(state, store, levels),
      h('nav', { class: 'title-menu teachers', 'aria-label': t('title.teachers') },
        h('button', { type: 'button', class: 'btn', key: 'title-pack', 'data-testid': 'title-pack', on: { click: go('pack') } }, t('title.pack')),
        h('button', { type: 'button', class: 'btn', key: 'title-class-setup', on: { click: go('classSetup') } }, t('title.classSetup')),
        h('button', { type: 'button', class: 'btn', key: 'title-results', on: { click: go('results') } }, t('title.results')),
      ),
      h('p', { class: 'title-credit' }, withArticle(t('title.credit', { article: '\u0000' }))),
    ),
  );
}

export function levelsScreen(state: AppState, store: GameStore, levels: Record<string, Level>, nav: Nav): Child {
  // In a class game there is nothing to choose: its briefing stands in for the list.
  if (state.classGame) return classBriefScreen(state, store, levels, nav);
  return [
    screenHeader(t('levels.heading'), { label: nav.backLabel(), action: nav.back }),
    h('div', { class: 'screen-body' }, Object.values(levels).map((level) => levelCard(state, store, level))),
  ];
}

function levelCard(state: AppState, store: GameStore, level: Level): VNode {
  const start = monthWords(level, 1);
  const difficulty = level.id === state.level.id || hasId(level.difficulties, state.settings.difficulty) ? state.settings.difficulty : level.defaultDifficulty;
  const name = `difficulty-${level.id}`;
  return h(
    'article',
    { class: 'card level-card', 'data-level': level.id },
    h('h2', null, levelTitle(level)),
    h('p', { class: 'level-when' }, t('levels.months', { from: start.month, fromGen: start.monthGen, to: monthWords(level, level.turns).month }), ' · ', t('levels.turns', { count: level.turns })),
    h('p', { class: 'briefing' }, levelBriefing(level)),
    h('h3', null, t('levels.objectives')),
    h('ul', null, level.objectives.map((o) => h('li', null, objectiveText(level, o.id)))),
    h(
      'fieldset',
      { class: 'difficulty' },
      h('legend', null, t('levels.difficulty')),
      Object.keys(level.difficulties).map((d) =>
        h(
          'label',
          { class: 'radio' },
          h('input', {
            type: 'radio',
            name,
            value: d,
            key: `${name}-${d}`,
            checked: d === difficulty,
            on: { change: () => store.getState().setSettings({ difficulty: d }) },
          }),
          h('span', null, h('strong', null, difficultyLabel(level, d)), ' — ', t(`difficulty.${d}.desc`)),
        ),
      ),
    ),
    level.id === FIRST_LEVEL
      ? h('label', { class: 'check' },
          h('input', { type: 'checkbox', key: 'level-tutorial', checked: state.settings.tutorial === 'pending', on: { change: (e: Event) => store.getState().setSettings({ tutorial: (e.target as HTMLInputElement).checked ? 'pending' : 'done' }) } }),
          h('span', null, t('levels.tutorial')))
      : null,
    h('button', { type: 'button', class: 'btn primary big', key: `start-${level.id}`, 'data-testid': `start-${level.id}`, on: { click: () => store.getState().start(level.id, { difficulty }) } }, t('levels.start')),
  );
}

export function settingsScreen(state: AppState, store: GameStore, persistent: boolean, nav: Nav): Child {
  const set = store.getState().setSettings;
  const level = state.level;
  return [
    screenHeader(t('settings.heading'), { label: nav.backLabel(), action: nav.back }),
    h(
      'div',
      { class: 'screen-body settings' },
      h('fieldset', null, h('legend', null, t('settings.language')),
        LANGS.map((lang) => h('label', { class: 'radio', lang }, h('input', { type: 'radio', name: 'lang', value: lang, key: `lang-${lang}`, checked: state.settings.lang === lang, on: { change: () => set({ lang }) } }), h('span', null, t(`lang.${lang}`)))),
      ),
      h('fieldset', null, h('legend', null, t('settings.textScale')),
        TEXT_SCALES.map((scale) => h('label', { class: 'radio' }, h('input', { type: 'radio', name: 'scale', value: String(scale), key: `scale-${scale}`, checked: state.settings.textScale === scale, on: { change: () => set({ textScale: scale }) } }), h('span', null, t('settings.textScaleValue', { value: scale * 100 })))),
      ),
      h('div', { class: 'field' },
        h('label', { class: 'check' }, h('input', { type: 'checkbox', key: 'reduced-motion', 'aria-describedby': 'rm-desc', checked: state.settings.reducedMotion, on: { change: (e: Event) => set({ reducedMotion: (e.target as HTMLInputElement).checked }) } }), h('span', null, t('settings.reducedMotion'))),
        h('p', { class: 'hint', id: 'rm-desc' }, t('settings.reducedMotionDesc')),
      ),
      h('div', { class: 'field' },
        h('label', { class: 'check' }, h('input', { type: 'checkbox', key: 'projector', 'data-testid': 'projector', 'aria-describedby': 'projector-desc', checked: state.settings.projector, on: { change: (e: Event) => set({ projector: (e.target as HTMLInputElement).checked }) } }), h('span', null, t('settings.projector'))),
        h('p', { class: 'hint', id: 'projector-desc' }, withAddress(t('settings.projectorDesc'))),
      ),
      h('fieldset', null, h('legend', null, t('settings.difficulty')),
        Object.keys(level.difficulties).map((d) => h('label', { class: 'radio' }, h('input', { type: 'radio', name: 'settings-difficulty', value: d, key: `sd-${d}`, checked: state.settings.difficulty === d, on: { change: () => set({ difficulty: d }) } }), h('span', null, difficultyLabel(level, d)))),
      ),
      h('div', { class: 'field' },
        h('button', { type: 'button', class: 'btn', key: 'tutorial-reset', disabled: state.settings.tutorial === 'pending', on: { click: () => set({ tutorial: 'pending' }) } }, t('settings.tutorial')),
        state.settings.tutorial === 'pending' ? h('p', { class: 'hint' }, t('settings.tutorialDone')) : null,
      ),
      h('div', { class: 'field' }, h('h2', null, t('settings.storage')), h('p', null, state.saveHeld ? t('settings.storageHeld') : persistent ? t('settings.storageOn') : t('settings.storageOff'))),
      keptSavesList(state, store),
    ),
  ];
}

/** Bad saves the game kept: each can be downloaded (to inspect or report) or deleted. */
function keptSavesList(state: AppState, store: GameStore): Child {
  if (state.keptSaves.length === 0) return null;
  return h('section', { class: 'field kept-saves', 'aria-labelledby': 'kept-saves-title' },
    h('h2', { id: 'kept-saves-title' }, t('settings.keptSaves')),
    h('p', { class: 'hint' }, t('settings.keptSavesHint')),
    h('ul', { class: 'kept-save-list' }, state.keptSaves.map((kept, i) => {
      const when = kept.held ? t('settings.keptSaveHeld') : t('settings.keptSaveFound', { when: stampText(kept.stamp) });
      const size = t('settings.keptSaveSize', { size: Math.max(1, Math.round(kept.size / 1024)) });
      return h('li', { class: 'kept-save', 'data-kept-save': kept.key },
        h('span', { class: 'kept-save-name', id: `kept-save-${i}` }, when, ' · ', size),
        h('button', { type: 'button', class: 'btn small', key: `kept-download-${kept.key}`, 'aria-describedby': `kept-save-${i}`, on: { click: () => downloadKept(store, kept.key, kept.stamp) } }, t('settings.keptSaveDownload')),
        h('button', { type: 'button', class: 'btn small', key: `kept-delete-${kept.key}`, 'aria-describedby': `kept-save-${i}`, on: { click: () => store.getState().deleteKeptSave(kept.key) } }, t('settings.keptSaveDelete')),
      );
    })),
  );
}

function stampText(stamp: string): string {
  const time = Date.parse(stamp.replace(/~\d+$/, ''));
  return Number.isFinite(time) ? new Date(time).toLocaleString(currentLang(), { dateStyle: 'medium', timeStyle: 'short' }) : stamp;
}

function downloadKept(store: GameStore, key: string, stamp: string): void {
  const text = store.getState().keptSaveText(key);
  if (text === null) return;
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `paper-alliance-save${stamp ? `-${stamp.replace(/[^\w-]/g, '-')}` : ''}.json`;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export function howtoScreen(_state: AppState, nav: Nav): Child {
  const section = (key: string, extra: Child = null) => h('section', { class: 'card' }, h('h2', null, t(`howto.${key}.title`)), h('p', null, t(`howto.${key}.text`)), extra);
  return [
    screenHeader(t('howto.heading'), { label: nav.backLabel(), action: nav.back }),
    h(
      'div',
      { class: 'screen-body grid' },
      section('goal'),
      section('turn'),
      section('stances', h('ul', { class: 'stance-legend' }, STANCES.map((st) => h('li', null, stanceBadge(st, true), ' — ', t(`stance.desc.${st}`), ' ', h('span', { class: 'hint' }, `(${t('a11y.pattern', { pattern: t(`pattern.${st}`) })})`))))),
      section('why'),
      section('whatif'),
      section('keys', h('p', null, t('play.howto.keys'))),
    ),
  ];
}

/** Levers in the rulebook are aimed at no member in particular. */
const ANY_MEMBER = { name: '…', nameGen: '…', nameDat: '…', nameAcc: '…' };

const LEVERS: Action[] = [
  { type: 'economicAid', member: 'KGZ' },
  { type: 'securityHelp', member: 'TJK' },
  { type: 'coerce', member: 'KAZ' },
  { type: 'pressRecognition', member: 'KAZ' },
  { type: 'demandSolidarity', member: 'BLR' },
  { type: 'answerCrisisCall', request: '' },
  { type: 'stopArmsToAzerbaijan' },
  { type: 'nordicLine', line: 'principled' },
  { type: 'nordicLine', line: 'blindEye' },
  { type: 'hostSummit' },
  { type: 'redeploy', to: 'reserve' },
  { type: 'redeploy', to: 'ukraine' },
];

export function rulebookScreen(state: AppState, nav: Nav): Child {
  const level = state.level;
  const b = level.stanceBounds;
  const leverKey = (a: Action) => (a.type === 'nordicLine' ? `nordicLine.${a.line}` : a.type === 'redeploy' ? `redeploy.${a.to}` : a.type);
  return [
    screenHeader(t('rulebook.heading'), { label: nav.backLabel(), action: nav.back }),
    h(
      'div',
      { class: 'screen-body' },
      h('p', { class: 'lead' }, t('rulebook.intro')),
      h('section', { class: 'card' }, h('h2', null, t('rulebook.stances')), h('p', null, t('stance.bounds', { backs: b.backs, leans: b.leans, drifts: b.drifts, abandons: b.abandons })), h('ul', { class: 'stance-legend' }, STANCES.map((st) => h('li', null, stanceBadge(st, true), ' — ', t(`stance.desc.${st}`))))),
      h(
        'ol',
        { class: 'rule-list' },
        RULES.map((rule) =>
          h(
            'li',
            { class: 'card rule', 'data-rule': rule.id, id: `rule-${rule.id}` },
            h('h2', null, t(`rule.${rule.id}.name`)),
            claimChips(rule.claims, rule.paragraphs),
            h('p', null, t(`rule.${rule.id}.explanation`)),
            sizeLine(level, rule.id),
          ),
        ),
      ),
      h(
        'section',
        { class: 'card' },
        h('h2', null, t('rulebook.levers')),
        h('dl', { class: 'lever-list' }, LEVERS.map((a) => [h('dt', null, t(`action.${leverKey(a)}`, ANY_MEMBER), ' — ', costText(costOf(level, a))), h('dd', null, t(`action.effect.${leverKey(a)}`, ANY_MEMBER), actionGain(level, a) ? [' ', h('strong', null, actionGain(level, a))] : null)])),
      ),
      modelCheckSection(),
    ),
  ];
}

/** How large the rule's push is in the level being played. */
function sizeLine(level: Level, rule: RuleId): Child {
  const size = ruleSize(level, rule);
  return size ? h('p', { class: 'rule-size', 'data-testid': `size-${rule}` }, h('strong', null, t('play.size.heading')), ' ', size) : null;
}

/** Which claims each paragraph of the article feeds (from the claims table). */
export const PARAGRAPH_CLAIMS: Record<number, string[]> = {};
const CLAIM_PARAGRAPHS: Record<string, number[]> = {
  C1: [1, 12], C2: [3, 4, 5], C3: [5, 11], C4: [5, 11], C5: [6], C6: [7], C7: [8, 9], C8: [9, 10], C9: [10], C10: [11], C11: [12], C12: [13], C13: [2, 14], C14: [13],
};
for (const [claim, paras] of Object.entries(CLAIM_PARAGRAPHS)) for (const p of paras) (PARAGRAPH_CLAIMS[p] ??= []).push(claim);

export const ARTICLE_ADDRESS = 'http://globalcomment.com/why-russia-does-not-have-any-true-allies/';

export function sourcesScreen(_state: AppState, nav: Nav): Child {
  return [
    screenHeader(t('sources.heading'), { label: nav.backLabel(), action: nav.back }),
    h(
      'div',
      { class: 'screen-body' },
      h('p', { class: 'lead' }, t('sources.intro')),
      h('section', { class: 'card source-head' },
        h('h2', { lang: 'en' }, t('sources.article')),
        h('p', null, `${t('sources.address')}: `, h('a', { href: ARTICLE_ADDRESS, rel: 'noopener noreferrer', target: '_blank', lang: 'en' }, ARTICLE_ADDRESS)),
        h('p', { class: 'hint' }, t('sources.note')),
      ),
      h(
        'ol',
        { class: 'source-list' },
        Array.from({ length: 14 }, (_, i) => i + 1).map((n) =>
          h('li', { class: 'source-para', 'data-paragraph': String(n), id: `p${n}` },
            h('span', { class: 'para-num' }, t('sources.paragraph', { n })),
            h('div', null, h('p', null, t(`source.p${n}`)), h('p', { class: 'feeds' }, `${t('sources.feeds')}: `, claimChips(PARAGRAPH_CLAIMS[n] ?? [], []))),
          ),
        ),
      ),
      h('section', { class: 'card' }, h('h2', null, t('sources.claims')), h('dl', { class: 'claim-list' }, CLAIMS.map((c) => [h('dt', null, c, ' ', h('span', { class: 'para' }, paragraphs(CLAIM_PARAGRAPHS[c] ?? []))), h('dd', null, t(`claim.${c}`))]))),
    ),
  ];
}

