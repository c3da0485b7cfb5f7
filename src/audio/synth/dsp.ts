// Small deterministic DSP kit for the sound script: no Math.random, no clock,
// so the same code always renders the same samples.

export const SAMPLE_RATE = 22050;

/** Seeded generator (mulberry32): the only source of noise. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function midiToHz(midi: number): number {
  return 440 * Math.pow(2, (midi - 69) / 12);
}

export function seconds(s: number): number {
  return Math.round(s * SAMPLE_RATE);
}

/**
 * A mono buffer. A looping buffer wraps writes past its end to its start, so
 * tails that ring over the loop point are heard at the top of the next pass:
 * the loop has no seam.
 */
export class Tape {
  readonly data: Float32Array;
  constructor(
    length: number,
    readonly loop = false,
  ) {
    this.data = new Float32Array(length);
  }

  get length(): number {
    return this.data.length;
  }

  add(at: number, samples: Float32Array, gain = 1): void {
    const n = this.data.length;
    for (let i = 0; i < samples.length; i++) {
      let j = at + i;
      if (this.loop) j = ((j % n) + n) % n;
      else if (j < 0 || j >= n) continue;
      this.data[j] = (this.data[j] ?? 0) + (samples[i] ?? 0) * gain;
    }
  }
}

/** Attack, hold at 1, then an exponential release over `release` seconds reaching about -60 dB. */
export function envelope(i: number, attack: number, hold: number, release: number): number {
  const t = i / SAMPLE_RATE;
  if (t < attack) return attack > 0 ? Math.sin((Math.PI / 2) * (t / attack)) : 1;
  if (t < attack + hold) return 1;
  const r = t - attack - hold;
  return Math.exp((-6.9 * r) / Math.max(release, 0.001));
}

/** A rendered note: length covers the hold and the release tail. */
function voice(duration: number, render: (i: number, t: number) => number): Float32Array {
  const out = new Float32Array(seconds(duration));
  for (let i = 0; i < out.length; i++) out[i] = render(i, i / SAMPLE_RATE);
  return out;
}

/** Sum of harmonics of a running phase, each harmonic dropped above Nyquist. */
function additive(freq: number, harmonics: readonly number[], phase: number): number {
  let s = 0;
  const nyquist = SAMPLE_RATE / 2 - 500;
  for (let h = 0; h < harmonics.length; h++) {
    if (freq * (h + 1) > nyquist) break;
    s += (harmonics[h] ?? 0) * Math.sin(phase * (h + 1));
  }
  return s;
}

/** Phase accumulator: vibrato bends the pitch without the drift of sin(2π·f(t)·t). */
function oscillator(start = 0): (freq: number) => number {
  let phase = start;
  return (freq) => {
    const now = phase;
    phase += (2 * Math.PI * freq) / SAMPLE_RATE;
    if (phase > 2 * Math.PI * 1000) phase -= 2 * Math.PI * 1000;
    return now;
  };
}

const STRING_HARMONICS = [1, 0.5, 0.3, 0.2, 0.13, 0.09, 0.06, 0.04, 0.03, 0.02];

/** Bowed string section: detuned sawtooth-like voices with slow vibrato and a soft bow attack. */
export function strings(freq: number, hold: number, opts: { attack?: number; release?: number; bright?: number } = {}): Float32Array {
  const attack = opts.attack ?? 0.25;
  const release = opts.release ?? 0.6;
  const bright = opts.bright ?? 1;
  const harmonics = STRING_HARMONICS.map((a, h) => a * Math.pow(bright, h));
  const detunes = [-0.004, 0, 0.0035];
  const oscs = detunes.map((_, d) => oscillator(d * 1.3));
  return voice(attack + hold + release, (i, t) => {
    const vib = 1 + 0.0025 * Math.sin(2 * Math.PI * 5.1 * t) * Math.min(1, t / 0.5);
    let s = 0;
    for (let d = 0; d < detunes.length; d++) {
      const f = freq * vib * (1 + (detunes[d] ?? 0));
      s += additive(f, harmonics, oscs[d]!(f));
    }
    return (s / detunes.length) * envelope(i, attack, hold, release) * 0.5;
  });
}

