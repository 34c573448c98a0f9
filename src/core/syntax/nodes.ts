/**
 * The syntax tree's leaves as the parser makes them. Each keeps its line and
 * columns and makes its Range (and its source text) only when asked: a long
 * capture has millions of tokens, and few are ever squiggled, hovered or
 * fixed. Made eagerly, ranges were most of what an analysis kept, and
 * allocating them was most of the parser's time.
 *
 * Every instance of a class has the same fields in the same order, so the
 * validator's reads of them stay monomorphic.
 */
import type { Expression, Field, FieldName, FlagMention, NumberExpression, SegmentSpec, SymbolExpression } from './ast';
import { range, type Range, type Token } from '../text/range';
import type { Flag } from '../tcp/flags';

/** The line a node stands on, shared by every node of that line. */
export interface NodeLine {
  readonly line: number;
  /** The line as the parser read it (full-width punctuation made ASCII). */
  readonly text: string;
}

export class LineToken<T> implements Token<T> {
  readonly #on: NodeLine;
  readonly #start: number;
  readonly #end: number;
  constructor(
    readonly value: T,
    on: NodeLine,
    start: number,
    end: number,
  ) {
    this.#on = on;
    this.#start = start;
    this.#end = end;
  }
  get text(): string {
    return this.#on.text.slice(this.#start, this.#end);
  }
  get range(): Range {
    return range(this.#on.line, this.#start, this.#end);
  }
}

/** `seq=x+1`: the whole field is [start, end), its value [valueStart, end). */
export class LineField<T> implements Field<T> {
  readonly #on: NodeLine;
  readonly #start: number;
  readonly #valueStart: number;
  readonly #end: number;
  constructor(
    readonly name: FieldName,
    readonly value: T,
    on: NodeLine,
    start: number,
    valueStart: number,
    end: number,
  ) {
    this.#on = on;
    this.#start = start;
    this.#valueStart = valueStart;
    this.#end = end;
  }
  get range(): Range {
    return range(this.#on.line, this.#start, this.#end);
  }
  get valueRange(): Range {
    return range(this.#on.line, this.#valueStart, this.#end);
  }
}

export class LineFlag implements FlagMention {
  readonly #on: NodeLine;
  readonly #start: number;
  readonly #end: number;
  constructor(
    readonly flag: Flag,
    readonly present: boolean,
    on: NodeLine,
    start: number,
    end: number,
  ) {
    this.#on = on;
    this.#start = start;
    this.#end = end;
  }
  get range(): Range {
    return range(this.#on.line, this.#start, this.#end);
  }
}

export class LineNumber implements NumberExpression {
  readonly kind = 'number';
  readonly #on: NodeLine;
  readonly #start: number;
  readonly #end: number;
  constructor(
    readonly value: number,
    on: NodeLine,
    start: number,
    end: number,
  ) {
    this.#on = on;
    this.#start = start;
    this.#end = end;
  }
  get range(): Range {
    return range(this.#on.line, this.#start, this.#end);
  }
}

/** `x+1` in [start, end), its name in [start, nameEnd). */
export class LineSymbol implements SymbolExpression {
  readonly kind = 'symbol';
  readonly #on: NodeLine;
  readonly #start: number;
  readonly #nameEnd: number;
  readonly #end: number;
  constructor(
    readonly name: string,
    readonly offset: number,
    on: NodeLine,
    start: number,
    nameEnd: number,
    end: number,
  ) {
    this.#on = on;
    this.#start = start;
    this.#nameEnd = nameEnd;
    this.#end = end;
  }
  get range(): Range {
    return range(this.#on.line, this.#start, this.#end);
  }
  get nameRange(): Range {
    return range(this.#on.line, this.#start, this.#nameEnd);
  }
}

/** The segment after the colon, written in [start, end) without its `as LABEL`. */
export class LineSegment implements SegmentSpec {
  readonly #on: NodeLine;
  readonly #start: number;
  readonly #end: number;
  constructor(
    readonly flags: readonly FlagMention[],
    readonly flagSet: ReadonlySet<Flag>,
    readonly seq: Field<Expression> | undefined,
    readonly ack: Field<Expression> | undefined,
    readonly len: Field<number> | undefined,
    readonly data: Field<string> | undefined,
    readonly win: Field<number> | undefined,
    readonly payloadLength: number,
    on: NodeLine,
    start: number,
    end: number,
  ) {
    this.#on = on;
    this.#start = start;
    this.#end = end;
  }
  get text(): string {
    return this.#on.text.slice(this.#start, this.#end);
  }
  get range(): Range {
    return range(this.#on.line, this.#start, this.#end);
  }
}
