/**
 * Splits a document into lines the way the editor counts them, and finds
 * where each line's statement and comment are.
 */
import { isSpaceCode } from './characters';

export interface SourceLine {
  /** 0-based line number. */
  readonly line: number;
  /** The line's text without its line break (and, on line 0, without a BOM). */
  readonly text: string;
  /** The statement's first and one-past-last columns: no comment, no surrounding blanks. */
  readonly start: number;
  readonly end: number;
}

const BYTE_ORDER_MARK = '\ufeff';
const LF = 10;
const CR = 13;

/**
 * The document's lines' texts. LF and CRLF end a line, and so does a lone
 * CR, as in VS Code, so that line numbers agree with the editor's. A leading
 * BOM is dropped (VS Code drops it too), so columns do not count it.
 */
export function lineTexts(text: string): string[] {
  const body = text.startsWith(BYTE_ORDER_MARK) ? text.slice(1) : text;
  // Most files end their lines with LF alone: then the engine's own split does it, many times faster than a loop.
  if (!body.includes('\r')) return body.split('\n');
  const lines: string[] = [];
  let lineStart = 0;
  for (let i = 0; i <= body.length; i++) {
    const ch = body.charCodeAt(i);
    if (i < body.length && ch !== LF && ch !== CR) continue;
    lines.push(body.slice(lineStart, i));
    if (ch === CR && body.charCodeAt(i + 1) === LF) i++;
    lineStart = i + 1;
  }
  return lines;
}

/** Line `line`, whose text is `text`, with its statement located. */
export function sourceLine(line: number, text: string): SourceLine {
  const commentAt = commentStart(text);
  let start = 0;
  let end = commentAt;
  while (start < end && isSpaceCode(text.charCodeAt(start))) start++;
  while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--;
  return { line, text, start, end };
}

/**
 * Where the comment begins: the first `#` outside a quoted string (so that
 * `data="#1"` keeps its text), or the line's length when there is none.
 */
function commentStart(text: string): number {
  // Most lines have no `#`, or none after a quote: the engine's search answers those.
  const hash = text.indexOf('#');
  if (hash < 0) return text.length;
  const quote = text.indexOf('"');
  if (quote < 0 || quote > hash) return hash;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (quoted && code === BACKSLASH) i++;
    else if (code === QUOTE) quoted = !quoted;
    else if (code === HASH && !quoted) return i;
  }
  return text.length;
}

const BACKSLASH = 0x5c;
const QUOTE = 0x22;
const HASH = 0x23;
