// Levels shipped with the game are checked when it is built or served: a broken file
// stops the build with every error and its JSON path, so the browser only ever receives
// levels that passed the schema, already in their parsed form (defaults filled in).
import { relative, resolve, sep } from 'node:path';
import type { Plugin } from 'vite';
import { parseLevel } from '../engine';

/** The text of a level file as the game loads it, or every problem with the file. */
export function checkLevelFile(text: string, file: string): { ok: true; code: string } | { ok: false; message: string } {
  const result = parseLevel(text);
  if (result.ok) return { ok: true, code: JSON.stringify(result.value) };
  const lines = result.error.map((e) => `  ${e.path}: ${e.code}: ${e.message}`);
  return { ok: false, message: `${file} is not a valid level:\n${lines.join('\n')}` };
}

export function checkedLevels(): Plugin {
  let root = process.cwd();
  return {
    name: 'paper-alliance:checked-levels',
    // Before vite turns JSON into a module: it receives the checked, parsed level.
    enforce: 'pre',
    configResolved(config) {
      root = config.root;
    },
    transform(code, id) {
      const file = id.split('?')[0] ?? id;
      const dir = resolve(root, 'levels') + sep;
      if (!file.startsWith(dir) || !file.endsWith('.json') || file.endsWith('.schema.json')) return null;
      const checked = checkLevelFile(code, relative(root, file));
      if (!checked.ok) this.error(checked.message);
      return { code: checked.code, map: null };
    },
  };
}