const REED_HARMONICS = [1, 0.08, 0.5, 0.05, 0.28, 0.03, 0.14, 0.02, 0.07];

/** Clarinet-like reed: odd harmonics, breathy onset, vibrato arriving late. */
export function reed(freq: number, hold: number, opts: { attack?: number; release?: number } = {}): Float32Array {
  const attack = opts.attack ?? 0.08;
  const release = opts.release ?? 0.25;
  const osc = oscillator();
  return voice(attack + hold + release, (i, t) => {
    const vib = 1 + 0.003 * Math.sin(2 * Math.PI * 5.6 * t) * Math.min(1, Math.max(0, t - 0.3) / 0.4);
    const f = freq * vib;
    return additive(f, REED_HARMONICS, osc(f)) * envelope(i, attack, hold, release) * 0.45;
  });
}

/**
 * Plucked string (Karplus-Strong) excited by seeded noise: pizzicato and harp.
 * An all-pass supplies the fraction of a sample the delay line cannot, so high
 * notes stay in tune with the rest of the band.
 */
export function pluck(freq: number, duration: number, seed: number, opts: { damping?: number; tone?: number } = {}): Float32Array {
  const rng = seeded(seed);
  const damping = opts.damping ?? 0.996;
  const tone = opts.tone ?? 0.5;
  const period = SAMPLE_RATE / freq;
  // Loop delay = line + 0.5 (the two-point average) + the all-pass's fraction.
  const length = Math.max(2, Math.floor(period - 0.6));
  const fraction = period - 0.5 - length;
  const c = (1 - fraction) / (1 + fraction);
  const line = new Float32Array(length);
  let lp = 0;
  for (let i = 0; i < length; i++) {
    // Low-passed excitation: a softer, rounder attack.
    lp += tone * (rng() * 2 - 1 - lp);
    line[i] = lp;
  }
  const out = new Float32Array(seconds(duration));
  let idx = 0;
  let previous = 0;
  let apIn = 0;
  let apOut = 0;
  for (let i = 0; i < out.length; i++) {
    const current = line[idx] ?? 0;
    const averaged = damping * 0.5 * (current + previous);
    previous = current;
    const shifted = c * averaged + apIn - c * apOut;
    apIn = averaged;
    apOut = shifted;
    line[idx] = shifted;
    out[i] = current;
    idx = (idx + 1) % length;
  }
  const fade = Math.min(out.length, seconds(0.02));
  for (let i = 0; i < fade; i++) out[out.length - 1 - i] = (out[out.length - 1 - i] ?? 0) * (i / fade);
  return out;
}

/** Felt piano: harmonics that die faster the higher they are, with slight stretch. */
export function piano(freq: number, duration: number, opts: { velocity?: number } = {}): Float32Array {
  const velocity = opts.velocity ?? 0.8;
  const amps = [1, 0.45, 0.25, 0.12, 0.08, 0.05, 0.03];
  return voice(duration, (i, t) => {
    let s = 0;
    for (let h = 0; h < amps.length; h++) {
      const n = h + 1;
      const f = freq * n * Math.sqrt(1 + 0.0004 * n * n);
      if (f > SAMPLE_RATE / 2 - 500) break;
      s += (amps[h] ?? 0) * Math.exp(-t * (1.2 + 0.9 * n) * (freq / 440 + 0.5)) * Math.sin(2 * Math.PI * f * t);
    }
    const onset = Math.min(1, i / (SAMPLE_RATE * 0.004));
    const tail = Math.min(1, (duration - t) / 0.05);
    return s * onset * tail * velocity * 0.5;
  });
}

/** Church-like bell: inharmonic partials (hum, prime, minor third, fifth, nominal). */
export function bell(freq: number, duration: number): Float32Array {
  const partials: [number, number, number][] = [
    [0.5, 0.5, 0.9],
    [1, 1, 1.3],
    [1.19, 0.55, 1.9],
    [1.5, 0.35, 2.4],
    [2.0, 0.45, 2.8],
    [2.74, 0.2, 4.0],
    [3.0, 0.15, 5.0],
  ];
  return voice(duration, (i, t) => {
    let s = 0;
    for (const [ratio, amp, decay] of partials) {
      const f = freq * ratio;
      if (f > SAMPLE_RATE / 2 - 500) continue;
      s += amp * Math.exp(-t * decay) * Math.sin(2 * Math.PI * f * t);
    }
    const onset = Math.min(1, i / (SAMPLE_RATE * 0.002));
    const tail = Math.min(1, (duration - t) / 0.05);
    return s * onset * tail * 0.35;
  });
}

