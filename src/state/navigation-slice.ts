// Where the player is: the screen shown and the member picked on the map or the cards.
import type { StateCreator } from 'zustand/vanilla';
import type { MemberId } from '../engine';
import type { AppState } from './store';

export type Screen = 'title' | 'levels' | 'game' | 'debrief' | 'rulebook' | 'sources' | 'settings' | 'howto' | 'whatif' | 'class' | 'classSetup' | 'resultCode' | 'results' | 'pack';

export interface NavigationSlice {
  screen: Screen;
  selected: MemberId | null;
  select(member: MemberId | null): void;
  show(screen: Screen): void;
}

export const createNavigationSlice = (): StateCreator<AppState, [['zustand/immer', never]], [], NavigationSlice> => (set, get) => ({
  screen: 'title',
  selected: null,
  select(member) {
    const before = get().selected;
    set((d) => {
      d.selected = member;
    });
    if (member !== before) get().guide({ type: 'selected', member });
  },
  show(screen) {
    set((d) => {
      d.screen = screen;
    });
  },
});
