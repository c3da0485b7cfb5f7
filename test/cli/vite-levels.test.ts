// The build checks the shipped levels: a broken file stops it with every error and its
// path; a good one reaches the game parsed, with the schema's defaults filled in.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import { afterEach, describe, expect, it } from 'vitest';
import { checkedLevels, checkLevelFile } from '../../src/cli/vite-levels';

const FIXTURES = join(__dirname, '../fixtures');
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Builds a one-file project that imports `levels/level.json` and returns what the bundle holds. */
async function buildWith(levelText: string): Promise<unknown> {
  const root = mkdtempSync(join(tmpdir(), 'paper-alliance-levels-'));
  dirs.push(root);
  mkdirSync(join(root, 'levels'));
  writeFileSync(join(root, 'levels', 'level.json'), levelText);
  writeFileSync(join(root, 'entry.js'), "import level from './levels/level.json';\nexport default level;\n");
  await build({
    root,
    configFile: false,
    logLevel: 'silent',
    plugins: [checkedLevels()],
    build: { outDir: join(root, 'out'), lib: { entry: join(root, 'entry.js'), formats: ['es'], fileName: 'level' }, minify: false },
  });
  const [file] = readdirSync(join(root, 'out'));
  const module = (await import(pathToFileURL(join(root, 'out', file ?? 'missing')).href)) as { default: unknown };
  return module.default;
}

describe('levels checked at build time', () => {
  it('a good level reaches the bundle parsed, defaults filled in', async () => {
    const level = JSON.parse(readFileSync(join(FIXTURES, 'minimal-level.json'), 'utf8')) as { events: { id: string; once?: boolean }[] };
    const first = level.events[0];
    if (!first) throw new Error('the minimal fixture has no event');
    delete first.once;
    const built = (await buildWith(JSON.stringify(level))) as typeof level;
    // The schema's default for an event without `once` is true.
    expect(built.events[0]).toMatchObject({ id: first.id, once: true });
  });

  it('a broken level stops the build, naming the file, the path and the code', async () => {
    await expect(buildWith(readFileSync(join(FIXTURES, 'bad-levels', 'unknown-member.json'), 'utf8'))).rejects.toThrow(/levels\/level\.json is not a valid level:\n\s+\$\.members\.\w+: unknown-member/);
  });

  it('reports every problem, one a line', async () => {
    const checked = await checkLevelFile(readFileSync(join(FIXTURES, 'bad-levels', 'invalid-json.json'), 'utf8'), 'levels/x.json');
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.message).toMatch(/^levels\/x\.json is not a valid level:\n {2}\$: invalid-json: /);
  });
});
