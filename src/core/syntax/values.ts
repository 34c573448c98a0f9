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

function allDigits(text: string, from: number, to: number): boolean {
  if (from >= to) return false;
  for (let at = from; at < to; at++) if (!isDigitCode(text.charCodeAt(at))) return false;
  return true;
}

/** The number written in [from, to), or undefined when it is not all digits or exceeds 2^32-1. */
function numberIn(text: string, from: number, to: number): number | undefined {
  if (from >= to) return undefined;
  // Past 2^32-1 the value stops growing, so that a megabyte of digits stays a small number (and is refused).
  let value = 0;
  for (let at = from; at < to; at++) {
    const code = text.charCodeAt(at);
    if (!isDigitCode(code)) return undefined;
    if (value <= MAX_NUMBER) value = value * 10 + (code - 0x30);
  }
  return value <= MAX_NUMBER ? value : undefined;
}

/** `len=`, `win=` and offsets: a whole number, or undefined after reporting `bad-number`. */
export function readNumber(ctx: LineContext, from: number, to: number): number | undefined {
  const value = numberIn(ctx.text, from, to);
  if (value === undefined) ctx.report('bad-number', ctx.range(from, to), { text: ctx.quote(from, to) });
  return value;
}

const PLUS = 0x2b;
const MINUS = 0x2d;

/**
 * `[a-z][a-z0-9_]*` then optionally `+digits` or `-digits`, in [from, to):
 * returns where the name ends (an offset, if any, starts there), or -1 when
 * the text has not that shape. With `lowered`, capitals count as their
 * lowercase letters.
 */
function symbolNameEnd(text: string, from: number, to: number, lowered: boolean): number {
  if (!isSymbolStartCode(lower(text.charCodeAt(from), lowered))) return -1;
  let at = from + 1;
  while (at < to && isSymbolCharCode(lower(text.charCodeAt(at), lowered))) at++;
  if (at === to) return at;
  const sign = text.charCodeAt(at);
  return (sign === PLUS || sign === MINUS) && allDigits(text, at + 1, to) ? at : -1;
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
  if (nameEnd < 0) {
    const lowerNameEnd = symbolNameEnd(text, from, to, true);
    const range = ctx.range(from, to);
    if (lowerNameEnd >= 0) {
      const suggestion = text.slice(from, to).toLowerCase();
      ctx.report('uppercase-symbol', range, { text: ctx.quote(from, to), suggestion }, [replaceWith(range, suggestion)]);
      return readSymbol(ctx, lowerNameEnd, to, suggestion.slice(0, lowerNameEnd - from), into);
    }
    ctx.report('bad-expression', range, { text: ctx.quote(from, to) });
    return false;
  }
  return readSymbol(ctx, nameEnd, to, text.slice(from, nameEnd), into);
}

/** The symbol `name`, ending at nameEnd, then an offset up to `to` if any. */
function readSymbol(ctx: LineContext, nameEnd: number, to: number, name: string, into: ExpressionValues): boolean {
  let offset = 0;
  if (nameEnd < to) {
    const magnitude = readNumber(ctx, nameEnd + 1, to);
    if (magnitude === undefined) return false;
    offset = ctx.text.charCodeAt(nameEnd) === MINUS ? -magnitude : magnitude;
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