/** Brass-like chord tone: harmonics brighten as the note swells. */
export function brass(freq: number, hold: number, opts: { attack?: number; release?: number } = {}): Float32Array {
  const attack = opts.attack ?? 0.06;
  const release = opts.release ?? 0.35;
  return voice(attack + hold + release, (i, t) => {
    const env = envelope(i, attack, hold, release);
    const bright = 0.35 + 0.4 * env;
    let s = 0;
    for (let h = 0; h < 10; h++) {
      const f = freq * (h + 1);
      if (f > SAMPLE_RATE / 2 - 500) break;
      s += Math.pow(bright, h) * Math.sin(2 * Math.PI * f * t);
    }
    return s * env * 0.3;
  });
}

/** Timpani: a pitched membrane with a falling attack and a felt-mallet thump. */
export function timpani(freq: number, duration: number, seed: number): Float32Array {
  const rng = seeded(seed);
  const osc = oscillator();
  let lp = 0;
  return voice(duration, (i, t) => {
    const f = freq * (1 + 0.06 * Math.exp(-t * 30));
    const phase = osc(f);
    let s = Math.exp(-t * 2.2) * Math.sin(phase);
    s += 0.4 * Math.exp(-t * 4) * Math.sin(phase * 1.5);
    s += 0.2 * Math.exp(-t * 6) * Math.sin(phase * 1.98);
    lp += 0.08 * (rng() * 2 - 1 - lp);
    s += 1.2 * lp * Math.exp(-t * 40);
    const onset = Math.min(1, i / (SAMPLE_RATE * 0.002));
    const tail = Math.min(1, (duration - t) / 0.05);
    return s * onset * tail * 0.6;
  });
}

/** Filtered noise with an envelope: paper, air, distant blasts. */
export function noise(duration: number, seed: number, opts: { cutoff: number; attack?: number; decay: number; highpass?: number }): Float32Array {
  const rng = seeded(seed);
  const a = 1 - Math.exp((-2 * Math.PI * opts.cutoff) / SAMPLE_RATE);
  const hpA = opts.highpass ? 1 - Math.exp((-2 * Math.PI * opts.highpass) / SAMPLE_RATE) : 0;
  let lp = 0;
  let lp2 = 0;
  let hp = 0;
  const attack = opts.attack ?? 0.001;
  return voice(duration, (i, t) => {
    const n = rng() * 2 - 1;
    lp += a * (n - lp);
    lp2 += a * (lp - lp2);
    let s = lp2;
    if (hpA > 0) {
      hp += hpA * (s - hp);
      s -= hp;
    }
    const env = t < attack ? t / attack : Math.exp(-(t - attack) / opts.decay);
    const tail = Math.min(1, (duration - t) / 0.03);
    return s * env * tail;
  });
}

/** Plain sine tone with a short click-free envelope. */
export function tone(freq: number, hold: number, opts: { attack?: number; release?: number; harmonics?: readonly number[] } = {}): Float32Array {
  const attack = opts.attack ?? 0.005;
  const release = opts.release ?? 0.08;
  const harmonics = opts.harmonics ?? [1];
  const osc = oscillator();
  return voice(attack + hold + release, (i) => additive(freq, harmonics, osc(freq)) * envelope(i, attack, hold, release));
}

/** Frequency sweep (exponential) with envelope: sirens, whooshes. */
export function sweep(from: number, to: number, duration: number, harmonics: readonly number[] = [1]): Float32Array {
  let phase = 0;
  return voice(duration, (_i, t) => {
    const f = from * Math.pow(to / from, t / duration);
    phase += (2 * Math.PI * f) / SAMPLE_RATE;
    let s = 0;
    for (let h = 0; h < harmonics.length; h++) s += (harmonics[h] ?? 0) * Math.sin(phase * (h + 1));
    return s;
  });
}

