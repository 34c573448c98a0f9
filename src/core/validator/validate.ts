/**
 * The validator: runs both endpoints' TCP state machines (RFC 9293 §3.3.2,
 * §3.10) over the statements in order, and records what each line did.
 *
 * One pass, constant work per line: snapshots are interned and shared
 * between consecutive steps, so a capture of a million segments stays cheap.
 */
import type { DeliverStatement, ParsedDocument, SegmentStatement, Statement } from '../syntax/ast';
import type { Analysis, EndpointInfo, EndpointSnapshot, Owed, StateChange, Step, Transmission } from '../analysis/model';
import type { Diagnostic, Phrase } from '../diagnostics/diagnostic';
import type { Range, Token } from '../text/range';
import type { TcpState } from '../tcp/states';
import { Context, owedPhrase, type ContextState, type WireSegment } from './context';
import { copyTcb, newTcb, type Tcb } from './tcb';
import { resolveEndpoints, type Endpoint } from './endpoints';
import { performAction } from './user-calls';
import { segmentDeparts, stateRelated } from './segment-departs';
import { segmentArrives } from './segment-arrives';

interface Flight {
  readonly transmission: MutableTransmission;
  readonly segment: WireSegment;
  readonly sentLine: number;
  /** The `as LABEL` token, kept so the end-of-flow report needs no search for its statement. */
  readonly labelRange: Range;
  deliveredLine?: number;
}

/** How many in-flight labels an unknown `deliver` lists: a hint, not an inventory of a 100,000-label capture. */
const LISTED_IN_FLIGHT = 5;

type MutableTransmission = { -readonly [K in keyof Transmission]: Transmission[K] };

/** The few snapshots there are (a state, and what is owed in it), made once each and shared by every step. */
const snapshots = new Map<TcpState, Map<Owed | undefined, EndpointSnapshot>>();
function snapshotOf(state: TcpState, owes: Owed | undefined): EndpointSnapshot {
  let byOwed = snapshots.get(state);
  if (!byOwed) snapshots.set(state, (byOwed = new Map()));
  let snapshot = byOwed.get(owes);
  if (!snapshot) byOwed.set(owes, (snapshot = Object.freeze(owes ? { state, owes } : { state })));
  return snapshot;
}

/**
 * Validates a document. Given the analysis of an earlier version of it, the
 * run resumes from the last checkpoint before the first statement that
 * changed, instead of replaying the whole file: on a keystroke, the TCP
 * state machines run over what follows the edit only.
 */
export function validate(document: ParsedDocument, previous?: Analysis): Analysis {
  const title = lastTitle(document.statements);
  const { endpoints, diagnostics: endpointDiagnostics } = resolveEndpoints(document);
  if (endpoints.length < 2) {
    const diagnostics = [...document.diagnostics, ...endpointDiagnostics];
    return {
      document,
      ...(title !== undefined ? { title } : {}),
      endpoints: endpoints.map((e) => ({ ...endpointInfo(e), finalState: e.initialState })),
      steps: [],
      transmissions: [],
      diagnostics: sortDiagnostics(diagnostics),
      legal: !diagnostics.some((d) => d.severity === 'error'),
    };
  }
  const connection = Connection.resume(document, endpoints, previous) ?? Connection.start(document, endpoints);
  const statements = document.statements;
  for (let i = connection.applied; i < statements.length; i++) connection.apply(statements[i]!);
    connection.finish();

  const ctx = connection.ctx;
  const diagnostics = sortDiagnostics([...document.diagnostics, ...endpointDiagnostics, ...ctx.diagnostics]);
  const analysis: Analysis = {
    document,
    ...(title !== undefined ? { title } : {}),
    endpoints: endpoints.map((e, i) => ({ ...endpointInfo(e), finalState: ctx.tcbs[i]!.state })),
    steps: connection.steps,
    transmissions: connection.transmissions,
    diagnostics,
    legal: !diagnostics.some((d) => d.severity === 'error'),
  };
  // Diagnostics the end of the flow adds come after every checkpoint's count, so the list is kept as it is.
  if (connection.checkpoints.length > 0) {
    resumable.set(analysis, { endpoints, statements, checkpoints: connection.checkpoints, steps: connection.steps, transmissions: connection.transmissions, diagnostics: ctx.diagnostics });
  }
  return analysis;
}

