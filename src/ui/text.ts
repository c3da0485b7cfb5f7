// The engine's data in the player's language: names, orders, refusals, factors, news.
import { MEMBER_LEVERS, MEMBERS, monthOf, RESOURCES, type Action, type ActionError, type ClaimId, type Effect, type Factor, type GameState, type Level, type LevelEvent, type MemberId, type NewsItem, type Paragraph, type Request, type Resources, type Stance } from '../engine';
import { explainFactor } from '../engine';
import { has, list, monthName, monthParams, signed, t } from '../i18n';

export type Case = 'nom' | 'gen' | 'dat' | 'acc';
export const memberName = (id: MemberId, form: Case = 'nom'): string => t(`member.${form}.${id}`);
/** A member's name in every case a sentence may need: {name}, {nameGen}, {nameDat}, {nameAcc}. */
export function named(id: MemberId | null | undefined): Record<string, string> {
  if (!id) return { name: '', nameGen: '', nameDat: '', nameAcc: '' };
  return { name: memberName(id), nameGen: memberName(id, 'gen'), nameDat: memberName(id, 'dat'), nameAcc: memberName(id, 'acc') };
}
export const stanceWord = (stance: Stance): string => t(`stance.${stance}`);
export const stanceShort = (stance: Stance): string => t(`stanceShort.${stance}`);

// A level's words are the translation files': its own English fields serve the command line.
export const levelTitle = (level: Level): string => t(`level.${level.id}.title`);
export const levelBriefing = (level: Level): string => t(`level.${level.id}.briefing`);
export const objectiveText = (level: Level, id: string): string => t(`objective.${level.id}.${id}`);
export const difficultyLabel = (_level: Level, name: string): string => t(`difficulty.${name}`);

/** A turn's month in every case a sentence may need: {month}, {monthGen}, {monthPrep}. */
export function monthWords(level: Level, turn: number): Record<'month' | 'monthGen' | 'monthPrep', string> {
  const { year, month } = monthOf(level, turn);
  return monthParams(year, month);
}

/** "¶5, ¶11" or "¶3–¶5" for a run. */
export function paragraphs(list: readonly number[]): string {
  const sorted = [...new Set(list)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    parts.push(j - i >= 2 ? `¶${sorted[i]}–¶${sorted[j]}` : sorted.slice(i, j + 1).map((n) => `¶${n}`).join(', '));
    i = j + 1;
  }
  return parts.join(', ');
}

/** The member a lever is aimed at, if it is one of the member levers. */
export function leverMember(action: Action): MemberId | null {
  // The engine's candidates share one object shape, so test the type, not the presence of a key.
  return (MEMBER_LEVERS as readonly string[]).includes(action.type) ? ((action as { member: MemberId }).member ?? null) : null;
}

/** The member an order concerns, if any. */
export function actionMember(game: GameState, action: Action): MemberId | null {
  if (action.type === 'answerCrisisCall') return game.requests.find((r) => r.id === action.request)?.member ?? null;
  return leverMember(action);
}

/** Key suffix of an order: "nordicLine.principled", "redeploy.reserve", "coerce". */
export function actionKey(action: Action): string {
  if (action.type === 'nordicLine') return `nordicLine.${action.line}`;
  if (action.type === 'redeploy') return `redeploy.${action.to}`;
  return action.type;
}

export function actionLabel(game: GameState, action: Action, withMember = false): string {
  const member = actionMember(game, action);
  const label = t(`action.${actionKey(action)}`, named(member));
  return withMember && member && action.type !== 'answerCrisisCall' ? t('action.forMember', { label, name: memberName(member) }) : label;
}

export function actionEffect(game: GameState, action: Action): string {
  return t(`action.effect.${actionKey(action)}`, named(actionMember(game, action)));
}

export function costText(cost: Partial<Resources>): string {
  // Each amount agrees with its number: "1 рычаг", "3 рычага", "5 рычагов".
  const parts = RESOURCES.filter((r) => (cost[r] ?? 0) > 0).map((r) => t(`cost.${r}`, { count: cost[r] ?? 0 }));
  return parts.length > 0 ? parts.join(' + ') : t('game.free');
}

