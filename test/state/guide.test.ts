// The guided first turn: every move of its state machine, and the store driving it from the
// engine's steps and the player's picks.
import { describe, expect, it } from 'vitest';
import type { StepEvent } from '../../src/engine';
import { GUIDE_STEPS, guideStep, type GuideEvent, type GuideStep } from '../../src/state/guide';
import { memoryStorage } from '../../src/state/storage';
import { createGameStore, SETTINGS_KEY } from '../../src/state/store';

const STEPS: GuideStep[] = [1, 2, 3, 4, 5];
const answered: StepEvent = { type: 'callAnswered', turn: 1, request: 'r1', member: 'TJK' };
const ordered: StepEvent = { type: 'orderGiven', turn: 1, action: { type: 'economicAid', member: 'KGZ' }, cost: {} } as StepEvent;
const monthBegins: StepEvent = { type: 'monthBegins', turn: 2 };
const gameOver = { type: 'gameOver', turn: 8, result: null } as unknown as StepEvent;

describe('the guide as a state machine', () => {
  it('has five steps', () => {
    expect(GUIDE_STEPS).toBe(5);
  });

  it.each([null, ...STEPS])('from %s, beginning opens step 1', (step) => {
    expect(guideStep(step, { type: 'begin' })).toBe(1);
  });

  it.each<[GuideStep, GuideStep | null]>([[1, 2], [2, 3], [3, 4], [4, 5], [5, null]])('Next on step %s goes to %s', (step, next) => {
    expect(guideStep(step, { type: 'next' })).toBe(next);
  });

  it.each(STEPS)('skipping step %s closes the guide', (step) => {
    expect(guideStep(step, { type: 'skip' })).toBeNull();
  });

  it.each(STEPS)('the end of the month, or of the game, closes step %s', (step) => {
    expect(guideStep(step, { type: 'stepped', events: [ordered, monthBegins] })).toBeNull();
    expect(guideStep(step, { type: 'stepped', events: [gameOver] })).toBeNull();
  });

  it.each<[GuideStep, GuideStep]>([[1, 1], [2, 3], [3, 3], [4, 4], [5, 5]])('answering the crisis call on step %s leads to %s', (step, next) => {
    expect(guideStep(step, { type: 'stepped', events: [ordered, answered] })).toBe(next);
  });

  it.each(STEPS)('another order, or none, leaves step %s where it is', (step) => {
    expect(guideStep(step, { type: 'stepped', events: [ordered] })).toBe(step);
    expect(guideStep(step, { type: 'stepped', events: [] })).toBe(step);
  });

  it.each<[GuideStep, GuideStep]>([[1, 1], [2, 2], [3, 3], [4, 5], [5, 5]])('picking a member on step %s leads to %s', (step, next) => {
    expect(guideStep(step, { type: 'selected', member: 'KAZ' })).toBe(next);
  });

  it.each(STEPS)('letting go of the member picked leaves step %s where it is', (step) => {
    expect(guideStep(step, { type: 'selected', member: null })).toBe(step);
  });

  it.each<GuideEvent>([
    { type: 'next' },
    { type: 'skip' },
    { type: 'stepped', events: [answered] },
    { type: 'stepped', events: [monthBegins] },
    { type: 'selected', member: 'ARM' },
  ])('a closed guide stays closed on %j', (event) => {
    expect(guideStep(null, event)).toBeNull();
  });
});

describe('the store drives the guide', () => {
  function guided() {
    const storage = memoryStorage();
    const store = createGameStore({ storage, seed: 7 });
    store.getState().start('may-2022', { seed: 7 });
    return { store, storage, s: store.getState };
  }

  it('moves on when the player answers the call on step 2 and picks a member on step 4', () => {
    const { s } = guided();
    expect(s().tutorialStep).toBe(1);
    s().guide({ type: 'next' });
    expect(s().tutorialStep).toBe(2);
    s().select('KAZ');
    expect(s().tutorialStep).toBe(2);
    const call = s().game.requests.find((r) => r.kind === 'crisisCall' && r.status === 'open')!;
    expect(s().act({ type: 'answerCrisisCall', request: call.id })).toBeNull();
    expect(s().tutorialStep).toBe(3);
    s().guide({ type: 'next' });
    expect(s().tutorialStep).toBe(4);
    // The same member again is no new pick.
    s().select('KAZ');
    expect(s().tutorialStep).toBe(4);
    s().select('ARM');
    expect(s().tutorialStep).toBe(5);
    s().guide({ type: 'next' });
    expect(s().tutorialStep).toBeNull();
    expect(s().settings.tutorial).toBe('done');
  });

  it('a refused order does not move it on', () => {
    const { s } = guided();
    s().guide({ type: 'next' });
    expect(s().act({ type: 'answerCrisisCall', request: 'no-such-call' })).not.toBeNull();
    expect(s().tutorialStep).toBe(2);
  });

  it('closes at the end of the month and remembers that it is done', () => {
    const { s, storage } = guided();
    expect(s().act({ type: 'endTurn' })).toBeNull();
    expect(s().tutorialStep).toBeNull();
    expect(JSON.parse(storage.get(SETTINGS_KEY)!)).toMatchObject({ tutorial: 'done' });
  });

  it('skipping closes it, and the next game of the first level opens without it', () => {
    const { s } = guided();
    s().guide({ type: 'skip' });
    expect(s().tutorialStep).toBeNull();
    s().start('may-2022');
    expect(s().tutorialStep).toBeNull();
  });
});
