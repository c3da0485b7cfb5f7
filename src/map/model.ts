// What the map reads from the game, through one narrow interface. The map never
// imports the store: `fromGameStore` adapts whatever store is handed to mountMap, read
// through the store's own types (a type import only) and the engine's public ones.
import type { GameState, Level, LevelEvent, MemberId, RivalId, Stance, StepEvent } from '../engine';
import type { AppState } from '../state/store';

export type MapEventKind = LevelEvent['kind'];

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
  debugState(): MapInput;
}

/** What the map needs of a level's event: what kind of news it is, whom it touches, who courts, whether rockets fly. */
export type MapLevelEvent = Pick<LevelEvent, 'id' | 'kind' | 'members' | 'rival' | 'rockets'>;

/**
 * What the map reads of the game store: the store's state (AppState) narrowed to the few
 * fields the map draws from, so a stand-in in a test need hold no more.
 */
export interface MapInput extends Pick<AppState, 'lastStep' | 'selected' | 'select'> {
  game: Pick<GameState, 'turn' | 'news'> & { members: Readonly<Record<MemberId, MemberView>> };
  /** Its first month dates the map; its events say what kind each news item is. */
  level: Pick<Level, 'start'> & { events: readonly MapLevelEvent[] };
  settings: Pick<AppState['settings'], 'reducedMotion'>;
}

export interface StoreLike<S> {
  getState(): S;
  subscribe(listener: (state: S, previous: S) => void): () => void;
}

const NO_CHANGES: readonly StanceChange[] = [];

/** The stance changes of the last step, from the engine's report of it. */
export function stanceChangesOf(step: readonly StepEvent[]): readonly StanceChange[] {
  const out: StanceChange[] = [];
  for (const event of step) if (event.type === 'stanceChanged') out.push({ member: event.member, to: event.to });
  return out.length > 0 ? out : NO_CHANGES;
}

/** The month of `turn`, "YYYY-MM", counted from the level's first month; empty when the level does not say. */
export function monthOfTurn(level: Pick<Level, 'start'>, turn: number): string {
  const start = level.start;
  if (!/^\d{4}-\d{2}$/.test(start)) return '';
  const [y, m] = start.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) + (turn - 1);
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The map's events from this turn's news: rival offers, IS-K rockets, crises, summits. */
export function eventsFromNews(state: Pick<MapInput, 'game' | 'level'>): MapEvent[] {
  const known = state.level.events;
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
export function fromGameStore<S extends MapInput>(store: StoreLike<S>): MapSource {
  let lastGame: MapInput['game'] | null = null;
  let lastSelected: MemberId | null = null;
  let lastMotion = false;
  let model: MapModel | null = null;
  // Events are rebuilt only when the news or the level changes, so the map redraws only then.
  let lastNews: MapInput['game']['news'] | null = null;
  let lastLevel: MapInput['level'] | null = null;
  let events: MapEvent[] = [];
  let lastStep: MapInput['lastStep'] | null = null;
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
