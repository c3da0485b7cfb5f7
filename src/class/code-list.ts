// Codes as a teacher collects them: pasted one a line, in a text file, or in the cells of a
// spreadsheet saved as CSV beside names and dates. Anything that starts like a code is read;
// the rest of each line is not ours to judge.
import { byId, type Level } from '../engine';
import { readResultCode, type CodeError, type PlayedResult } from './result-code';

/** Where a code starts: "PA" and its format's number. */
const START = /^PA\d/;
/** What parts cells and words: CSV and TSV separators, quotes, spaces. No code holds one. */
const SEPARATORS = /[\s,;"'|]+/;

export interface FoundCode {
  /** 1-based line of the text. */
  line: number;
  code: string;
}

/** Every code in the text with its line, and the lines that held text but no code. */
export function findCodes(text: string): { codes: FoundCode[]; skipped: number[] } {
  const codes: FoundCode[] = [];
  const skipped: number[] = [];
  // A byte order mark leads many saved spreadsheets.
  text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/).forEach((content, i) => {
    const here = content.split(SEPARATORS).filter((cell) => START.test(cell));
    for (const code of here) codes.push({ line: i + 1, code });
    if (here.length === 0 && content.trim() !== '') skipped.push(i + 1);
  });
  return { codes, skipped };
}

/** The class results page opened on these codes: they ride in the hash, which the browser never sends. */
export function resultsLink(base: string, codes: readonly string[]): string {
  const url = new URL('results.html', base);
  url.hash = `codes=${codes.join(',')}`;
  return url.toString();
}

/** The codes an address's hash carries: `#codes=code1,code2`. */
export function codesFromHash(hash: string): string[] {
  const match = /^#?codes=(.*)$/s.exec(hash);
  if (!match) return [];
  let text: string;
  try {
    text = decodeURIComponent(match[1]!);
  } catch {
    text = match[1]!;
  }
  return text.split(/[,\s]+/).filter((code) => code !== '');
}

export type ReadCode =
  | { kind: 'game'; line: number; code: string; result: PlayedResult }
  | { kind: 'bad'; line: number; code: string; errors: CodeError[] }
  /** The same code as an earlier line: one game counts once. */
  | { kind: 'duplicate'; line: number; code: string; duplicateOf: number };

/** A code read once: the page reads the whole box again at each keystroke. */
export type ReadCache = Map<string, ReturnType<typeof readResultCode>>;

export function readCodeList(text: string, levels: Readonly<Record<string, Level>>, cache: ReadCache = new Map()): { read: ReadCode[]; skipped: number[] } {
  const { codes, skipped } = findCodes(text);
  const firstLine: Record<string, number> = {};
  const read = codes.map(({ line, code }): ReadCode => {
    const first = byId(firstLine, code);
    if (first !== undefined) return { kind: 'duplicate', line, code, duplicateOf: first };
    firstLine[code] = line;
    let outcome = cache.get(code);
    if (!outcome) {
      outcome = readResultCode(code, levels);
      cache.set(code, outcome);
    }
    return outcome.ok ? { kind: 'game', line, code, result: outcome.value } : { kind: 'bad', line, code, errors: outcome.errors };
  });
  return { read, skipped };
}
