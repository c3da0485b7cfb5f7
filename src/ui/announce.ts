// The game's one voice for screen readers: a single polite live region that the panels,
// the map and the notices all speak through, and the words it says at the end of a month.
import { MEMBERS, monthOf, type GameState, type Level, type StepEvent } from '../engine';
import { monthName, signed, t } from '../i18n';
import { memberName, stanceWord } from './text';

export interface Announcer {
  readonly element: HTMLElement;
  say(text: string): void;
}

export function createAnnouncer(): Announcer {
  const element = document.createElement('div');
  element.className = 'sr-only';
  element.id = 'announcer';
  element.setAttribute('role', 'status');
  element.setAttribute('aria-live', 'polite');
  let pending = 0;
  return {
    element,
    say(text) {
      // Emptied first, then filled in the next frame: the same words are announced again,
      // and of two messages in one frame only the later is read, never a mix.
      element.textContent = '';
      cancelAnimationFrame(pending);
      pending = requestAnimationFrame(() => (element.textContent = text));
    },
  };
}

/**
 * One message for the end of a month, as the engine reported the step: the new month and its
 * news (or the end of the game), then every member's change of loyalty and stance.
 */
export function monthMessage(level: Level, game: GameState, events: readonly StepEvent[]): string {
  const parts: string[] = [];
  const over = events.find((e) => e.type === 'gameOver');
  const begun = events.find((e) => e.type === 'monthBegins');
  if (over) {
    parts.push(t('play.announce.over', { outcome: over.result.outcome === 'win' ? t('debrief.win') : t('debrief.loss') }));
  } else if (begun) {
    const { year, month } = monthOf(level, begun.turn);
    parts.push(t('play.announce.month', { month: monthName(year, month), count: events.filter((e) => e.type === 'news').length }));
    const raised = new Set(game.news.map((n) => n.event));
    const asked = game.requests.filter((r) => r.status === 'open' && raised.has(r.source)).length;
    if (asked > 0) parts.push(t('play.announce.requests', { count: asked }));
  }
  const moved = new Map(events.flatMap((e) => (e.type === 'stanceChanged' ? [[e.member, e] as const] : [])));
  for (const id of MEMBERS) {
    const decision = game.members[id].lastDecision;
    if (!decision) continue;
    const delta = Math.round((decision.after - decision.before) * 10) / 10;
    const change = moved.get(id);
    const name = memberName(id);
    if (change) parts.push(t('play.announce.moved', { name, delta: signed(delta), stance: stanceWord(change.to), from: stanceWord(change.from) }));
    else if (delta === 0) parts.push(t('play.announce.still', { name, stance: stanceWord(decision.stance) }));
    else parts.push(t('play.announce.member', { name, delta: signed(delta), stance: stanceWord(decision.stance) }));
  }
  return parts.join(' ');
}
