// What the game tells the player outside the play: a save that could not be loaded, storage
// refused, an order refused, an address or a host's message the game could not take.
// Each kind carries typed facts, never text to show: the screens put them into words.
import type { StateCreator } from 'zustand/vanilla';
import { byId, type ActionErrorCode } from '../engine';
import type { LoadProblem } from './save';
import type { AppState } from './store';

/** The settings of the page's address the game reads, each of which can be refused. */
export type AddressField = 'lang' | 'level' | 'difficulty' | 'seed' | 'class' | 'projector' | 'host';

export const HOST_REASONS = ['unknown-type', 'unknown-field', 'bad-value', 'unreadable'] as const;
/** Why a host page's message was refused. */
export type HostReason = (typeof HOST_REASONS)[number];

/** The most of an address's value a notice repeats: enough to recognise a typo, no more. */
export const SHOWN_VALUE = 40;
/** The longest field name a host's notice names. */
export const SHOWN_FIELD = 24;

export type Notice =
  /** A bad save was set aside under a key of its own and a fresh game began. */
  | { kind: 'save-rejected'; problem: LoadProblem }
  /** A bad save could not be set aside, so it stays where it is and this game is not saved. */
  | { kind: 'save-held'; problem: LoadProblem }
  /** The browser refused storage from the start, or refused a write later. */
  | { kind: 'storage-unavailable'; cause: 'refused' | 'write-failed' }
  | { kind: 'action-refused'; code: ActionErrorCode }
  /** The address asked for something the game does not know; `value` is cut to SHOWN_VALUE. */
  | { kind: 'bad-url'; field: AddressField; value: string }
  /** A host page's message was refused; `field` is a short plain name, or '' when none can be shown. */
  | { kind: 'bad-message'; reason: HostReason; field: string };

export type NoticeKind = Notice['kind'];

/** Whether two notices say the same thing. */
export function sameNotice(a: Notice, b: Notice): boolean {
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const entries = Object.entries(left);
  // No field of a notice is undefined, so a field the other lacks never matches.
  return entries.length === Object.keys(right).length && entries.every(([key, value]) => byId(right, key) === value);
}

/** A notice of outside input, held to what a notice may repeat of it. */
function bounded(notice: Notice): Notice {
  if (notice.kind === 'bad-url') return { ...notice, value: notice.value.slice(0, SHOWN_VALUE) };
  if (notice.kind === 'bad-message') return { ...notice, field: notice.field.length > SHOWN_FIELD ? '' : notice.field };
  return notice;
}

export interface NoticesSlice {
  notices: Notice[];
  dismissNotice(kind: NoticeKind): void;
  /** Report a problem: one notice of each kind, the latest kept. */
  notify(notice: Notice): void;
}

export const createNoticesSlice = (notices: Notice[]): StateCreator<AppState, [['zustand/immer', never]], [], NoticesSlice> => (set) => ({
  notices,
  dismissNotice(kind) {
    set((d) => {
      d.notices = d.notices.filter((n) => n.kind !== kind);
    });
  },
  notify(notice) {
    set((d) => {
      d.notices = d.notices.filter((n) => n.kind !== notice.kind);
      d.notices.push(bounded(notice));
    });
  },
});
