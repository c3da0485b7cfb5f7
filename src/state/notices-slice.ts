// What the game tells the player outside the play: a save that could not be loaded, storage
// refused, an order refused, an address or a host's message the game could not take.
import type { StateCreator } from 'zustand/vanilla';
import type { AppState } from './store';

export type NoticeKind = 'save-rejected' | 'save-held' | 'storage-unavailable' | 'action-refused' | 'bad-url' | 'bad-message';
export interface Notice {
  kind: NoticeKind;
  detail: string;
}

export interface NoticesSlice {
  notices: Notice[];
  dismissNotice(kind: NoticeKind): void;
  /** Report a problem with outside input (the address, a host page's message). */
  notify(kind: NoticeKind, detail: string): void;
}

export const createNoticesSlice = (notices: Notice[]): StateCreator<AppState, [['zustand/immer', never]], [], NoticesSlice> => (set) => ({
  notices,
  dismissNotice(kind) {
    set((d) => {
      d.notices = d.notices.filter((n) => n.kind !== kind);
    });
  },
  notify(kind, detail) {
    set((d) => {
      d.notices = d.notices.filter((n) => n.kind !== kind);
      d.notices.push({ kind, detail });
    });
  },
});
