/**
 * Finds a document's lines the way the editor counts them, and where each
 * line's statement and comment are. The parser reads every line in the
 * document's own text, at its offsets, rather than in a string cut out per
 * line: the engine reads a character of a string cut from another more
 * slowly than one of the string itself, and the parser reads each
 * character of a line at least once.
 */
import { isSpaceCode } from './characters';
import { FULL_WIDTH } from './full-width';
import { codeUnitsOf, type CodeUnits } from './code-units';

export interface SourceLine {
  /** 0-based line number. */
  readonly line: number;
  /**
   * The text the line is read in: the whole document, or for a line whose
   * full-width punctuation is read as ASCII, that line alone. Every column
   * a node keeps is an offset in this text.
   */
  readonly text: string;
  /** The offset in `text` of the line's first character: a Range's characters count from here. */
  readonly lineStart: number;
  /** The statement's first and one-past-last offsets in `text`: no comment, no surrounding blanks. */
  readonly start: number;
  readonly end: number;
}

/**
 * A document's text and where each of its lines starts and ends in it
 * (without its line break). The offsets are kept in typed arrays, which
 * the garbage collector neither scans nor copies.
 */
export interface DocumentLines {
  readonly text: string;
  readonly count: number;
  readonly starts: Uint32Array;
  readonly ends: Uint32Array;
}

const BYTE_ORDER_MARK = 0xfeff;

/**
 * The document's lines. LF and CRLF end a line, and so does a lone CR, as
 * in VS Code, so that line numbers agree with the editor's. A leading BOM
 * is not part of line 0 (VS Code drops it too), so columns do not count it.
 */
export function documentLines(text: string): DocumentLines {
  const first = text.charCodeAt(0) === BYTE_ORDER_MARK ? 1 : 0;
  // Room for a line every 32 characters, grown if the lines are shorter; cut to the count at the end.
  let starts = new Uint32Array(Math.max(16, text.length >> 5));
  let ends = new Uint32Array(starts.length);
  let count = 0;
  const addLine = (start: number, end: number): void => {
    if (count === starts.length) {
      starts = grown(starts);
      ends = grown(ends);
    }
    starts[count] = start;
    ends[count++] = end;
  };
  let lineStart = first;
  // The next LF and the next CR, each found by the engine's own search (many times faster than a loop over the text).
  let lf = text.indexOf('\n', first);
  let cr = text.indexOf('\r', first);
  while (lf >= 0 || cr >= 0) {
    const lineEnd = cr < 0 || (lf >= 0 && lf < cr) ? lf : cr;
    addLine(lineStart, lineEnd);
    // A CRLF ends one line.
    lineStart = lineEnd === cr && lf === cr + 1 ? lf + 1 : lineEnd + 1;
    if (lf >= 0 && lf < lineStart) lf = text.indexOf('\n', lineStart);
    if (cr >= 0 && cr < lineStart) cr = text.indexOf('\r', lineStart);
  }
  addLine(lineStart, text.length);
  return { text, count, starts: starts.slice(0, count), ends: ends.slice(0, count) };
}

function grown(offsets: Uint32Array<ArrayBuffer>): Uint32Array<ArrayBuffer> {
  const larger = new Uint32Array(offsets.length * 2);
  larger.set(offsets);
  return larger;
}

/**
 * What an edit left as it was: the text the two versions of a document
 * begin with and end with in common, compared by the engine a block at a
 * time (see BLOCK). Compared a line at a time with charCodeAt, the
 * unchanged lines of a 10,000-line document were half of what a
 * keystroke's analysis took.
 */
export class UnchangedText {
  /** How many characters the versions begin with in common, and end with. */
  readonly #prefix: number;
  readonly #suffix: number;
  constructor(
    private readonly before: DocumentLines,
    private readonly after: DocumentLines,
  ) {
    this.#prefix = commonPrefixLength(before.text, after.text);
    this.#suffix = commonSuffixLength(before.text, after.text);
  }

