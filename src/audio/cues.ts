// Which sounds a step of the game calls for. Pure: the engine knows nothing of sound;
// this reads what the engine said happened and names the sounds.
import { stanceRank, type EventKind, type StepEvent } from '../engine';
import type { EffectId, TrackId } from './sounds';

export type { EventKind };

/** At most this many sounds for one step: a turn report, not a cacophony. */
export const MAX_CUES = 4;

/**
 * Sounds for one step, in the order to play them. Moscow's orders: confirmed (a summit
 * strikes the gavel). The end of a turn: members' changes of stance, gravest first, then
 * the win or loss, or else one sound for the gravest kind of the new month's news.
 */
export function soundsFor(events: readonly StepEvent[]): EffectId[] {
  const cues: EffectId[] = [];
  let abandon = false;
  let down = false;
  let up = false;
  let over: EffectId | null = null;
  const kinds = new Set<EventKind>();
  for (const event of events) {
    switch (event.type) {
      case 'orderGiven':
        cues.push(event.action.type === 'hostSummit' ? 'gavel' : 'confirm');
        break;
      case 'stanceChanged':
        if (event.to === 'abandons') abandon = true;
        else if (stanceRank(event.to) > stanceRank(event.from)) down = true;
        else up = true;
        break;
      case 'gameOver':
        over = event.result.outcome === 'win' ? 'win' : 'loss';
        break;
      case 'news':
        kinds.add(event.kind);
        break;
      default:
        break;
    }
  }
  if (abandon) cues.push('abandon');
  if (down) cues.push('stanceDown');
  if (up) cues.push('stanceUp');
  if (over) cues.push(over);
  else if (kinds.has('crisis') || kinds.has('war')) cues.push('crisis');
  else if (kinds.has('summit')) cues.push('gavel');
  else if (kinds.size > 0) cues.push('news');
  return [...new Set(cues)].slice(0, MAX_CUES);
}

/** An order the engine refused gets the refusal sound; an accepted one is heard from the state. */
export function soundForResult(result: { ok: boolean }): EffectId | null {
  return result.ok ? null : 'refuse';
}

/** Music for a screen: the council over the map, the theme everywhere else. */
export function musicFor(screen: string | null | undefined): TrackId {
  return screen === 'game' ? 'council' : 'theme';
}
