/**
 * One pass of both endpoints' state machines over a document's statements,
 * recording a step per statement (run-record.ts), and the checkpoints from
 * which the next version of the document resumes instead of starting over.
 *
 * Constant work per line: a step is a row of numbers, snapshots are
 * numbered, so a capture of a million segments stays cheap.
 */
import type { ParsedDocument, Statement } from '../syntax/ast';
import type { Analysis } from '../analysis/model';
import type { Diagnostic } from '../diagnostics/diagnostic';
import { Context, type ContextState } from './context';
import { copyTcb, newTcb, type Tcb } from './tcb';
import type { Endpoint } from './endpoints';
import { performAction } from './user-calls';
import { assertState, deliver, endpointIndex, itself, reportEndOfFlow, sendSegment, type Flight } from './line-events';
import { RunRecord } from './run-record';
import { snapshotPairOf } from './snapshots';

/**
 * Both state machines' state after the first `applied` statements, kept
 * with an analysis so that the next version of the document can resume
 * there. Taken only where no segment is in flight: a later `deliver` then
 * never changes a transmission made before it, so those stay shared.
 */
interface Checkpoint {
  /** Statements applied, and so steps taken (one per statement). */
  readonly applied: number;
  readonly tcbs: readonly [Tcb, Tcb];
  readonly context: ContextState;
  /** Every label used so far; all delivered. */
  readonly flights: ReadonlyMap<string, Flight>;
  /** Both endpoints' snapshots, as a pair number (see snapshots.ts). */
  readonly current: number;
  readonly transmissions: number;
  readonly diagnostics: number;
}

/** What a run leaves beside its analysis (whose statements are the run's own). */
interface Resumable {
  readonly endpoints: readonly Endpoint[];
  readonly checkpoints: readonly Checkpoint[];
  readonly record: RunRecord;
  /** The protocol diagnostics in the order reported (a checkpoint's count ends its share). */
  readonly diagnostics: readonly Diagnostic[];
}

/** What each analysis leaves for the next version of its document; beside the analysis, not in it. */
const resumable = new WeakMap<Analysis, Resumable>();

/**
 * Statements between checkpoints, at least. Resuming replays at most this
 * many unchanged statements; copying the state costs about as much as
 * validating a few.
 */
const CHECKPOINT_SPACING = 128;

/** One pass of both state machines over a document, a statement at a time. */
export class Connection {
  /** The labels still in flight, in the order sent: what an unknown `deliver` lists, without a walk over every flight. */
  private readonly inFlight = new Set<string>();
  private sinceCheckpoint = 0;

  private constructor(
    readonly ctx: Context,
    private readonly document: ParsedDocument,
    /** How many statements have been applied. */
    public applied: number,
    readonly flights: Map<string, Flight>,
    /** The steps and transmissions of this run, and of the one it resumed up to where it resumed. */
    readonly record: RunRecord,
    /** Both endpoints' snapshots now, as a pair number. */
    private current: number,
    readonly checkpoints: Checkpoint[],
  ) {}

  static start(document: ParsedDocument, endpoints: readonly Endpoint[]): Connection {
    const tcbs: [Tcb, Tcb] = [newTcb(endpoints[0]!.initialState, endpoints[0]!.role === 'server'), newTcb(endpoints[1]!.initialState, endpoints[1]!.role === 'server')];
    tcbs.forEach((tcb, i) => (tcb.stateLine = endpoints[i]!.declarationLine));
    const ctx = new Context(tcbs, [endpoints[0]!.name, endpoints[1]!.name], document.statements);
    return new Connection(ctx, document, 0, new Map(), new RunRecord(document.statements.length), snapshotPairOf(tcbs), []);
  }

