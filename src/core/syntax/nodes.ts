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
import type {
  ActionStatement,
  AssertionStatement,
  DeclarationStatement,
  DeliverStatement,
  Field,
  FieldName,
  FlagMention,
  NumberExpression,
  Role,
  Statement,
  SymbolExpression,
  TitleStatement,
} from './ast';
import { range, type Range, type Token } from '../text/range';
import type { Flag } from '../tcp/flags';
import type { TcpState } from '../tcp/states';
import type { Action } from '../tcp/actions';
import type { SourceLine } from './source-lines';

/** The line a node stands on, shared by every node of that line. */
export interface NodeLine {
  readonly line: number;
  /** The text the line was read in (see SourceLine): a node's columns are offsets in it. */
  readonly text: string;
  /** Where the line starts in `text`: a Range's characters count from here. */
  readonly lineStart: number;
}

/** A node that spans the offsets [start, end) of its line's text. */
abstract class LineSpan {
  readonly #on: NodeLine;
  readonly #start: number;
  readonly #end: number;
  constructor(on: NodeLine, start: number, end: number) {
    this.#on = on;
    this.#start = start;
    this.#end = end;
  }
  get range(): Range {
    return this.rangeOn(this.#start, this.#end);
  }
  /** A range on this node's line that starts or ends elsewhere than the node (a field's value, a symbol's name). */
  protected rangeOn(start: number, end: number): Range {
    const { line, lineStart } = this.#on;
    return range(line, start - lineStart, end - lineStart);
  }
  protected spanText(): string {
    return this.#on.text.slice(this.#start, this.#end);
  }
  protected startColumn(): number {
    return this.#start;
  }
  protected endColumn(): number {
    return this.#end;
  }
}

export class LineToken<T> extends LineSpan implements Token<T> {
  constructor(
    readonly value: T,
    on: NodeLine,
    start: number,
    end: number,
  ) {
    super(on, start, end);
  }
  get text(): string {
    return this.spanText();
  }
  movedTo(on: NodeLine): LineToken<T> {
    return new LineToken(this.value, on, this.startColumn(), this.endColumn());
  }
}

/**
 * A token whose line moved (a line break typed above it): the same token on
 * line `on`. Cheaper than reading the line again, which is what the parser
 * would otherwise do for every line below a new one.
 */
function moved<T>(token: Token<T>, on: SourceLine): Token<T> {
  return (token as LineToken<T>).movedTo(on);
}

export function movedMaybe<T>(token: Token<T> | undefined, on: SourceLine): Token<T> | undefined {
  return token && moved(token, on);
}

/** `seq=x+1`: the whole field is [start, end), its value [valueStart, end). */
export class LineField<T> extends LineSpan implements Field<T> {
  readonly #valueStart: number;
  constructor(
    readonly name: FieldName,
    readonly value: T,
    on: NodeLine,
    start: number,
    valueStart: number,
    end: number,
  ) {
    super(on, start, end);
    this.#valueStart = valueStart;
  }
  get valueRange(): Range {
    return this.rangeOn(this.#valueStart, this.endColumn());
  }
}

export class LineFlag extends LineSpan implements FlagMention {
  constructor(
    readonly flag: Flag,
    readonly present: boolean,
    on: NodeLine,
    start: number,
    end: number,
  ) {
    super(on, start, end);
  }
}

export class LineNumber extends LineSpan implements NumberExpression {
  readonly kind = 'number';
  constructor(
    readonly value: number,
    on: NodeLine,
    start: number,
    end: number,
  ) {
    super(on, start, end);
  }
}

/** `x+1` in [start, end), its name in [start, nameEnd). */
export class LineSymbol extends LineSpan implements SymbolExpression {
  readonly kind = 'symbol';
  readonly #nameEnd: number;
  constructor(
    readonly name: string,
    readonly offset: number,
    on: NodeLine,
    start: number,
    nameEnd: number,
    end: number,
  ) {
    super(on, start, end);
    this.#nameEnd = nameEnd;
  }
  get nameRange(): Range {
    return this.rangeOn(this.startColumn(), this.#nameEnd);
  }
}

/** A statement as the parser makes it: one that can be moved to another line. */
export type ParsedStatement = Statement & Pick<LineStatement, 'movedTo'>;

/**
 * What every statement has: its line, and its range made when asked. It
 * keeps its line's text and columns itself rather than the parser's record
 * of the line: an object less per line, which a long capture has millions of.
 */
export abstract class LineStatement {
  readonly line: number;
  readonly #text: string;
  readonly #lineStart: number;
  readonly #start: number;
  readonly #end: number;
  constructor(
    on: SourceLine,
    readonly hasSyntaxError: boolean,
  ) {
    this.line = on.line;
    this.#text = on.text;
    this.#lineStart = on.lineStart;
    this.#start = on.start;
    this.#end = on.end;
  }
  /** The statement without its comment and surrounding blanks. */
  get range(): Range {
    return range(this.line, this.#start - this.#lineStart, this.#end - this.#lineStart);
  }
  /** The line this statement was read from, made again for a node made when asked. */
  sourceLine(): SourceLine {
    return { line: this.line, text: this.#text, lineStart: this.#lineStart, start: this.#start, end: this.#end };
  }
  /** A token of this statement, made now from its columns. */
  protected tokenAt<T>(value: T, start: number, end: number): Token<T> {
    return new LineToken(value, this.sourceLine(), start, end);
  }
  protected startColumn(): number {
    return this.#start;
  }
  /** This statement on line `line`: every node of it made again on the moved line. */
  movedTo(line: number): ParsedStatement {
    return this.madeOn({ line, text: this.#text, lineStart: this.#lineStart, start: this.#start, end: this.#end });
  }
  /** The same statement, its nodes made on `line`. */
  protected abstract madeOn(line: SourceLine): ParsedStatement;
}

export class TitleLine extends LineStatement implements TitleStatement {
  readonly kind = 'title';
  constructor(on: SourceLine, hasSyntaxError: boolean, readonly title: Token<string>) {
    super(on, hasSyntaxError);
  }
  protected madeOn(line: SourceLine): TitleLine {
    return new TitleLine(line, this.hasSyntaxError, moved(this.title, line));
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
  protected madeOn(line: SourceLine): DeclarationLine {
    return new DeclarationLine(line, this.hasSyntaxError, moved(this.role, line), moved(this.name, line), movedMaybe(this.label, line), movedMaybe(this.state, line));
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
  protected madeOn(line: SourceLine): DeliverLine {
    return new DeliverLine(line, this.hasSyntaxError, moved(this.#keyword, line), moved(this.label, line));
  }
}

export class AssertionLine extends LineStatement implements AssertionStatement {
  readonly kind = 'assertion';
  constructor(on: SourceLine, hasSyntaxError: boolean, readonly endpoint: Token<string>, readonly state: Token<TcpState>) {
    super(on, hasSyntaxError);
  }
  protected madeOn(line: SourceLine): AssertionLine {
    return new AssertionLine(line, this.hasSyntaxError, moved(this.endpoint, line), moved(this.state, line));
  }
}

export class ActionLine extends LineStatement implements ActionStatement {
  readonly kind = 'action';
  constructor(on: SourceLine, hasSyntaxError: boolean, readonly endpoint: Token<string>, readonly action: Token<Action>) {
    super(on, hasSyntaxError);
  }
  protected madeOn(line: SourceLine): ActionLine {
    return new ActionLine(line, this.hasSyntaxError, moved(this.endpoint, line), moved(this.action, line));
  }
}
