// The URL-safe alphabet of RFC 4648 (§5): a code can sit in an address, a QR code or a
// spreadsheet cell without being escaped.
export const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const VALUE = new Map([...ALPHABET].map((c, i) => [c, i]));

export function isBase64url(text: string): boolean {
  return /^[A-Za-z0-9_-]*$/.test(text);
}

/** The value of one character, or -1 for one outside the alphabet. */
export function valueOf(char: string): number {
  return VALUE.get(char) ?? -1;
}

/** A whole number below 64^width written in exactly `width` characters. */
export function digits(value: number, width: number): string {
  let out = '';
  for (let i = width - 1; i >= 0; i--) out += ALPHABET[Math.floor(value / 64 ** i) % 64];
  return out;
}

/** The number `digits` wrote, or -1 when a character is outside the alphabet. */
export function undigits(text: string): number {
  let value = 0;
  for (const c of text) {
    const v = valueOf(c);
    if (v < 0) return -1;
    value = value * 64 + v;
  }
  return value;
}

/** A text as its UTF-8 bytes in the alphabet, without padding. */
export function encodeText(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const chunk = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
    out += digits(chunk, 4).slice(0, chars);
  }
  return out;
}

/** The text `encodeText` wrote, or null when it is not whole UTF-8 in the alphabet. */
export function decodeText(encoded: string): string | null {
  if (!isBase64url(encoded) || encoded.length % 4 === 1) return null;
  const bytes: number[] = [];
  for (let i = 0; i < encoded.length; i += 4) {
    const part = encoded.slice(i, i + 4);
    const chunk = undigits(part.padEnd(4, 'A'));
    const count = Math.floor((part.length * 6) / 8);
    for (let k = 0; k < count; k++) bytes.push((chunk >> (16 - 8 * k)) & 0xff);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array(bytes));
  } catch {
    return null;
  }
  // One text, one writing: stray low bits would let two codes name the same player.
  return encodeText(text) === encoded ? text : null;
}
