// The static map: a canvas beneath Phaser's, drawn only when the view, the stances or
// the news change. Phaser's own canvas stays transparent and draws the live layers
// (hover, selection, focus, moving effects), so a frame costs little even on a
// software GPU. Between redraws a CSS transform keeps it under a moving view.
import type { MapData } from './mapdata';
import { drawBase, type BaseInput } from './render';
import type { View } from './view';

export class BaseLayer {
  readonly canvas: HTMLCanvasElement;
  private readonly ctx: CanvasRenderingContext2D;
  private drawnView: View | null = null;
  private drawnInput: BaseInput | null = null;
  private ratio = 1;
  /** Times the whole map has been drawn (the test handle reports it). */
  draws = 0;

  constructor(parent: HTMLElement) {
    this.canvas = document.createElement('canvas');
    this.canvas.className = 'pa-map-base';
    this.canvas.setAttribute('aria-hidden', 'true');
    parent.prepend(this.canvas);
    this.ctx = this.canvas.getContext('2d', { alpha: false }) as CanvasRenderingContext2D;
  }

  /** Device-pixel size and device pixels per CSS pixel. */
  resize(width: number, height: number, ratio: number): void {
    this.ratio = ratio;
    if (this.canvas.width !== width || this.canvas.height !== height) {
      this.canvas.width = width;
      this.canvas.height = height;
      this.drawnView = null;
    }
    this.canvas.style.width = `${width / ratio}px`;
    this.canvas.style.height = `${height / ratio}px`;
  }

  /** Whether the canvas already shows this view of these stances and news. */
  shows(view: View, input: BaseInput): boolean {
    const drawn = this.drawnView, last = this.drawnInput;
    return drawn !== null && last !== null && drawn.scale === view.scale && drawn.x === view.x && drawn.y === view.y
      && last.members === input.members && last.events === input.events;
  }

  draw(data: MapData, view: View, input: BaseInput): void {
    drawBase({ ctx: this.ctx, width: this.canvas.width, height: this.canvas.height, ratio: this.ratio, view }, data, input);
    this.drawnView = { ...view };
    this.drawnInput = input;
    this.draws += 1;
    this.canvas.style.transform = '';
  }

  /** Shows the last drawing where `view` puts it, until the next draw. */
  place(view: View): void {
    const drawn = this.drawnView;
    if (!drawn) return;
    const k = view.scale / drawn.scale;
    const x = (view.x - drawn.x * k) / this.ratio;
    const y = (view.y - drawn.y * k) / this.ratio;
    this.canvas.style.transform = Math.abs(k - 1) < 1e-6 && Math.abs(x) < 1e-3 && Math.abs(y) < 1e-3 ? '' : `translate(${x}px, ${y}px) scale(${k})`;
  }
}