/** Why an order is closed, in the player's words. */
export function errorText(level: Level, game: GameState, action: Action, error: ActionError, cost: Partial<Resources>): string {
  switch (error.code) {
    case 'unaffordable': {
      const short = RESOURCES.find((r) => (cost[r] ?? 0) > game.resources[r]) ?? 'politicalCapital';
      return t('error.unaffordable', { resourceGen: t(`resource.gen.${short}`), need: cost[short] ?? 0, have: game.resources[short] });
    }
    case 'not-applicable': {
      const key = `error.not-applicable.${action.type}`;
      return has(key) ? t(key) : t('error.not-applicable');
    }
    case 'cooldown':
      return summitWait(level, game);
    default:
      return t(`error.${error.code}`);
  }
}

export interface FactorText {
  rule: string;
  name: string;
  size: number;
  claims: ClaimId[];
  paragraphs: Paragraph[];
  sentence: string;
}

/** One factor of a decision: name, size, claims, paragraphs and sentence, translated. */
export function factorText(level: Level, member: MemberId, factor: Factor): FactorText {
  const cited = explainFactor(level, factor);
  const sign = factor.size >= 0 ? 'up' : 'down';
  const name = factor.rule === 'event' && cited.ref && level.events.some((e) => e.id === cited.ref) ? eventTitle(level, cited.ref) : t(`rule.${factor.rule}.name`);
  return { rule: factor.rule, name, size: factor.size, claims: cited.claims, paragraphs: cited.paragraphs, sentence: t(`rule.${factor.rule}.${sign}`, { who: memberName(member) }) };
}

export function eventTitle(level: Level, id: string): string {
  return t(`event.${level.id}.${id}.title`);
}
export function eventText(level: Level, id: string): string {
  return t(`event.${level.id}.${id}.text`);
}

export interface NewsCard {
  key: string;
  kind: string;
  title: string;
  text: string;
  date: string | null;
  claims: string[];
  paragraphs: number[];
  members: MemberId[];
}

/**
 * Which telling of a news item fits this game: "answered" once Moscow has sent forces to a
 * member the item concerns, "ignored" once such a call went unanswered; short of a call,
 * "helped" once Moscow sent that member security help or stopped arming its adversary; null
 * for the level's own words. The item is told so only where the translations have that telling.
 */
export function newsVariant(level: Level, game: GameState | null, item: NewsItem): 'answered' | 'ignored' | 'helped' | null {
  if (!game) return null;
  const event = level.events.find((e) => e.id === item.event);
  const members = event?.members ?? [];
  if (members.length === 0) return null;
  const told = (variant: 'answered' | 'ignored' | 'helped' | null) => (variant && has(`play.variant.${level.id}.${item.event}.${variant}`) ? variant : null);
  // The latest call of those members closed before the month of this item.
  const calls = game.requests.filter((r) => r.kind === 'crisisCall' && r.member !== null && members.includes(r.member) && r.deadline < item.turn);
  const latest = calls[calls.length - 1];
  if (latest?.status === 'answered' || latest?.status === 'ignored') return told(latest.status);
  const helped = game.actions.some(({ turn, action }) => turn < item.turn && ((action.type === 'securityHelp' && members.includes(action.member)) || (action.type === 'stopArmsToAzerbaijan' && members.some((m) => level.members[m].adversaryArmed))));
  return helped ? told('helped') : null;
}

/**
 * The requests this month's news raised: open, from an event in the news, with the whole of
 * their time still ahead (an older call of an event that came round again is not new).
 */
export function newRequests(level: Level, game: GameState): Request[] {
  const raised = new Set(game.news.map((n) => n.event));
  return game.requests.filter((r) => {
    if (r.status !== 'open' || !raised.has(r.source)) return false;
    const effect = level.events.find((e) => e.id === r.source)?.effects.find((x): x is Extract<Effect, { type: Request['kind'] }> => x.type === r.kind);
    return !effect || r.deadline === game.turn + effect.turns;
  });
}

/** The month's cards with the dated ones in date order, each in one of the places the dated ones held: the others stay where the month put them. */
export function inDateOrder(cards: readonly NewsCard[]): NewsCard[] {
  const dated = cards.filter((c) => c.date !== null).sort((a, b) => (a.date! < b.date! ? -1 : a.date! > b.date! ? 1 : 0));
  let next = 0;
  return cards.map((c) => (c.date === null ? c : dated[next++]!));
}

