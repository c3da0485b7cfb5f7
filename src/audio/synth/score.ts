// What each sound of the game is: a few bars of chamber music or a short
// effect, rendered from the kit in dsp.ts. Seeds are fixed per sound.
import type { EffectId, SoundId, TrackId } from '../sounds';
import {
  SAMPLE_RATE,
  Tape,
  bell,
  brass,
  lowpass,
  master,
  midiToHz,
  noise,
  piano,
  pluck,
  reed,
  room,
  seconds,
  shape,
  strings,
  sweep,
  timpani,
  tone,
  trimEnds,
} from './dsp';
import { byId } from '../../engine';

/** Note names to MIDI numbers: 'D4' → 62, 'Bb2' → 46, 'C#5' → 73. */
export function note(name: string): number {
  const match = /^([A-G])(#|b)?(-?\d)$/.exec(name);
  if (!match) throw new Error(`bad note ${name}`);
  const base: Record<string, number> = { C: 0, D: 2, E: 4, F: 5, G: 7, A: 9, B: 11 };
  const accidental = match[2] === '#' ? 1 : match[2] === 'b' ? -1 : 0;
  return 12 * (Number(match[3]) + 1) + (byId(base, match[1]) ?? 0) + accidental;
}

const hz = (name: string) => midiToHz(note(name));

// ---------------------------------------------------------------- music

interface Chord {
  bass: string;
  /** Upper chord tones for the pad, low to high. */
  pad: string[];
  /** Arpeggio or ostinato notes, one per subdivision. */
  figure: string[];
}

interface Line {
  /** Note name or '-' for rest. */
  pitch: string;
  beats: number;
}

/** Lay a melody on the tape from beat 0, each note held for its beats. */
function melody(tape: Tape, line: Line[], beat: number, render: (freq: number, hold: number) => Float32Array, gain: number): void {
  let at = 0;
  for (const { pitch, beats } of line) {
    if (pitch !== '-') tape.add(Math.round(at * beat), render(hz(pitch), beats * (beat / SAMPLE_RATE) * 0.92), gain);
    at += beats;
  }
}

/**
 * Over the map: D minor, 96 beats a minute, eight bars. A cello and bass line
 * under a pizzicato ostinato, a clarinet above, and timpani before the turn
 * of the phrase; the Neapolitan E-flat in bar 7 keeps it uneasy.
 */
function council(): Float32Array {
  const bpm = 96;
  const bars = 8;
  const beat = (60 / bpm) * SAMPLE_RATE;
  const tape = new Tape(Math.round(bars * 4 * beat), true);
  const chords: Chord[] = [
    { bass: 'D2', pad: ['F3', 'A3', 'D4'], figure: ['D3', 'A3', 'F4', 'A3'] },
    { bass: 'C2', pad: ['F3', 'A3', 'D4'], figure: ['C3', 'A3', 'F4', 'A3'] },
    { bass: 'Bb1', pad: ['F3', 'Bb3', 'D4'], figure: ['Bb2', 'F3', 'D4', 'F3'] },
    { bass: 'A1', pad: ['E3', 'A3', 'C#4'], figure: ['A2', 'E3', 'C#4', 'E3'] },
    { bass: 'D2', pad: ['F3', 'A3', 'D4'], figure: ['D3', 'A3', 'F4', 'A3'] },
    { bass: 'Bb1', pad: ['G3', 'Bb3', 'D4'], figure: ['G2', 'D3', 'Bb3', 'D3'] },
    { bass: 'Eb2', pad: ['G3', 'Bb3', 'Eb4'], figure: ['Eb3', 'Bb3', 'G4', 'Bb3'] },
    { bass: 'A1', pad: ['G3', 'C#4', 'E4'], figure: ['A2', 'E3', 'C#4', 'G3'] },
  ];
  chords.forEach((chord, bar) => {
    const start = Math.round(bar * 4 * beat);
    const hold = (4 * beat) / SAMPLE_RATE;
    tape.add(start, strings(hz(chord.bass), hold - 0.2, { attack: 0.2, release: 0.5, bright: 0.8 }), 0.5);
    tape.add(start, strings(hz(chord.bass) * 2, hold - 0.2, { attack: 0.3, release: 0.5, bright: 0.75 }), 0.22);
    for (const p of chord.pad) tape.add(start, strings(hz(p), hold - 0.3, { attack: 0.45, release: 0.6, bright: 0.7 }), 0.1);
    for (let e = 0; e < 8; e++) {
      const pitch = chord.figure[e % 4]!;
      const accent = e === 0 ? 1 : e % 2 === 0 ? 0.8 : 0.6;
      tape.add(start + Math.round((e * beat) / 2), pluck(hz(pitch), 0.6, 100 + bar * 8 + e, { damping: 0.993, tone: 0.45 }), 0.42 * accent);
    }
  });
  melody(
    tape,
    [
      { pitch: '-', beats: 2 }, { pitch: 'A4', beats: 1 }, { pitch: 'D5', beats: 1 },
      { pitch: 'E5', beats: 2 }, { pitch: 'F5', beats: 1 }, { pitch: 'E5', beats: 1 },
      { pitch: 'D5', beats: 3 }, { pitch: '-', beats: 1 },
      { pitch: 'C#5', beats: 2 }, { pitch: 'E5', beats: 2 },
      { pitch: 'F5', beats: 1.5 }, { pitch: 'E5', beats: 0.5 }, { pitch: 'D5', beats: 2 },
      { pitch: 'G5', beats: 1 }, { pitch: 'F5', beats: 1 }, { pitch: 'D5', beats: 2 },
      { pitch: 'Eb5', beats: 2 }, { pitch: 'D5', beats: 1 }, { pitch: 'C5', beats: 1 },
      { pitch: 'C#5', beats: 3 }, { pitch: '-', beats: 1 },
    ],
    beat,
    (f, hold) => reed(f, hold, { attack: 0.06, release: 0.3 }),
    0.3,
  );
  const timp = (bar: number, beatIn: number, pitch: string, gain: number) =>
    tape.add(Math.round((bar * 4 + beatIn) * beat), timpani(hz(pitch), 1.6, 900 + bar * 4 + beatIn), gain);
  timp(3, 0, 'A2', 0.45);
  timp(7, 0, 'A2', 0.5);
  timp(7, 2, 'A2', 0.35);
  timp(7, 3, 'A2', 0.4);
  return master(room(tape.data, { mix: 0.22, size: 1.1, loop: true }), -5);
}

/**
 * Title, menus and debrief: F major in three-four, 72 beats a minute, eight bars.
 * Felt piano arpeggios under a slow string line; calmer than the council.
 */
function theme(): Float32Array {
  const bpm = 72;
  const bars = 8;
  const beat = (60 / bpm) * SAMPLE_RATE;
  const tape = new Tape(Math.round(bars * 3 * beat), true);
  const chords: Chord[] = [
    { bass: 'F2', pad: ['A3', 'C4', 'F4'], figure: ['F2', 'C3', 'A3', 'F4', 'A3', 'C3'] },
    { bass: 'D2', pad: ['A3', 'D4', 'F4'], figure: ['D2', 'A2', 'F3', 'D4', 'F3', 'A2'] },
    { bass: 'Bb1', pad: ['Bb3', 'D4', 'F4'], figure: ['Bb1', 'F2', 'D3', 'Bb3', 'D3', 'F2'] },
    { bass: 'C2', pad: ['G3', 'C4', 'E4'], figure: ['C2', 'G2', 'E3', 'C4', 'E3', 'G2'] },
    { bass: 'A1', pad: ['A3', 'C4', 'F4'], figure: ['A1', 'F2', 'C3', 'A3', 'C3', 'F2'] },
    { bass: 'D2', pad: ['A3', 'D4', 'F4'], figure: ['D2', 'A2', 'F3', 'D4', 'F3', 'A2'] },
    { bass: 'G1', pad: ['Bb3', 'D4', 'G4'], figure: ['G1', 'D2', 'Bb2', 'G3', 'Bb2', 'D2'] },
    { bass: 'C2', pad: ['Bb3', 'C4', 'E4'], figure: ['C2', 'G2', 'E3', 'Bb3', 'E3', 'G2'] },
  ];
  chords.forEach((chord, bar) => {
    const start = Math.round(bar * 3 * beat);
    const hold = (3 * beat) / SAMPLE_RATE;
    for (let e = 0; e < 6; e++) {
      const velocity = e === 0 ? 0.9 : 0.55 + 0.05 * (e % 2);
      tape.add(start + Math.round((e * beat) / 2), piano(hz(chord.figure[e]!), 2.2, { velocity }), 0.5);
    }
    for (const p of chord.pad) tape.add(start, strings(hz(p), hold - 0.4, { attack: 0.7, release: 0.9, bright: 0.6 }), 0.07);
  });
  melody(
    tape,
    [
      { pitch: 'A4', beats: 2 }, { pitch: 'G4', beats: 1 },
      { pitch: 'F4', beats: 3 },
      { pitch: 'D5', beats: 2 }, { pitch: 'C5', beats: 1 },
      { pitch: 'C5', beats: 2 }, { pitch: 'Bb4', beats: 1 },
      { pitch: 'A4', beats: 2 }, { pitch: 'C5', beats: 1 },
      { pitch: 'D5', beats: 1.5 }, { pitch: 'C5', beats: 0.5 }, { pitch: 'A4', beats: 1 },
      { pitch: 'Bb4', beats: 2 }, { pitch: 'A4', beats: 1 },
      { pitch: 'G4', beats: 3 },
    ],
    beat,
    (f, hold) => strings(f, hold, { attack: 0.25, release: 0.7, bright: 0.85 }),
    0.32,
  );
  tape.add(0, bell(hz('F5'), 3), 0.12);
  return master(room(tape.data, { mix: 0.3, size: 1.2, loop: true }), -5);
}

// ---------------------------------------------------------------- effects

function mixdown(length: number, parts: [at: number, samples: Float32Array, gain: number][]): Float32Array {
  const tape = new Tape(seconds(length));
  for (const [at, samples, gain] of parts) tape.add(seconds(at), samples, gain);
  return tape.data;
}

function woodKnock(seed: number): Float32Array {
  const body = tone(620, 0, { attack: 0.0008, release: 0.09 });
  const high = tone(1410, 0, { attack: 0.0005, release: 0.04 });
  const thump = tone(150, 0, { attack: 0.001, release: 0.12 });
  const crack = noise(0.05, seed, { cutoff: 3500, decay: 0.004 });
  return mixdown(0.25, [
    [0, body, 0.7],
    [0, high, 0.35],
    [0, thump, 0.6],
    [0, crack, 1.2],
  ]);
}

const effects: Record<EffectId, () => Float32Array> = {
  /** A paper tick: the pen on the ledger. */
  click: () =>
    mixdown(0.09, [
      [0, noise(0.06, 11, { cutoff: 5000, decay: 0.006, highpass: 800 }), 1.4],
      [0, tone(1760, 0, { attack: 0.0005, release: 0.025 }), 0.25],
    ]),
  /** A rubber stamp, then two notes a fifth apart: the order goes out. */
  confirm: () =>
    mixdown(0.7, [
      [0, noise(0.12, 21, { cutoff: 900, decay: 0.025 }), 1.6],
      [0, tone(95, 0, { attack: 0.001, release: 0.08 }), 0.7],
      [0.07, piano(hz('G5'), 0.6, { velocity: 0.8 }), 0.8],
      [0.16, piano(hz('D6'), 0.5, { velocity: 0.75 }), 0.7],
    ]),
  /** Two muffled low notes a semitone apart: not possible. */
  refuse: () =>
    lowpass(
      mixdown(0.55, [
        [0, brass(hz('E3'), 0.09, { attack: 0.01, release: 0.06 }), 0.8],
        [0.17, brass(hz('Eb3'), 0.17, { attack: 0.01, release: 0.12 }), 0.9],
      ]),
      1400,
    ),
  /** Rising harp in D major: a member moves towards Moscow. */
  stanceUp: () =>
    room(
      mixdown(1.1, [
        [0, pluck(hz('D5'), 0.8, 31, { damping: 0.997, tone: 0.6 }), 0.7],
        [0.07, pluck(hz('F#5'), 0.8, 32, { damping: 0.997, tone: 0.6 }), 0.7],
        [0.14, pluck(hz('A5'), 0.8, 33, { damping: 0.997, tone: 0.6 }), 0.7],
        [0.21, pluck(hz('D6'), 0.8, 34, { damping: 0.997, tone: 0.6 }), 0.6],
        [0.21, bell(hz('D6'), 0.85), 0.25],
      ]),
      { mix: 0.2 },
    ),
  /** Falling minor arpeggio over a short low string: a member moves away. */
  stanceDown: () =>
    room(
      mixdown(1.1, [
        [0, pluck(hz('A4'), 0.8, 41, { damping: 0.995, tone: 0.35 }), 0.8],
        [0.09, pluck(hz('F4'), 0.8, 42, { damping: 0.995, tone: 0.35 }), 0.8],
        [0.18, pluck(hz('D4'), 0.8, 43, { damping: 0.995, tone: 0.35 }), 0.8],
        [0.18, strings(hz('D3'), 0.25, { attack: 0.05, release: 0.35, bright: 0.7 }), 0.6],
      ]),
      { mix: 0.2 },
    ),
  /** Paper torn in two, then a low tritone: a member leaves the alliance. */
  abandon: () =>
    room(
      mixdown(2.2, [
        [0, shape(noise(0.45, 51, { cutoff: 4500, decay: 0.2, attack: 0.02, highpass: 1200 }), (t) => 0.6 + 0.4 * Math.sin(2 * Math.PI * 23 * t)), 0.8],
        [0.3, strings(hz('G#2'), 0.4, { attack: 0.08, release: 0.5, bright: 0.8 }), 0.8],
        [0.3, strings(hz('D3'), 0.4, { attack: 0.08, release: 0.5, bright: 0.8 }), 0.6],
        [0.3, timpani(hz('D2'), 1.5, 52), 0.8],
        [0.85, strings(hz('D2'), 0.5, { attack: 0.1, release: 0.7, bright: 0.8 }), 0.8],
        [0.85, strings(hz('G#2'), 0.5, { attack: 0.1, release: 0.7, bright: 0.8 }), 0.5],
      ]),
      { mix: 0.25 },
    ),
  /** The wire: a teleprinter's ticks and a short telegraph call. */
  news: () => {
    const beep = (hold: number) => tone(1046, hold, { attack: 0.004, release: 0.02, harmonics: [1, 0.15, 0.08] });
    const tick = (seed: number) => noise(0.03, seed, { cutoff: 6000, decay: 0.003, highpass: 1500 });
    return mixdown(0.85, [
      [0, tick(61), 0.9],
      [0.05, tick(62), 0.7],
      [0.1, tick(63), 0.8],
      [0.2, beep(0.06), 0.45],
      [0.32, beep(0.06), 0.45],
      [0.44, beep(0.2), 0.45],
    ]);
  },
  /** Distant blasts and a rising alarm: rockets, an incursion. */
  crisis: () => {
    const boom = (seed: number) => mixdown(1.4, [
      [0, noise(1.4, seed, { cutoff: 160, decay: 0.35, attack: 0.004 }), 5],
      [0, timpani(48, 1.4, seed + 1), 0.8],
    ]);
    const siren = shape(sweep(440, 620, 1.3, [1, 0.3, 0.15]), (_t, f) => Math.sin(Math.PI * f) * (0.6 + 0.4 * Math.sin(2 * Math.PI * 6 * f)));
    return room(
      mixdown(2.2, [
        [0, boom(71), 1],
        [0.42, boom(73), 0.7],
        [0.55, siren, 0.16],
      ]),
      { mix: 0.3, size: 1.3 },
    );
  },
  /** Two knocks of a gavel on wood: the summit is in session. */
  gavel: () =>
    room(
      mixdown(0.8, [
        [0, woodKnock(81), 1],
        [0.24, woodKnock(82), 0.85],
      ]),
      { mix: 0.18 },
    ),
  /** A sober brass fanfare resolving to D major with a bell: the alliance holds. */
  win: () => {
    const chord = ['D3', 'A3', 'D4', 'F#4'];
    return room(
      mixdown(3.2, [
        [0, brass(hz('A3'), 0.14), 0.7],
        [0.2, brass(hz('D4'), 0.14), 0.7],
        [0.4, brass(hz('F#4'), 0.14), 0.7],
        ...chord.map((p) => [0.6, brass(hz(p), 1.5, { attack: 0.08, release: 0.8 }), 0.45] as [number, Float32Array, number]),
        [0.6, brass(hz('A4'), 1.5, { attack: 0.08, release: 0.8 }), 0.6],
        [0.6, timpani(hz('D2'), 2, 91), 0.9],
        [0.6, bell(hz('D5'), 2.5), 0.35],
      ]),
      { mix: 0.28, size: 1.2 },
    );
  },
  /** A low bell tolling twice over a fading D minor: the alliance is paper. */
  loss: () =>
    room(
      mixdown(3.6, [
        [0, bell(hz('D4'), 2.2), 0.8],
        [0, strings(hz('D2'), 1.6, { attack: 0.4, release: 1.2, bright: 0.75 }), 0.6],
        [0, strings(hz('A2'), 1.6, { attack: 0.5, release: 1.2, bright: 0.75 }), 0.4],
        [0.1, strings(hz('F3'), 1.4, { attack: 0.6, release: 1.2, bright: 0.7 }), 0.35],
        [1.25, bell(hz('A3'), 2.3), 0.75],
        [1.25, strings(hz('Bb1'), 1.2, { attack: 0.3, release: 1, bright: 0.75 }), 0.5],
      ]),
      { mix: 0.3, size: 1.3 },
    ),
};

const tracks: Record<TrackId, () => Float32Array> = { council, theme };

/** Render one sound to mono PCM at SAMPLE_RATE, in [-1, 1]. Same input, same samples. */
export function render(id: SoundId): Float32Array {
  if (id === 'council' || id === 'theme') return tracks[id]();
  return trimEnds(master(effects[id](), -3));
}

export function isLoop(id: SoundId): id is TrackId {
  return id === 'council' || id === 'theme';
}
