/**
 * One pass of both endpoints' state machines over a document's statements,
 * recording a step per statement, and the checkpoints from which the next
 * version of the document resumes instead of starting over.
 *
 * Constant work per line: snapshots are interned and shared between
 * consecutive steps, so a capture of a million segments stays cheap.
 */
import type { ParsedDocument, Statement } from '../syntax/ast';
import type { Analysis, EndpointSnapshot, Owed, StateChange, Step, Transmission } from '../analysis/model';
import type { Diagnostic } from '../diagnostics/diagnostic';
import { TCP_STATES } from '../tcp/states';
import { Context, OWED_SLOTS, owedSlot, type ContextState } from './context';
import { copyTcb, newTcb, type Tcb } from './tcb';
import type { Endpoint } from './endpoints';
import { performAction } from './user-calls';
import { assertState, deliver, endpointIndex, itself, reportEndOfFlow, sendSegment, type Flight } from './line-events';
import type { SentSegment } from './sent-segment';

/**
 * The few snapshots there are (a state, and what is owed in it), made once
 * each and shared by every step, by their index (see snapshotIndex).
 */
const snapshots: (EndpointSnapshot | undefined)[] = [];
const SNAPSHOT_KINDS = TCP_STATES.length * OWED_SLOTS;

function snapshotIndex(tcb: Tcb): number {
  return tcb.stateIndex * OWED_SLOTS + owedSlot(tcb.debt?.owed);
}

function snapshotOf(tcb: Tcb, index: number): EndpointSnapshot {
  const { state } = tcb;
  const owes = tcb.debt?.owed;
  return (snapshots[index] ??= Object.freeze(owes ? { state, owes } : { state }));
}

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
  readonly current: readonly EndpointSnapshot[];
  readonly transmissions: number;
  readonly diagnostics: number;
}

/** What a run leaves beside its analysis (whose statements and steps are the run's own). */
interface Resumable {
  readonly endpoints: readonly Endpoint[];
  readonly checkpoints: readonly Checkpoint[];
  readonly transmissions: readonly SentSegment[];
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
    readonly steps: Step[],
    readonly transmissions: SentSegment[],
    private current: readonly EndpointSnapshot[],
    readonly checkpoints: Checkpoint[],
  ) {}

  static start(document: ParsedDocument, endpoints: readonly Endpoint[]): Connection {
    const tcbs: [Tcb, Tcb] = [newTcb(endpoints[0]!.initialState, endpoints[0]!.role === 'server'), newTcb(endpoints[1]!.initialState, endpoints[1]!.role === 'server')];
    tcbs.forEach((tcb, i) => (tcb.stateLine = endpoints[i]!.declarationLine));
    const ctx = new Context(tcbs, [endpoints[0]!.name, endpoints[1]!.name], document.statements);
    return new Connection(ctx, document, 0, new Map(), [], [], snapshotsOf(tcbs), []);
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
      previous.steps.slice(0, from.applied),
      earlier.transmissions.slice(0, from.transmissions),
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
      transmissions: this.transmissions.length,
      diagnostics: ctx.diagnostics.length,
    });
  }

  apply(statement: Statement): void {
    const ctx = this.ctx;
    const before = this.current;
    let transmission: Transmission | undefined;
    if (!statement.hasSyntaxError) {
      switch (statement.kind) {
        case 'segment':
          transmission = sendSegment(ctx, statement, this.flights, this.transmissions);
          if (transmission?.fate === 'in-flight' && transmission.label !== undefined) this.inFlight.add(transmission.label);
          break;
        case 'deliver':
          transmission = deliver(ctx, statement, this.flights, this.inFlight);
          if (transmission) this.inFlight.delete(statement.label.value);
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
    const after = sameSnapshots(before, ctx.tcbs) ? before : snapshotsOf(ctx.tcbs);
    this.current = after;
    this.steps.push(new StepTaken(statement, before, after, transmission));
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
      transmissions: this.transmissions,
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

/** Pairs of snapshots, made once each as the snapshots are: consecutive steps of a capture share a few dozen. */
const pairs: (readonly EndpointSnapshot[] | undefined)[] = [];

function snapshotsOf(tcbs: readonly [Tcb, Tcb]): readonly EndpointSnapshot[] {
  const [a, b] = tcbs;
  const first = snapshotIndex(a);
  const second = snapshotIndex(b);
  return (pairs[first * SNAPSHOT_KINDS + second] ??= Object.freeze([snapshotOf(a, first), snapshotOf(b, second)]));
}

function sameSnapshots(snapshots: readonly EndpointSnapshot[], tcbs: readonly [Tcb, Tcb]): boolean {
  const [a, b] = tcbs;
  return snapshots[0]!.state === a.state && snapshots[0]!.owes === a.debt?.owed && snapshots[1]!.state === b.state && snapshots[1]!.owes === b.debt?.owed;
}

/**
 * A statement's step. Its line and its state changes are read from its
 * statement and its snapshots when asked rather than kept: a capture has a
 * step per line, and each field kept is a field the collector copies.
 */
class StepTaken implements Step {
  constructor(
    readonly statement: Statement,
    readonly before: readonly EndpointSnapshot[],
    readonly after: readonly EndpointSnapshot[],
    readonly transmission: Transmission | undefined,
  ) {}
  get line(): number {
    return this.statement.line;
  }
  get changes(): readonly StateChange[] {
    return changesBetween(this.before, this.after);
  }
}

/** Most lines change no state: they share one empty list. */
const NO_CHANGES: readonly StateChange[] = Object.freeze([]);

/** The changes from one pair of snapshots to another, by the pairs (each pair is made once, see snapshotsOf). */
const changesMade = new Map<readonly EndpointSnapshot[], Map<readonly EndpointSnapshot[], readonly StateChange[]>>();

/** The state changes between two pairs of snapshots; made once for each two pairs, as the pairs are. */
function changesBetween(before: readonly EndpointSnapshot[], after: readonly EndpointSnapshot[]): readonly StateChange[] {
  if (before === after) return NO_CHANGES;
  let fromBefore = changesMade.get(before);
  if (!fromBefore) changesMade.set(before, (fromBefore = new Map()));
  let changes = fromBefore.get(after);
  if (!changes) fromBefore.set(after, (changes = Object.freeze(stateChanges(before, after))));
  return changes;
}

function stateChanges(before: readonly EndpointSnapshot[], after: readonly EndpointSnapshot[]): readonly StateChange[] {
  // Most new snapshots differ by what is owed alone.
  let changes: StateChange[] | undefined;
  for (let i = 0; i < before.length; i++) {
    const from = before[i]!.state;
    const to = after[i]!.state;
    if (from !== to) (changes ??= []).push(Object.freeze({ endpoint: i, from, to }));
  }
  return changes ?? NO_CHANGES;
}
