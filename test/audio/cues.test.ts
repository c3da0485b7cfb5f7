import { describe, expect, it } from 'vitest';
import { act, newGame, stanceRank, undo, type GameState, type Stance } from '../../src/engine';
import { MAX_CUES, kindsFromLevel, musicFor, soundForResult, soundsFor, type EventKind } from '../../src/audio/cues';
import { EFFECTS } from '../../src/audio/sounds';
import { MAY_2022, must } from '../engine/play';

const level = MAY_2022;
const kindOf = kindsFromLevel(level);
const start = () => newGame(level, { seed: 7 });

/** The state after a turn ends, with one member's decision rewritten. */
function afterTurnWith(prev: GameState, changes: Partial<Record<'ARM' | 'BLR' | 'KAZ' | 'KGZ' | 'TJK', [Stance, Stance]>>, options: { news?: string[]; result?: 'win' | 'loss' } = {}): GameState {
  const next = structuredClone(must(prev, level, { type: 'endTurn' }));
  for (const id of ['ARM', 'BLR', 'KAZ', 'KGZ', 'TJK'] as const) {
    const decision = next.members[id].lastDecision!;
    const change = changes[id];
    decision.stanceBefore = change ? change[0] : decision.stance;
    decision.stance = change ? change[1] : decision.stance;
  }
  if (options.news) next.news = options.news.map((event) => ({ event, turn: next.turn }));
  if (options.result) next.result = { outcome: options.result, score: 0, met: [], missed: [], reason: 'end' };
  return next;
}

describe('soundsFor: Moscow’s orders', () => {
  it('is silent for a first state, an unchanged state and a fresh game', () => {
    const s = start();
    expect(soundsFor(null, s, kindOf)).toEqual([]);
    expect(soundsFor(s, s, kindOf)).toEqual([]);
    expect(soundsFor(s, newGame(level, { seed: 8 }), kindOf)).toEqual([]);
  });

  it('confirms an order that went through', () => {
    const s = start();
    const next = must(s, level, { type: 'economicAid', member: 'KAZ' });
    expect(soundsFor(s, next, kindOf)).toEqual(['confirm']);
  });

  it('strikes the gavel when Moscow hosts a summit', () => {
    const s = start();
    const next = act(level, s, { type: 'hostSummit' });
    // The level may put the summit on a cooldown at turn 1; then try the next turn.
    const [before, after] = next.ok ? [s, next.value] : (() => {
      const t2 = must(s, level, { type: 'endTurn' });
      return [t2, must(t2, level, { type: 'hostSummit' })];
    })();
    expect(soundsFor(before, after, kindOf)).toEqual(['gavel']);
  });

  it('is silent on undo: the timeline went back, not forward', () => {
    const s = must(start(), level, { type: 'economicAid', member: 'KAZ' });
    const back = undo(level, s)!;
    expect(back.actions.length).toBe(0);
    expect(soundsFor(s, back, kindOf)).toEqual([]);
  });
});

