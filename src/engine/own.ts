// Untrusted text that names a level, difficulty or any other id is looked up by own property
// only: `in` and bare indexing also find what every object inherits (`constructor`,
// `toString`, `__proto__`), which would pass a check and then break the game.

/** Whether `key` is one of `record`'s own ids. */
export function hasId(record: object, key: unknown): key is string {
  return typeof key === 'string' && Object.hasOwn(record, key);
}

/** The entry `record` holds under its own id `key`, or undefined for anything else. */
export function byId<T>(record: Readonly<Record<string, T>>, key: unknown): T | undefined {
  // The one read by a plain string that the lint allows: the check before it sees own ids only.
  // eslint-disable-next-line own/no-bare-dictionary-read
  return hasId(record, key) ? record[key] : undefined;
}
