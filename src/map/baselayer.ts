// The static map: a canvas drawn only when the view, the stances or the news change.
// Under WebGL it sits beneath Phaser's transparent canvas, so a frame costs little even
// on a software GPU (a full-screen textured quad does not); between redraws a CSS
// transform keeps it under a moving view. Under the Canvas renderer it is a texture on
// a Phaser image instead, one cheap drawImage a frame.
import type { MapData } from './mapdata';
import { drawBase, drawOutlines, type BaseInput, type Highlight } from './render';
import type { View } from './view';

/** A Phaser image showing the layer: moved and scaled between redraws, refreshed after one. */
export interface BaseImage {
  place(x: number, y: number, scale: number): void;
  resize(width: number, height: number): void;
  refresh(): void;
}

export class BaseLayer {
  readonly canvas: HTMLCanvasElement;
  private readonly ctx: CanvasRenderingContext2D;
  private drawnView: View | null = null;
  private drawnInput: BaseInput | null = null;
  private ratio = 1;
  /** Times the whole map has been drawn (the test handle reports it). */
  draws = 0;
  private image: BaseImage | null = null;

  constructor(parent: HTMLElement) {
    this.canvas = document.createElement('canvas');
    this.canvas.className = 'pa-map-base';
    this.canvas.setAttribute('aria-hidden', 'true');
    parent.prepend(this.canvas);
    this.ctx = this.canvas.getContext('2d', { alpha: false }) as CanvasRenderingContext2D;
  }

  /** Shows the map through a Phaser image instead of beneath Phaser's canvas. */
  useImage(image: BaseImage): void {
    this.image = image;
    this.canvas.remove();
  }

  /** Device-pixel size and device pixels per CSS pixel. */
  resize(width: number, height: number, ratio: number): void {
    this.ratio = ratio;
    if (this.canvas.width !== width || this.canvas.height !== height) {
      this.canvas.width = width;
      this.canvas.height = height;
      this.image?.resize(width, height);
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
    this.image?.refresh();
    this.image?.place(0, 0, 1);
  }

  /** Shows the last drawing where `view` puts it, until the next draw. */
  place(view: View): void {
    const drawn = this.drawnView;
    if (!drawn) return;
    const k = view.scale / drawn.scale;
    if (this.image) {
      this.image.place(view.x - drawn.x * k, view.y - drawn.y * k, k);
      return;
    }
    const x = (view.x - drawn.x * k) / this.ratio;
    const y = (view.y - drawn.y * k) / this.ratio;
    this.canvas.style.transform = Math.abs(k - 1) < 1e-6 && Math.abs(x) < 1e-3 && Math.abs(y) < 1e-3 ? '' : `translate(${x}px, ${y}px) scale(${k})`;
  }
}

/** Outlines of the hovered, selected and focused countries, above Phaser's canvas. */
export class OutlineLayer {
  readonly canvas: HTMLCanvasElement;
  private readonly ctx: CanvasRenderingContext2D;

  constructor(parent: HTMLElement) {
    this.canvas = document.createElement('canvas');
    this.canvas.className = 'pa-map-outlines';
    this.canvas.setAttribute('aria-hidden', 'true');
    parent.append(this.canvas);
    this.ctx = this.canvas.getContext('2d') as CanvasRenderingContext2D;
  }

  draw(data: MapData, view: View, highlight: Highlight, width: number, height: number, ratio: number): void {
    if (this.canvas.width !== width || this.canvas.height !== height) {
      this.canvas.width = width;
      this.canvas.height = height;
      this.canvas.style.width = `${width / ratio}px`;
      this.canvas.style.height = `${height / ratio}px`;
    }
    drawOutlines({ ctx: this.ctx, width, height, ratio, view }, data, highlight);
  }
}
