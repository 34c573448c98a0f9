/**
 * What a run of the state machines records: a row per statement (its step)
 * and a row per segment sent (its transmission), in columns of numbers.
 *
 * A capture has a step and a transmission per line. Kept as objects, they
 * were two thirds of the objects an analysis kept, and the collector copied
 * each of them, often twice, while the analysis was made: that was about a
 * third of the time of an analysis. Typed arrays are neither copied nor
 * scanned. The Step and Transmission objects a front end reads are made
 * from the rows when asked (see steps.ts, sent-segment.ts).
 */
import type { Fate } from '../analysis/model';
import type { Arrival } from './segment-arrives';

/** The fates, by the number a transmission's row holds. */
export const FATES: readonly Fate[] = ['delivered', 'lost', 'in-flight'];

/** Rows before the first growth: a short document grows its columns a few times at most. */
const FIRST_CAPACITY = 64;

export class RunRecord {
  /** Steps taken: one per statement applied, in the document's order. */
  steps = 0;
  /** Both endpoints' snapshots before and after each step, as pair numbers (see snapshots.ts). */
  stepBefore = new Uint16Array(FIRST_CAPACITY);
  stepAfter = new Uint16Array(FIRST_CAPACITY);
  /** The transmission each step sent or delivered, or -1. */
  stepTransmission = new Int32Array(FIRST_CAPACITY);

  /** Transmissions made: one per segment sent. */
  transmissions = 0;
  /** The index of the statement that sent it, in the document's statements. */
  sentBy = new Int32Array(FIRST_CAPACITY);
  /** Its sender, 0 or 1; the receiver is the other. */
  sender = new Uint8Array(FIRST_CAPACITY);
  /** Its fate, as an index in FATES. */
  fate = new Uint8Array(FIRST_CAPACITY);
  /** SEG.SEQ and SEG.ACK as the segment carries them; NaN for no acknowledgement. */
  seq = new Float64Array(FIRST_CAPACITY);
  ack = new Float64Array(FIRST_CAPACITY);
  /** The line where the receiver processed it, or -1. */
  deliveredLine = new Int32Array(FIRST_CAPACITY);
  /** What the receiver did with it; Arrivals are shared, so this holds no object of its own. */
  arrival: (Arrival | undefined)[] = [];

  /** Records a step; the next statement's row. */
  step(before: number, after: number, transmission: number): void {
    const row = this.steps;
    if (row === this.stepBefore.length) this.#growSteps(row * 2);
    this.stepBefore[row] = before;
    this.stepAfter[row] = after;
    this.stepTransmission[row] = transmission;
    this.steps = row + 1;
  }

  /** Records a segment sent by statement number `statement`; returns its row. */
  send(statement: number, sender: number, fate: Fate, seq: number, ack: number | undefined, deliveredLine: number): number {
    const row = this.transmissions;
    if (row === this.sentBy.length) this.#growTransmissions(row * 2);
    this.sentBy[row] = statement;
    this.sender[row] = sender;
    this.fate[row] = FATES.indexOf(fate);
    this.seq[row] = seq;
    this.ack[row] = ack ?? Number.NaN;
    this.deliveredLine[row] = deliveredLine;
    this.arrival.push(undefined);
    this.transmissions = row + 1;
    return row;
  }

  /** A segment sent with `~>` reaches its receiver on `line`. */
  delivered(row: number, line: number): void {
    this.fate[row] = FATES.indexOf('delivered');
    this.deliveredLine[row] = line;
  }

  fateOf(row: number): Fate {
    return FATES[this.fate[row]!]!;
  }

  /**
   * A record of the first `steps` steps and `transmissions` transmissions of
   * this one, for a run that resumes there. A copy: this record stays the
   * earlier analysis's own.
   */
  prefix(steps: number, transmissions: number): RunRecord {
    const copy = new RunRecord();
    copy.#growSteps(Math.max(FIRST_CAPACITY, steps * 2));
    copy.stepBefore.set(this.stepBefore.subarray(0, steps));
    copy.stepAfter.set(this.stepAfter.subarray(0, steps));
    copy.stepTransmission.set(this.stepTransmission.subarray(0, steps));
    copy.steps = steps;
    copy.#growTransmissions(Math.max(FIRST_CAPACITY, transmissions * 2));
    copy.sentBy.set(this.sentBy.subarray(0, transmissions));
    copy.sender.set(this.sender.subarray(0, transmissions));
    copy.fate.set(this.fate.subarray(0, transmissions));
    copy.seq.set(this.seq.subarray(0, transmissions));
    copy.ack.set(this.ack.subarray(0, transmissions));
    copy.deliveredLine.set(this.deliveredLine.subarray(0, transmissions));
    copy.arrival = this.arrival.slice(0, transmissions);
    copy.transmissions = transmissions;
    return copy;
  }

  #growSteps(capacity: number): void {
    this.stepBefore = grown(this.stepBefore, capacity);
    this.stepAfter = grown(this.stepAfter, capacity);
    this.stepTransmission = grown(this.stepTransmission, capacity);
  }

  #growTransmissions(capacity: number): void {
    this.sentBy = grown(this.sentBy, capacity);
    this.sender = grown(this.sender, capacity);
    this.fate = grown(this.fate, capacity);
    this.seq = grown(this.seq, capacity);
    this.ack = grown(this.ack, capacity);
    this.deliveredLine = grown(this.deliveredLine, capacity);
  }
}

type Column = Uint8Array | Uint16Array | Int32Array | Float64Array;

/** `column` in a new array of `capacity` rows, its rows kept. */
function grown<C extends Column>(column: C, capacity: number): C {
  const bigger = new (column.constructor as new (length: number) => C)(capacity);
  bigger.set(column as never);
  return bigger;
}
