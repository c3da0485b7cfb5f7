// The app icons for installing the game: a sheet of paper with five stance-coloured seals.
// Drawn in code and encoded as PNG, like the sounds: `npm run icons` writes public/icons/.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const OUT = resolve(dirname(fileURLToPath(import.meta.url)), '../../public/icons');

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

type Rgb = [number, number, number];
const PAGE: Rgb = [0xf6, 0xf2, 0xe8], PAPER: Rgb = [0xff, 0xfc, 0xf4], INK: Rgb = [0x2b, 0x2a, 0x33];
const SEALS: Rgb[] = [[0x1f, 0x5f, 0x9e], [0x5f, 0x8f, 0xc8], [0x9a, 0x93, 0x84], [0xd8, 0x8a, 0x3a], [0xb6, 0x31, 0x28]];

function icon(size: number): Buffer {
  const rows: Buffer[] = [];
  const u = size / 32;
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 3);
    for (let x = 0; x < size; x++) {
      const px = x / u, py = y / u;
      let c: Rgb = PAGE;
      if (px >= 6 && px < 26 && py >= 4 && py < 28) c = PAPER;
      // Lines of text on the sheet.
      if (px >= 9 && px < 23 && (Math.floor(py) === 8 || Math.floor(py) === 11 || Math.floor(py) === 14) && py % 1 < 0.6) c = INK;
      // Five seals along the foot of the page.
      SEALS.forEach((seal, i) => {
        const cx = 9 + i * 3.5, cy = 22;
        if ((px - cx) ** 2 + (py - cy) ** 2 < 2.2) c = seal;
      });
      row.set(c, 1 + x * 3);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // truecolour
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })), chunk('IEND', new Uint8Array())]);
}

mkdirSync(OUT, { recursive: true });
for (const size of [192, 512]) writeFileSync(join(OUT, `icon-${size}.png`), icon(size));
console.log(`wrote ${OUT}`);