/** Multiply a buffer by a shape over its length, in place. */
export function shape(samples: Float32Array, fn: (t: number, fraction: number) => number): Float32Array {
  for (let i = 0; i < samples.length; i++) samples[i] = (samples[i] ?? 0) * fn(i / SAMPLE_RATE, i / samples.length);
  return samples;
}

/** One-pole low-pass, in place. */
export function lowpass(samples: Float32Array, cutoff: number): Float32Array {
  const a = 1 - Math.exp((-2 * Math.PI * cutoff) / SAMPLE_RATE);
  let y = 0;
  for (let i = 0; i < samples.length; i++) {
    y += a * ((samples[i] ?? 0) - y);
    samples[i] = y;
  }
  return samples;
}

/**
 * A small room (four combs, two all-passes). For a loop the room runs over the
 * tape twice and keeps the second pass, so the reverb tail of the end is
 * already ringing at the start.
 */
export function room(input: Float32Array, opts: { mix: number; size?: number; loop?: boolean }): Float32Array {
  const size = opts.size ?? 1;
  const combs = [1116, 1188, 1277, 1356].map((d) => Math.round((d * size * SAMPLE_RATE) / 44100));
  const allpasses = [556, 441].map((d) => Math.round((d * SAMPLE_RATE) / 44100));
  const combBuf = combs.map((d) => new Float32Array(d));
  const combIdx = combs.map(() => 0);
  const combLp = combs.map(() => 0);
  const apBuf = allpasses.map((d) => new Float32Array(d));
  const apIdx = allpasses.map(() => 0);
  const feedback = 0.78;
  const damp = 0.35;
  const passes = opts.loop ? 2 : 1;
  const out = new Float32Array(input.length);
  for (let pass = 0; pass < passes; pass++) {
    for (let i = 0; i < input.length; i++) {
      const x = (input[i] ?? 0) * 0.25;
      let wet = 0;
      for (let c = 0; c < combs.length; c++) {
        const buf = combBuf[c]!;
        const k = combIdx[c]!;
        const y = buf[k] ?? 0;
        combLp[c] = y * (1 - damp) + combLp[c]! * damp;
        buf[k] = x + combLp[c]! * feedback;
        combIdx[c] = (k + 1) % buf.length;
        wet += y;
      }
      for (let p = 0; p < allpasses.length; p++) {
        const buf = apBuf[p]!;
        const k = apIdx[p]!;
        const b = buf[k] ?? 0;
        buf[k] = wet + b * 0.5;
        wet = b - wet * 0.5;
        apIdx[p] = (k + 1) % buf.length;
      }
      if (pass === passes - 1) out[i] = (input[i] ?? 0) * (1 - opts.mix) + wet * opts.mix;
    }
  }
  return out;
}

/** Scale to a peak level in dBFS, with gentle saturation above it. */
export function master(samples: Float32Array, peakDb: number): Float32Array {
  let peak = 0;
  for (const s of samples) peak = Math.max(peak, Math.abs(s));
  if (peak === 0) return samples;
  const target = Math.pow(10, peakDb / 20);
  const gain = target / peak;
  for (let i = 0; i < samples.length; i++) samples[i] = (samples[i] ?? 0) * gain;
  return samples;
}

/** Short fades at both ends of a one-shot effect so it starts and stops without a click. */
export function trimEnds(samples: Float32Array, fadeIn = 0.002, fadeOut = 0.02): Float32Array {
  const a = seconds(fadeIn);
  const b = seconds(fadeOut);
  for (let i = 0; i < a && i < samples.length; i++) samples[i] = (samples[i] ?? 0) * (i / a);
  for (let i = 0; i < b && i < samples.length; i++) samples[samples.length - 1 - i] = (samples[samples.length - 1 - i] ?? 0) * (i / b);
  return samples;
}

/** Samples quantised to 16-bit, as the encoders and the reproducibility hash see them. */
export function toInt16(samples: Float32Array): Int16Array {
  const out = new Int16Array(samples.length);
  for (let i = 0; i < samples.length; i++) {
    const s = Math.max(-1, Math.min(1, samples[i] ?? 0));
    out[i] = Math.round(s * 32767);
  }
  return out;
}