function endpointInfo(e: Endpoint): Omit<EndpointInfo, 'finalState'> {
  return {
    name: e.name,
    role: e.role,
    ...(e.label !== undefined ? { label: e.label } : {}),
    ...(e.declaredAt ? { declaredAt: e.declaredAt } : {}),
    initialState: e.initialState,
  };
}

/** What an endpoint's next segment should carry, written in the file's own terms (for completion). */
export interface NextNumbers {
  readonly seq?: string;
  readonly ack?: string;
  /** The whole segment line the endpoint owes, when it owes one. */
  readonly owedLine?: string;
}

/**
 * The numbers `sender`'s next segment needs on `line`: the validator is
 * replayed over the statements above that line, so the answer is exactly
 * what the check of that line would expect.
 */
export function nextNumbers(analysis: Analysis, line: number, sender: string): NextNumbers {
  const document = analysis.document;
  const { endpoints } = resolveEndpoints(document);
  if (endpoints.length < 2) return {};
  // The analysis's own checkpoints spare replaying all but the last few statements above the line.
  const above = statementsAbove(document.statements, line);
  const connection = Connection.resume(document, endpoints, analysis, above) ?? Connection.start(document, endpoints);
  for (let i = connection.applied; i < above; i++) connection.apply(document.statements[i]!);
  const ctx = connection.ctx;
  const index = ctx.names.indexOf(sender);
  if (index < 0) return {};
  const tcb = ctx.tcbs[index]!;
  const peer = 1 - index;
  const owedLine = ctx.owedSegmentText(index);
  const opening = tcb.state === 'CLOSED' || tcb.state === 'LISTEN';
  const seq = opening ? undefined : tcb.sndNxt !== undefined ? ctx.write(tcb.sndNxt, index) : tcb.iss !== undefined ? ctx.write(tcb.iss, index) : undefined;
  const ack = tcb.rcvNxt !== undefined ? ctx.write(tcb.rcvNxt, peer) : undefined;
  return { ...(seq !== undefined ? { seq } : {}), ...(ack !== undefined ? { ack } : {}), ...(owedLine ? { owedLine } : {}) };
}

/**
 * Both state machines' state after the first `applied` statements, kept
 * with an analysis so that the next version of the document can resume
 * there. Taken only where no segment is in flight: a later `deliver` then
 * never changes a transmission made before it, so those stay shared.
 */
interface Checkpoint {
  readonly applied: number;
  readonly tcbs: readonly [Tcb, Tcb];
  readonly context: ContextState;
  /** Every label used so far; all delivered. */
  readonly flights: ReadonlyMap<string, Flight>;
  readonly current: readonly EndpointSnapshot[];
  readonly steps: number;
  readonly transmissions: number;
  readonly diagnostics: number;
}

interface Resumable {
  readonly endpoints: readonly Endpoint[];
  readonly statements: readonly Statement[];
  readonly checkpoints: readonly Checkpoint[];
  readonly steps: readonly Step[];
  readonly transmissions: readonly MutableTransmission[];
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
class Connection {
  readonly checkpoints: Checkpoint[];
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
    readonly transmissions: MutableTransmission[],
    private current: readonly EndpointSnapshot[],
    checkpoints: Checkpoint[],
  ) {
    this.checkpoints = checkpoints;
  }

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
    if (!earlier || !sameEndpoints(earlier.endpoints, endpoints)) return undefined;
    const shared = Math.min(upTo, sharedPrefix(earlier.statements, document.statements));
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
      earlier.steps.slice(0, from.steps),
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
      steps: this.steps.length,
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
          const endpoint = endpointIndex(ctx, statement.endpoint);
          if (endpoint !== undefined) performAction(ctx, endpoint, statement);
          break;
        }
        default:
          break;
      }
    }
    const after = sameSnapshots(before, ctx.tcbs) ? before : snapshotsOf(ctx.tcbs);
    this.current = after;
    const step: { -readonly [K in keyof Step]: Step[K] } = { line: statement.line, statement, before, after, changes: changesBetween(before, after) };
    if (transmission) step.transmission = transmission;
    this.steps.push(step);
    this.applied++;
    this.maybeCheckpoint();
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

