// Writes levels/level.schema.json from the level format, so editors can complete and check level files.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { levelJsonSchema } from './level-schema';
import { LEVELS_DIR } from './levels';

const file = join(LEVELS_DIR, 'level.schema.json');
writeFileSync(file, levelJsonSchema());
process.stdout.write(`wrote ${file}\n`);