/** A member's trait as this game stands: Armenia's grievance over arms is told in the past once Moscow has stopped arming Azerbaijan. */
export function memberTrait(level: Level, game: GameState, id: MemberId): string {
  const stopped = `member.trait.${id}.armsStopped`;
  return level.members[id].adversaryArmed && !game.armsToAzerbaijan && has(stopped) ? t(stopped) : t(`member.trait.${id}`);
}

export function newsCard(level: Level, item: NewsItem, index: number, game: GameState | null = null): NewsCard {
  const key = `${item.turn}:${index}:${item.event}`;
  if (item.event === 'rivalOffer') {
    const params = { rival: t(`rival.${item.rival ?? 'USA'}`), rivalGen: t(`rival.gen.${item.rival ?? 'USA'}`), ...named(item.member) };
    return { key, kind: 'offer', title: t('news.rivalOffer.title', params), text: t('news.rivalOffer.text', params), date: null, claims: ['C3'], paragraphs: [5], members: item.member ? [item.member] : [] };
  }
  if (item.event === 'callIgnored') {
    const params = named(item.member);
    return {
      key,
      kind: 'crisis',
      title: item.member ? t('news.callIgnored.title', params) : t('news.callIgnored.titleNone'),
      text: t('news.callIgnored.text', params),
      date: null,
      claims: ['C7'],
      paragraphs: [8, 9],
      members: item.member ? [item.member] : [],
    };
  }
  const event = level.events.find((e) => e.id === item.event);
  const variant = newsVariant(level, game, item);
  return {
    key,
    kind: event?.kind ?? 'news',
    title: eventTitle(level, item.event),
    text: variant ? t(`play.variant.${level.id}.${item.event}.${variant}`) : eventText(level, item.event),
    date: event?.date ?? null,
    claims: [...(event?.claims ?? [])],
    paragraphs: [...(event?.paragraphs ?? [])],
    members: [...(event?.members ?? [])],
  };
}

/** "Armenia +2.1 · Belarus −0.4" for loyalty changes. */
export function deltaList(deltas: Partial<Record<MemberId, number>>): string {
  return list(MEMBERS.filter((id) => (deltas[id] ?? 0) !== 0).map((id) => `${memberName(id)} ${signed(deltas[id]!)}`));
}

/** A month by two names in one sentence: {last} and {lastPrep}, say. */
const monthAs = (level: Level, turn: number, name: string) => {
  const { year, month } = monthOf(level, turn);
  return { [name]: monthName(year, month), [`${name}Prep`]: monthName(year, month, 'prep') };
};

/** The summit of the level's news that meets this month, or null. */
function summitInNews(level: Level, game: GameState): LevelEvent | null {
  for (const n of game.news) {
    const event = level.events.find((e) => e.id === n.event);
    if (event?.effects.some((x) => x.type === 'summit')) return event;
  }
  return null;
}

/**
 * When the next summit can meet: the months of the wait are counted after the month of the
 * last. When the last is a summit of the level's news meeting this month, it is named.
 */
export function summitWait(level: Level, game: GameState): string {
  const next = game.lastSummit + level.summitCooldown + 1;
  const last = monthAs(level, game.lastSummit, 'last');
  const meeting = game.lastSummit === game.turn ? summitInNews(level, game) : null;
  if (meeting) {
    const summit = eventTitle(level, meeting.id);
    return next > level.turns ? t('play.summit.thisMonthLast', { summit }) : t('play.summit.thisMonth', { summit, ...monthAs(level, next, 'next') });
  }
  return next > level.turns ? t('play.summit.noneLeft', last) : t('play.summit.next', { ...last, ...monthAs(level, next, 'next') });
}

/** What an order gives besides its effect on members, with the level's own numbers: reserves, and the tracks it moves. */
export function actionGain(level: Level, action: Action): string | null {
  if (action.type !== 'redeploy') return null;
  const w = level.weights;
  const parts: string[] = [];
  if (action.to === 'reserve') {
    if (w.redeployReserves > 0) parts.push(t('play.gain.reserves', { count: w.redeployReserves }));
    if (w.redeployWar > 0) parts.push(`${t('track.short.warCourse')} ${signed(-w.redeployWar)}`);
    if (w.redeployCredibility > 0) parts.push(`${t('track.short.credibility')} ${signed(-w.redeployCredibility)}`);
  } else if (w.reinforceWar > 0) {
    parts.push(`${t('track.short.warCourse')} ${signed(w.reinforceWar)}`);
  }
  return parts.length > 0 ? t('play.gain', { list: parts.join(' · ') }) : null;
}
