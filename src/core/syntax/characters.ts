/**
 * Character classes of the .tcpflow lexical rules. Each test looks at one
 * UTF-16 code unit (or one code point for letters), so scanning stays linear
 * and nothing here can backtrack.
 */

export function isSpace(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\t' || ch === '\f' || ch === '\v' || ch === '\u00a0' || ch === '\u3000';
}

export function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

export function isAsciiLetter(ch: string | undefined): boolean {
  return ch !== undefined && ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z'));
}

const UNICODE_LETTER = /^\p{L}$/u;

/**
 * The length (1 or 2 UTF-16 units) of the letter starting at `index`, or 0.
 * Endpoint names and labels may be written in any script ("client 客户端"),
 * so "a letter" is a Unicode letter; a lone surrogate is not one.
 */
export function letterLength(text: string, index: number): number {
  const ch = text[index];
  if (ch === undefined) return 0;
  if (isAsciiLetter(ch)) return 1;
  if (ch < '\u0080') return 0;
  const codePoint = text.codePointAt(index)!;
  const length = codePoint > 0xffff ? 2 : 1;
  return UNICODE_LETTER.test(text.slice(index, index + length)) ? length : 0;
}

/** Letters, digits, `_` and `-`: the characters after a name's first letter. */
export function nameCharLength(text: string, index: number): number {
  const ch = text[index];
  if (isDigit(ch) || ch === '_' || ch === '-') return 1;
  return letterLength(text, index);
}

/** `[a-z][a-z0-9_]*`: the spec's "lowercase identifier" for symbols. */
export function isSymbolStart(ch: string | undefined): boolean {
  return ch !== undefined && ch >= 'a' && ch <= 'z';
}

export function isSymbolChar(ch: string | undefined): boolean {
  return isSymbolStart(ch) || isDigit(ch) || ch === '_';
}
