// The guided first turn, as the store holds it: the step shown, or none.
import type { StateCreator } from 'zustand/vanilla';
import type { KeyValue } from './storage';
import { writeSettings } from './settings-slice';
import type { AppState } from './store';

export interface GuideSlice {
  /** Step of the guided first turn being shown (1-based), or null. */
  tutorialStep: number | null;
  /** Show a step of the guided first turn, or null to close it; closing marks it done. */
  setTutorialStep(step: number | null): void;
}

export const createGuideSlice = (storage: KeyValue): StateCreator<AppState, [['zustand/immer', never]], [], GuideSlice> => (set, get) => ({
  tutorialStep: null,
  setTutorialStep(step) {
    set((d) => {
      d.tutorialStep = step;
      if (step === null) d.settings.tutorial = 'done';
    });
    if (step === null) writeSettings(storage, get().settings);
  },
});
