// Building the game's audio files, for the sound script and its reproducibility
// test (Node only: the encoders are a dev dependency and never reach the bundle).
import { createHash } from 'node:crypto';
import { createMp3Encoder, createOggEncoder } from 'wasm-media-encoders';
import { AUDIO_FILES, EFFECTS, FORMATS, TRACKS, type AudioFileId, type Format, type SoundId } from '../sounds';
import { SAMPLE_RATE, toInt16 } from './dsp';
import { render } from './score';

export const FILES = AUDIO_FILES;
export type FileId = AudioFileId;

/** Where a sound sits in its file, in milliseconds: [start, duration, loop?] as Howler's sprites take it. */
export type SpriteEntry = [start: number, duration: number] | [start: number, duration: number, loop: true];

export interface Built {
  /** sha256 of each sound's 16-bit PCM. */
  pcm: Record<SoundId, string>;
  /** The 16-bit PCM itself, before it is laid into files. */
  samples: Record<SoundId, Int16Array>;
  sprites: Record<FileId, Record<string, SpriteEntry>>;
  bytes: Record<FileId, Record<Format, Uint8Array>>;
}

/** Silence between effects in the sprite: room for a decoder's start offset. */
const EFFECT_GAP_MS = 160;
/**
 * Each loop is stored with half a second of its own end before it and of its
 * start after it; the sprite loops the middle. Wherever a decoder puts the
 * start (MP3 encoders add a delay), the looped span is still seamless.
 */
const LOOP_PAD_MS = 500;
/** 20 ms is a whole number of samples at 22 050 Hz. */
const GRID_MS = 20;

const samplesOf = (ms: number) => Math.round((ms * SAMPLE_RATE) / 1000);

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function pcmHash(pcm: Int16Array): string {
  return sha256(new Uint8Array(pcm.buffer, pcm.byteOffset, pcm.byteLength));
}

/** Render a sound and quantise it, as it is fed to the encoders. */
export function pcmOf(id: SoundId): Int16Array {
  return toInt16(render(id));
}

function concatBytes(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** Music is soft and slow and takes low bit rates; effects have sharper attacks. */
const QUALITY: Record<FileId, { oggQuality: number; mp3Kbps: 24 | 32 }> = {
  effects: { oggQuality: 0, mp3Kbps: 32 },
  theme: { oggQuality: -0.5, mp3Kbps: 24 },
  council: { oggQuality: -0.5, mp3Kbps: 24 },
};

async function encode(file: FileId, pcm: Int16Array): Promise<Record<Format, Uint8Array>> {
  const float = new Float32Array(pcm.length);
  for (let i = 0; i < pcm.length; i++) float[i] = (pcm[i] ?? 0) / 32767;
  const quality = QUALITY[file];

  const ogg = await createOggEncoder();
  // A fixed serial number: the encoder would otherwise pick one at random.
  ogg.configure({ channels: 1, sampleRate: SAMPLE_RATE, vbrQuality: quality.oggQuality, oggSerialNo: 1 + FILES.indexOf(file) });
  const oggBytes = concatBytes([ogg.encode([float]).slice(), ogg.finalize().slice()]);

  const mp3 = await createMp3Encoder();
  mp3.configure({ channels: 1, sampleRate: SAMPLE_RATE, bitrate: quality.mp3Kbps });
  const mp3Bytes = concatBytes([mp3.encode([float]).slice(), mp3.finalize().slice()]);

  const bytes: Record<Format, Uint8Array> = { ogg: oggBytes, mp3: mp3Bytes };
  for (const f of FORMATS) if (bytes[f].length === 0) throw new Error(`${file}.${f}: the encoder gave no bytes`);
  return bytes;
}

/** Lay every effect end to end, each on the 20 ms grid after a gap of silence. */
export function effectsSprite(pcm: Record<SoundId, Int16Array>): { samples: Int16Array; sprite: Record<string, SpriteEntry> } {
  const sprite: Record<string, SpriteEntry> = {};
  let ms = 0;
  for (const id of EFFECTS) {
    const length = pcm[id].length;
    const lengthMs = Math.ceil((length * 1000) / SAMPLE_RATE / GRID_MS) * GRID_MS;
    // The sprite runs a little into the following gap so a late start loses no tail.
    sprite[id] = [ms, lengthMs + EFFECT_GAP_MS / 2];
    ms += lengthMs + EFFECT_GAP_MS;
  }
  const samples = new Int16Array(samplesOf(ms));
  for (const id of EFFECTS) samples.set(pcm[id], samplesOf(sprite[id]![0]));
  return { samples, sprite };
}

/** A loop with its own tail before it and its own head after it. */
export function paddedLoop(loop: Int16Array): Int16Array {
  const pad = samplesOf(LOOP_PAD_MS);
  const out = new Int16Array(loop.length + 2 * pad);
  out.set(loop.subarray(loop.length - pad), 0);
  out.set(loop, pad);
  out.set(loop.subarray(0, pad), pad + loop.length);
  return out;
}

export async function build(): Promise<Built> {
  const pcm = {} as Record<SoundId, Int16Array>;
  for (const id of [...EFFECTS, ...TRACKS]) pcm[id] = pcmOf(id);
  const hashes = {} as Record<SoundId, string>;
  for (const id of [...EFFECTS, ...TRACKS]) hashes[id] = pcmHash(pcm[id]);

  const effects = effectsSprite(pcm);
  const sprites = { effects: effects.sprite } as Record<FileId, Record<string, SpriteEntry>>;
  const bytes = { effects: await encode('effects', effects.samples) } as Record<FileId, Record<Format, Uint8Array>>;
  for (const track of TRACKS) {
    const loopMs = (pcm[track].length * 1000) / SAMPLE_RATE;
    sprites[track] = { [track]: [LOOP_PAD_MS, loopMs, true] };
    bytes[track] = await encode(track, paddedLoop(pcm[track]));
  }
  return { pcm: hashes, samples: pcm, sprites, bytes };
}
