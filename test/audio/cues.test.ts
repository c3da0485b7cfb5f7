import { describe, expect, it } from 'vitest';
import { act, newGame, stanceRank, type Stance, type StepEvent } from '../../src/engine';
import { MAX_CUES, musicFor, soundForResult, soundsFor } from '../../src/audio/cues';
import { EFFECTS } from '../../src/audio/sounds';
import { MAY_2022, must } from '../engine/play';

const level = MAY_2022;
const start = () => newGame(level, { seed: 7 });

/** The events of a turn's end: the members' changes, then the news or the result. */
function turnEnd(changes: Partial<Record<'ARM' | 'BLR' | 'KAZ' | 'KGZ' | 'TJK', [Stance, Stance]>>, options: { news?: string[]; result?: 'win' | 'loss' } = {}): StepEvent[] {
  const events: StepEvent[] = [];
  for (const [member, [from, to]] of Object.entries(changes) as [keyof typeof changes, [Stance, Stance]][]) {
    events.push({ type: 'stanceChanged', turn: 1, member, from, to, loyaltyBefore: 0, loyaltyAfter: 0 });
  }
  if (options.result) {
    events.push({ type: 'gameOver', turn: 1, result: { outcome: options.result, score: 0, met: [], missed: [], reason: 'end' } });
  } else {
    events.push({ type: 'monthBegins', turn: 2 });
    for (const id of options.news ?? []) {
      const event = level.events.find((e) => e.id === id)!;
      events.push({ type: 'news', turn: 2, event: id, kind: event.kind, members: event.members });
    }
  }
  return events;
}

describe('soundsFor: Moscow’s orders', () => {
  it('is silent for a step in which nothing happened (a new game, an undo)', () => {
    expect(soundsFor([])).toEqual([]);
  });

  it('confirms an order that went through', () => {
    const r = act(level, start(), { type: 'economicAid', member: 'KAZ' });
    expect(r.ok && soundsFor(r.value.events)).toEqual(['confirm']);
  });

  it('strikes the gavel when Moscow hosts a summit', () => {
    // The level's own summits start the wait for the next: the first month Moscow can host is a few months on.
    let s = start();
    let r = act(level, s, { type: 'hostSummit' });
    while (!r.ok && s.turn < level.turns) {
      s = must(s, level, { type: 'endTurn' });
      r = act(level, s, { type: 'hostSummit' });
    }
    expect(r.ok && soundsFor(r.value.events)).toEqual(['gavel']);
  });
});

describe('soundsFor: the end of a turn', () => {
  it('matches the real deliberation and the new month’s news', () => {
    const s = start();
    const r = act(level, s, { type: 'endTurn' });
    if (!r.ok) throw new Error(r.error.code);
    const next = r.value.state;
    const expected: string[] = [];
    const moves = (['ARM', 'BLR', 'KAZ', 'KGZ', 'TJK'] as const).map((id) => next.members[id].lastDecision!);
    if (moves.some((d) => d.stance === 'abandons' && d.stanceBefore !== 'abandons')) expected.push('abandon');
    if (moves.some((d) => d.stance !== 'abandons' && stanceRank(d.stance) > stanceRank(d.stanceBefore))) expected.push('stanceDown');
    if (moves.some((d) => stanceRank(d.stance) < stanceRank(d.stanceBefore))) expected.push('stanceUp');
    const kinds = next.news.map((n) => level.events.find((e) => e.id === n.event)?.kind).filter((k) => k !== undefined);
    if (kinds.includes('crisis') || kinds.includes('war')) expected.push('crisis');
    else if (kinds.includes('summit')) expected.push('gavel');
    else if (kinds.length > 0) expected.push('news');
    expect(kinds.length).toBeGreaterThan(0);
    expect(soundsFor(r.value.events)).toEqual(expected);
  });

  it.each([
    ['a member abandons', { ARM: ['drifts', 'abandons'] }, ['abandon']],
    ['a member drifts away', { KAZ: ['neutral', 'drifts'] }, ['stanceDown']],
    ['a member comes closer', { BLR: ['leans', 'backs'] }, ['stanceUp']],
    ['one leaves, one comes closer', { TJK: ['neutral', 'leans'], KGZ: ['drifts', 'abandons'] }, ['abandon', 'stanceUp']],
    ['mixed moves, gravest first', { TJK: ['neutral', 'leans'], KAZ: ['leans', 'neutral'] }, ['stanceDown', 'stanceUp']],
    ['nobody moves', {}, []],
  ] as const)('%s', (_name, changes, expected) => {
    expect(soundsFor(turnEnd(changes as never, { news: [] }))).toEqual(expected);
  });

  it.each([
    [['isk-rockets'], 'crisis'],
    [['lysychansk'], 'crisis'],
    [['moscow-summit'], 'gavel'],
    [['spief-refusal'], 'news'],
    [['ankara-drones'], 'news'],
    [['nordic-applications'], 'news'],
    [['spief-refusal', 'border-clashes', 'yerevan-summit'], 'crisis'],
    [['yerevan-summit', 'madrid-summit'], 'gavel'],
  ] as const)('news %j sounds as %s', (news, expected) => {
    expect(soundsFor(turnEnd({}, { news: [...news] }))).toEqual([expected]);
  });

  it('has no news sound for rivals’ offers and ignored calls: they are not news of the month', () => {
    const events: StepEvent[] = [{ type: 'callIgnored', turn: 1, member: 'ARM' }, { type: 'rivalOffer', turn: 1, member: 'KGZ', rival: 'USA' }, { type: 'monthBegins', turn: 2 }];
    expect(soundsFor(events)).toEqual([]);
  });

  it.each(['win', 'loss'] as const)('ends with the %s, and no news sound, when the game is decided', (outcome) => {
    expect(soundsFor(turnEnd({ ARM: ['neutral', 'drifts'] }, { result: outcome }))).toEqual(['stanceDown', outcome]);
  });

  it('never gives more than the cap, never repeats, and only known effects, over whole games', () => {
    for (const seed of [1, 2, 3]) {
      let state = newGame(level, { seed });
      let outcomes = 0;
      while (state.phase !== 'over') {
        for (const action of [{ type: 'demandSolidarity', member: 'ARM' }, { type: 'coerce', member: 'KAZ' }] as const) {
          const r = act(level, state, action);
          if (!r.ok) continue;
          expect(soundsFor(r.value.events)).toEqual(['confirm']);
          state = r.value.state;
        }
        const r = act(level, state, { type: 'endTurn' });
        if (!r.ok) throw new Error(r.error.code);
        const cues = soundsFor(r.value.events);
        expect(cues.length).toBeLessThanOrEqual(MAX_CUES);
        expect(new Set(cues).size).toBe(cues.length);
        for (const c of cues) expect(EFFECTS).toContain(c);
        outcomes += cues.filter((c) => c === 'win' || c === 'loss').length;
        state = r.value.state;
      }
      expect(outcomes).toBe(1);
    }
  });
});

describe('other mappings', () => {
  it('refusals sound, accepted orders are left to the step', () => {
    const s = start();
    expect(soundForResult(act(level, s, { type: 'answerCrisisCall', request: 'no-such-call' }))).toBe('refuse');
    expect(soundForResult(act(level, s, { type: 'economicAid', member: 'ARM' }))).toBeNull();
  });

  it.each([
    ['game', 'council'],
    ['title', 'theme'],
    ['debrief', 'theme'],
    ['briefing', 'theme'],
    [undefined, 'theme'],
  ] as const)('screen %s plays %s', (screen, track) => {
    expect(musicFor(screen)).toBe(track);
  });
});
