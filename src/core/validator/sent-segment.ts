/**
 * A segment on the wire as a front end reads it (the model's Transmission),
 * made when asked from its row in the run's record and its statement: the
 * statement holds what the writer wrote (line, flags, length, window, text,
 * label, and the expressions of seq and ack), the row what the run made of
 * it.
 */
import type { Expression, SegmentStatement, Statement } from '../syntax/ast';
import type { Fate, ResolvedNumber, Transmission } from '../analysis/model';
import type { Phrase } from '../diagnostics/diagnostic';
import { flagListOfBits, type Flag } from '../tcp/flags';
import { writeExpression } from './symbols';
import type { RunRecord } from './run-record';

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
  readonly #record: RunRecord;
  readonly #statements: readonly Statement[];
  readonly #row: number;
  constructor(record: RunRecord, statements: readonly Statement[], row: number) {
    this.#record = record;
    this.#statements = statements;
    this.#row = row;
  }
  // TypeScript's private rather than a # method: a class with one gives each instance a field more (its brand).
  private statement(): SegmentStatement {
    return this.#statements[this.#record.sentBy[this.#row]!] as SegmentStatement;
  }
  get sender(): number {
    return this.#record.sender[this.#row]!;
  }
  get receiver(): number {
    return this.#record.receiverOf(this.#row);
  }
  get fate(): Fate {
    return this.#record.fateOf(this.#row);
  }
  get sentLine(): number {
    return this.statement().line;
  }
  get deliveredLine(): number | undefined {
    const line = this.#record.deliveredLine[this.#row]!;
    return line < 0 ? undefined : line;
  }
  get outcome(): Phrase | undefined {
    return this.#record.arrival[this.#row]?.outcome;
  }
  get dropped(): boolean {
    return this.#record.arrival[this.#row]?.dropped ?? false;
  }
  /** The `as LABEL` of its line (which the parser keeps only on a `~>` segment). */
  get label(): string | undefined {
    return this.statement().flightLabel?.value;
  }
  get seq(): ResolvedNumber {
    return new Resolved(this.#record.seq[this.#row]!, this.statement().segment.seqValue);
  }
  get ack(): ResolvedNumber | undefined {
    const ack = this.#record.ack[this.#row]!;
    return Number.isNaN(ack) ? undefined : new Resolved(ack, this.statement().segment.ackValue);
  }
  get flags(): readonly Flag[] {
    return flagListOfBits(this.statement().flagBits);
  }
  get len(): number {
    return this.statement().payloadLength;
  }
  get win(): number | undefined {
    return this.statement().winValue;
  }
  get text(): string {
    return this.statement().segment.text;
  }
}
