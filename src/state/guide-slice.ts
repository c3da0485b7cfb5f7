// The guided first turn, as the store holds it: the step shown, moved on by guide.ts.
import type { StateCreator } from 'zustand/vanilla';
import { guideStep, type GuideEvent, type GuideStep } from './guide';
import type { KeyValue } from './storage';
import { writeSettings } from './settings-slice';
import type { AppState } from './store';

export interface GuideSlice {
  /** Step of the guided first turn being shown (1-based), or null. */
  tutorialStep: GuideStep | null;
  /** Tell the guide what happened; closing it marks it done. The store reports steps and selections itself. */
  guide(event: GuideEvent): void;
  /** Show a step of the guided first turn, or null to close it; closing marks it done. */
  setTutorialStep(step: GuideStep | null): void;
}

export const createGuideSlice = (storage: KeyValue): StateCreator<AppState, [['zustand/immer', never]], [], GuideSlice> => (set, get) => ({
  tutorialStep: null,
  guide(event) {
    const before = get().tutorialStep;
    const step = guideStep(before, event);
    if (step !== before) get().setTutorialStep(step);
  },
  setTutorialStep(step) {
    set((d) => {
      d.tutorialStep = step;
      if (step === null) d.settings.tutorial = 'done';
    });
    if (step === null) writeSettings(storage, get().settings);
  },
});
