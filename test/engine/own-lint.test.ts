// The typed lint rule that sends reads by an untrusted id through byId/hasId fires on a
// record read by any string, everywhere in src, and leaves known ids, arrays and writes alone.
import { ESLint } from 'eslint';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: join(__dirname, '../..') });
const RULE = 'own/no-bare-dictionary-read';

async function findings(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.map((m) => m.ruleId ?? m.message);
}

const RECORD = 'const words: Record<string, string> = { hello: "hi" };\n';

describe('own lookups lint', { timeout: 90_000 }, () => {
  it.each(['engine', 'ui', 'map', 'audio', 'state', 'class', 'i18n', 'cli'])('refuses a record read by a plain string in src/%s', async (dir) => {
    const code = `${RECORD}export const word = (key: string): string | undefined => words[key];\n`;
    expect(await findings(code, `src/${dir}/probe.ts`)).toContain(RULE);
  });
  it.each([
    ['a read-and-assign', `${RECORD}export const ensure = (key: string) => (words[key] ??= "x");\n`],
    ['a count kept by name', 'const counts: { [name: string]: number } = {};\nexport const bump = (name: string) => counts[name]++;\n'],
    ['a key that may be any string', `${RECORD}export const word = (key: string | 'hello') => words[key];\n`],
    ['a template key', `${RECORD}export const word = (key: string) => words[\`\${key}.other\`];\n`],
  ])('refuses %s', async (_, code) => {
    expect(await findings(code, 'src/ui/probe.ts')).toContain(RULE);
  });
  it.each([
    ['byId', `import { byId } from '../engine';\n${RECORD}export const word = (key: string) => byId(words, key);\n`],
    ['a known set of ids', "type Id = 'a' | 'b';\nconst r: Record<Id, number> = { a: 1, b: 2 };\nexport const read = (k: Id) => r[k];\n"],
    ['a literal key', `${RECORD}export const hello = () => words['hello'];\n`],
    ['an array by position', 'const list: string[] = ["a"];\nexport const at = (i: number) => list[i];\n'],
    ['a write', `${RECORD}export const put = (key: string) => { words[key] = "x"; };\n`],
  ])('accepts %s', async (_, code) => {
    expect(await findings(code, 'src/ui/probe.ts')).not.toContain(RULE);
  });
});
