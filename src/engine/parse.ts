// Reading untrusted level files: every error with its JSON path and a code; never throws.
import type { z } from 'zod';
import { LevelSchema, type Level } from './level';
import { hasId } from './own';
import { err, ok, type Result } from './result';
import { MEMBERS, STANCES } from './vocabulary';

export const LEVEL_ERROR_CODES = [
  'invalid-json', 'missing', 'wrong-type', 'out-of-range', 'too-few', 'unknown-key', 'unknown-member',
  'unknown-track', 'unknown-claim', 'unknown-type', 'invalid-value', 'bad-format', 'duplicate-id',
  'unknown-event', 'unknown-difficulty', 'event-timing', 'turn-out-of-range', 'unevaluable-objective', 'bad-bounds',
] as const;
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

/** Checks that need the whole level: references between ids, timing, reachable objectives. */
function crossCheck(level: Level): LevelError[] {
  const errors: LevelError[] = [];
  const eventIds: string[] = [];
  level.events.forEach((event, i) => {
    if (eventIds.includes(event.id)) errors.push({ path: jsonPath(['events', i, 'id']), code: 'duplicate-id', message: `event id "${event.id}" is used twice` });
    eventIds.push(event.id);
  });
  level.events.forEach((event, i) => {
    event.after.forEach((ref, j) => {
      if (!eventIds.includes(ref)) errors.push({ path: jsonPath(['events', i, 'after', j]), code: 'unknown-event', message: `no event has id "${ref}"` });
    });
    const dated = event.turn !== undefined;
    const drawn = event.chance !== undefined;
    if (dated === drawn) errors.push({ path: jsonPath(['events', i]), code: 'event-timing', message: 'an event needs exactly one of "turn" (dated) or "chance" (drawn)' });
    if (event.turn !== undefined && event.turn > level.turns) errors.push({ path: jsonPath(['events', i, 'turn']), code: 'turn-out-of-range', message: `turn ${event.turn} is after the last turn (${level.turns})` });
    if (event.from !== undefined && event.from > level.turns) errors.push({ path: jsonPath(['events', i, 'from']), code: 'turn-out-of-range', message: `turn ${event.from} is after the last turn (${level.turns})` });
  });
  if (!hasId(level.difficulties, level.defaultDifficulty)) {
    errors.push({ path: '$.defaultDifficulty', code: 'unknown-difficulty', message: `no difficulty named "${level.defaultDifficulty}"` });
  }
  const objectiveIds: string[] = [];
  level.objectives.forEach((objective, i) => {
    if (objectiveIds.includes(objective.id)) errors.push({ path: jsonPath(['objectives', i, 'id']), code: 'duplicate-id', message: `objective id "${objective.id}" is used twice` });
    objectiveIds.push(objective.id);
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

/** Parse a level from JSON text or an already-parsed value. */
export function parseLevel(input: unknown): Result<Level, LevelError[]> {
  let data = input;
  if (typeof input === 'string') {
    try {
      data = JSON.parse(input);
    } catch (e) {
      return err([{ path: '$', code: 'invalid-json', message: e instanceof Error ? e.message : 'not JSON' }]);
    }
  }
  const parsed = LevelSchema.safeParse(data, { reportInput: true });
  if (!parsed.success) return err(parsed.error.issues.flatMap(fromZod));
  const errors = crossCheck(parsed.data);
  return errors.length > 0 ? err(errors) : ok(parsed.data);
}