  /** True when line `line` of the new version has the text of line `line` of the old one. */
  sameLine(line: number): boolean {
    const { before, after } = this;
    if (line >= before.count) return false;
    // The line and the break after it are in the common beginning: the same line, at the same place.
    if (after.ends[line]! < this.#prefix) return true;
    // The line and the break before it are in the common end, and as many lines follow it in both.
    if (after.count === before.count && line > 0 && after.starts[line]! - 1 >= after.text.length - this.#suffix) return true;
    return sameLineText(before, line, after, line);
  }

  /** How many lines the two versions end with in common (each with the break before it, in the common end). */
  commonLastLines(): number {
    const { before, after } = this;
    const limit = Math.min(before.count, after.count);
    const commonEnd = after.text.length - this.#suffix;
    let n = 0;
    while (n < limit && after.starts[after.count - 1 - n]! - 1 >= commonEnd) n++;
    return n;
  }
}

/**
 * Characters compared at once, as two slices compared with ===, which the
 * engine does as fast as memory reads (startsWith, optimized, became a loop
 * over the characters; endsWith was seven times slower than ===). Long
 * enough that the slices cost little, short enough not to compare far past
 * a change.
 */
const BLOCK = 1024;

function commonPrefixLength(a: string, b: string): number {
  const max = Math.min(a.length, b.length);
  let n = 0;
  while (n + BLOCK <= max && a.slice(n, n + BLOCK) === b.slice(n, n + BLOCK)) n += BLOCK;
  while (n < max && a.charCodeAt(n) === b.charCodeAt(n)) n++;
  return n;
}

function commonSuffixLength(a: string, b: string): number {
  const max = Math.min(a.length, b.length);
  let n = 0;
  while (n + BLOCK <= max && a.slice(a.length - n - BLOCK, a.length - n) === b.slice(b.length - n - BLOCK, b.length - n)) n += BLOCK;
  while (n < max && a.charCodeAt(a.length - 1 - n) === b.charCodeAt(b.length - 1 - n)) n++;
  return n;
}

/** True when line `a` of one document and line `b` of another have the same text. */
function sameLineText(one: DocumentLines, a: number, other: DocumentLines, b: number): boolean {
  const start = one.starts[a]!;
  const otherStart = other.starts[b]!;
  const length = one.ends[a]! - start;
  if (other.ends[b]! - otherStart !== length) return false;
  const text = one.text;
  const otherText = other.text;
  for (let i = 0; i < length; i++) if (text.charCodeAt(start + i) !== otherText.charCodeAt(otherStart + i)) return false;
  return true;
}

/**
 * Where a character next occurs in a text, at or after an offset that only
 * grows, as the parser's does from line to line: one search by the engine
 * answers every line up to the occurrence. Searching afresh from each line
 * would read the rest of the document each time a line lacks the character.
 */
export class NextOccurrence {
  #found = -1;
  constructor(
    private readonly text: string,
    private readonly char: string,
  ) {}
  /** The first offset at or after `from` holding the character, or Infinity. */
  from(from: number): number {
    if (this.#found < from) {
      const at = this.text.indexOf(this.char, from);
      this.#found = at < 0 ? Infinity : at;
    }
    return this.#found;
  }
}

/** Finds each line's statement and comment, and whether it may hold full-width punctuation, in the order of the lines. */
export class LineFinder {
  readonly #hashes: NextOccurrence;
  readonly #quotes: NextOccurrence;
  readonly #fullWidth: readonly NextOccurrence[];
  #units: CodeUnits | undefined;
  constructor(readonly lines: DocumentLines) {
    this.#hashes = new NextOccurrence(lines.text, '#');
    this.#quotes = new NextOccurrence(lines.text, '"');
    this.#fullWidth = FULL_WIDTH.map((char) => new NextOccurrence(lines.text, char));
  }

  /** True when the statement holds a character that full-width.ts reads as ASCII (perhaps quoted). */
  holdsFullWidth(source: SourceLine): boolean {
    const fullWidth = this.#fullWidth;
    for (let i = 0; i < fullWidth.length; i++) if (fullWidth[i]!.from(source.start) < source.end) return true;
    return false;
  }

  /** The document's code units (see code-units.ts), made when a first line is read: an edit may leave every line as it was. */
  get units(): CodeUnits {
    return (this.#units ??= codeUnitsOf(this.lines.text));
  }

  /** Line `line`, with its statement located; lines are asked for in order. */
  sourceLine(line: number): SourceLine {
    const text = this.lines.text;
    const units = this.units;
    const lineStart = this.lines.starts[line]!;
    const lineEnd = this.lines.ends[line]!;
    let start = lineStart;
    let end = this.#commentStart(lineStart, lineEnd);
    while (start < end && isSpaceCode(units[start]!)) start++;
    while (end > start && isSpaceCode(units[end - 1]!)) end--;
    return { line, text, lineStart, start, end };
  }

  /**
   * Where the comment begins: the first `#` outside a quoted string (so that
   * `data="#1"` keeps its text), or the line's end when there is none.
   */
  #commentStart(lineStart: number, lineEnd: number): number {
    // Most lines have no `#`, or none after a quote: the engine's search answers those.
    const hash = this.#hashes.from(lineStart);
    if (hash >= lineEnd) return lineEnd;
    const quote = this.#quotes.from(lineStart);
    if (quote > hash) return hash;
    const text = this.lines.text;
    let quoted = false;
    for (let i = lineStart; i < lineEnd; i++) {
      const code = text.charCodeAt(i);
      if (quoted && code === BACKSLASH) i++;
      else if (code === QUOTE) quoted = !quoted;
      else if (code === HASH && !quoted) return i;
    }
    return lineEnd;
  }
}

const BACKSLASH = 0x5c;
const QUOTE = 0x22;
const HASH = 0x23;
