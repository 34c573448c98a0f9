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
import { Context, owedPhrase, type WireSegment } from './context';
import { newTcb, type Tcb } from './tcb';
import { resolveEndpoints } from './endpoints';
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

const snapshots = new Map<string, EndpointSnapshot>();
function snapshotOf(state: TcpState, owes: Owed | undefined): EndpointSnapshot {
  const key = owes ? `${state}|${owes}` : state;
  let snapshot = snapshots.get(key);
  if (!snapshot) {
    snapshot = Object.freeze(owes ? { state, owes } : { state });
    snapshots.set(key, snapshot);
  }
  return snapshot;
}

export function validate(document: ParsedDocument): Analysis {
  const title = lastTitle(document.statements);
  const run = ConnectionRun.start(document);
  if (!run.connection) {
    const { endpoints, diagnostics: endpointDiagnostics } = run;
    const diagnostics = [...document.diagnostics, ...endpointDiagnostics];
    return {
      document,
      ...(title !== undefined ? { title } : {}),
      endpoints: endpoints.map((e) => ({ ...e, finalState: e.initialState })),
      steps: [],
      transmissions: [],
      diagnostics: sortDiagnostics(diagnostics),
      legal: !diagnostics.some((d) => d.severity === 'error'),
    };
  }
  const connection = run.connection;
  for (const statement of document.statements) connection.apply(statement);
  connection.finish();

  const ctx = connection.ctx;
  const endpointInfos: EndpointInfo[] = run.endpoints.map((e, i) => ({
    name: e.name,
    role: e.role,
    ...(e.label !== undefined ? { label: e.label } : {}),
    ...(e.declaredAt ? { declaredAt: e.declaredAt } : {}),
    initialState: e.initialState,
    finalState: ctx.tcbs[i]!.state,
  }));
  const diagnostics = sortDiagnostics([...document.diagnostics, ...ctx.diagnostics]);
  return {
    document,
    ...(title !== undefined ? { title } : {}),
    endpoints: endpointInfos,
    steps: connection.steps,
    transmissions: connection.transmissions,
    diagnostics,
    legal: !diagnostics.some((d) => d.severity === 'error'),
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
  const run = ConnectionRun.start(analysis.document);
  const connection = run.connection;
  if (!connection) return {};
  for (const statement of analysis.document.statements) {
    if (statement.line >= line) break;
    connection.apply(statement);
  }
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

/** One pass of both state machines over a document, a statement at a time. */
class ConnectionRun {
  private constructor(
    readonly endpoints: ReturnType<typeof resolveEndpoints>['endpoints'],
    readonly diagnostics: Diagnostic[],
    readonly connection: Connection | undefined,
  ) {}

  static start(document: ParsedDocument): ConnectionRun {
    const { endpoints, diagnostics } = resolveEndpoints(document);
    if (endpoints.length < 2) return new ConnectionRun(endpoints, diagnostics, undefined);
    const tcbs: [Tcb, Tcb] = [newTcb(endpoints[0]!.initialState, endpoints[0]!.role === 'server'), newTcb(endpoints[1]!.initialState, endpoints[1]!.role === 'server')];
    tcbs.forEach((tcb, i) => (tcb.stateLine = endpoints[i]!.declarationLine));
    const ctx = new Context(tcbs, [endpoints[0]!.name, endpoints[1]!.name]);
    ctx.diagnostics.push(...diagnostics);
    for (const statement of document.statements) ctx.lineRanges.set(statement.line, statement.range);
    return new ConnectionRun(endpoints, diagnostics, new Connection(ctx, document));
  }
}

class Connection {
  readonly flights = new Map<string, Flight>();
  /** The labels still in flight, in the order sent: what an unknown `deliver` lists, without a walk over every flight. */
  private readonly inFlight = new Set<string>();
  readonly transmissions: MutableTransmission[] = [];
  readonly steps: Step[] = [];
  private current: readonly EndpointSnapshot[];

  constructor(
    readonly ctx: Context,
    private readonly document: ParsedDocument,
  ) {
    this.current = snapshotsOf(ctx.tcbs);
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
    this.steps.push({ line: statement.line, statement, before, after, changes: changesBetween(before, after), ...(transmission ? { transmission } : {}) });
  }

  finish(): void {
    reportEndOfFlow(this.ctx, this.flights, this.document);
  }
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
  return tcbs.every((t, i) => snapshots[i] === snapshotOf(t.state, t.debt?.owed));
}

function changesBetween(before: readonly EndpointSnapshot[], after: readonly EndpointSnapshot[]): StateChange[] {
  if (before === after) return [];
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
    ...(label ? { label: label.value } : {}),
    flags: departure.segment.flags,
    seq: departure.seq,
    ...(departure.ack ? { ack: departure.ack } : {}),
    len: departure.segment.len,
    ...(departure.segment.win !== undefined ? { win: departure.segment.win } : {}),
    text: statement.segment.text,
    dropped: false,
  };
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