/** How many statements stand above `line`. */
function statementsAbove(statements: readonly Statement[], line: number): number {
  let low = 0;
  let high = statements.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (statements[middle]!.line < line) low = middle + 1;
    else high = middle;
  }
  return low;
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

function lastTitle(statements: readonly Statement[]): string | undefined {
  let title: string | undefined;
  for (const s of statements) if (s.kind === 'title') title = s.title.value;
  return title;
}

function snapshotsOf(tcbs: readonly Tcb[]): readonly EndpointSnapshot[] {
  return Object.freeze(tcbs.map((t) => snapshotOf(t.state, t.debt?.owed)));
}

function sameSnapshots(snapshots: readonly EndpointSnapshot[], tcbs: readonly Tcb[]): boolean {
  return tcbs.every((t, i) => snapshots[i]!.state === t.state && snapshots[i]!.owes === t.debt?.owed);
}

/** Most lines change no state: they share one empty list. */
const NO_CHANGES: readonly StateChange[] = Object.freeze([]);

function changesBetween(before: readonly EndpointSnapshot[], after: readonly EndpointSnapshot[]): readonly StateChange[] {
  if (before === after) return NO_CHANGES;
  const changes: StateChange[] = [];
  before.forEach((b, i) => {
    const a = after[i]!;
    if (a.state !== b.state) changes.push({ endpoint: i, from: b.state, to: a.state });
  });
  return changes;
}

function endpointIndex(ctx: Context, name: Token<string>): number | undefined {
  const index = ctx.names.indexOf(name.value);
  if (index >= 0) return index;
  ctx.report('unknown-endpoint', name.range, {
    name: name.value,
    hint: { key: 'endpoints-are', args: { first: ctx.names[0], second: ctx.names[1] } },
  });
  return undefined;
}

// ── Segments: departure, then arrival now (->), never (-x) or later (~>) ──

function sendSegment(ctx: Context, statement: SegmentStatement, flights: Map<string, Flight>, transmissions: MutableTransmission[]): Transmission | undefined {
  const sender = endpointIndex(ctx, statement.sender);
  const receiver = endpointIndex(ctx, statement.receiver);
  if (sender === undefined || receiver === undefined) return undefined;
  if (sender === receiver) {
    ctx.report('send-to-self', statement.receiver.range, { name: statement.sender.value });
    return undefined;
  }
  const label = statement.flightLabel;
  if (label) {
    const earlier = flights.get(label.value);
    if (earlier && earlier.deliveredLine === undefined) {
      ctx.report('duplicate-flight-label', label.range, { label: label.value, line: earlier.sentLine + 1 });
      return undefined;
    }
  }

  const departure = segmentDeparts(ctx, sender, statement);
  const arrow = statement.arrow.value;
  const transmission: MutableTransmission = {
    id: transmissions.length,
    sender,
    receiver,
    sentLine: statement.line,
    fate: arrow === '->' ? 'delivered' : arrow === '-x' ? 'lost' : 'in-flight',
    flags: departure.segment.flags,
    seq: departure.seq,
    len: departure.segment.len,
    text: statement.segment.text,
    dropped: false,
  };
  // Set only when present (no spread of optional parts: this runs once per segment of a long capture).
  if (label) transmission.label = label.value;
  if (departure.ack) transmission.ack = departure.ack;
  if (departure.segment.win !== undefined) transmission.win = departure.segment.win;
  transmissions.push(transmission);

  if (arrow === '->') {
    transmission.deliveredLine = statement.line;
    arriveAt(ctx, receiver, departure.segment, transmission, statement.segment.range);
  } else if (arrow === '~>' && label) {
    flights.set(label.value, { transmission, segment: departure.segment, sentLine: statement.line, labelRange: label.range });
  }
  return transmission;
}

