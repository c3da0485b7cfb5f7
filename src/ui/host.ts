// Messages from the page that embeds the game: only from the parent frame (and, when the
// embedding page names its origin with `?host=` or the build lists origins, only from
// those), only settings, fully checked. A message that does not parse is refused whole with
// a reason sent back to the host; a notice names at most a short field, never the sender's text.
import { isLang } from '../i18n';
import { SHOWN_FIELD, type HostReason } from '../state/notices-slice';
import { TEXT_SCALES, type GameStore, type Settings } from '../state/store';
import { GAME_SOURCE, type HostWindow } from './report';

export const HOST_SOURCE = 'paper-alliance-host';

export { HOST_REASONS, type HostReason } from '../state/notices-slice';

/** Why a message was refused, and the field at fault (a short, plain name, or '' when none can be shown). */
export interface HostMessageError {
  reason: HostReason;
  field: string;
}

export type HostMessageResult = { ok: true; settings: Partial<Settings> } | { ok: false; error: HostMessageError } | { ok: false; error: null };

/** A field name fit to show: short and plain, or nothing. */
export function shownField(key: string): string {
  return key.length <= SHOWN_FIELD && /^[A-Za-z_$][\w$-]*$/.test(key) ? key : '';
}

function readMessage(data: unknown): HostMessageResult {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { ok: false, error: null };
  if (!Object.hasOwn(data, 'source') || (data as Record<string, unknown>).source !== HOST_SOURCE) return { ok: false, error: null };
  const m = data as Record<string, unknown>;
  if (!Object.hasOwn(m, 'type') || m.type !== 'settings') return { ok: false, error: { reason: 'unknown-type', field: 'type' } };
  const out: Partial<Settings> = {};
  for (const [key, value] of Object.entries(m)) {
    if (key === 'source' || key === 'type') continue;
    if (key === 'lang') {
      if (!isLang(value)) return { ok: false, error: { reason: 'bad-value', field: key } };
      out.lang = value;
    } else if (key === 'reducedMotion') {
      if (typeof value !== 'boolean') return { ok: false, error: { reason: 'bad-value', field: key } };
      out.reducedMotion = value;
    } else if (key === 'textScale') {
      if (!(TEXT_SCALES as readonly unknown[]).includes(value)) return { ok: false, error: { reason: 'bad-value', field: key } };
      out.textScale = value as number;
    } else {
      return { ok: false, error: { reason: 'unknown-field', field: shownField(key) } };
    }
  }
  return { ok: true, settings: out };
}

/** Parse a message; `error: null` means it was not meant for the game at all. Never throws. */
export function parseHostMessage(data: unknown): HostMessageResult {
  try {
    return readMessage(data);
  } catch {
    // A getter or proxy that throws: nothing of it is taken.
    return { ok: false, error: { reason: 'unreadable', field: '' } };
  }
}

export type HostOriginsResult = { ok: true; origins: readonly string[] | null } | { ok: false; field: 'host'; value: string };

/** An origin as a host names it: `https://school.example` (a trailing slash allowed), nothing more. */
function originOf(text: string): string | null {
  if (text.length > 2048) return null;
  try {
    const url = new URL(text);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    return text === url.origin || text === `${url.origin}/` ? url.origin : null;
  } catch {
    return null;
  }
}

/** Origins the game takes messages from and posts to: the build's list, narrowed by `?host=`;
 *  null when neither names any (then only "from the parent frame" holds). */
export function hostOriginsFrom(params: URLSearchParams, built: string | undefined): HostOriginsResult {
  const list = (built ?? '').split(',').map((o) => o.trim()).filter((o) => o !== '').map(originOf).filter((o): o is string => o !== null);
  const asked = params.get('host');
  if (asked === null) return { ok: true, origins: list.length > 0 ? list : null };
  const origin = originOf(asked);
  if (origin === null || (list.length > 0 && !list.includes(origin))) return { ok: false, field: 'host', value: asked };
  return { ok: true, origins: [origin] };
}

/** Where the game's messages go: the named origin, else the parent's own origin as the browser tells it. */
export function postTarget(origins: readonly string[] | null, parentOrigin: string | null): string | null {
  if (origins !== null) {
    if (origins.length === 1) return origins[0]!;
    return parentOrigin !== null && origins.includes(parentOrigin) ? parentOrigin : null;
  }
  // With no origin named the game still posts only to its parent, whose origin the browser may not tell.
  return parentOrigin !== null && parentOrigin !== 'null' ? parentOrigin : '*';
}

/** The parent page's origin, where the browser tells it (Chromium and Safari: ancestorOrigins; else the referrer). */
export function parentOrigin(win: Window): string | null {
  const ancestors = win.location.ancestorOrigins as DOMStringList | undefined;
  if (ancestors && ancestors.length > 0) return ancestors.item(0);
  try {
    return win.document.referrer ? new URL(win.document.referrer).origin : null;
  } catch {
    return null;
  }
}

export interface HostLink {
  /** The embedding page, or null when the game is not embedded. */
  parent: HostWindow | null;
  /** Origins taken, or null for any origin of the parent frame. */
  origins: readonly string[] | null;
}

export function listenToHost(store: GameStore, link: HostLink, win: Pick<Window, 'addEventListener' | 'removeEventListener'> = window): () => void {
  const onMessage = (event: MessageEvent) => {
    // Only the embedding page steers the game: other frames and openers are not heard at all.
    if (link.parent === null || event.source !== link.parent) return;
    if (link.origins !== null && !link.origins.includes(event.origin)) return;
    const parsed = parseHostMessage(event.data);
    if (parsed.ok) {
      store.getState().setSettings(parsed.settings);
      return;
    }
    if (!parsed.error) return;
    store.getState().notify({ kind: 'bad-message', reason: parsed.error.reason, field: parsed.error.field });
    try {
      link.parent.postMessage({ source: GAME_SOURCE, type: 'error', reason: parsed.error.reason, field: parsed.error.field }, event.origin === 'null' ? '*' : event.origin);
    } catch {
      // The host went away: nobody to tell.
    }
  };
  win.addEventListener('message', onMessage);
  return () => win.removeEventListener('message', onMessage);
}
