/**
 * The steps and transmissions of an analysis as a front end reads them:
 * objects made from the run's record (run-record.ts) when first asked.
 */
import type { Statement } from '../syntax/ast';
import type { EndpointSnapshot, StateChange, Step, Transmission } from '../analysis/model';
import type { RunRecord } from './run-record';
import { SentSegment } from './sent-segment';
import { changesBetween, snapshotPair } from './snapshots';

/**
 * An analysis's steps and transmissions, made from its record when first
 * read, each transmission once: a step's transmission is the very object
 * at its place in the analysis's transmissions.
 */
export class RecordedViews {
  #steps: Step[] | undefined;
  readonly #transmissions: (Transmission | undefined)[] = [];
  #allTransmissions: Transmission[] | undefined;
  constructor(
    readonly record: RunRecord,
    readonly statements: readonly Statement[],
  ) {}
  /** Every step, one per statement the run applied. */
  steps(): Step[] {
    if (!this.#steps) {
      const steps = new Array<Step>(this.record.steps);
      for (let row = 0; row < steps.length; row++) steps[row] = new RecordedStep(this, row);
      this.#steps = steps;
    }
    return this.#steps;
  }
  /** Every transmission, in the order sent. */
  transmissions(): Transmission[] {
    if (!this.#allTransmissions) {
      const transmissions = new Array<Transmission>(this.record.transmissions);
      for (let row = 0; row < transmissions.length; row++) transmissions[row] = this.transmission(row);
      this.#allTransmissions = transmissions;
    }
    return this.#allTransmissions;
  }
  transmission(row: number): Transmission {
    return (this.#transmissions[row] ??= new SentSegment(this.record, this.statements, row));
  }
}

/** Statement number `row` and what it did: its snapshots and its transmission, read from the record. */
class RecordedStep implements Step {
  readonly #views: RecordedViews;
  readonly #row: number;
  constructor(views: RecordedViews, row: number) {
    this.#views = views;
    this.#row = row;
  }
  get statement(): Statement {
    return this.#views.statements[this.#row]!;
  }
  get line(): number {
    return this.statement.line;
  }
  get before(): readonly EndpointSnapshot[] {
    return snapshotPair(this.#views.record.stepBefore[this.#row]!);
  }
  get after(): readonly EndpointSnapshot[] {
    return snapshotPair(this.#views.record.stepAfter[this.#row]!);
  }
  get changes(): readonly StateChange[] {
    const { record } = this.#views;
    return changesBetween(record.stepBefore[this.#row]!, record.stepAfter[this.#row]!);
  }
  get transmission(): Transmission | undefined {
    const row = this.#views.record.stepTransmission[this.#row]!;
    return row < 0 ? undefined : this.#views.transmission(row);
  }
}
