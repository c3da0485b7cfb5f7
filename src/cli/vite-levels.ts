// Levels shipped with the game are checked when it is built or served: a broken file
// stops the build with every error and its JSON path, so the browser only ever receives
// levels that passed the schema, already in their parsed form (defaults filled in).
import { readFile } from 'node:fs/promises';
import { relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport, type Plugin } from 'vite';

type Engine = typeof import('../engine/index');
let engine: Promise<Engine> | null = null;

/** The engine's level parser, loaded through Vite only when a level is checked (so the config stays small). */
function loadEngine(): Promise<Engine> {
  return (engine ??= runnerImport<Engine>(fileURLToPath(new URL('../engine/index.ts', import.meta.url)), { configFile: false, logLevel: 'silent' }).then((loaded) => loaded.module));
}

/** The text of a level file as the game loads it, or every problem with the file. */
export async function checkLevelFile(text: string | Uint8Array, file: string): Promise<{ ok: true; code: string } | { ok: false; message: string }> {
  const { parseLevel } = await loadEngine();
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
    async transform(code, id) {
      const file = id.split('?')[0] ?? id;
      const dir = resolve(root, 'levels') + sep;
      if (!file.startsWith(dir) || !file.endsWith('.json') || file.endsWith('.schema.json')) return null;
      // The file's own bytes where they can be read, so invalid UTF-8 is caught, not replaced.
      let source: string | Uint8Array = code;
      try {
        source = await readFile(file);
      } catch {
        // A virtual or moved file: check the text Vite holds.
      }
      const checked = await checkLevelFile(source, relative(root, file));
      if (!checked.ok) this.error(checked.message);
      return { code: checked.code, map: null };
    },
  };
}
