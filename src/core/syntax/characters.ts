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