describe('soundsFor: the end of a turn', () => {
  it('matches the real deliberation and the new month’s news', () => {
    const s = start();
    const next = must(s, level, { type: 'endTurn' });
    const expected: string[] = [];
    const moves = (['ARM', 'BLR', 'KAZ', 'KGZ', 'TJK'] as const).map((id) => next.members[id].lastDecision!);
    if (moves.some((d) => d.stance === 'abandons' && d.stanceBefore !== 'abandons')) expected.push('abandon');
    if (moves.some((d) => d.stance !== 'abandons' && stanceRank(d.stance) > stanceRank(d.stanceBefore))) expected.push('stanceDown');
    if (moves.some((d) => stanceRank(d.stance) < stanceRank(d.stanceBefore))) expected.push('stanceUp');
    const kinds = next.news.map((n) => kindOf(n.event)).filter((k): k is EventKind => !!k);
    if (kinds.includes('crisis') || kinds.includes('war')) expected.push('crisis');
    else if (kinds.includes('summit')) expected.push('gavel');
    else if (kinds.length > 0) expected.push('news');
    expect(kinds.length).toBeGreaterThan(0);
    expect(soundsFor(s, next, kindOf)).toEqual(expected);
  });

  it.each([
    ['a member abandons', { ARM: ['drifts', 'abandons'] }, ['abandon']],
    ['a member drifts away', { KAZ: ['neutral', 'drifts'] }, ['stanceDown']],
    ['a member comes closer', { BLR: ['leans', 'backs'] }, ['stanceUp']],
    ['one leaves, one comes closer', { TJK: ['neutral', 'leans'], KGZ: ['drifts', 'abandons'] }, ['abandon', 'stanceUp']],
    ['mixed moves, gravest first', { TJK: ['neutral', 'leans'], KAZ: ['leans', 'neutral'] }, ['stanceDown', 'stanceUp']],
    ['nobody moves', {}, []],
  ] as const)('%s', (_name, changes, expected) => {
    const s = start();
    expect(soundsFor(s, afterTurnWith(s, changes as never, { news: [] }), kindOf)).toEqual(expected);
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
    const s = start();
    expect(soundsFor(s, afterTurnWith(s, {}, { news: [...news] }), kindOf)).toEqual([expected]);
  });

  it('ignores news ids that are not level events (rivals’ offers, ignored calls)', () => {
    const s = start();
    expect(soundsFor(s, afterTurnWith(s, {}, { news: ['rivalOffer', 'callIgnored'] }), kindOf)).toEqual([]);
  });

  it.each(['win', 'loss'] as const)('ends with the %s, and no news sound, when the game is decided', (outcome) => {
    const s = start();
    const next = afterTurnWith(s, { ARM: ['neutral', 'drifts'] }, { news: ['isk-rockets'], result: outcome });
    expect(soundsFor(s, next, kindOf)).toEqual(['stanceDown', outcome]);
  });

  it('never gives more than the cap, never repeats, and only known effects, over whole games', () => {
    for (const seed of [1, 2, 3]) {
      let state = newGame(level, { seed });
      let outcomes = 0;
      while (state.phase !== 'over') {
        for (const action of [{ type: 'demandSolidarity', member: 'ARM' }, { type: 'coerce', member: 'KAZ' }] as const) {
          const r = act(level, state, action);
          if (!r.ok) continue;
          expect(soundsFor(state, r.value, kindOf)).toEqual(['confirm']);
          state = r.value;
        }
        const next = must(state, level, { type: 'endTurn' });
        const cues = soundsFor(state, next, kindOf);
        expect(cues.length).toBeLessThanOrEqual(MAX_CUES);
        expect(new Set(cues).size).toBe(cues.length);
        for (const c of cues) expect(EFFECTS).toContain(c);
        outcomes += cues.filter((c) => c === 'win' || c === 'loss').length;
        state = next;
      }
      expect(outcomes).toBe(1);
    }
  });
});

describe('other mappings', () => {
  it('refusals sound, accepted orders are left to the state', () => {
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

  it('looks event kinds up in the level, and nothing else', () => {
    expect(kindOf('isk-rockets')).toBe('crisis');
    expect(kindOf('moscow-summit')).toBe('summit');
    expect(kindOf('rivalOffer')).toBeUndefined();
    expect(kindOf('__proto__')).toBeUndefined();
    expect(kindOf('toString')).toBeUndefined();
    expect(kindsFromLevel(null)('isk-rockets')).toBeUndefined();
  });
});

describe('soundsFor: jumps between timelines', () => {
  it('is silent when the next state is not this one plus one order', () => {
    const s = start();
    const aid = must(s, level, { type: 'economicAid', member: 'KAZ' });
    const other = must(must(s, level, { type: 'coerce', member: 'ARM' }), level, { type: 'economicAid', member: 'TJK' });
    // As long as aid plus one, but another timeline (leaving a what-if branch).
    expect(soundsFor(aid, other, kindOf)).toEqual([]);
    // Two orders at once: a replay, not a move.
    expect(soundsFor(s, other, kindOf)).toEqual([]);
  });
});
