// The static map: a canvas painted only when the view, the stances, the news or the
// language change. The opening map is painted on the page; once the map is up, a worker
// (painter.ts) makes the later paintings off the main thread. The canvas sits beneath
// Phaser's transparent one, under either renderer, so a frame costs little even on a
// software GPU (a full-screen image does not); between paintings a CSS transform keeps it
// under a moving view.
import type { MapData } from './mapdata';
import { paint, type PaintJob } from './paint';
import { PaintWorker } from './painter';
import { drawOutlines, type Highlight, type LabelMarks } from './render';
import type { View } from './view';

export class BaseLayer {
  readonly canvas: HTMLCanvasElement;
  private readonly ctx: CanvasRenderingContext2D;
  /** The job whose painting is on the canvas, and the key of the last one asked for. */
  private shown: PaintJob | null = null;
  private asked = '';
  private sequence = 0;
  private shownSequence = 0;
  private view: View | null = null;
  /** The worker once it is warm, and the one started (undefined until then; null where there is none). */
  private worker: PaintWorker | null = null;
  private started: PaintWorker | null | undefined;
  /** Paintings shown so far (the test handle reports it). */
  draws = 0;

  constructor(parent: HTMLElement, private readonly data: () => MapData) {
    this.canvas = document.createElement('canvas');
    this.canvas.className = 'pa-map-base';
    this.canvas.setAttribute('aria-hidden', 'true');
    parent.prepend(this.canvas);
    this.ctx = this.canvas.getContext('2d', { alpha: false }) as CanvasRenderingContext2D;
  }

  /** Who makes the paintings now. */
  get paintedBy(): 'worker' | 'page' {
    return this.worker ? 'worker' : 'page';
  }

  /** Hands later paintings to a worker, once it has readied its map data; the page paints until then. */
  startWorker(): void {
    if (this.started !== undefined) return;
    const worker = (this.started = PaintWorker.start());
    worker?.warm().then(
      () => (this.worker = worker),
      (error: unknown) => console.warn('Paper Alliance: the map is painted on the page', error),
    );
  }

  /** Paints this job, unless it is the one shown or already asked for. */
  draw(job: PaintJob): void {
    const key = JSON.stringify(job);
    if (key === this.asked) return;
    this.asked = key;
    this.view = job.view;
    const sequence = ++this.sequence;
    const worker = this.worker;
    if (!worker) {
      this.show(job, sequence, () => paint(this.canvas, this.data(), job));
      return;
    }
    worker.paint(job).then(
      (bitmap) => this.show(job, sequence, () => this.ctx.drawImage(bitmap, 0, 0), () => bitmap.close()),
      (error: unknown) => {
        // The worker failed: the page paints from now on, this job first.
        console.warn('Paper Alliance: the map is painted on the page', error);
        if (this.worker === worker) this.worker = null;
        this.show(job, sequence, () => paint(this.canvas, this.data(), job));
      },
    );
  }

  private show(job: PaintJob, sequence: number, draw: () => void, discard = () => {}): void {
    // A later painting already on screen wins over an earlier one arriving late.
    if (sequence <= this.shownSequence) return discard();
    const { canvas } = this;
    // The canvas takes a new size only with a new picture, so it never shows blank.
    if (canvas.width !== job.width || canvas.height !== job.height) {
      canvas.width = job.width;
      canvas.height = job.height;
    }
    canvas.style.width = `${job.width / job.ratio}px`;
    canvas.style.height = `${job.height / job.ratio}px`;
    draw();
    discard();
    this.shown = job;
    this.shownSequence = sequence;
    this.draws += 1;
    this.place(this.view ?? job.view);
  }

  /** Shows the last painting where `view` puts it, until the next one arrives. */
  place(view: View): void {
    this.view = view;
    const shown = this.shown;
    if (!shown) return;
    const drawn = shown.view;
    const k = view.scale / drawn.scale;
    const x = (view.x - drawn.x * k) / shown.ratio;
    const y = (view.y - drawn.y * k) / shown.ratio;
    this.canvas.style.transform = Math.abs(k - 1) < 1e-6 && Math.abs(x) < 1e-3 && Math.abs(y) < 1e-3 ? '' : `translate(${x}px, ${y}px) scale(${k})`;
  }

  close(): void {
    // A worker still warming up is stopped too.
    this.started?.close();
    this.worker = null;
  }
}

/** Outlines of the hovered, selected and focused countries, above Phaser's canvas. */
export class OutlineLayer {
  readonly canvas: HTMLCanvasElement;
  private readonly ctx: CanvasRenderingContext2D;
  private blank = true;

  constructor(parent: HTMLElement) {
    this.canvas = document.createElement('canvas');
    this.canvas.className = 'pa-map-outlines';
    this.canvas.setAttribute('aria-hidden', 'true');
    this.canvas.style.display = 'none';
    parent.append(this.canvas);
    this.ctx = this.canvas.getContext('2d') as CanvasRenderingContext2D;
  }

  /** The map data is asked for, and the canvas sized, only once there is something to outline. */
  /** `marks`: the month and crises the map shows, which place the names outlines keep off. */
  draw(data: () => MapData, view: View, highlight: Highlight, marks: LabelMarks, width: number, height: number, ratio: number): void {
    const nothing = !highlight.hover && !highlight.selected && !highlight.focus;
    if (nothing && this.blank) return;
    if (this.canvas.width !== width || this.canvas.height !== height) {
      this.canvas.width = width;
      this.canvas.height = height;
      this.canvas.style.width = `${width / ratio}px`;
      this.canvas.style.height = `${height / ratio}px`;
    }
    this.canvas.style.display = '';
    drawOutlines({ ctx: this.ctx, width, height, ratio, view }, data(), highlight, marks);
    this.blank = nothing;
  }
}
