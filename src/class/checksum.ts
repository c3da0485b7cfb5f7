// CRC-24 (the OpenPGP polynomial): it catches every error burst of up to 24 bits, so a
// mistyped character, two swapped ones or a code cut short never passes as another.
const POLY = 0x864cfb;

const TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n << 16;
    for (let k = 0; k < 8; k++) c = c & 0x800000 ? ((c << 1) ^ POLY) & 0xffffff : (c << 1) & 0xffffff;
    table[n] = c;
  }
  return table;
})();

/** The checksum of a text's UTF-8 bytes, 24 bits. */
export function crc24(text: string): number {
  let crc = 0xb704ce;
  for (const byte of new TextEncoder().encode(text)) crc = ((crc << 8) & 0xffffff) ^ TABLE[((crc >> 16) ^ byte) & 0xff]!;
  return crc;
}
