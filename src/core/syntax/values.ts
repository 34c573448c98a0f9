/**
 * The values a segment's fields take: numbers (0..2^32-1), expressions
 * (`x`, `x+1`, `isn_a-1`, `100`) and quoted text. Each reader looks at a
 * span the caller has already delimited and reports what is wrong with it.
 */
import { isDigitCode, isSymbolCharCode, isSymbolStartCode } from './characters';
import type { LineContext } from './line-context';
import { replaceWith } from './line-context';

/** RFC 9293 §3.4: sequence numbers, and so every number here, are 32 bits. */
export const MAX_NUMBER = 4294967295;

/** digitsValue's answers besides a value: the text is not all digits (or empty), or it exceeds 2^32-1. */
const NOT_DIGITS = -1;
const TOO_LARGE = -2;

/** The number the digits in [from, to) spell, in one pass; NOT_DIGITS or TOO_LARGE when they spell none. */
function digitsValue(text: string, from: number, to: number): number {
  if (from >= to) return NOT_DIGITS;
  // Past 2^32-1 the value stops growing, so that a megabyte of digits stays a small number (and is refused).
  let value = 0;
  for (let at = from; at < to; at++) {
    const code = text.charCodeAt(at);
    if (!isDigitCode(code)) return NOT_DIGITS;
    if (value <= MAX_NUMBER) value = value * 10 + (code - 0x30);
  }
  return value <= MAX_NUMBER ? value : TOO_LARGE;
}

/** `len=`, `win=` and offsets: a whole number, or undefined after reporting `bad-number`. */
export function readNumber(ctx: LineContext, from: number, to: number): number | undefined {
  const value = digitsValue(ctx.text, from, to);
  if (value < 0) {
    ctx.report('bad-number', ctx.range(from, to), { text: ctx.quote(from, to) });
    return undefined;
  }
  return value;
}

const PLUS = 0x2b;
const MINUS = 0x2d;

/**
 * `[a-z][a-z0-9_]*` then optionally `+digits` or `-digits`, in [from, to):
 * returns where the name ends (an offset, if any, starts there), or -1 when
 * the text has not that shape; the offset's digits are read by offsetAfter.
 * With `lowered`, capitals count as their lowercase letters.
 */
function symbolNameEnd(text: string, from: number, to: number, lowered: boolean): number {
  if (!isSymbolStartCode(lower(text.charCodeAt(from), lowered))) return -1;
  let at = from + 1;
  while (at < to && isSymbolCharCode(lower(text.charCodeAt(at), lowered))) at++;
  if (at === to) return at;
  const sign = text.charCodeAt(at);
  return sign === PLUS || sign === MINUS ? at : -1;
}

/** offsetAfter's answers besides an offset (which may be negative, so not digitsValue's). */
const NO_OFFSET = Number.NaN;
const OFFSET_TOO_LARGE = Number.POSITIVE_INFINITY;

/**
 * The signed offset written from a symbol's end `nameEnd` to `to` (0 when
 * there is none); NO_OFFSET when what follows its sign is not all digits,
 * OFFSET_TOO_LARGE when they exceed 2^32-1.
 */
function offsetAfter(text: string, nameEnd: number, to: number): number {
  if (nameEnd === to) return 0;
  const magnitude = digitsValue(text, nameEnd + 1, to);
  if (magnitude === NOT_DIGITS) return NO_OFFSET;
  if (magnitude === TOO_LARGE) return OFFSET_TOO_LARGE;
  return text.charCodeAt(nameEnd) === PLUS ? magnitude : -magnitude;
}

/** Only ASCII letters can make a symbol, so only theirs need lowering. */
function lower(code: number, lowered: boolean): number {
  return lowered && code >= 0x41 && code <= 0x5a ? code + 0x20 : code;
}

/**
 * An expression as two values, as a segment keeps it (no node is made while
 * reading): a symbol's name and offset, or a number as no name and its value.
 */
export interface ExpressionValues {
  name: string | undefined;
  number: number;
}

/**
 * Reads the expression written in [from, to) (`seq=` and `ack=` values) into
 * `into`, or returns false after reporting why it is not one. `X+1` is
 * reported as `uppercase-symbol` with a fix to `x+1`, and read as `x+1`
 * meanwhile.
 */
export function readExpression(ctx: LineContext, from: number, to: number, into: ExpressionValues): boolean {
  const text = ctx.text;
  if (isDigitCode(text.charCodeAt(from))) {
    const value = readNumber(ctx, from, to);
    if (value === undefined) return false;
    into.name = undefined;
    into.number = value;
    return true;
  }
  const nameEnd = symbolNameEnd(text, from, to, false);
  const offset = nameEnd < 0 ? NO_OFFSET : offsetAfter(text, nameEnd, to);
  if (Number.isNaN(offset)) {
    const lowerNameEnd = symbolNameEnd(text, from, to, true);
    const lowerOffset = lowerNameEnd < 0 ? NO_OFFSET : offsetAfter(text, lowerNameEnd, to);
    const range = ctx.range(from, to);
    if (!Number.isNaN(lowerOffset)) {
      const suggestion = text.slice(from, to).toLowerCase();
      ctx.report('uppercase-symbol', range, { text: ctx.quote(from, to), suggestion }, [replaceWith(range, suggestion)]);
      return readSymbol(ctx, lowerNameEnd, to, suggestion.slice(0, lowerNameEnd - from), lowerOffset, into);
    }
    ctx.report('bad-expression', range, { text: ctx.quote(from, to) });
    return false;
  }
  return readSymbol(ctx, nameEnd, to, text.slice(from, nameEnd), offset, into);
}

/** The symbol `name`, ending at nameEnd, with the offset offsetAfter read up to `to`: reported if too large. */
function readSymbol(ctx: LineContext, nameEnd: number, to: number, name: string, offset: number, into: ExpressionValues): boolean {
  if (offset === OFFSET_TOO_LARGE) {
    ctx.report('bad-number', ctx.range(nameEnd + 1, to), { text: ctx.quote(nameEnd + 1, to) });
    return false;
  }
  into.name = name;
  into.number = offset;
  return true;
}

export interface QuotedText {
  readonly value: string;
  /** One past the closing quote, or the end of the statement when it is missing. */
  readonly end: number;
  readonly terminated: boolean;
}

/**
 * The quoted text starting at the `"` at `from`. `\"` and `\\` stand for a
 * quote and a backslash, so that any text can be written.
 */
export function readQuoted(ctx: LineContext, from: number, to: number): QuotedText {
  const text = ctx.text;
  let value = '';
  let pieceStart = from + 1;
  for (let at = from + 1; at < to; at++) {
    const ch = text[at];
    if (ch === '"') return { value: value + text.slice(pieceStart, at), end: at + 1, terminated: true };
    if (ch === '\\' && (text[at + 1] === '"' || text[at + 1] === '\\')) {
      value += text.slice(pieceStart, at);
      pieceStart = at + 1;
      at++;
    }
  }
  ctx.report('unterminated-string', ctx.range(from, to));
  return { value: value + text.slice(pieceStart, to), end: to, terminated: false };
}

/** The number of bytes `text` takes in UTF-8; a lone surrogate counts as U+FFFD (3 bytes), as encoders write it. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}
