/**
 * A segment on the wire as the analysis keeps it (the model's Transmission),
 * and the numbers it carries. A capture has one per line, so each keeps its
 * resolved values and its statement, and makes its ResolvedNumbers, flags and
 * text only when asked (a hover, a diagram label): one object a segment
 * instead of four.
 */
import type { Expression, SegmentStatement } from '../syntax/ast';
import type { Fate, ResolvedNumber, Transmission } from '../analysis/model';
import type { Phrase } from '../diagnostics/diagnostic';
import { flagListOfBits, type Flag } from '../tcp/flags';
import { writeExpression } from './symbols';

/** A number as resolved, and the expression the writer gave for it (undefined when the field was left out). */
export class Resolved implements ResolvedNumber {
  readonly #expression: Expression | undefined;
  constructor(
    readonly value: number,
    expression: Expression | undefined,
  ) {
    this.#expression = expression;
  }
  get written(): string | undefined {
    return this.#expression && writeExpression(this.#expression);
  }
  get assumed(): boolean {
    return this.#expression === undefined;
  }
}

export class SentSegment implements Transmission {
  readonly #seq: number;
  readonly #ack: number | undefined;
  /** What the writer wrote: its line, flags, length, window, text, label, and the expressions of seq and ack (a resolved number's is always its field's). */
  readonly #statement: SegmentStatement;
  deliveredLine: number | undefined;
  fate: Fate;
  outcome: Phrase | undefined = undefined;
  dropped = false;
  constructor(
    readonly sender: number,
    readonly receiver: number,
    fate: Fate,
    seq: number,
    ack: number | undefined,
    statement: SegmentStatement,
  ) {
    this.fate = fate;
    this.deliveredLine = fate === 'delivered' ? statement.line : undefined;
    this.#seq = seq;
    this.#ack = ack;
    this.#statement = statement;
  }
  get sentLine(): number {
    return this.#statement.line;
  }
  /** The `as LABEL` of its line (which the parser keeps only on a `~>` segment). */
  get label(): string | undefined {
    return this.#statement.flightLabel?.value;
  }
  get seq(): ResolvedNumber {
    return new Resolved(this.#seq, this.#statement.segment.seqValue);
  }
  get ack(): ResolvedNumber | undefined {
    return this.#ack === undefined ? undefined : new Resolved(this.#ack, this.#statement.segment.ackValue);
  }
  get flags(): readonly Flag[] {
    return flagListOfBits(this.#statement.flagBits);
  }
  get len(): number {
    return this.#statement.payloadLength;
  }
  get win(): number | undefined {
    return this.#statement.winValue;
  }
  get text(): string {
    return this.#statement.segment.text;
  }
}
