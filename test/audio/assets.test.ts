// The committed sound files are what the sound script makes today: re-render,
// re-encode, compare bytes. Also the budget, the sprite layout and seamless loops.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { AUDIO_FILES, EFFECTS, FORMATS, SOUNDS, TRACKS } from '../../src/audio/sounds';
import { SAMPLE_RATE } from '../../src/audio/synth/dsp';
import { build, pcmHash, pcmOf, sha256, type Built } from '../../src/audio/synth/encode';

const dir = join(__dirname, '../../assets/audio');
const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
  totalBytes: number;
  budgetBytes: number;
  pcm: Record<string, string>;
  sprites: Record<string, Record<string, number[] | [number, number, boolean]>>;
  files: Record<string, Record<string, { bytes: number; sha256: string }>>;
};

let built: Built;
/** Each sound as the fresh build rendered it. */
const pcmOnce = (id: (typeof SOUNDS)[number]) => built.samples[id];
beforeAll(async () => {
  built = await build();
}, 120_000);

describe('reproducible sounds', () => {
  it.each(SOUNDS.map((id) => [id]))('%s renders to the PCM the manifest recorded', (id) => {
    expect(built.pcm[id]).toBe(manifest.pcm[id]);
  });

  it.each(AUDIO_FILES.flatMap((file) => FORMATS.map((format) => [`${file}.${format}`, file, format] as const)))(
    '%s on disk is byte for byte a fresh encode',
    (_name, file, format) => {
      const onDisk = readFileSync(join(dir, `${file}.${format}`));
      expect(sha256(onDisk)).toBe(sha256(built.bytes[file][format]));
      expect(manifest.files[file]?.[format]?.sha256).toBe(sha256(onDisk));
    },
  );

  it('renders the same samples twice in one process (no hidden chance or clock)', () => {
    expect(pcmHash(pcmOf('crisis'))).toBe(pcmHash(pcmOf('crisis')));
    expect(pcmHash(pcmOf('stanceUp'))).not.toBe(pcmHash(pcmOf('stanceDown')));
  });

  it('the synthesis code uses no Math.random or Date', () => {
    const synth = join(__dirname, '../../src/audio/synth');
    for (const name of readdirSync(synth)) {
      const code = readFileSync(join(synth, name), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
      expect(code, name).not.toMatch(/Math\.random|Date\.|new Date/);
    }
  });
});

describe('budget and layout', () => {
  it('keeps every audio file together under 400 kB', () => {
    const total = readdirSync(dir)
      .filter((n) => /\.(ogg|mp3)$/.test(n))
      .reduce((sum, n) => sum + readFileSync(join(dir, n)).length, 0);
    expect(total).toBe(manifest.totalBytes);
    expect(total).toBeLessThan(400_000);
  });

  it('ships exactly the files the game loads', () => {
    const names = readdirSync(dir).filter((n) => n !== 'manifest.json' && n !== 'README.md').sort();
    expect(names).toEqual(AUDIO_FILES.flatMap((f) => FORMATS.map((x) => `${f}.${x}`)).sort());
  });

  it('places every effect in the sprite without overlap, and each track as a 20 s loop', () => {
    const sprite = manifest.sprites.effects!;
    let end = 0;
    for (const id of EFFECTS) {
      const [start, length] = sprite[id] as [number, number];
      expect(start, id).toBeGreaterThanOrEqual(end);
      expect(length, id).toBeGreaterThan(50);
      end = start + length;
    }
    for (const track of TRACKS) expect(manifest.sprites[track]).toEqual({ [track]: [500, 20000, true] });
  });
});

describe('what the sounds are like', () => {
  const rms = (pcm: Int16Array, from: number, to: number) => {
    let sum = 0;
    for (let i = from; i < to; i++) sum += (pcm[i] ?? 0) ** 2;
    return Math.sqrt(sum / Math.max(1, to - from));
  };

  it.each(TRACKS.map((t) => [t]))('%s loops without a click or a gap', (track) => {
    const pcm = pcmOnce(track);
    expect(pcm.length).toBe(20 * SAMPLE_RATE);
    const steps: number[] = [];
    for (let i = 1; i < pcm.length; i++) steps.push(Math.abs(pcm[i]! - pcm[i - 1]!));
    steps.sort((a, b) => a - b);
    const seam = Math.abs(pcm[0]! - pcm[pcm.length - 1]!);
    expect(seam).toBeLessThanOrEqual(steps[Math.floor(steps.length * 0.999)]!);
    // No silence at either side of the seam: the music runs straight through.
    const edge = Math.round(SAMPLE_RATE * 0.05);
    const body = rms(pcm, 0, pcm.length);
    expect(rms(pcm, 0, edge)).toBeGreaterThan(body * 0.2);
    expect(rms(pcm, pcm.length - edge, pcm.length)).toBeGreaterThan(body * 0.2);
  });

  it.each(SOUNDS.map((id) => [id]))('%s is audible and does not clip', (id) => {
    const pcm = pcmOnce(id);
    let peak = 0;
    for (const s of pcm) peak = Math.max(peak, Math.abs(s));
    expect(peak).toBeGreaterThan(32767 * 0.4);
    expect(peak).toBeLessThan(32767);
  });

  it.each(EFFECTS.map((id) => [id]))('%s starts and ends at rest', (id) => {
    const pcm = pcmOnce(id);
    expect(Math.abs(pcm[0]!)).toBeLessThan(200);
    expect(Math.abs(pcm[pcm.length - 1]!)).toBeLessThan(200);
  });
});
