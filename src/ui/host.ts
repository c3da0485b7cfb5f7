// Messages from a page that embeds the game: only settings, fully checked; anything
// addressed to us that does not parse is reported and ignored, never half-applied.
import { isLang } from '../i18n';
import { TEXT_SCALES, type GameStore, type Settings } from '../state/store';

export const HOST_SOURCE = 'paper-alliance-host';

/** What was wrong with a message: an unknown type, or a field with a value it cannot take. */
export interface HostMessageError {
  field: string;
  value: string;
}

export type HostMessageResult = { ok: true; settings: Partial<Settings> } | { ok: false; error: HostMessageError } | { ok: false; error: null };

/** Parse a message; `error: null` means it was not meant for the game at all. */
export function parseHostMessage(data: unknown): HostMessageResult {
  if (typeof data !== 'object' || data === null || (data as Record<string, unknown>).source !== HOST_SOURCE) return { ok: false, error: null };
  const m = data as Record<string, unknown>;
  if (m.type !== 'settings') return { ok: false, error: { field: 'type', value: JSON.stringify(m.type) ?? 'undefined' } };
  const out: Partial<Settings> = {};
  for (const [key, value] of Object.entries(m)) {
    if (key === 'source' || key === 'type') continue;
    if (key === 'lang' && isLang(value)) out.lang = value;
    else if (key === 'reducedMotion' && typeof value === 'boolean') out.reducedMotion = value;
    else if (key === 'textScale' && (TEXT_SCALES as readonly unknown[]).includes(value)) out.textScale = value as number;
    else return { ok: false, error: { field: key, value: JSON.stringify(value) ?? 'undefined' } };
  }
  return { ok: true, settings: out };
}

export function listenToHost(store: GameStore): () => void {
  const onMessage = (event: MessageEvent) => {
    const parsed = parseHostMessage(event.data);
    if (parsed.ok) store.getState().setSettings(parsed.settings);
    else if (parsed.error) store.getState().notify('bad-message', JSON.stringify(parsed.error));
  };
  window.addEventListener('message', onMessage);
  return () => window.removeEventListener('message', onMessage);
}
