// What the map reads from the game, through one narrow interface. The map never
// imports the store: `fromGameStore` adapts whatever store is handed to mountMap.
import type { MemberId, RivalId, Stance } from '../engine/vocabulary';

export type MapEventKind = 'crisis' | 'offer' | 'summit' | 'nato' | 'war' | 'news';

export interface MapEvent {
  /** Stable across re-reads of the same news item, so an effect plays once. */
  key: string;
  kind: MapEventKind;
  members: MemberId[];
  /** Who makes an offer, for an arrow from the United States or Turkey. */
  rival?: RivalId;
  /** Rockets from Afghanistan (IS-K) into the members named. */
  rockets?: boolean;
}

/** A member that moved to another stance in the step just taken. */
export interface StanceChange {
  member: MemberId;
  to: Stance;
}

export interface MemberView {
  stance: Stance;
  loyalty: number;
}

export interface MapModel {
  members: Readonly<Record<MemberId, MemberView>>;
  selected: MemberId | null;
  reducedMotion: boolean;
  turn: number;
  /** The month shown, "YYYY-MM": a few names on the map changed in 2022. */
  month: string;
  /** This turn's events that show on the map. */
  events: readonly MapEvent[];
  /** Stances changed by the step just taken, as the engine reported it: a new list for each step. */
  stanceChanges: readonly StanceChange[];
}

export interface MapSource {
  read(): MapModel;
  subscribe(listener: () => void): () => void;
  select(member: MemberId | null): void;
  /** The whole store state, for the `?debug=1` test handle. */
  debugState(): unknown;
}

/** The shape the map expects of the game store (see src/state/store.ts). */
export interface GameStoreState {
  game: {
    turn: number;
    members: Readonly<Record<MemberId, MemberView>>;
    news: readonly { event: string; turn: number; member?: MemberId; rival?: RivalId }[];
  };
  /** What happened in the last step, as the engine said (see AppState.lastStep). */
  lastStep?: readonly { type: string; member?: MemberId | null; to?: Stance }[];
  /** The level, when the store holds it: its first month dates the map; its events say what kind each news item is, who courts, and whether rockets fly. */
  level?: { start?: string; events: readonly { id: string; kind: MapEventKind; members?: readonly MemberId[]; rival?: RivalId; rockets?: boolean }[] } | unknown;
  selected: MemberId | null;
  settings: { reducedMotion: boolean };
  select(member: MemberId | null): void;
}

export interface StoreLike<S> {
  getState(): S;
  subscribe(listener: (state: S, previous: S) => void): () => void;
}

interface LevelEventLike {
  id: string;
  kind: MapEventKind;
  members?: readonly MemberId[];
  rival?: RivalId;
  rockets?: boolean;
}

const NO_CHANGES: readonly StanceChange[] = [];

/** The stance changes of the last step, from the engine's report of it. */
export function stanceChangesOf(step: GameStoreState['lastStep']): readonly StanceChange[] {
  const out: StanceChange[] = [];
  for (const event of step ?? []) if (event.type === 'stanceChanged' && event.member && event.to) out.push({ member: event.member, to: event.to });
  return out.length > 0 ? out : NO_CHANGES;
}

/** The month of `turn`, "YYYY-MM", counted from the level's first month; empty when the level does not say. */
export function monthOfTurn(level: unknown, turn: number): string {
  const start = typeof level === 'object' && level !== null && 'start' in level ? (level as { start: unknown }).start : null;
  if (typeof start !== 'string' || !/^\d{4}-\d{2}$/.test(start)) return '';
  const [y, m] = start.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) + (turn - 1);
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

function levelEvents(level: unknown): readonly LevelEventLike[] {
  if (typeof level !== 'object' || level === null || !('events' in level)) return [];
  const events = (level as { events: unknown }).events;
  return Array.isArray(events) ? (events as LevelEventLike[]) : [];
}

/** The map's events from this turn's news: rival offers, IS-K rockets, crises, summits. */
export function eventsFromNews(state: GameStoreState): MapEvent[] {
  const known = levelEvents(state.level);
  const out: MapEvent[] = [];
  state.game.news.forEach((item, index) => {
    const key = `${item.turn}:${index}:${item.event}`;
    if (item.event === 'rivalOffer' && item.member && item.rival) {
      out.push({ key, kind: 'offer', members: [item.member], rival: item.rival });
      return;
    }
    const def = known.find((event) => event.id === item.event);
    const members = [...(def?.members ?? (item.member ? [item.member] : []))];
    const kind = def?.kind ?? 'news';
    const event: MapEvent = { key, kind, members };
    // Who courts, and whether rockets fly, is the level's to say.
    const rival = item.rival ?? def?.rival;
    if (rival) event.rival = rival;
    if (def?.rockets) event.rockets = true;
    if (members.length > 0 || event.rival) out.push(event);
  });
  return out;
}

/** Adapts the game store to the map; the model is rebuilt only when its inputs change. */
export function fromGameStore<S extends GameStoreState>(store: StoreLike<S>): MapSource {
  let lastGame: unknown = null;
  let lastSelected: MemberId | null = null;
  let lastMotion = false;
  let model: MapModel | null = null;
  // Events are rebuilt only when the news or the level changes, so the map redraws only then.
  let lastNews: unknown = null;
  let lastLevel: unknown = null;
  let events: MapEvent[] = [];
  let lastStep: unknown = null;
  let stanceChanges: readonly StanceChange[] = NO_CHANGES;
  return {
    read() {
      const state = store.getState();
      if (!model || state.game !== lastGame || state.selected !== lastSelected || state.settings.reducedMotion !== lastMotion || state.lastStep !== lastStep) {
        lastGame = state.game;
        lastSelected = state.selected;
        lastMotion = state.settings.reducedMotion;
        if (state.game.news !== lastNews || state.level !== lastLevel) {
          lastNews = state.game.news;
          lastLevel = state.level;
          events = eventsFromNews(state);
        }
        if (state.lastStep !== lastStep) {
          lastStep = state.lastStep;
          stanceChanges = stanceChangesOf(state.lastStep);
        }
        model = {
          stanceChanges,
          members: state.game.members,
          selected: state.selected,
          reducedMotion: state.settings.reducedMotion,
          turn: state.game.turn,
          month: monthOfTurn(state.level, state.game.turn),
          events,
        };
      }
      return model;
    },
    subscribe(listener) {
      return store.subscribe(() => listener());
    },
    select(member) {
      store.getState().select(member);
    },
    debugState() {
      return store.getState();
    },
  };
}
