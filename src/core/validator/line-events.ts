/**
 * What each kind of line does to the connection, once the statement is
 * known to be well formed: a segment leaves its sender and reaches its
 * receiver now (`->`), never (`-x`) or at a later `deliver` (`~>`); an
 * assertion compares a state; the end of the flow reports what is still
 * owed or in flight.
 */
import type { DeliverStatement, ParsedDocument, SegmentStatement } from '../syntax/ast';
import type { Phrase } from '../diagnostics/diagnostic';
import type { Range, Token } from '../text/range';
import type { TcpState } from '../tcp/states';
import { owedPhrase, type Context, type WireSegment } from './context';
import { segmentDeparts, stateRelated } from './segment-departs';
import { segmentArrives } from './segment-arrives';
import type { RunRecord } from './run-record';

/** A segment sent with `~>`, by its label. */
export interface Flight {
  /** Its row in the run's record. */
  readonly transmission: number;
  readonly segment: WireSegment;
  readonly sentLine: number;
  /** The `as LABEL` token, kept so the end-of-flow report needs no search for its statement. */
  readonly label: Token<string>;
  deliveredLine?: number;
}

/** How many in-flight labels an unknown `deliver` lists: a hint, not an inventory of a 100,000-label capture. */
const LISTED_IN_FLIGHT = 5;

/**
 * The endpoint `name` names; `tokenOf(statement)` gives its token, asked for
 * only to report an unknown name (a token per segment line would otherwise
 * be made, or a closure to make it).
 */
export function endpointIndex<S>(ctx: Context, name: string, statement: S, tokenOf: (statement: S) => Token<string>): number | undefined {
  // Two names: compared here, not searched for by a call of indexOf, as every segment asks twice.
  const index = ctx.names[0] === name ? 0 : ctx.names[1] === name ? 1 : -1;
  if (index >= 0) return index;
  ctx.report('unknown-endpoint', tokenOf(statement).range, {
    name,
    hint: { key: 'endpoints-are', args: { first: ctx.names[0], second: ctx.names[1] } },
  });
  return undefined;
}

/** The tokens endpointIndex reports on. */
const senderOf = (statement: SegmentStatement): Token<string> => statement.sender;
const receiverOf = (statement: SegmentStatement): Token<string> => statement.receiver;
export const itself = (token: Token<string>): Token<string> => token;

// ── Segments: departure, then arrival now (->), never (-x) or later (~>) ──

/** Statement number `index` sends its segment; returns the transmission's row in `record`, or -1 when nothing is sent. */
export function sendSegment(ctx: Context, statement: SegmentStatement, index: number, flights: Map<string, Flight>, record: RunRecord): number {
  const sender = endpointIndex(ctx, statement.senderValue, statement, senderOf);
  const receiver = endpointIndex(ctx, statement.receiverValue, statement, receiverOf);
  if (sender === undefined || receiver === undefined) return -1;
  if (sender === receiver) {
    ctx.report('send-to-self', statement.receiver.range, { name: statement.senderValue });
    return -1;
  }
  const label = statement.flightLabel;
  if (label) {
    const earlier = flights.get(label.value);
    if (earlier && earlier.deliveredLine === undefined) {
      ctx.report('duplicate-flight-label', label.range, { label: label.value, line: earlier.sentLine + 1 });
      return -1;
    }
  }

  const segment = segmentDeparts(ctx, sender, statement);
  const arrow = statement.arrowValue;
  const delivered = arrow === '->';
  const fate = delivered ? 'delivered' : arrow === '-x' ? 'lost' : 'in-flight';
  const transmission = record.send(index, sender, fate, segment.seq, segment.ack, delivered ? statement.line : -1);

  if (delivered) {
    arriveAt(ctx, receiver, segment, record, transmission, statement);
  } else if (arrow === '~>' && label) {
    flights.set(label.value, { transmission, segment, sentLine: statement.line, label });
  }
  return transmission;
}

/** Delivers a segment in flight; returns its row in `record`, or -1 when nothing is delivered. */
export function deliver(ctx: Context, statement: DeliverStatement, flights: Map<string, Flight>, inFlight: ReadonlySet<string>, record: RunRecord): number {
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
    return -1;
  }
  if (flight.deliveredLine !== undefined) {
    ctx.report('already-delivered', statement.label.range, { label: statement.label.value, line: flight.deliveredLine + 1 });
    return -1;
  }
  flight.deliveredLine = statement.line;
  const transmission = flight.transmission;
  record.delivered(transmission, statement.line);
  arriveAt(ctx, record.receiverOf(transmission), { ...flight.segment, line: statement.line }, record, transmission, statement);
  return transmission;
}

/** A drop is reported on the segment of the line `at`, or on the whole `deliver` line; its range is made only then. */
function arriveAt(ctx: Context, receiver: number, segment: WireSegment, record: RunRecord, transmission: number, at: SegmentStatement | DeliverStatement): void {
  const arrival = segmentArrives(ctx, receiver, segment);
  record.arrived(transmission, arrival);
  // One line, one verdict: a segment the sender had no right to send is not also blamed on its receiver.
  if (arrival.dropped && arrival.reason && !ctx.hasError(segment.line)) {
    // A dropped segment changes nothing, so the receiver's state now is the one the segment met.
    const tcb = ctx.tcbs[receiver]!;
    ctx.report('dropped', at.kind === 'segment' ? at.segment.range : at.range, { receiver: ctx.names[receiver]!, state: tcb.state, reason: arrival.reason }, { tags: ['unnecessary'] });
  }
}

// ── Assertions ──────────────────────────────────────────────────────────

export function assertState(ctx: Context, name: Token<string>, state: Token<TcpState>): void {
  const endpoint = endpointIndex(ctx, name.value, name, itself);
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

export function reportEndOfFlow(ctx: Context, flights: Map<string, Flight>, document: ParsedDocument): void {
  for (const [label, flight] of flights) {
    if (flight.deliveredLine !== undefined) continue;
    ctx.report('never-delivered', flight.label.range, { label });
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
