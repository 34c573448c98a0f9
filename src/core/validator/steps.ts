/**
 * The steps and transmissions of an analysis as a front end reads them:
 * objects made from the run's record (run-record.ts) when first asked.
 */
import type { Statement } from '../syntax/ast';
import type { EndpointSnapshot, StateChange, Step, Transmission } from '../analysis/model';
import type { RunRecord } from './run-record';
import { SentSegment } from './sent-segment';
import { changesBetween, snapshotPair } from './snapshots';

/** Statement number `row` and what it did: its snapshots and its transmission, read from the record. */
class RecordedStep implements Step {
  readonly #record: RunRecord;
  readonly #statements: readonly Statement[];
  readonly #row: number;
  constructor(record: RunRecord, statements: readonly Statement[], row: number) {
    this.#record = record;
    this.#statements = statements;
    this.#row = row;
  }
  get statement(): Statement {
    return this.#statements[this.#row]!;
  }
  get line(): number {
    return this.statement.line;
  }
  get before(): readonly EndpointSnapshot[] {
    return snapshotPair(this.#record.stepBefore[this.#row]!);
  }
  get after(): readonly EndpointSnapshot[] {
    return snapshotPair(this.#record.stepAfter[this.#row]!);
  }
  get changes(): readonly StateChange[] {
    return changesBetween(this.#record.stepBefore[this.#row]!, this.#record.stepAfter[this.#row]!);
  }
  get transmission(): Transmission | undefined {
    const row = this.#record.stepTransmission[this.#row]!;
    return row < 0 ? undefined : new SentSegment(this.#record, this.#statements, row);
  }
}

/** Every step `record` holds, one per statement of `statements` it applied. */
export function recordedSteps(record: RunRecord, statements: readonly Statement[]): Step[] {
  const steps = new Array<Step>(record.steps);
  for (let row = 0; row < record.steps; row++) steps[row] = new RecordedStep(record, statements, row);
  return steps;
}

/** Every transmission `record` holds, in the order sent. */
export function recordedTransmissions(record: RunRecord, statements: readonly Statement[]): Transmission[] {
  const transmissions = new Array<Transmission>(record.transmissions);
  for (let row = 0; row < record.transmissions; row++) transmissions[row] = new SentSegment(record, statements, row);
  return transmissions;
}
