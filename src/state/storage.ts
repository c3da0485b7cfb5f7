// localStorage that may not be there: a sandboxed iframe or private mode throws on access.
import { byId } from '../engine';
export interface KeyValue {
  get(key: string): string | null;
  set(key: string, value: string): boolean;
  remove(key: string): void;
  keys(): string[];
  /** False when the browser refused storage and values live in memory only. */
  readonly persistent: boolean;
}

export function memoryStorage(): KeyValue {
  const data: Record<string, string> = Object.create(null) as Record<string, string>;
  return {
    persistent: false,
    get: (key) => (byId(data, key) ?? null),
    set: (key, value) => {
      data[key] = value;
      return true;
    },
    remove: (key) => {
      delete data[key];
    },
    keys: () => Object.keys(data),
  };
}

/** The browser's localStorage if it works, or memory. */
export function browserStorage(): KeyValue {
  let store: Storage;
  try {
    store = window.localStorage;
    const probe = '__paper-alliance-probe__';
    store.setItem(probe, probe);
    store.removeItem(probe);
  } catch {
    return memoryStorage();
  }
  return {
    persistent: true,
    get: (key) => {
      try {
        return store.getItem(key);
      } catch {
        return null;
      }
    },
    set: (key, value) => {
      try {
        store.setItem(key, value);
        return true;
      } catch {
        return false;
      }
    },
    remove: (key) => {
      try {
        store.removeItem(key);
      } catch {
        // Nothing to do: the value stays, and is overwritten next time.
      }
    },
    keys: () => {
      try {
        return Object.keys(store);
      } catch {
        return [];
      }
    },
  };
}
