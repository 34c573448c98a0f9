/**
 * What a run of the state machines records: a row per statement (its step)
 * and a row per segment sent (its transmission), in columns of numbers.
 *
 * A capture has a step and a transmission per line. Kept as objects, they
 * were two thirds of the objects an analysis kept, and the collector copied
 * each of them, often twice, while the analysis was made: at 10,000 lines
 * an analysis took 9 ms when no collection fell during it and twice that
 * when one did. Typed arrays are neither copied nor scanned. The Step and
 * Transmission objects a front end reads are made from the rows when asked
 * (see steps.ts, sent-segment.ts).
 */
import type { Fate } from '../analysis/model';
import type { Arrival } from './segment-arrives';

/** The fates, by the number a transmission's row holds. */
const FATES: readonly Fate[] = ['delivered', 'lost', 'in-flight'];

/**
 * A fate's place in FATES. A switch: reading an object's property by a
 * name that varies (`table[fate]`) is the engine's slowest property read,
 * and a run makes it for every segment.
 */
function fateNumber(fate: Fate): number {
  switch (fate) {
    case 'delivered':
      return 0;
    case 'lost':
      return 1;
    case 'in-flight':
      return 2;
  }
}

export class RunRecord {
  /** Steps taken: one per statement applied, in the document's order. */
  steps = 0;
  /** Both endpoints' snapshots before and after each step, as pair numbers (see snapshots.ts; below 2,000). */
  readonly stepBefore: Uint16Array;
  readonly stepAfter: Uint16Array;
  /** The transmission each step sent or delivered, or -1. */
  readonly stepTransmission: Int32Array;

  /** Transmissions made: one per segment sent. */
  transmissions = 0;
  /** The index of the statement that sent it, in the document's statements. */
  readonly sentBy: Int32Array;
  /** Its sender, 0 or 1; the receiver is the other. */
  readonly sender: Uint8Array;
  /** Its fate, as an index in FATES. */
  readonly fate: Uint8Array;
  /** SEG.SEQ and SEG.ACK as the segment carries them; NaN for no acknowledgement. */
  readonly seq: Float64Array;
  readonly ack: Float64Array;
  /** The line where the receiver processed it, or -1. */
  readonly deliveredLine: Int32Array;
  /** What the receiver did with it (most Arrivals are shared, see segmentArrives); undefined until it arrives. */
  readonly arrival: (Arrival | undefined)[];

  /**
   * A record with room for `rows` steps and transmissions: a run over a
   * document's statements takes a step for each and sends at most as many
   * segments, so a record made for them never needs more rows.
   */
  constructor(rows: number) {
    const capacity = Math.max(rows, 16);
    this.stepBefore = new Uint16Array(capacity);
    this.stepAfter = new Uint16Array(capacity);
    this.stepTransmission = new Int32Array(capacity);
    this.sentBy = new Int32Array(capacity);
    this.sender = new Uint8Array(capacity);
    this.fate = new Uint8Array(capacity);
    this.seq = new Float64Array(capacity);
    this.ack = new Float64Array(capacity);
    this.deliveredLine = new Int32Array(capacity);
    // Not filled: a row not yet written reads as undefined (see Context.arrivals).
    this.arrival = new Array<Arrival | undefined>(capacity);
  }

  /** Records the step of the next statement. */
  step(before: number, after: number, transmission: number): void {
    const row = this.steps;
    this.stepBefore[row] = before;
    this.stepAfter[row] = after;
    this.stepTransmission[row] = transmission;
    this.steps = row + 1;
  }

  /** Records a segment sent by statement number `statement`; returns its row. */
  send(statement: number, sender: number, fate: Fate, seq: number, ack: number | undefined, deliveredLine: number): number {
    const row = this.transmissions;
    this.sentBy[row] = statement;
    this.sender[row] = sender;
    this.fate[row] = fateNumber(fate);
    this.seq[row] = seq;
    this.ack[row] = ack ?? Number.NaN;
    this.deliveredLine[row] = deliveredLine;
    this.transmissions = row + 1;
    return row;
  }

  /** A segment sent with `~>` reaches its receiver on `line`. */
  delivered(row: number, line: number): void {
    this.fate[row] = fateNumber('delivered');
    this.deliveredLine[row] = line;
  }

  /** The receiver processed the segment; `arrival` says how. */
  arrived(row: number, arrival: Arrival): void {
    this.arrival[row] = arrival;
  }

  /** Endpoint indices are 0 and 1: the receiver is the one that did not send. */
  receiverOf(row: number): number {
    return 1 - this.sender[row]!;
  }

  fateOf(row: number): Fate {
    return FATES[this.fate[row]!]!;
  }

  /**
   * A record of the first `steps` steps and `transmissions` transmissions of
   * this one, with room for `rows` rows, for a run that resumes there. A
   * copy: this record stays the earlier analysis's own.
   */
  prefix(steps: number, transmissions: number, rows: number): RunRecord {
    const copy = new RunRecord(rows);
    copy.stepBefore.set(this.stepBefore.subarray(0, steps));
    copy.stepAfter.set(this.stepAfter.subarray(0, steps));
    copy.stepTransmission.set(this.stepTransmission.subarray(0, steps));
    copy.steps = steps;
    copy.sentBy.set(this.sentBy.subarray(0, transmissions));
    copy.sender.set(this.sender.subarray(0, transmissions));
    copy.fate.set(this.fate.subarray(0, transmissions));
    copy.seq.set(this.seq.subarray(0, transmissions));
    copy.ack.set(this.ack.subarray(0, transmissions));
    copy.deliveredLine.set(this.deliveredLine.subarray(0, transmissions));
    for (let row = 0; row < transmissions; row++) copy.arrival[row] = this.arrival[row];
    copy.transmissions = transmissions;
    return copy;
  }
}
