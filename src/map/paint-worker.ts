// The painting worker: redraws the static map off the page's main thread, so a redraw
// after a turn, a zoom or a change of language never holds up input, panels or frames.
import { MAP_ASSET } from './map-asset';
import { buildMapData, type MapData } from './mapdata';
import { paint, useWords, type PaintJob } from './paint';

interface WorkerScope {
  onmessage: ((event: MessageEvent<{ id: number; job?: PaintJob }>) => void) | null;
  postMessage(message: unknown, transfer?: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;
const canvas = new OffscreenCanvas(1, 1);
let data: MapData | null = null;

scope.onmessage = ({ data: { id, job } }) => {
  try {
    data ??= buildMapData(MAP_ASSET);
    // A message without a job only readies the map data.
    if (!job) return scope.postMessage({ id, ready: true });
    useWords(job.words);
    paint(canvas, data, job);
    const bitmap = canvas.transferToImageBitmap();
    scope.postMessage({ id, bitmap }, [bitmap]);
  } catch (error) {
    scope.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
};
