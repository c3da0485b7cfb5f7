// The guided first turn as a small state machine: five steps, each moved on by the player
// pressing Next or by doing what the step asks, closed by skipping, finishing or the month's end.
import type { MemberId, StepEvent } from '../engine';

export const GUIDE_STEPS = 5;

/** The step shown (1-based), or null when the guide is closed. */
export type GuideStep = 1 | 2 | 3 | 4 | 5;

export type GuideEvent =
  /** The first level begins while the guide still waits for the player. */
  | { type: 'begin' }
  /** The engine took a step and reported these events. */
  | { type: 'stepped'; events: readonly StepEvent[] }
  /** The player picked another member (or none). */
  | { type: 'selected'; member: MemberId | null }
  /** Next; on the last step, Done. */
  | { type: 'next' }
  | { type: 'skip' };

const after = (step: GuideStep): GuideStep | null => (step < GUIDE_STEPS ? ((step + 1) as GuideStep) : null);

export function guideStep(step: GuideStep | null, event: GuideEvent): GuideStep | null {
  if (event.type === 'begin') return 1;
  if (step === null) return null;
  switch (event.type) {
    case 'next':
      return after(step);
    case 'skip':
      return null;
    case 'stepped':
      // The month it explains is over: the guide has nothing left to point at.
      if (event.events.some((e) => e.type === 'monthBegins' || e.type === 'gameOver')) return null;
      // Step 2 asks for the crisis call to be answered; step 4 for a member to be picked.
      return step === 2 && event.events.some((e) => e.type === 'callAnswered') ? 3 : step;
    case 'selected':
      return step === 4 && event.member !== null ? 5 : step;
  }
}
