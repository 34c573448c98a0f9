/**
 * The syntax tree's nodes as the parser makes them. Each keeps its line and
 * columns and makes its Range (and its source text) only when asked: a long
 * capture has millions of tokens, and few are ever squiggled, hovered or
 * fixed. Made eagerly, ranges were most of what an analysis kept, and
 * allocating them was most of the parser's time.
 *
 * Every instance of a class has the same fields in the same order, so the
 * validator's reads of them stay monomorphic.
 */
import { FIELD_NAMES } from './ast';
import type {
  ActionStatement,
  Arrow,
  AssertionStatement,
  DeclarationStatement,
  DeliverStatement,
  Expression,
  Field,
  FieldName,
  FlagMention,
  NumberExpression,
  Role,
  SegmentSpec,
  SegmentStatement,
  SymbolExpression,
  TitleStatement,
} from './ast';
import { range, type Range, type Token } from '../text/range';
import { TCP_FLAGS, type Flag } from '../tcp/flags';
import type { TcpState } from '../tcp/states';
import type { Action } from '../tcp/actions';
import type { SourceLine } from './source-lines';

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

/**
 * Where a segment's parts stand on its line, packed in one list of numbers
 * (one object a segment, where a node per part made six or seven): first
 * [start, valueStart, end] of each field in FIELD_NAMES order (-1 when absent),
 * then [flag index * 2 + present, start, end] of each flag mention.
 */
export type SegmentColumns = number[];

export const FLAG_COLUMNS_START = FIELD_NAMES.length * 3;

/** The columns of a segment with no field and no flag yet: three per field (a literal, as this runs for every segment). */
export function noColumns(): SegmentColumns {
  return [-1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1];
}

