/**
 * The SEGMENT after `SENDER -> RECEIVER:`: flags, then fields in any order
 * (the spec's "Segments" section), and an optional `as LABEL`.
 */
import { FIELD_NAMES, type Expression, type Field, type FieldName, type FlagMention, type SegmentSpec, type SegmentValues } from './ast';
import { range, type Range, type Token } from '../text/range';
import { FLAG_BIT, flagIndexAt, flagNamed, flagSetOfBits, TCP_FLAGS, type Flag } from '../tcp/flags';
import { isAsciiLetterCode, isDigitCode, isSpaceCode, isSymbolCharCode, isSymbolStartCode } from './characters';
import { wordsOf } from '../text/words';
import { flightLabel } from './names';
import { nearMiss } from './near-miss';
import { MAX_NUMBER, readExpression, readNumber, readQuoted, utf8Length, type ExpressionValues } from './values';
import { LineField, LineFlag, LineNumber, LineSymbol } from './nodes';
import { LineContext } from './line-context';
import type { CodeUnits } from './code-units';
import type { SourceLine } from './source-lines';

/** The field or `as` whose name text[start, end) spells, in any case. */
const fieldAt = wordsOf(FIELD_NAMES);
const asAt = wordsOf(['as']);

/** `sqe` is a typo of `seq`; `length` and `window` are its long form. */
function fieldSuggestion(word: string): string | undefined {
  const lower = word.toLowerCase();
  return nearMiss(word, FIELD_NAMES) ?? FIELD_NAMES.find((name) => lower.length > name.length && lower.startsWith(name));
}

/** Flags are separated by commas, `+` or blanks; fields by commas or blanks. */
function isSeparator(code: number): boolean {
  return code === 0x2c || code === 0x2b || isSpaceCode(code);
}

/** A segment as read: the parts its statement keeps, and its `as LABEL`. */
export interface ParsedSegment extends SegmentParts {
  /** `as LABEL`, and the range of the whole `as LABEL`. */
  readonly flightLabel: Token<string> | undefined;
  readonly flightLabelRange: Range | undefined;
}

/** Where a field stands: `key=value` in [start, end), its value from valueStart. */
interface FieldColumns {
  readonly start: number;
  readonly valueStart: number;
  readonly end: number;
}

/** A field's place in FIELD_NAMES, which orders the reader's columns. */
function fieldIndex(name: FieldName): number {
  switch (name) {
    case 'seq':
      return 0;
    case 'ack':
      return 1;
    case 'len':
      return 2;
    case 'data':
      return 3;
    case 'win':
      return 4;
  }
}

/** A reader keeps three columns a field (start, valueStart, end), read only for a field written (see SegmentReader.written). */
const COLUMNS_PER_FIELD = 3;

/** What a segment keeps besides its line (see SegmentLine): one record, to make a segment or move one. */
export interface SegmentParts extends SegmentValues {
  /** The segment's own text, where reading it again starts too. */
  readonly segmentStart: number;
  readonly segmentEnd: number;
  /** Diagnostics on the line before its segment was read, so that reading it again stops where the first reading did. */
  readonly reportedBefore: number;
}

/**
 * The segment after the colon, written in [start, end) without its `as
 * LABEL`, made from its statement's parts when asked. Its field,
 * expression and flag nodes are made when asked too, by a hover, a message
 * or a quick fix, their columns from reading the line again, which gives
 * the same answer.
 */
