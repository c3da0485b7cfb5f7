// News: the level's dated events, the drawn ones, and rivals courting members.
import type { Effect, Level, LevelEvent } from './level';
import { clamp, round1 } from './numbers';
import { mix, nextState } from './random';
import type { GameState } from './state';
import { perLevel } from './tables';
import { inMemberOrder, MEMBERS, ofMember, RIVALS, type MemberId } from './vocabulary';

/** An open call from the event `source` to `member`. */
function callOpen(s: GameState, source: string, member: MemberId): boolean {
  for (const r of s.requests) if (r.status === 'open' && r.source === source && r.member === member) return true;
  return false;
}

/** The turn a request raised now falls due: by the game's last month at the latest, as no month is left to answer it after. */
function dueBy(level: Level, s: GameState, turns: number): number {
  return Math.min(s.turn + turns, level.turns);
}

/** An effect of the event `id` happens. */
function applyEffect(level: Level, s: GameState, id: string, effect: Effect): void {
  switch (effect.type) {
    case 'track':
      s.tracks[effect.track] = clamp(s.tracks[effect.track] + effect.delta, 0, 100);
      break;
    case 'resource':
      s.resources[effect.resource] = Math.max(0, s.resources[effect.resource] + effect.delta);
      break;
    case 'threat': {
      const m = ofMember(s.members, effect.member);
      m.threat = clamp(m.threat + effect.delta, 0, 100);
      break;
    }
    case 'grievance': {
      const m = ofMember(s.members, effect.member);
      m.grievance = clamp(m.grievance + effect.delta, 0, 100);
      break;
    }
    case 'ties': {
      const m = ofMember(s.members, effect.member);
      m.ties[effect.rival] = clamp(m.ties[effect.rival] + effect.delta, 0, 100);
      break;
    }
    case 'loyalty':
      ofMember(s.members, effect.member).shocks.push({ event: id, delta: effect.delta });
      break;
    case 'crisisCall':
      // A crisis that flares again while its call is open raises no second call: the first still stands.
      if (callOpen(s, id, effect.member)) break;
      s.requests.push({ id: `${id}@${s.turn}`, kind: 'crisisCall', member: effect.member, source: id, deadline: dueBy(level, s, effect.turns), status: 'open' });
      break;
    case 'nordicLine':
      if (s.nordicLine === 'undecided' && !s.requests.some((r) => r.kind === 'nordicLine')) {
        s.requests.push({ id: `${id}@${s.turn}`, kind: 'nordicLine', member: null, source: id, deadline: dueBy(level, s, effect.turns), status: 'open' });
      }
      break;
    case 'summit':
      // The alliance's own summit starts the wait for the next, as one Moscow hosts does.
      s.lastSummit = s.turn;
      break;
    case 'confrontation':
      s.confrontation = s.turn;
      break;
  }
}

/**
 * A level event as the monthly draw reads it. The parsed events and effects leave out what
 * they do not use, so each has a shape of its own, and reading them in one place went through
 * V8's slow generic loads; here every field is present, in one shape.
 */
interface Scheduled {
  id: string;
  after: readonly string[];
  /** Its chance each month, for a drawn event (before the crisis scale); 0 for a dated one. */
  chance: number;
  crisis: boolean;
  from: number;
  once: boolean;
  effects: readonly Effect[];
}

/** An effect with every field any effect has, those it does not use undefined. */
function uniform(effect: Effect): Effect {
  const e = effect as Partial<Record<'track' | 'resource' | 'member' | 'rival' | 'delta' | 'turns', unknown>>;
  return { type: effect.type, track: e.track, resource: e.resource, member: e.member, rival: e.rival, delta: e.delta, turns: e.turns } as Effect;
}

function scheduled(event: LevelEvent): Scheduled {
  return {
    id: event.id,
    after: event.after,
    chance: event.chance ?? 0,
    crisis: event.kind === 'crisis',
    from: event.from ?? 1,
    once: event.once,
    effects: event.effects.map(uniform),
  };
}

function happen(level: Level, s: GameState, event: Scheduled): void {
  const effects = event.effects;
  for (let i = 0; i < effects.length; i++) applyEffect(level, s, event.id, effects[i]!);
  s.news.push({ event: event.id, turn: s.turn });
  s.happened.push(event.id);
}

function ready(s: GameState, event: Scheduled): boolean {
  for (const id of event.after) if (!s.happened.includes(id)) return false;
  return true;
}

/** A level's events sorted once for the monthly draw: the dated by their turn, the drawn in level order. */
interface Schedule {
  dated: Scheduled[][];
  drawn: Scheduled[];
}

const NONE: readonly Scheduled[] = [];

// Every month of every game then reads only the events that can happen in it.
const scheduleOf = perLevel((level): Schedule => {
  const schedule: Schedule = { dated: [], drawn: [] };
  for (const event of level.events) {
    if (event.turn !== undefined) (schedule.dated[event.turn] ??= []).push(scheduled(event));
    if (event.chance !== undefined) schedule.drawn.push(scheduled(event));
  }
  return schedule;
});

/** The month's news: dated events first, then each drawn event in level order; drawn crises are `crisisScale` times as likely. */
export function drawNews(level: Level, s: GameState, crisisScale: number): void {
  s.news = [];
  const schedule = scheduleOf(level);
  const dated = schedule.dated[s.turn] ?? NONE;
  for (let i = 0; i < dated.length; i++) {
    const event = dated[i]!;
    if (ready(s, event)) happen(level, s, event);
  }
  const drawn = schedule.drawn;
  // The game's generator is stepped here, one step a draw, and its state written back once.
  let rng = s.rng;
  for (let i = 0; i < drawn.length; i++) {
    const event = drawn[i]!;
    // One draw per drawn event every month, whether or not it can fire: the world's luck
    // then never depends on Moscow's choices, and what-if branches meet the same fortune.
    rng = nextState(rng);
    const roll = mix(rng);
    // The roll, which fails most months, is tested before the history is searched.
    if (roll >= event.chance * (event.crisis ? crisisScale : 1)) continue;
    if (s.turn >= event.from && !(event.once && s.happened.includes(event.id)) && ready(s, event)) happen(level, s, event);
  }
  s.rng = rng;
}

/** The United States and Turkey court members whose loyalty is low (C3, ¶5). */
export function rivalsCourt(level: Level, s: GameState, rivalScale: number): void {
  const w = level.weights;
  const members = inMemberOrder(s.members);
  // The game's generator, stepped here one step a draw, as in `drawNews`.
  let rng = s.rng;
  for (let i = 0; i < MEMBERS.length; i++) {
    const id = MEMBERS[i]!;
    const m = members[i]!;
    for (const rival of RIVALS) {
      rng = nextState(rng);
      const roll = mix(rng);
      if (m.loyalty >= w.offerThreshold) continue;
      // The lower the loyalty and Moscow's credibility, the more eagerly they court.
      const eagerness = 1 + (w.offerThreshold - m.loyalty) / 50 + (50 - s.tracks.credibility) / 100;
      if (roll < w.offerChance * rivalScale * eagerness) {
        m.ties[rival] = round1(clamp(m.ties[rival] + w.offerTies, 0, 100));
        s.news.push({ event: 'rivalOffer', turn: s.turn, member: id, rival });
      }
    }
  }
  s.rng = rng;
}
