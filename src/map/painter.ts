// The painting worker, seen from the page: jobs go out, pictures come back. The page
// paints the opening map itself (nothing is free while the page loads); afterwards
// paintings are made here, off the main thread.
import type { PaintJob } from './paint';

type Reply = { id: number; bitmap: ImageBitmap } | { id: number; ready: true } | { id: number; error: string };

export class PaintWorker {
  private readonly worker: Worker;
  private readonly waiting = new Map<number, { resolve: (bitmap: ImageBitmap | null) => void; reject: (error: Error) => void }>();
  private next = 1;
  private failure: Error | null = null;

  /** A worker, where the browser can draw off the main thread; else null. */
  static start(): PaintWorker | null {
    const offscreen = typeof OffscreenCanvas !== 'undefined' && 'transferToImageBitmap' in OffscreenCanvas.prototype;
    if (typeof Worker === 'undefined' || !offscreen) return null;
    try {
      return new PaintWorker(new Worker(new URL('./paint-worker.ts', import.meta.url), { type: 'module', name: 'paper-alliance-painter' }));
    } catch {
      return null;
    }
  }

  private constructor(worker: Worker) {
    this.worker = worker;
    worker.onmessage = ({ data: reply }: MessageEvent<Reply>) => {
      const entry = this.waiting.get(reply.id);
      if (!entry) return;
      this.waiting.delete(reply.id);
      if ('error' in reply) this.fail(new Error(reply.error));
      else entry.resolve('bitmap' in reply ? reply.bitmap : null);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      this.fail(new Error(event.message || 'the painting worker did not start'));
    };
    worker.onmessageerror = () => this.fail(new Error('a painting could not be read'));
  }

  /** Resolves once the worker has its map data, so its first painting is not slowed by it. */
  warm(): Promise<void> {
    return new Promise((resolve, reject) => this.send(undefined, () => resolve(), reject));
  }

  paint(job: PaintJob): Promise<ImageBitmap> {
    return new Promise((resolve, reject) => this.send(job, (bitmap) => (bitmap ? resolve(bitmap) : reject(new Error('no picture'))), reject));
  }

  /** Why the worker stopped, if it has; every job waiting and to come is refused. */
  get failed(): Error | null {
    return this.failure;
  }

  close(): void {
    this.worker.terminate();
    this.waiting.clear();
  }

  private send(job: PaintJob | undefined, resolve: (bitmap: ImageBitmap | null) => void, reject: (error: Error) => void): void {
    if (this.failure) return reject(this.failure);
    const id = this.next++;
    this.waiting.set(id, { resolve, reject });
    this.worker.postMessage({ id, job });
  }

  private fail(error: Error): void {
    this.failure ??= error;
    this.worker.terminate();
    for (const { reject } of this.waiting.values()) reject(this.failure);
    this.waiting.clear();
  }
}