  /**
   * A run that continues from the last checkpoint the earlier analysis took
   * within the statements it shares with `document` (the same objects, as
   * the parser reuses unchanged lines), or undefined when there is none.
   */
  static resume(document: ParsedDocument, endpoints: readonly Endpoint[], previous: Analysis | undefined, upTo = Infinity): Connection | undefined {
    const earlier = previous && resumable.get(previous);
    if (!previous || !earlier || !sameEndpoints(earlier.endpoints, endpoints)) return undefined;
    const shared = Math.min(upTo, sharedPrefix(previous.document.statements, document.statements));
    let last = -1;
    while (last + 1 < earlier.checkpoints.length && earlier.checkpoints[last + 1]!.applied <= shared) last++;
    const from = earlier.checkpoints[last];
    if (!from) return undefined;
    const tcbs: [Tcb, Tcb] = [copyTcb(from.tcbs[0]), copyTcb(from.tcbs[1])];
    const ctx = new Context(tcbs, [endpoints[0]!.name, endpoints[1]!.name], document.statements, earlier.diagnostics.slice(0, from.diagnostics), from.context);
    return new Connection(
      ctx,
      document,
      from.applied,
      new Map(from.flights),
      earlier.record.prefix(from.applied, from.transmissions, document.statements.length),
      from.current,
      earlier.checkpoints.slice(0, last + 1),
    );
  }

  /**
   * Takes a checkpoint when none was taken for a while and nothing is in
   * flight. The spacing grows with the state to copy (symbols, labels,
   * lines with errors), so that copying costs no more than the statements
   * it spares: linear in the document, whatever it holds.
   */
  private maybeCheckpoint(): void {
    const ctx = this.ctx;
    const [a, b] = ctx.tcbs;
    const stateSize = this.flights.size + ctx.stateSize + a.held.length + b.held.length;
    if (this.inFlight.size > 0 || ++this.sinceCheckpoint < Math.max(CHECKPOINT_SPACING, stateSize)) return;
    this.sinceCheckpoint = 0;
    this.checkpoints.push({
      applied: this.applied,
      tcbs: [copyTcb(ctx.tcbs[0]), copyTcb(ctx.tcbs[1])],
      context: ctx.copyState(),
      flights: new Map(this.flights),
      current: this.current,
      transmissions: this.record.transmissions,
      diagnostics: ctx.diagnostics.length,
    });
  }

  apply(statement: Statement): void {
    const ctx = this.ctx;
    const record = this.record;
    let transmission = -1;
    if (!statement.hasSyntaxError) {
      switch (statement.kind) {
        case 'segment':
          transmission = sendSegment(ctx, statement, this.applied, this.flights, record);
          if (transmission >= 0 && statement.flightLabel && record.fateOf(transmission) === 'in-flight') this.inFlight.add(statement.flightLabel.value);
          break;
        case 'deliver':
          transmission = deliver(ctx, statement, this.flights, this.inFlight, record);
          if (transmission >= 0) this.inFlight.delete(statement.label.value);
          break;
        case 'assertion':
          assertState(ctx, statement.endpoint, statement.state);
          break;
        case 'action': {
          const endpoint = endpointIndex(ctx, statement.endpoint.value, statement.endpoint, itself);
          if (endpoint !== undefined) performAction(ctx, endpoint, statement);
          break;
        }
        default:
          break;
      }
    }
    const before = this.current;
    const after = snapshotPairOf(ctx.tcbs);
    this.current = after;
    record.step(before, after, transmission);
    this.applied++;
    this.maybeCheckpoint();
  }

  /** Keeps this run's checkpoints with its analysis, for the next version of the document to resume from. */
  leaveCheckpoints(analysis: Analysis, endpoints: readonly Endpoint[]): void {
    if (this.checkpoints.length === 0) return;
    // Diagnostics the end of the flow adds come after every checkpoint's count, so the list is kept as it is.
    resumable.set(analysis, {
      endpoints,
      checkpoints: this.checkpoints,
      record: this.record,
      diagnostics: this.ctx.diagnostics,
    });
  }

  finish(): void {
    reportEndOfFlow(this.ctx, this.flights, this.document);
  }
}

/** How many statements the two lists begin with in common (the same objects). */
function sharedPrefix(a: readonly Statement[], b: readonly Statement[]): number {
  const length = Math.min(a.length, b.length);
  let i = 0;
  while (i < length && a[i] === b[i]) i++;
  return i;
}

/** The same two endpoints, declared alike: a run over either starts the same way. */
function sameEndpoints(a: readonly Endpoint[], b: readonly Endpoint[]): boolean {
  return (
    a.length === b.length &&
    a.every((e, i) => {
      const f = b[i]!;
      return e.name === f.name && e.role === f.role && e.label === f.label && e.initialState === f.initialState && e.declarationLine === f.declarationLine;
    })
  );
}
