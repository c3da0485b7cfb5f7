import { z } from 'zod';
import { LevelSchema } from '../engine';

/** The level format as JSON Schema text, as it is published in levels/. */
export function levelJsonSchema(): string {
  const schema = z.toJSONSchema(LevelSchema, { io: 'input', target: 'draft-2020-12' });
  return JSON.stringify({ ...schema, title: 'Paper Alliance level', $id: 'level.schema.json' }, null, 2) + '\n';
}