/** The segment after the colon, written in [start, end) without its `as LABEL`; its fields and flags are made when asked. */
export class LineSegment implements SegmentSpec {
  readonly #on: NodeLine;
  readonly #start: number;
  readonly #end: number;
  readonly #columns: SegmentColumns;
  // seq and ack as two values each (see writtenOf): an Expression node is made when asked.
  readonly #seqName: string | undefined;
  readonly #seqNumber: number;
  readonly #ackName: string | undefined;
  readonly #ackNumber: number;
  readonly #len: number | undefined;
  readonly #data: string | undefined;
  readonly #win: number | undefined;
  constructor(
    readonly flagSet: ReadonlySet<Flag>,
    readonly payloadLength: number,
    values: { seq: Expression | undefined; ack: Expression | undefined; len: number | undefined; data: string | undefined; win: number | undefined },
    columns: SegmentColumns,
    on: NodeLine,
    start: number,
    end: number,
  ) {
    [this.#seqName, this.#seqNumber] = writtenOf(values.seq);
    [this.#ackName, this.#ackNumber] = writtenOf(values.ack);
    this.#len = values.len;
    this.#data = values.data;
    this.#win = values.win;
    this.#columns = columns;
    this.#on = on;
    this.#start = start;
    this.#end = end;
  }
  get seq(): Field<Expression> | undefined {
    return this.#field('seq', this.seqValue);
  }
  get ack(): Field<Expression> | undefined {
    return this.#field('ack', this.ackValue);
  }
  get len(): Field<number> | undefined {
    return this.#field('len', this.#len);
  }
  get data(): Field<string> | undefined {
    return this.#field('data', this.#data);
  }
  get win(): Field<number> | undefined {
    return this.#field('win', this.#win);
  }
  /** The values alone, for the validator: no node is made. */
  get seqValue(): Expression | undefined {
    return this.#expression(0, this.#seqName, this.#seqNumber);
  }
  get ackValue(): Expression | undefined {
    return this.#expression(1, this.#ackName, this.#ackNumber);
  }
  get winValue(): number | undefined {
    return this.#win;
  }
  get flags(): readonly FlagMention[] {
    const columns = this.#columns;
    const mentions: FlagMention[] = [];
    for (let at = FLAG_COLUMNS_START; at < columns.length; at += 3) {
      const code = columns[at]!;
      mentions.push(new LineFlag(TCP_FLAGS[code >> 1]!, (code & 1) === 1, this.#on, columns[at + 1]!, columns[at + 2]!));
    }
    return mentions;
  }
  get text(): string {
    return this.#on.text.slice(this.#start, this.#end);
  }
  get range(): Range {
    return range(this.#on.line, this.#start, this.#end);
  }
  /** The expression of field `slot` (0 seq, 1 ack) from its two values (see writtenOf). */
  #expression(slot: number, name: string | undefined, number: number): Expression | undefined {
    if (Number.isNaN(number)) return undefined;
    const start = this.#columns[slot * 3 + 1]!;
    const end = this.#columns[slot * 3 + 2]!;
    // A symbol's name is its first columns (an uppercase one, lowered, keeps its length).
    return name === undefined ? new LineNumber(number, this.#on, start, end) : new LineSymbol(name, number, this.#on, start, start + name.length, end);
  }
  #field<T>(name: FieldName, value: T | undefined): Field<T> | undefined {
    if (value === undefined) return undefined;
    const at = FIELD_NAMES.indexOf(name) * 3;
    const columns = this.#columns;
    return new LineField(name, value, this.#on, columns[at]!, columns[at + 1]!, columns[at + 2]!);
  }
}

/**
 * An expression as two values: a symbol as its name and offset, a number as
 * undefined and its value, no expression as undefined and NaN.
 */
function writtenOf(expression: Expression | undefined): [string | undefined, number] {
  if (expression === undefined) return [undefined, Number.NaN];
  return expression.kind === 'symbol' ? [expression.name, expression.offset] : [undefined, expression.value];
}

/** What every statement has: its line, and its range made when asked. */
abstract class LineStatement {
  readonly line: number;
  readonly #on: SourceLine;
  constructor(
    on: SourceLine,
    readonly hasSyntaxError: boolean,
  ) {
    this.line = on.line;
    this.#on = on;
  }
  /** The statement without its comment and surrounding blanks. */
  get range(): Range {
    return range(this.#on.line, this.#on.start, this.#on.end);
  }
  /** A token of this statement, made now from its columns. */
  protected tokenAt<T>(value: T, start: number, end: number): Token<T> {
    return new LineToken(value, this.#on, start, end);
  }
  protected get start(): number {
    return this.#on.start;
  }
}

export class TitleLine extends LineStatement implements TitleStatement {
  readonly kind = 'title';
  constructor(on: SourceLine, hasSyntaxError: boolean, readonly title: Token<string>) {
    super(on, hasSyntaxError);
  }
}

export class DeclarationLine extends LineStatement implements DeclarationStatement {
  readonly kind = 'declaration';
  constructor(
    on: SourceLine,
    hasSyntaxError: boolean,
    readonly role: Token<Role>,
    readonly name: Token<string>,
    readonly label: Token<string> | undefined,
    readonly state: Token<TcpState> | undefined,
  ) {
    super(on, hasSyntaxError);
  }
}

/** The sender starts the statement and the arrow takes two columns, so four columns place the three tokens of the head. */
export class SegmentLine extends LineStatement implements SegmentStatement {
  readonly kind = 'segment';
  readonly #senderEnd: number;
  readonly #arrowStart: number;
  readonly #receiverStart: number;
  readonly #receiverEnd: number;
  constructor(
    on: SourceLine,
    hasSyntaxError: boolean,
    readonly senderValue: string,
    senderEnd: number,
    readonly arrowValue: Arrow,
    arrowStart: number,
    readonly receiverValue: string,
    receiverStart: number,
    receiverEnd: number,
    readonly segment: SegmentSpec,
    readonly flightLabel: Token<string> | undefined,
  ) {
    super(on, hasSyntaxError);
    this.#senderEnd = senderEnd;
    this.#arrowStart = arrowStart;
    this.#receiverStart = receiverStart;
    this.#receiverEnd = receiverEnd;
  }
  get sender(): Token<string> {
    return this.tokenAt(this.senderValue, this.start, this.#senderEnd);
  }
  get arrow(): Token<Arrow> {
    return this.tokenAt(this.arrowValue, this.#arrowStart, this.#arrowStart + 2);
  }
  get receiver(): Token<string> {
    return this.tokenAt(this.receiverValue, this.#receiverStart, this.#receiverEnd);
  }
}

export class DeliverLine extends LineStatement implements DeliverStatement {
  readonly kind = 'deliver';
  readonly #keyword: Token<string>;
  constructor(on: SourceLine, hasSyntaxError: boolean, keyword: Token<string>, readonly label: Token<string>) {
    super(on, hasSyntaxError);
    this.#keyword = keyword;
  }
  get keyword(): Range {
    return this.#keyword.range;
  }
}

export class AssertionLine extends LineStatement implements AssertionStatement {
  readonly kind = 'assertion';
  constructor(on: SourceLine, hasSyntaxError: boolean, readonly endpoint: Token<string>, readonly state: Token<TcpState>) {
    super(on, hasSyntaxError);
  }
}

export class ActionLine extends LineStatement implements ActionStatement {
  readonly kind = 'action';
  constructor(on: SourceLine, hasSyntaxError: boolean, readonly endpoint: Token<string>, readonly action: Token<Action>) {
    super(on, hasSyntaxError);
  }
}