function deliver(ctx: Context, statement: DeliverStatement, flights: Map<string, Flight>, inFlight: ReadonlySet<string>): Transmission | undefined {
  const flight = flights.get(statement.label.value);
  if (!flight) {
    // The first few only: listing every label on every unknown deliver was quadratic in time and memory.
    const listed: string[] = [];
    for (const label of inFlight) if (listed.push(label) >= LISTED_IN_FLIGHT) break;
    const labels = inFlight.size > LISTED_IN_FLIGHT ? `${listed.join(', ')}, …` : listed.join(', ');
    ctx.report('unknown-flight-label', statement.label.range, {
      label: statement.label.value,
      hint: inFlight.size > 0 ? { key: 'labels-in-flight', args: { labels } } : { key: 'nothing-in-flight' },
    });
    return undefined;
  }
  if (flight.deliveredLine !== undefined) {
    ctx.report('already-delivered', statement.label.range, { label: statement.label.value, line: flight.deliveredLine + 1 });
    return undefined;
  }
  flight.deliveredLine = statement.line;
  const transmission = flight.transmission;
  transmission.fate = 'delivered';
  transmission.deliveredLine = statement.line;
  arriveAt(ctx, transmission.receiver, { ...flight.segment, line: statement.line }, transmission, statement.range);
  return transmission;
}

function arriveAt(ctx: Context, receiver: number, segment: WireSegment, transmission: MutableTransmission, range: Range): void {
  const arrival = segmentArrives(ctx, receiver, segment);
  transmission.outcome = arrival.outcome;
  transmission.dropped = arrival.dropped;
  // One line, one verdict: a segment the sender had no right to send is not also blamed on its receiver.
  if (arrival.dropped && arrival.reason && !ctx.hasError(segment.line)) {
    // A dropped segment changes nothing, so the receiver's state now is the one the segment met.
    const tcb = ctx.tcbs[receiver]!;
    ctx.report('dropped', range, { receiver: ctx.names[receiver]!, state: tcb.state, reason: arrival.reason }, { tags: ['unnecessary'] });
  }
}

// ── Assertions ──────────────────────────────────────────────────────────

function assertState(ctx: Context, name: Token<string>, state: Token<TcpState>): void {
  const endpoint = endpointIndex(ctx, name);
  if (endpoint === undefined) return;
  const actual = ctx.tcbs[endpoint]!.state;
  if (actual === state.value) return;
  ctx.report(
    'state-mismatch',
    state.range,
    { name: name.value, actual, expected: state.value },
    { related: stateRelated(ctx, endpoint), fixes: [{ title: { key: 'fix-replace', args: { text: actual } }, edits: [{ range: state.range, newText: actual }] }] },
  );
}

// ── The end of the flow ─────────────────────────────────────────────────

function reportEndOfFlow(ctx: Context, flights: Map<string, Flight>, document: ParsedDocument): void {
  for (const [label, flight] of flights) {
    if (flight.deliveredLine !== undefined) continue;
    ctx.report('never-delivered', flight.labelRange, { label });
  }
  ctx.tcbs.forEach((tcb, endpoint) => {
    const debt = tcb.debt;
    if (!debt) return;
    const text = ctx.owedSegmentText(endpoint);
    const insertAt = { line: debt.line + 1, character: 0 };
    const fixes = text && debt.line + 1 <= document.lineCount
      ? [{ title: { key: 'fix-insert-line', args: { text } } as Phrase, edits: [{ range: { start: insertAt, end: insertAt }, newText: insertionText(document, debt.line, text) }] }]
      : [];
    ctx.report('owed-at-end', ctx.rangeOfLine(debt.line), { name: ctx.names[endpoint]!, owed: owedPhrase(debt.owed) }, { fixes });
  });
}

/** The owed line, inserted after `line`; at the very end of a file without a final newline it needs one first. */
function insertionText(document: ParsedDocument, line: number, text: string): string {
  return line + 1 >= document.lineCount ? `\n${text}` : `${text}\n`;
}

function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics
    .map((d, i) => [d, i] as const)
    .sort(([a, i], [b, j]) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character || i - j)
    .map(([d]) => d);
}
