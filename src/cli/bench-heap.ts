// The memory benchmark's readings of a page: once it has settled, the heap after garbage collection, whole and
// without the code V8 compiled.
import type { Page } from 'playwright-core';

type Win = { __paperAlliance: { map: { effects(): { shown: number } } } };

/**
 * Until the month's map effects are over and the page is idle. Rockets and offers move for up to five seconds,
 * and while they do the page allocates about 6 MB/s: the 200 ms after each collection in `settledHeap` would
 * count up to a megabyte of that, more or less as the month's events happen to fall.
 */
export async function settle(page: Page): Promise<void> {
  await page.waitForFunction(() => (window as unknown as Win).__paperAlliance.map.effects().shown === 0, null, { polling: 250, timeout: 30_000 });
  await page.evaluate(() => new Promise<void>((resolve) => requestIdleCallback(() => resolve(), { timeout: 2000 })));
}

export interface HeapSnapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[], ...unknown[]] } };
  nodes: number[];
}

/** Bytes of V8's compiled code in a heap snapshot: machine code, bytecode and their feedback and metadata. */
export function compiledBytes(snapshot: HeapSnapshot): number {
  const fields = snapshot.snapshot.meta.node_fields, types = snapshot.snapshot.meta.node_types[0];
  const typeAt = fields.indexOf('type'), sizeAt = fields.indexOf('self_size'), code = types.indexOf('code');
  let compiled = 0;
  for (let i = 0; i < snapshot.nodes.length; i += fields.length) if (snapshot.nodes[i + typeAt] === code) compiled += snapshot.nodes[i + sizeAt]!;
  return compiled;
}

/** The heap without compiled code. That code lives on V8's heap and is taken off in bytes: as a share of the
 *  whole snapshot it would be too small, for the snapshot also holds Blink's objects and off-heap string and
 *  buffer data, which `usedSize` does not count. */
export function withoutCompiled(usedSize: number, snapshot: HeapSnapshot): number {
  return usedSize - compiledBytes(snapshot);
}

/** Bytes in use on the page's heap after full garbage collections: all of it, and without the code V8 compiled. */
export async function settledHeap(page: Page): Promise<{ total: number; data: number }> {
  const cdp = await page.context().newCDPSession(page);
  try {
    for (let i = 0; i < 3; i++) {
      await cdp.send('HeapProfiler.collectGarbage');
      await page.waitForTimeout(200);
    }
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    // A snapshot tells the game's own objects from the machine code and feedback V8 compiles as it warms up.
    const chunks: string[] = [];
    const onChunk = (event: { chunk: string }) => void chunks.push(event.chunk);
    cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
    cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
    return { total: usedSize, data: withoutCompiled(usedSize, JSON.parse(chunks.join('')) as HeapSnapshot) };
  } finally {
    await cdp.detach();
  }
}
