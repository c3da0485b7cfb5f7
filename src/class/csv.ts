// A table as CSV (RFC 4180) that spreadsheets open as they should: every field that needs
// it quoted, lines parted by CRLF, and a byte order mark so Cyrillic reads as Cyrillic.

export type Cell = string | number | boolean;

/** Spreadsheets run a cell that starts with one of these as a formula: a name typed by a player stays text. */
const FORMULA = /^[=+\-@\t\r]/;

export function csvField(cell: Cell): string {
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  if (typeof cell === 'boolean') return cell ? '1' : '0';
  const text = FORMULA.test(cell) ? `'${cell}` : cell;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: readonly (readonly Cell[])[]): string {
  return `\uFEFF${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}
