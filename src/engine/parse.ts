// Reading untrusted level files: every error with its JSON path and a code; never throws.
import type { z } from 'zod';
import { LevelSchema, type Level } from './level';
import { byId, hasId } from './own';
import { err, ok, type Result } from './result';
import { MEMBERS, STANCES } from './vocabulary';

export const LEVEL_ERROR_CODES = [
  'invalid-json', 'missing', 'wrong-type', 'out-of-range', 'too-few', 'unknown-key', 'unknown-member',
  'unknown-track', 'unknown-claim', 'unknown-type', 'invalid-value', 'bad-format', 'duplicate-id',
  'unknown-event', 'unknown-difficulty', 'event-timing', 'turn-out-of-range', 'unevaluable-objective', 'bad-bounds',
  'after-cycle', 'bad-date', 'too-large', 'invalid-utf8',
] as const;

/** The largest level file read: the game's own are a few tens of kilobytes. */
export const MAX_LEVEL_BYTES = 1024 * 1024;
export type LevelErrorCode = (typeof LEVEL_ERROR_CODES)[number];

export interface LevelError {
  /** JSON path, e.g. `$.events[3].effects[0].member`. */
  path: string;
  code: LevelErrorCode;
  message: string;
}

type Key = PropertyKey;

export function jsonPath(path: readonly Key[]): string {
  return '$' + path.map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`)).join('');
}

function enumCode(path: readonly Key[]): LevelErrorCode {
  const last = path[path.length - 1];
  const parent = path[path.length - 2];
  if (last === 'member' || parent === 'members') return 'unknown-member';
  if (last === 'track') return 'unknown-track';
  if (parent === 'claims') return 'unknown-claim';
  if (last === 'type') return 'unknown-type';
  return 'invalid-value';
}

function fromZod(issue: z.core.$ZodIssue): LevelError[] {
  const path = issue.path;
  switch (issue.code) {
    case 'invalid_type':
      return [{ path: jsonPath(path), code: issue.input === undefined ? 'missing' : 'wrong-type', message: issue.input === undefined ? `required ${issue.expected} is missing` : `expected ${issue.expected}` }];
    case 'too_small':
    case 'too_big':
      return [{ path: jsonPath(path), code: issue.origin === 'array' ? 'too-few' : 'out-of-range', message: issue.message }];
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({
        path: jsonPath([...path, key]),
        code: path[path.length - 1] === 'members' ? 'unknown-member' : 'unknown-key',
        message: path[path.length - 1] === 'members' ? `"${key}" is not a member (expected one of ${MEMBERS.join(', ')})` : `unknown field "${key}"`,
      }));
    case 'invalid_value':
      return [{ path: jsonPath(path), code: enumCode(path), message: `expected one of ${issue.values.map(String).join(', ')}` }];
    case 'invalid_union':
      // A discriminated union whose "type" matches none of its options.
      return [{ path: jsonPath(path[path.length - 1] === 'type' ? path : [...path, 'type']), code: 'unknown-type', message: 'unknown type' }];
    case 'invalid_format':
      return [{ path: jsonPath(path), code: 'bad-format', message: issue.message }];
    case 'invalid_key':
      return [{ path: jsonPath(path), code: 'bad-format', message: 'invalid key' }];
    default:
      return [{ path: jsonPath(path), code: 'invalid-value', message: issue.message }];
  }
}

/** Ids seen so far, by own property only: a level may name an event `constructor`. */
type Seen = Record<string, number>;
const seen = (): Seen => Object.create(null) as Seen;

/** Whether YYYY-MM-DD names a day the calendar has. */
function realDate(date: string): boolean {
  const year = Number(date.slice(0, 4)), month = Number(date.slice(5, 7)), day = Number(date.slice(8, 10));
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return days !== undefined && day >= 1 && day <= days;
}

/** Events whose `after` waits, through any chain, for itself can never happen: each closing link is reported. */
function afterCycles(level: Level, index: Seen): LevelError[] {
  const errors: LevelError[] = [];
  // 0 unvisited, 1 on the current path, 2 done: each event and link is walked once.
  const mark = new Array<number>(level.events.length).fill(0);
  for (let root = 0; root < level.events.length; root++) {
    if (mark[root] !== 0) continue;
    const stack: { event: number; next: number }[] = [{ event: root, next: 0 }];
    mark[root] = 1;
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const after = level.events[top.event]!.after;
      if (top.next >= after.length) {
        mark[top.event] = 2;
        stack.pop();
        continue;
      }
      const j = top.next++;
      const ref = after[j]!;
      const target = byId(index, ref);
      if (target === undefined) continue;
      if (mark[target] === 1) {
        const message = target === top.event ? `event "${ref}" waits for itself: it can never happen` : `event "${ref}" waits, through its own "after", for this event: neither can ever happen`;
        errors.push({ path: jsonPath(['events', top.event, 'after', j]), code: 'after-cycle', message });
      } else if (mark[target] === 0) {
        mark[target] = 1;
        stack.push({ event: target, next: 0 });
      }
    }
  }
  return errors;
}

/** Checks that need the whole level: references between ids, timing, reachable objectives. Linear in its size. */
function crossCheck(level: Level): LevelError[] {
  const errors: LevelError[] = [];
  const eventIndex = seen();
  level.events.forEach((event, i) => {
    if (Object.hasOwn(eventIndex, event.id)) errors.push({ path: jsonPath(['events', i, 'id']), code: 'duplicate-id', message: `event id "${event.id}" is used twice` });
    else eventIndex[event.id] = i;
  });
  level.events.forEach((event, i) => {
    event.after.forEach((ref, j) => {
      if (!Object.hasOwn(eventIndex, ref)) errors.push({ path: jsonPath(['events', i, 'after', j]), code: 'unknown-event', message: `no event has id "${ref}"` });
    });
    const dated = event.turn !== undefined;
    const drawn = event.chance !== undefined;
    if (dated === drawn) errors.push({ path: jsonPath(['events', i]), code: 'event-timing', message: 'an event needs exactly one of "turn" (dated) or "chance" (drawn)' });
    if (event.turn !== undefined && event.turn > level.turns) errors.push({ path: jsonPath(['events', i, 'turn']), code: 'turn-out-of-range', message: `turn ${event.turn} is after the last turn (${level.turns})` });
    if (event.from !== undefined && event.from > level.turns) errors.push({ path: jsonPath(['events', i, 'from']), code: 'turn-out-of-range', message: `turn ${event.from} is after the last turn (${level.turns})` });
    if (event.date !== undefined && !realDate(event.date)) errors.push({ path: jsonPath(['events', i, 'date']), code: 'bad-date', message: `${event.date} is not a day of the calendar` });
  });
  errors.push(...afterCycles(level, eventIndex));
  if (!hasId(level.difficulties, level.defaultDifficulty)) {
    errors.push({ path: '$.defaultDifficulty', code: 'unknown-difficulty', message: `no difficulty named "${level.defaultDifficulty}"` });
  }
  const objectiveIds = seen();
  level.objectives.forEach((objective, i) => {
    if (Object.hasOwn(objectiveIds, objective.id)) errors.push({ path: jsonPath(['objectives', i, 'id']), code: 'duplicate-id', message: `objective id "${objective.id}" is used twice` });
    objectiveIds[objective.id] = i;
    if (objective.type === 'membersAtLeast' && objective.count > MEMBERS.length) {
      errors.push({ path: jsonPath(['objectives', i, 'count']), code: 'unevaluable-objective', message: `asks for ${objective.count} members; the alliance has ${MEMBERS.length}` });
    }
    if (objective.type === 'noneAtOrBelow' && objective.stance === STANCES[0]) {
      errors.push({ path: jsonPath(['objectives', i, 'stance']), code: 'unevaluable-objective', message: `every stance is at or below "${STANCES[0]}": the objective can never be met` });
    }
  });
  const b = level.stanceBounds;
  if (!(b.backs > b.leans && b.leans > b.drifts && b.drifts > b.abandons)) {
    errors.push({ path: '$.stanceBounds', code: 'bad-bounds', message: 'bounds must fall strictly: backs > leans > drifts > abandons' });
  }
  return errors;
}

/** Bytes the text takes in UTF-8, counted only until they pass `limit`. */
function utf8Length(text: string, limit: number): number {
  let bytes = 0;
  for (let i = 0; i < text.length && bytes <= limit; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c < 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Keys named `__proto__`, anywhere: the schema would drop them silently (a half-read file), so they are refused. */
function protoKeys(data: unknown): LevelError[] {
  const errors: LevelError[] = [];
  // Each node links to its parent, so a path is built only for a key that is reported.
  type Node = { value: unknown; key: Key; parent: Node | null };
  const pathOf = (node: Node | null, last: Key): Key[] => {
    const path: Key[] = [last];
    for (let n = node; n !== null && n.parent !== null; n = n.parent) path.unshift(n.key);
    return path;
  };
  const stack: Node[] = [{ value: data, key: '$', parent: null }];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const value = node.value;
    if (typeof value !== 'object' || value === null) continue;
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) stack.push({ value: value[i], key: i, parent: node });
      continue;
    }
    for (const [key, child] of Object.entries(value)) {
      if (key === '__proto__') errors.push({ path: jsonPath(pathOf(node, key)), code: 'unknown-key', message: '"__proto__" cannot be a key' });
      else stack.push({ value: child, key, parent: node });
    }
  }
  return errors;
}

const tooLarge = () => err<LevelError[]>([{ path: '$', code: 'too-large', message: `the file is larger than ${MAX_LEVEL_BYTES / 1024} kB, the most a level may be` }]);

/** Parse a level from JSON text or an already-parsed value. */
export function parseLevel(input: unknown): Result<Level, LevelError[]> {
  let data = input;
  let text = typeof input === 'string' ? input : null;
  // A file's bytes: they must be UTF-8, and not too many to read.
  if (input instanceof Uint8Array) {
    if (input.byteLength > MAX_LEVEL_BYTES) return tooLarge();
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(input);
    } catch {
      return err([{ path: '$', code: 'invalid-utf8', message: 'the file is not valid UTF-8 text' }]);
    }
  }
  if (text !== null) {
    if (utf8Length(text, MAX_LEVEL_BYTES) > MAX_LEVEL_BYTES) return tooLarge();
    // Editors on Windows begin UTF-8 files with a byte order mark.
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    try {
      data = JSON.parse(text);
    } catch (e) {
      return err([{ path: '$', code: 'invalid-json', message: e instanceof Error ? e.message : 'not JSON' }]);
    }
  }
  const parsed = LevelSchema.safeParse(data, { reportInput: true });
  const proto = protoKeys(data);
  if (!parsed.success || proto.length > 0) {
    const errors = parsed.success ? [] : parsed.error.issues.flatMap(fromZod);
    const reported = seen();
    for (const e of errors) reported[e.path] = 1;
    return err([...errors, ...proto.filter((e) => !Object.hasOwn(reported, e.path))]);
  }
  const errors = crossCheck(parsed.data);
  if (errors.length > 0) return err(errors);
  // zod fills the weights key by key, which leaves an object this large slow to read; a
  // copy of it reads fast, and every rule reads it every month.
  parsed.data.weights = { ...parsed.data.weights };
  return ok(parsed.data);
}
