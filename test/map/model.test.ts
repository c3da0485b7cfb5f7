import { describe, expect, it } from 'vitest';
import { eventsFromNews, type MapInput } from '../../src/map/model';

const members = {
  ARM: { stance: 'neutral', loyalty: 0 },
  BLR: { stance: 'leans', loyalty: 30 },
  KAZ: { stance: 'neutral', loyalty: 5 },
  KGZ: { stance: 'neutral', loyalty: 5 },
  TJK: { stance: 'neutral', loyalty: 5 },
} as const;

function state(news: MapInput['game']['news']): MapInput {
  return {
    game: { turn: 1, members, news },
    lastStep: [],
    level: {
      start: '2022-05',
      events: [
        { id: 'isk-rockets', kind: 'crisis', members: ['TJK'], rockets: true },
        { id: 'ankara-drones', kind: 'offer', members: ['KAZ'], rival: 'TUR' },
        { id: 'karabakh-clash', kind: 'crisis', members: ['ARM'] },
        { id: 'border-clashes', kind: 'crisis', members: ['KGZ', 'TJK'] },
        { id: 'nordic-applications', kind: 'nato', members: [] },
      ],
    },
    selected: null,
    settings: { reducedMotion: false },
    select: () => {},
  };
}

describe('map events from the news', () => {
  it('shows rockets and offers with their rival where the level says so, other crises plainly', () => {
    const events = eventsFromNews(state([
      { event: 'isk-rockets', turn: 1 },
      { event: 'ankara-drones', turn: 1 },
      { event: 'karabakh-clash', turn: 1 },
      { event: 'border-clashes', turn: 1 },
      { event: 'rivalOffer', turn: 1, member: 'KGZ', rival: 'USA' },
    ]));
    expect(events.map((e) => [e.kind, e.members.join(), e.rival ?? '', e.rockets ?? false])).toEqual([
      ['crisis', 'TJK', '', true],
      ['offer', 'KAZ', 'TUR', false],
      ['crisis', 'ARM', '', false],
      // A clash between two members is not a strike from Afghanistan, though Tajikistan is in it.
      ['crisis', 'KGZ,TJK', '', false],
      ['offer', 'KGZ', 'USA', false],
    ]);
  });

  it('leaves out news that touches no member and no rival', () => {
    expect(eventsFromNews(state([{ event: 'nordic-applications', turn: 1 }]))).toEqual([]);
  });

  it('gives each news item a key that stays the same when read again', () => {
    const news = [{ event: 'isk-rockets', turn: 2 }];
    expect(eventsFromNews(state(news))[0]?.key).toBe(eventsFromNews(state(news))[0]?.key);
  });
});

describe('the map model from the store', () => {
  it('keeps the same events while the news is unchanged, so the map does not redraw', async () => {
    const { fromGameStore } = await import('../../src/map/model');
    let current = state([{ event: 'isk-rockets', turn: 1 }]);
    const listeners: (() => void)[] = [];
    const source = fromGameStore({ getState: () => current, subscribe: (l) => (listeners.push(() => l(current, current)), () => {}) });
    const first = source.read();
    current = { ...current, game: { ...current.game, turn: 1 } };
    const second = source.read();
    expect(second).not.toBe(first);
    expect(second.events).toBe(first.events);
    current = { ...current, game: { ...current.game, news: [] } };
    expect(source.read().events).toEqual([]);
  });

  it('pulses the stances the last step changed, once per step, as the engine reported them', async () => {
    const { fromGameStore } = await import('../../src/map/model');
    let current = state([]);
    const source = fromGameStore({ getState: () => current, subscribe: () => () => {} });
    const first = source.read();
    expect(first.stanceChanges).toEqual([]);
    current = { ...current, lastStep: [{ type: 'monthBegins', turn: 2 }, { type: 'stanceChanged', turn: 1, member: 'KAZ', from: 'neutral', to: 'drifts', loyaltyBefore: 5, loyaltyAfter: -3 }] };
    const second = source.read();
    expect(second.stanceChanges).toEqual([{ member: 'KAZ', to: 'drifts' }]);
    current = { ...current, selected: 'ARM' };
    expect(source.read().stanceChanges).toBe(second.stanceChanges);
  });
});