export class LineSegment implements SegmentSpec {
  readonly #parts: SegmentParts;
  readonly #on: SourceLine;
  constructor(parts: SegmentParts, on: SourceLine) {
    this.#parts = parts;
    this.#on = on;
  }
  get flagBits(): number {
    return this.#parts.flagBits;
  }
  get payloadLength(): number {
    return this.#parts.payloadLength;
  }
  get seqName(): string | undefined {
    return this.#parts.seqName;
  }
  get seqNumber(): number {
    return this.#parts.seqNumber;
  }
  get ackName(): string | undefined {
    return this.#parts.ackName;
  }
  get ackNumber(): number {
    return this.#parts.ackNumber;
  }
  get winValue(): number | undefined {
    return this.#parts.winValue;
  }
  get flagSet(): ReadonlySet<Flag> {
    return flagSetOfBits(this.#parts.flagBits);
  }
  get seq(): Field<Expression> | undefined {
    return this.#expressionField('seq', this.#parts.seqName, this.#parts.seqNumber);
  }
  get ack(): Field<Expression> | undefined {
    return this.#expressionField('ack', this.#parts.ackName, this.#parts.ackNumber);
  }
  // len and data are read again with their columns: no reader of every segment needs them but as payloadLength.
  get len(): Field<number> | undefined {
    const reader = this.#reread();
    return this.#field(reader, 'len', reader.len);
  }
  get data(): Field<string> | undefined {
    const reader = this.#reread();
    return this.#field(reader, 'data', reader.data);
  }
  get win(): Field<number> | undefined {
    return this.#parts.winValue === undefined ? undefined : this.#field(this.#reread(), 'win', this.#parts.winValue);
  }
  get seqValue(): Expression | undefined {
    return this.seq?.value;
  }
  get ackValue(): Expression | undefined {
    return this.ack?.value;
  }
  get flags(): readonly FlagMention[] {
    return this.#reread(true).mentions!.map(({ flag, present, start, end }) => new LineFlag(flag, present, this.#on, start, end));
  }
  get text(): string {
    return this.#on.text.slice(this.#parts.segmentStart, this.#parts.segmentEnd);
  }
  get range(): Range {
    const { line, lineStart } = this.#on;
    return range(line, this.#parts.segmentStart - lineStart, this.#parts.segmentEnd - lineStart);
  }
  /** seq or ack, whose name and number are given (see ExpressionValues; NaN when not written). */
  #expressionField(name: 'seq' | 'ack', symbol: string | undefined, number: number): Field<Expression> | undefined {
    if (Number.isNaN(number)) return undefined;
    const { start, valueStart, end } = this.#reread().columnsOf(name);
    return new LineField(name, expressionOf(symbol, number, this.#on, valueStart, end), this.#on, start, valueStart, end);
  }
  #field<T>(reader: SegmentReader, name: FieldName, value: T | undefined): Field<T> | undefined {
    if (value === undefined) return undefined;
    const { start, valueStart, end } = reader.columnsOf(name);
    return new LineField(name, value, this.#on, start, valueStart, end);
  }
  /** The reader's pass over this segment again, its reports dropped (they were kept the first time). */
  #reread(keepsMentions = false): SegmentReader {
    const reader = new SegmentReader().begin(new LineContext(this.#on, this.#parts.reportedBefore), this.#on.end, keepsMentions);
    reader.scan(this.#parts.segmentStart);
    return reader;
  }
}

/** The expression of a name and a number (see ExpressionValues), written in [start, end). */
function expressionOf(name: string | undefined, number: number, on: SourceLine, start: number, end: number): Expression {
  // A symbol's name takes its first columns (an uppercase one, lowered, keeps its length).
  return name === undefined ? new LineNumber(number, on, start, end) : new LineSymbol(name, number, on, start, start + name.length, end);
}

class SegmentReader implements SegmentParts, ParsedSegment {
  private ctx!: LineContext;
  /** Where the statement ends. */
  private to = 0;
  /** The flags mentioned, and those set, as bits (FLAG_BIT). */
  private mentioned = 0;
  private present = 0;
  // The values read, each written once (see setField): seq and ack as ExpressionValues, NaN while not written.
  private readonly seq: ExpressionValues = { name: undefined, number: Number.NaN };
  private readonly ack: ExpressionValues = { name: undefined, number: Number.NaN };
  len: number | undefined = undefined;
  data: string | undefined = undefined;
  win: number | undefined = undefined;
  /** The fields written, a bit each by fieldIndex: their columns hold this line's; the others, an earlier line's. */
  private written = 0;
  private readonly columns: number[] = new Array<number>(FIELD_NAMES.length * COLUMNS_PER_FIELD).fill(0);
  /** Every flag mention in order, kept by a reading made to answer `flags`. */
  mentions: { readonly flag: Flag; readonly present: boolean; readonly start: number; readonly end: number }[] | undefined = undefined;
  private firstStart = -1;
  private firstEnd = -1;
  /** True once a word was reported as an unknown flag, so "expected a flag" would repeat it. */
  private flagReported = false;
  flightLabel: Token<string> | undefined = undefined;
  flightLabelRange: Range | undefined = undefined;
  /** Where the segment's own text ends: before `as LABEL`. */
  private textEnd = 0;
  // Set by read, for the segment made from this reader (SegmentParts).
  segmentStart = 0;
  segmentEnd = 0;
  reportedBefore = 0;

  /** Starts reading a segment that ends at `to` on ctx's line, nothing of an earlier line kept. */
  begin(ctx: LineContext, to: number, keepsMentions = false): this {
    this.ctx = ctx;
    this.to = to;
    this.mentioned = 0;
    this.present = 0;
    this.seq.name = undefined;
    this.seq.number = Number.NaN;
    this.ack.name = undefined;
    this.ack.number = Number.NaN;
    this.len = undefined;
    this.data = undefined;
    this.win = undefined;
    this.written = 0;
    this.mentions = keepsMentions ? [] : undefined;
    this.firstStart = -1;
    this.firstEnd = -1;
    this.flagReported = false;
    this.flightLabel = undefined;
    this.flightLabelRange = undefined;
    this.textEnd = to;
    return this;
  }

  get flagBits(): number {
    return this.present;
  }
  get payloadLength(): number {
    return this.len ?? (this.data !== undefined ? utf8Length(this.data) : 0);
  }
  get seqName(): string | undefined {
    return this.seq.name;
  }
  get seqNumber(): number {
    return this.seq.number;
  }
  get ackName(): string | undefined {
    return this.ack.name;
  }
  get ackNumber(): number {
    return this.ack.number;
  }
  get winValue(): number | undefined {
    return this.win;
  }

  /** Reads the segment from `from`; the answer is this reader, valid until it begins another line. */
  read(from: number, colonStart: number, colonEnd: number): ParsedSegment {
    const ctx = this.ctx;
    this.reportedBefore = ctx.reported;
    this.scan(from);
    const { firstStart, firstEnd } = this;
    if (this.mentioned === 0 && !this.flagReported) ctx.report('expected-flag', firstStart < 0 ? ctx.range(colonStart, colonEnd) : ctx.range(firstStart, firstEnd));
    if (!Number.isNaN(this.ack.number) && !(this.present & FLAG_BIT.ACK)) {
      const ackColumns = this.columnsOf('ack');
      ctx.report('ack-without-ack-flag', ctx.range(ackColumns.start, ackColumns.end));
    }
    this.segmentStart = ctx.skipSpaces(from, this.to);
    this.segmentEnd = ctx.trimEnd(this.segmentStart, this.textEnd);
    return this;
  }

  /** Reads the flags and fields from `from` to the end. */
  scan(from: number): void {
    const { ctx, to } = this;
    const { units, base } = ctx;
    let at = from;
    while (true) {
      while (at < to && isSeparator(units[at - base]!)) at++;
      if (at >= to || ctx.saturated) break;
      const start = at;
      at = this.item(start);
      if (this.firstStart < 0) {
        this.firstStart = start;
        this.firstEnd = at;
      }
    }
  }

  /** Where field `name`, which this reading found written, stands. */
  columnsOf(name: FieldName): FieldColumns {
    const at = fieldIndex(name) * COLUMNS_PER_FIELD;
    const columns = this.columns;
    return { start: columns[at]!, valueStart: columns[at + 1]!, end: columns[at + 2]! };
  }

  /**
   * The flag or field at `start`; returns where it ends. Flags in capitals
   * and seq, ack, len and win in lowercase with a well-written value, as
   * nearly every segment is written, are read here in one pass over their
   * characters. Anything else (another case, `FLAG=0|1`, `as`, `data=`, a
   * mistake) goes to word() or stray(), which read it from its start again
   * and define the language: this pass reads nothing differently from them
   * (the parser's property tests compare the two spellings).
   */
  private item(start: number): number {
    const { units, base } = this.ctx;
    const to = this.to;
    let at = start;
    let code = units[at - base]!;
    let key = 0;
    while (at < to && isAsciiLetterCode(code)) {
      key = key * 128 + code; // the word's spellingKey, as it is read
      code = codeBefore(units, ++at - base, to - base);
    }
    if (at === start) return this.stray(start);
    if (at - start > KEY_LETTERS || (at < to && isWordChar(code))) return this.word(start);
    if (at < to && code === 0x3d /* = */) {
      const field = keyIndex(FIELD_KEYS, key);
      return field < 0 ? this.assignment(start, at) : this.fieldValue(FAST_FIELDS[field]!, start, at + 1);
    }
    const flag = keyIndex(FLAG_KEYS, key);
    if (flag < 0) return this.word(start);
    this.mention(flag, true, start, at);
    return at;
  }

  /**
   * `seq=`, `ack=`, `len=` or `win=` at `start`, its value from valueStart:
   * a number, or for seq and ack a symbol with an optional offset, ending
   * at a blank, a comma or the end. Anything else, or a field written
   * already, goes to assignment(), which reads it all again and reports.
   */
  private fieldValue(field: FastField, start: number, valueStart: number): number {
    if (this.isWritten(field)) return this.assignment(start, valueStart - 1);
    const ctx = this.ctx;
    const { units, base } = ctx;
    const to = this.to;
    let at = valueStart;
    let code = codeBefore(units, at - base, to - base);
    let name: string | undefined;
    let negative = false;
    if ((field === 'seq' || field === 'ack') && isSymbolStartCode(code)) {
      do code = codeBefore(units, ++at - base, to - base);
      while (at < to && isSymbolCharCode(code));
      name = ctx.text.slice(valueStart, at);
      if (at < to && (code === 0x2b /* + */ || code === 0x2d) /* - */) {
        negative = code === 0x2d;
        code = codeBefore(units, ++at - base, to - base);
      } else if (at === to || endsFieldValue(code)) {
        return this.setExpression(field, name, 0, start, valueStart, at);
      }
    }
    const digitsStart = at;
    let value = 0;
    while (at < to && isDigitCode(code)) {
      value = value * 10 + (code - 0x30);
      code = codeBefore(units, ++at - base, to - base);
    }
    const ends = at === to || endsFieldValue(code);
    if (at === digitsStart || value > MAX_NUMBER || !ends) return this.assignment(start, valueStart - 1);
    if (field === 'len' || field === 'win') {
      this.setField(field, start, valueStart, at);
      if (field === 'len') this.len = value;
      else this.win = value;
      return at;
    }
    return this.setExpression(field, name, negative ? -value : value, start, valueStart, at);
  }

  /** Keeps seq's or ack's value (see ExpressionValues), written in [start, end); returns its end. */
  private setExpression(field: 'seq' | 'ack', name: string | undefined, number: number, start: number, valueStart: number, end: number): number {
    const into = field === 'seq' ? this.seq : this.ack;
    into.name = name;
    into.number = number;
    this.setField(field, start, valueStart, end);
    return end;
  }

  /** A word at `start`: a flag, `FLAG=0|1`, `field=value` or `as LABEL`. Returns where it ends. */
  private word(start: number): number {
    const ctx = this.ctx;
    const text = ctx.text;
    let end = start + 1;
    while (end < this.to && isWordChar(ctx.code(end))) end++;
    if (ctx.code(end) === 0x3d /* = */) return this.assignment(start, end);
    if (asAt(text, start, end)) return this.flightLabelAt(start, end);
    const flag = flagIndexAt(text, start, end);
    if (flag >= 0) {
      this.mention(flag, true, start, end);
      return end;
    }
    const field = fieldAt(text, start, end);
    if (field) {
      ctx.report('expected-value', ctx.range(start, end), { field });
      return end;
    }
    this.unknownWord(start, end);
    return end;
  }

  /** `KEY=VALUE` with the key in [start, eq). */
  private assignment(start: number, eq: number): number {
    const ctx = this.ctx;
    const text = ctx.text;
    const valueStart = eq + 1;
    const field = fieldAt(text, start, eq);
    if (field === 'data' && ctx.code(valueStart) === 0x22 /* " */) {
      const quoted = readQuoted(ctx, valueStart, this.to);
      if (this.setField('data', start, valueStart, quoted.end)) this.data = quoted.value;
      return quoted.end;
    }
    const valueEnd = this.valueEnd(valueStart, field === undefined);
    // `ack` is both; any other field's name is no flag's.
    const flag = field === undefined || field === 'ack' ? flagIndexAt(text, start, eq) : -1;
    // Textbooks write the ACK bit as `ACK=1` and the number as `ack=x+1`:
    // an all-capitals ACK with a 0 or 1 is the bit, anything else the number.
    if (flag >= 0 && (field === undefined || (text.startsWith('ACK', start) && isBitAt(ctx, valueStart, valueEnd)))) {
      this.flagValue(flag, start, valueStart, valueEnd);
      return valueEnd;
    }
    if (!field) {
      this.unknownKey(start, eq);
      return valueEnd;
    }
    if (valueStart === valueEnd) {
      ctx.report('expected-value', ctx.range(start, valueStart), { field });
      return valueEnd;
    }
    if (field === 'data') {
      ctx.report('expected-string', ctx.range(valueStart, valueEnd), { text: ctx.quote(valueStart, valueEnd) });
      return valueEnd;
    }
    if (field === 'seq' || field === 'ack') {
      // A repeated one is still read, for its own mistakes, but not kept.
      const into = this.isWritten(field) ? { name: undefined, number: Number.NaN } : this[field];
      if (readExpression(ctx, valueStart, valueEnd, into)) this.setField(field, start, valueStart, valueEnd);
      return valueEnd;
    }
    const value = readNumber(ctx, valueStart, valueEnd);
    if (value !== undefined && this.setField(field, start, valueStart, valueEnd)) this[field] = value;
    return valueEnd;
  }

  /** Where a value from `from` ends: at a blank or a comma, and for a flag's `=0|1` at a `+` too (`SYN=1+ACK=1`). */
  private valueEnd(from: number, plusEnds: boolean): number {
    const ctx = this.ctx;
    let at = from;
    while (at < this.to) {
      const code = ctx.code(at);
      if (endsFieldValue(code) || (plusEnds && code === 0x2b) /* + */) break;
      at++;
    }
    return at;
  }

  /** `FLAG=0|1`, the flag by its index in TCP_FLAGS. */
  private flagValue(flag: number, start: number, valueStart: number, valueEnd: number): void {
    const ctx = this.ctx;
    if (isBitAt(ctx, valueStart, valueEnd)) this.mention(flag, ctx.code(valueStart) === 0x31 /* 1 */, start, valueEnd);
    else this.ctx.report('bad-flag-value', this.ctx.range(start, valueEnd), { flag: TCP_FLAGS[flag]!, value: this.ctx.quote(valueStart, valueEnd) });
  }

  /** A flag written, by its index in TCP_FLAGS (which is its bit's, see FLAG_BIT). */
  private mention(index: number, present: boolean, start: number, end: number): void {
    const bit = 1 << index;
    const flag = TCP_FLAGS[index]!;
    if (this.mentioned & bit) {
      this.ctx.report('repeated-flag', this.ctx.range(start, end), { flag });
      return;
    }
    this.mentioned |= bit;
    if (present) this.present |= bit;
    this.mentions?.push({ flag, present, start, end });
  }

  private isWritten(name: FieldName): boolean {
    return (this.written & (1 << fieldIndex(name))) !== 0;
  }

  /** Records where field `name` stands; false, after reporting, when it was written already (the caller then keeps the first value). */
  private setField(name: FieldName, start: number, valueStart: number, end: number): boolean {
    const ctx = this.ctx;
    if (this.isWritten(name)) {
      ctx.report('repeated-field', ctx.range(start, end), { field: name });
      return false;
    }
    const index = fieldIndex(name);
    this.written |= 1 << index;
    const at = index * COLUMNS_PER_FIELD;
    const columns = this.columns;
    columns[at] = start;
    columns[at + 1] = valueStart;
    columns[at + 2] = end;
    return true;
  }

  /** `as LABEL`, which must end the line. */
  private flightLabelAt(start: number, end: number): number {
    const ctx = this.ctx;
    this.textEnd = start;
    const labelStart = ctx.skipSpaces(end, this.to);
    const labelEnd = ctx.runEnd(labelStart, this.to, '');
    const label = flightLabel(ctx, labelStart, labelEnd, ctx.token(ctx.text.slice(start, end), start, end));
    if (label) {
      this.flightLabel = label;
      this.flightLabelRange = ctx.range(start, labelEnd);
    }
    const rest = ctx.skipSpaces(labelEnd, this.to);
    if (rest < this.to) ctx.report('unexpected-text', ctx.range(rest, this.to), { text: ctx.quote(rest, this.to) });
    return this.to;
  }

  /** A word that is neither flag nor field: suggest what it was probably meant to be. */
  private unknownWord(start: number, end: number): void {
    const word = this.ctx.text.slice(start, end);
    const combined = flagsJoined(word);
    const flag = combined ?? nearMiss(word, TCP_FLAGS);
    if (flag !== undefined || !this.pastFlags()) {
      this.flagReported = true;
      this.ctx.reportWord('unknown-flag', start, end, flag, 'expected-flags');
      return;
    }
    const field = fieldSuggestion(word);
    this.ctx.reportWord('unknown-field', start, end, field === undefined ? undefined : `${field}=`, 'expected-fields');
  }

  /** `sqe=1`, `length=5`, `SYNN=1`: an unknown key before `=`. */
  private unknownKey(start: number, eq: number): void {
    const key = this.ctx.text.slice(start, eq);
    const flag = nearMiss(key, TCP_FLAGS);
    const field = fieldSuggestion(key);
    if (flag !== undefined && field === undefined) {
      this.flagReported = true;
      this.ctx.reportWord('unknown-flag', start, eq, flag, 'expected-flags');
    } else this.ctx.reportWord('unknown-field', start, eq, field, 'expected-fields');
  }

  /** Text that starts with neither a letter nor a separator: `100`, `"hello"`, `=1`. */
  private stray(start: number): number {
    const ctx = this.ctx;
    const end = ctx.text[start] === '"' ? readQuotedEnd(ctx, start, this.to) : ctx.runEnd(start + 1, this.to, ',+');
    if (this.pastFlags()) ctx.reportWord('unknown-field', start, end, undefined, 'expected-fields');
    else {
      this.flagReported = true;
      ctx.reportWord('unknown-flag', start, end, undefined, 'expected-flags');
    }
    return end;
  }

  private pastFlags(): boolean {
    return this.mentioned !== 0 || this.written !== 0;
  }
}

/**
 * One reader serves every segment line a parse reads, begun afresh on each:
 * a reader made per line, with its column list and value records, was a
 * third of what the parser allocated. Parsing never re-enters itself; a
 * segment reading its own line again (see LineSegment) makes its own.
 */
const lineReader = new SegmentReader();

/**
 * Reads the segment written in [from, to); a missing flag is reported on
 * [colonStart, colonEnd). The answer holds until the next segment line is
 * read: take what is needed from it at once.
 */
export function parseSegmentSpec(ctx: LineContext, from: number, to: number, colonStart: number, colonEnd: number): ParsedSegment {
  return lineReader.begin(ctx, to).read(from, colonStart, colonEnd);
}

/** The fields SegmentReader.item reads in one pass (data's quoted text is left to assignment). */
const FAST_FIELDS = ['seq', 'ack', 'len', 'win'] as const;
type FastField = (typeof FAST_FIELDS)[number];

/**
 * A word of up to KEY_LETTERS ASCII letters as one number, its case kept:
 * letters are codes below 128, so each spelling has its own key.
 */
const KEY_LETTERS = 4;
function spellingKey(word: string): number {
  let key = 0;
  for (let i = 0; i < word.length; i++) key = key * 128 + word.charCodeAt(i);
  return key;
}

/** The spellingKeys of the flags as written in capitals (in TCP_FLAGS order) and of the fields in lowercase (in FAST_FIELDS order). */
const FLAG_KEYS: readonly number[] = TCP_FLAGS.map(spellingKey);
const FIELD_KEYS: readonly number[] = FAST_FIELDS.map(spellingKey);

/** Where `key` stands in `keys`, or -1: a handful of numbers, compared in less time than hashing one takes. */
function keyIndex(keys: readonly number[], key: number): number {
  for (let i = 0; i < keys.length; i++) if (keys[i] === key) return i;
  return -1;
}

/**
 * The code unit `units[at]`, or -1 from `to` on: the one-pass loops read one
 * character ahead, and a read past the units' end gives undefined, after
 * which the engine computes with every code of the loop as any value.
 */
function codeBefore(units: CodeUnits, at: number, to: number): number {
  return at < to ? units[at]! : -1;
}

/** A blank or a comma: where a field's value ends (a flag's `=0|1` ends at a `+` too, see valueEnd). */
function endsFieldValue(code: number): boolean {
  return isSpaceCode(code) || code === 0x2c; /* , */
}

/** Letters, digits, `_`, `-` and `/` (which `SYN/ACK` is reported for): what a flag or key is read as. */
function isWordChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95 || code === 45 || code === 47;
}

/** A lone `0` or `1` in [start, end). */
function isBitAt(ctx: LineContext, start: number, end: number): boolean {
  const code = ctx.code(start);
  return end - start === 1 && (code === 0x30 || code === 0x31);
}

/** `SYN-ACK` or `SYN/ACK`: flags joined by a character the language does not use; suggests `SYN+ACK`. */
function flagsJoined(word: string): string | undefined {
  const parts = word.split(/[-/]/);
  if (parts.length < 2 || !parts.every((part) => flagNamed(part))) return undefined;
  return parts.map((part) => part.toUpperCase()).join('+');
}

/** Where a stray quoted string ends; its text is not used, only skipped. */
function readQuotedEnd(ctx: LineContext, start: number, to: number): number {
  let at = start + 1;
  while (at < to && ctx.text[at] !== '"') at += ctx.text[at] === '\\' ? 2 : 1;
  return Math.min(at + 1, to);
}
