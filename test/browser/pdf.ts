// What a PDF printed by Chromium says about its pages: how many there are, how tall, and on which
// page each named destination lands (Chromium names one for every element id a link points to).
// Chromium writes its dictionaries uncompressed, so reading them needs no PDF library.

export interface PrintedPdf {
  pages: number;
  /** Each page's height in points, in page order. */
  heights: number[];
  /** Named destinations: the page (0-based) and the height on it, from the bottom, in points. */
  dests: Record<string, { page: number; y: number }>;
}

function objectsOf(text: string): Map<number, string> {
  const objects = new Map<number, string>();
  const head = /(\d+) 0 obj\b/g;
  for (let m = head.exec(text); m; m = head.exec(text)) {
    const start = head.lastIndex;
    const end = text.indexOf('endobj', start);
    const stream = text.indexOf('stream', start);
    if (stream !== -1 && stream < end) {
      // A stream's bytes may spell anything: go on after its end.
      objects.set(Number(m[1]), text.slice(start, stream));
      head.lastIndex = text.indexOf('endobj', text.indexOf('endstream', stream));
    } else {
      objects.set(Number(m[1]), text.slice(start, end));
      head.lastIndex = end;
    }
  }
  return objects;
}

const ref = (dict: string, key: string): number | null => {
  const m = new RegExp(`/${key} (\\d+) 0 R`).exec(dict);
  return m ? Number(m[1]) : null;
};

export function readPrintedPdf(pdf: Uint8Array): PrintedPdf {
  const text = Buffer.from(pdf).toString('latin1');
  const objects = objectsOf(text);
  const catalog = [...objects.values()].find((o) => /\/Type \/Catalog\b/.test(o));
  if (!catalog) throw new Error('no catalog in the PDF');
  const order: number[] = [];
  const walk = (id: number) => {
    const node = objects.get(id) ?? '';
    if (/\/Type \/Pages\b/.test(node)) {
      for (const kid of (/\/Kids \[([^\]]*)\]/.exec(node)?.[1] ?? '').matchAll(/(\d+) 0 R/g)) walk(Number(kid[1]));
    } else order.push(id);
  };
  walk(ref(catalog, 'Pages')!);
  const heights = order.map((id) => {
    const box = /\/MediaBox \[([\d.\s-]+)\]/.exec(objects.get(id) ?? '')?.[1]?.trim().split(/\s+/).map(Number) ?? [];
    return (box[3] ?? 0) - (box[1] ?? 0);
  });
  const dests: PrintedPdf['dests'] = {};
  const destsId = ref(catalog, 'Dests');
  for (const m of (destsId === null ? '' : objects.get(destsId) ?? '').matchAll(/\/([\w-]+) \[(\d+) 0 R \/XYZ [\d.-]+ ([\d.-]+)/g)) {
    dests[m[1]!] = { page: order.indexOf(Number(m[2])), y: Number(m[3]) };
  }
  return { pages: order.length, heights, dests };
}
