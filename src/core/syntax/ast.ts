/**
 * The syntax tree of a .tcpflow file: one statement per line, each token with
 * its exact range so that squiggles, hovers and quick fixes land on it.
 * Shapes follow the spec's table of statements.
 */
import type { Range, Token } from '../text/range';
import type { TcpState } from '../tcp/states';
import type { Flag } from '../tcp/flags';
import type { Action } from '../tcp/actions';

export type Arrow = '->' | '-x' | '~>';

export type Expression = NumberExpression | SymbolExpression;

export interface NumberExpression {
  readonly kind: 'number';
  readonly value: number;
  readonly range: Range;
}

/** `x`, `x+1`, `isn_a-1`: a lowercase symbol with an optional offset. */
export interface SymbolExpression {
  readonly kind: 'symbol';
  readonly name: string;
  readonly offset: number;
  readonly range: Range;
  readonly nameRange: Range;
}

export type FieldName = 'seq' | 'ack' | 'len' | 'data' | 'win';

export const FIELD_NAMES: readonly FieldName[] = ['seq', 'ack', 'len', 'data', 'win'];

/** `seq=x+1`: the whole field's range, the key's and the value's. */
export interface Field<T> {
  readonly name: FieldName;
  readonly value: T;
  readonly range: Range;
  readonly valueRange: Range;
}

/** One flag as written: `SYN`, `SYN=1`. `SYN=0` is kept with present=false. */
export interface FlagMention {
  readonly flag: Flag;
  readonly present: boolean;
  readonly range: Range;
}

/**
 * A segment's values that a reader computes with on every segment (the
 * validator), as plain fields, so that reading them makes nothing. A
 * segment statement has them as its segment does.
 */
export interface SegmentValues {
  /** The flags that are set, as bits (see FLAG_BIT). */
  readonly flagBits: number;
  /**
   * seq and ack: a symbol's name and offset, or a number as no name and
   * its value. The number is NaN when the field is not written.
   */
  readonly seqName: string | undefined;
  readonly seqNumber: number;
  readonly ackName: string | undefined;
  readonly ackNumber: number;
  /** len if given, else the UTF-8 byte length of data, else 0. */
  readonly payloadLength: number;
  readonly winValue?: number;
}

export interface SegmentSpec extends SegmentValues {
  readonly flags: readonly FlagMention[];
  /** The flags that are set, in canonical order. */
  readonly flagSet: ReadonlySet<Flag>;
  readonly seq?: Field<Expression>;
  readonly ack?: Field<Expression>;
  readonly len?: Field<number>;
  readonly data?: Field<string>;
  readonly win?: Field<number>;
  /** The expressions of seq and ack alone, for readers that want no field. */
  readonly seqValue?: Expression;
  readonly ackValue?: Expression;
  /** The segment as written (after the colon, without `as LABEL`), for labels. */
  readonly text: string;
  readonly range: Range;
}

interface StatementBase {
  /** 0-based line of the statement. */
  readonly line: number;
  /** The statement without its comment and surrounding blanks. */
  readonly range: Range;
  /**
   * True when the parser reported an error on this line: the statement is
   * kept (for the outline, completion and the diagram) but the validator
   * does not judge it, so one typo does not invent protocol errors.
   */
  readonly hasSyntaxError: boolean;
}

export interface TitleStatement extends StatementBase {
  readonly kind: 'title';
  readonly title: Token<string>;
}

export type Role = 'client' | 'server';

export interface DeclarationStatement extends StatementBase {
  readonly kind: 'declaration';
  readonly role: Token<Role>;
  readonly name: Token<string>;
  readonly label?: Token<string>;
  readonly state?: Token<TcpState>;
}

export interface SegmentStatement extends StatementBase, SegmentValues {
  readonly kind: 'segment';
  readonly sender: Token<string>;
  readonly arrow: Token<Arrow>;
  readonly receiver: Token<string>;
  readonly segment: SegmentSpec;
  /** `as LABEL`, for `~>` segments that a later `deliver` delivers. */
  readonly flightLabel?: Token<string>;
  /** The values of sender, arrow and receiver alone, for readers that need no range (no token is made). */
  readonly senderValue: string;
  readonly arrowValue: Arrow;
  readonly receiverValue: string;
}

export interface DeliverStatement extends StatementBase {
  readonly kind: 'deliver';
  readonly keyword: Range;
  readonly label: Token<string>;
}

export interface AssertionStatement extends StatementBase {
  readonly kind: 'assertion';
  readonly endpoint: Token<string>;
  readonly state: Token<TcpState>;
}

export interface ActionStatement extends StatementBase {
  readonly kind: 'action';
  readonly endpoint: Token<string>;
  readonly action: Token<Action>;
}

export type Statement =
  | TitleStatement
  | DeclarationStatement
  | SegmentStatement
  | DeliverStatement
  | AssertionStatement
  | ActionStatement;

export interface ParsedDocument {
  /** Statements in line order; blank, comment-only and unparseable lines have none. */
  readonly statements: readonly Statement[];
  /** Syntax diagnostics, in line order. */
  readonly diagnostics: readonly import('../diagnostics/diagnostic').Diagnostic[];
  readonly lineCount: number;
}
