// Synthesise every sound of the game and encode it to assets/audio/ as Ogg Vorbis and MP3.
//   npm run sounds             write the files and manifest.json
//   npm run sounds -- --check  rebuild in memory; fail if any committed byte differs or the budget is exceeded
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FORMATS } from '../audio/sounds';
import { SAMPLE_RATE } from '../audio/synth/dsp';
import { FILES, build, sha256 } from '../audio/synth/encode';

/** The issue's budget for all audio files together, both formats. */
const AUDIO_BUDGET_BYTES = 400_000;

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const outDir = join(root, 'assets', 'audio');

async function main(): Promise<number> {
  const check = process.argv.includes('--check');
  const built = await build();
  const problems: string[] = [];
  const files: Record<string, Record<string, { bytes: number; sha256: string }>> = {};
  let total = 0;
  for (const file of FILES) {
    files[file] = {};
    for (const format of FORMATS) {
      const bytes = built.bytes[file][format];
      total += bytes.length;
      files[file][format] = { bytes: bytes.length, sha256: sha256(bytes) };
      const path = join(outDir, `${file}.${format}`);
      if (check) {
        if (!existsSync(path)) problems.push(`${file}.${format} is missing`);
        else if (sha256(readFileSync(path)) !== sha256(bytes)) problems.push(`${file}.${format} differs from a fresh render`);
      } else {
        mkdirSync(outDir, { recursive: true });
        writeFileSync(path, bytes);
      }
      console.log(`${`${file}.${format}`.padEnd(14)} ${String(bytes.length).padStart(7)} B`);
    }
  }
  const manifest = { sampleRate: SAMPLE_RATE, channels: 1, totalBytes: total, budgetBytes: AUDIO_BUDGET_BYTES, files, sprites: built.sprites, pcm: built.pcm };
  const text = `${JSON.stringify(manifest, null, 2)}\n`;
  const manifestPath = join(outDir, 'manifest.json');
  if (check) {
    if (!existsSync(manifestPath) || readFileSync(manifestPath, 'utf8') !== text) problems.push('manifest.json differs from a fresh render');
  } else {
    writeFileSync(manifestPath, text);
  }
  console.log(`total ${total} B of a ${AUDIO_BUDGET_BYTES} B budget`);
  if (total > AUDIO_BUDGET_BYTES) problems.push(`the audio files come to ${total} B, over the ${AUDIO_BUDGET_BYTES} B budget`);
  for (const p of problems) console.error(p);
  if (check && problems.length === 0) console.log('every file matches a fresh render');
  return problems.length === 0 ? 0 : 1;
}

process.exitCode = await main();
