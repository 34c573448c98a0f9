/**
 * Character classes of the .tcpflow lexical rules. Each test looks at one
 * UTF-16 code unit (or one code point for letters), so scanning stays linear
 * and nothing here can backtrack.
 */

// Each class is tested on a UTF-16 code unit (`charCodeAt`, NaN past the end):
// the parser's inner loops then compare numbers, not one-character strings.
// The string forms serve callers that hold a character.

export function isSpaceCode(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0c || code === 0x0b || code === 0xa0 || code === 0x3000;
}

export function isDigitCode(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

export function isAsciiLetterCode(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
}

/** `[a-z]`: the spec's "lowercase identifier" for symbols starts so. */
export function isSymbolStartCode(code: number): boolean {
  return code >= 0x61 && code <= 0x7a;
}

export function isSymbolCharCode(code: number): boolean {
  return isSymbolStartCode(code) || isDigitCode(code) || code === 0x5f;
}

export function isSpace(ch: string | undefined): boolean {
  return ch !== undefined && isSpaceCode(ch.charCodeAt(0));
}

export function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && isDigitCode(ch.charCodeAt(0));
}

export function isAsciiLetter(ch: string | undefined): boolean {
  return ch !== undefined && isAsciiLetterCode(ch.charCodeAt(0));
}

const UNICODE_LETTER = /^\p{L}$/u;

/**
 * The length (1 or 2 UTF-16 units) of the letter starting at `index`, or 0.
 * Endpoint names and labels may be written in any script ("client 客户端"),
 * so "a letter" is a Unicode letter; a lone surrogate is not one.
 */
export function letterLength(text: string, index: number): number {
  const code = text.charCodeAt(index);
  if (isAsciiLetterCode(code)) return 1;
  if (!(code >= 0x80)) return 0; // ASCII, or past the end (NaN)
  const codePoint = text.codePointAt(index)!;
  const length = codePoint > 0xffff ? 2 : 1;
  return UNICODE_LETTER.test(text.slice(index, index + length)) ? length : 0;
}

/** Letters, digits, `_` and `-`: the characters after a name's first letter. */
export function nameCharLength(text: string, index: number): number {
  const code = text.charCodeAt(index);
  if (isDigitCode(code) || code === 0x5f || code === 0x2d) return 1;
  return letterLength(text, index);
}

/** Reads which of a fixed list of words a span of text spells (see wordsOf). */
export type WordReader<W extends string> = (text: string, start: number, end: number) => W | undefined;

/**
 * A reader of the words in `words` (ASCII letters only): which of them
 * text[start, end) spells, ignoring ASCII case, or undefined. No slice of
 * the text is made, and only the words of that length and first letter are
 * compared: this runs for every word of every segment.
 */
export function wordsOf<W extends string>(words: readonly W[]): WordReader<W> {
  // Indexed by length * 128 + lowercase first letter: a list, as looking up a number in it is cheapest.
  const longest = Math.max(0, ...words.map((word) => word.length));
  const byLengthAndFirst: (W[] | undefined)[] = new Array<W[] | undefined>((longest + 1) * 128).fill(undefined);
  for (const word of words) {
    const key = word.length * 128 + (word.charCodeAt(0) | 0x20);
    (byLengthAndFirst[key] ??= []).push(word);
  }
  return (text, start, end) => {
    const length = end - start;
    // For a letter, `| 0x20` is its lowercase; no other character maps onto a letter so.
    const first = text.charCodeAt(start) | 0x20;
    if (length <= 0 || length > longest || first >= 128) return undefined;
    const candidates = byLengthAndFirst[length * 128 + first];
    if (candidates === undefined) return undefined;
    next: for (const word of candidates) {
      for (let i = 1; i < length; i++) if ((text.charCodeAt(start + i) | 0x20) !== (word.charCodeAt(i) | 0x20)) continue next;
      return word;
    }
    return undefined;
  };
}
