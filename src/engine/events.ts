// News: the level's dated events, the drawn ones, and rivals courting members.
import type { Effect, Level, LevelEvent } from './level';
import { clamp, round1 } from './numbers';
import { draw } from './random';
import type { GameState } from './state';
import { inMemberOrder, MEMBERS, RIVALS } from './vocabulary';

function applyEffect(s: GameState, event: LevelEvent, effect: Effect): void {
  switch (effect.type) {
    case 'track':
      s.tracks[effect.track] = clamp(s.tracks[effect.track] + effect.delta, 0, 100);
      break;
    case 'resource':
      s.resources[effect.resource] = Math.max(0, s.resources[effect.resource] + effect.delta);
      break;
    case 'threat': {
      const m = s.members[effect.member];
      m.threat = clamp(m.threat + effect.delta, 0, 100);
      break;
    }
    case 'grievance': {
      const m = s.members[effect.member];
      m.grievance = clamp(m.grievance + effect.delta, 0, 100);
      break;
    }
    case 'ties': {
      const m = s.members[effect.member];
      m.ties[effect.rival] = clamp(m.ties[effect.rival] + effect.delta, 0, 100);
      break;
    }
    case 'loyalty':
      s.members[effect.member].shocks.push({ event: event.id, delta: effect.delta });
      break;
    case 'crisisCall':
      s.requests.push({ id: `${event.id}@${s.turn}`, kind: 'crisisCall', member: effect.member, source: event.id, deadline: s.turn + effect.turns, status: 'open' });
      break;
    case 'nordicLine':
      if (s.nordicLine === 'undecided' && !s.requests.some((r) => r.kind === 'nordicLine')) {
        s.requests.push({ id: `${event.id}@${s.turn}`, kind: 'nordicLine', member: null, source: event.id, deadline: s.turn + effect.turns, status: 'open' });
      }
      break;
    case 'summit':
      s.summitTurn = s.turn;
      break;
    case 'confrontation':
      s.confrontation = s.turn;
      break;
  }
}

function happen(s: GameState, event: LevelEvent): void {
  for (const effect of event.effects) applyEffect(s, event, effect);
  s.news.push({ event: event.id, turn: s.turn });
  s.happened.push(event.id);
}

function ready(s: GameState, event: LevelEvent): boolean {
  for (const id of event.after) if (!s.happened.includes(id)) return false;
  return true;
}

/** A level's events sorted once for the monthly draw: the dated by their turn, the drawn in level order. */
interface Schedule {
  dated: LevelEvent[][];
  drawn: LevelEvent[];
}

// Built once for each level's list of events, which nothing writes to once it is parsed:
// every month of every game then reads only the events that can happen in it.
const SCHEDULES = new WeakMap<readonly LevelEvent[], Schedule>();
const NONE: readonly LevelEvent[] = [];

function scheduleOf(events: readonly LevelEvent[]): Schedule {
  let schedule = SCHEDULES.get(events);
  if (schedule === undefined) {
    schedule = { dated: [], drawn: [] };
    for (const event of events) {
      if (event.turn !== undefined) (schedule.dated[event.turn] ??= []).push(event);
      if (event.chance !== undefined) schedule.drawn.push(event);
    }
    SCHEDULES.set(events, schedule);
  }
  return schedule;
}

/** The month's news: dated events first, then each drawn event in level order; drawn crises are `crisisScale` times as likely. */
export function drawNews(level: Level, s: GameState, crisisScale: number): void {
  s.news = [];
  const schedule = scheduleOf(level.events);
  const dated = schedule.dated[s.turn] ?? NONE;
  for (let i = 0; i < dated.length; i++) {
    const event = dated[i]!;
    if (ready(s, event)) happen(s, event);
  }
  const drawn = schedule.drawn;
  for (let i = 0; i < drawn.length; i++) {
    const event = drawn[i]!;
    // One draw per drawn event every month, whether or not it can fire: the world's luck
    // then never depends on Moscow's choices, and what-if branches meet the same fortune.
    const roll = draw(s);
    // The roll, which fails most months, is tested before the history is searched.
    if (roll >= event.chance! * (event.kind === 'crisis' ? crisisScale : 1)) continue;
    if (s.turn >= (event.from ?? 1) && !(event.once && s.happened.includes(event.id)) && ready(s, event)) happen(s, event);
  }
}

/** The United States and Turkey court members whose loyalty is low (C3, ¶5). */
export function rivalsCourt(level: Level, s: GameState, rivalScale: number): void {
  const w = level.weights;
  const members = inMemberOrder(s.members);
  for (let i = 0; i < MEMBERS.length; i++) {
    const id = MEMBERS[i]!;
    const m = members[i]!;
    for (const rival of RIVALS) {
      const roll = draw(s);
      if (m.loyalty >= w.offerThreshold) continue;
      // The lower the loyalty and Moscow's credibility, the more eagerly they court.
      const eagerness = 1 + (w.offerThreshold - m.loyalty) / 50 + (50 - s.tracks.credibility) / 100;
      if (roll < w.offerChance * rivalScale * eagerness) {
        m.ties[rival] = round1(clamp(m.ties[rival] + w.offerTies, 0, 100));
        s.news.push({ event: 'rivalOffer', turn: s.turn, member: id, rival });
      }
    }
  }
}
