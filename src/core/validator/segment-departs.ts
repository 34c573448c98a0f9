/**
 * A segment leaves its sender (spec, "Meaning" 1): may the sender's state
 * send it (RFC 9293 §3.3.2 Figure 5 and §3.10.2–§3.10.5), and are its numbers
 * the ones its TCB dictates (§3.3.1, §3.4, and §3.5.2 / §3.10.7 for a RST
 * that answers a segment)? Returns the segment as it travels: numbers the
 * writer got wrong are replaced by the right ones, so that one mistake is
 * reported once and does not ripple down the file.
 */
import type { SegmentStatement, SegmentValues } from '../syntax/ast';
import type { Phrase, RelatedLocation } from '../diagnostics/diagnostic';
import { isSynchronized } from '../tcp/states';
import { FLAG_BIT } from '../tcp/flags';
import { seqAdd, seqDistance, seqLessOrEqual } from '../tcp/sequence-numbers';
import { owedPhrase, type Context, type WireSegment } from './context';
import { enterState, reasonPhrase, resetTcb, type Reason, type Tcb } from './tcb';
import { writeValue } from './symbols';

/** What a segment does, by its flags: the event kinds the sender rules name. */
export type SegmentKind = 'rst' | 'syn' | 'syn-ack' | 'fin' | 'data' | 'ack' | 'bare';

/** The kind of a segment whose flags are `bits` (see FLAG_BIT), carrying `len` bytes. */
export function kindOf(bits: number, len: number): SegmentKind {
  if (bits & FLAG_BIT.RST) return 'rst';
  if (bits & FLAG_BIT.SYN) return bits & FLAG_BIT.ACK ? 'syn-ack' : 'syn';
  if (bits & FLAG_BIT.FIN) return 'fin';
  if (len > 0) return 'data';
  return bits & FLAG_BIT.ACK ? 'ack' : 'bare';
}

export function segmentDeparts(ctx: Context, sender: number, statement: SegmentStatement): WireSegment {
  const tcb = ctx.tcbs[sender]!;
  const bits = statement.flagBits;
  const kind = kindOf(bits, statement.payloadLength);

  checkCallsAndDebts(ctx, sender, statement, kind);
  const refusal = mayEmit(tcb, kind, resendsOnly(ctx, tcb, statement));
  if (refusal) {
    ctx.report(
      'cannot-send',
      statement.segment.range,
      { sender: ctx.names[sender]!, what: whatPhrase(kind), state: tcb.state, reason: refusal },
      { related: stateRelated(ctx, sender), fixes: peerOwedFix(ctx, sender, statement) },
    );
  }

  const opening = kind === 'syn' && (tcb.state === 'CLOSED' || tcb.state === 'LISTEN');
  if (opening) openIncarnation(ctx, sender, statement.line);
  if (kind === 'syn-ack' && tcb.iss === undefined && tcb.state === 'SYN_RCVD') chooseIss(ctx, sender, statement);

  const seq = checkSeq(ctx, sender, statement, kind);
  const ack = checkAck(ctx, sender, statement, kind);
  const segment: WireSegment = {
    line: statement.line,
    seq,
    ack,
    syn: (bits & FLAG_BIT.SYN) !== 0,
    ackFlag: (bits & FLAG_BIT.ACK) !== 0,
    fin: (bits & FLAG_BIT.FIN) !== 0,
    rst: (bits & FLAG_BIT.RST) !== 0,
    len: statement.payloadLength,
    win: statement.winValue,
  };
  checkWindow(ctx, sender, statement, segment);
  advanceSender(ctx, sender, segment, kind);
  return segment;
}

// ── Which segment must come next ─────────────────────────────────────────

/**
 * An application call (connect, close, abort) fixes the endpoint's next
 * segment, and so does a SYN+ACK it owes: a passive open answers a SYN with
 * a SYN+ACK before anything else (§3.10.7.2).
 */
function checkCallsAndDebts(ctx: Context, sender: number, statement: SegmentStatement, kind: SegmentKind): void {
  const tcb = ctx.tcbs[sender]!;
  const pending = tcb.pending;
  const name = ctx.names[sender]!;
  if (pending) {
    const satisfied =
      (pending.call === 'connect' && kind === 'syn') ||
      (pending.call === 'close' && (kind === 'fin' || (kind === 'syn-ack' && tcb.debt?.owed === 'SYN+ACK'))) ||
      (pending.call === 'abort' && kind === 'rst');
    if (!satisfied) {
      const owed: Phrase = pending.call === 'connect' ? { key: 'owed-its-syn' } : pending.call === 'close' ? { key: 'owed-its-fin' } : { key: 'owed-rst' };
      ctx.report('owed-first', statement.segment.range, {
        sender: name,
        owed,
        reason: { key: `because-${pending.call}`, args: { line: pending.line + 1 } },
      }, { related: [{ range: ctx.rangeOfLine(pending.line), message: { key: `related-${pending.call}`, args: { name } } }] });
    }
    if (kind !== 'syn-ack' || pending.call !== 'close') tcb.pending = undefined;
    return;
  }
  const debt = tcb.debt;
  if (debt?.owed === 'SYN+ACK' && tcb.iss === undefined && kind !== 'syn-ack' && kind !== 'rst') {
    ctx.report('owed-first', statement.segment.range, {
      sender: name,
      owed: owedPhrase('SYN+ACK'),
      reason: { key: 'because-syn-received', args: { line: debt.line + 1 } },
    }, {
      related: [{ range: ctx.rangeOfLine(debt.line), message: { key: 'related-syn-received', args: { name } } }],
      fixes: insertBefore(ctx, statement, ctx.owedSegmentText(sender)),
    });
  }
}

// ── May this state send this kind of segment? ───────────────────────────

/**
 * The spec's sender rules, which are the send arcs of RFC 9293 Figure 5:
 * SYN opens from CLOSED/LISTEN or repeats in SYN_SENT/SYN_RCVD; SYN+ACK only
 * after a SYN arrived; new data only in ESTABLISHED and CLOSE_WAIT (§3.10.2);
 * FIN from SYN_RCVD, ESTABLISHED, CLOSE_WAIT or as a repeat (§3.10.4);
 * nothing but RST from CLOSED; nothing from LISTEN but a SYN or an owed RST.
 * Returns why not, or undefined when allowed.
 */
function mayEmit(tcb: Tcb, kind: SegmentKind, resendsOldData: boolean): Phrase | undefined {
  const state = tcb.state;
  const owesRst = tcb.debt?.owed === 'RST';
  if (state === 'CLOSED') return kind === 'rst' || kind === 'syn' ? undefined : { key: 'why-closed-only-rst' };
  if (state === 'LISTEN') return kind === 'syn' || (kind === 'rst' && owesRst) ? undefined : { key: 'why-listen' };
  switch (kind) {
    case 'syn':
      return state === 'SYN_SENT' || (state === 'SYN_RCVD' && tcb.iss !== undefined) ? undefined : { key: 'why-syn-opening' };
    case 'syn-ack':
      return state === 'SYN_RCVD' ? undefined : state === 'SYN_SENT' ? { key: 'why-synack-no-syn' } : { key: 'why-synack-states' };
    case 'fin':
      if (state === 'SYN_RCVD' || state === 'ESTABLISHED' || state === 'CLOSE_WAIT') return undefined;
      return isFinRepeat(tcb) ? undefined : { key: 'why-fin-states' };
    case 'data':
      if (state === 'ESTABLISHED' || state === 'CLOSE_WAIT') return undefined;
      // Data sent before the FIN may still be retransmitted (§3.10.4: queued SENDs are sent and retransmitted).
      return resendsOldData ? undefined : { key: 'why-data-states' };
    case 'ack':
    case 'bare':
      return state === 'SYN_SENT' ? { key: 'why-nothing-to-ack' } : undefined;
    case 'rst':
      return state === 'SYN_SENT' && !owesRst ? { key: 'why-rst-nothing-to-reset' } : undefined;
  }
}

/** True when the segment's data lies wholly before the FIN we sent: a retransmission, not new data. */
function resendsOnly(ctx: Context, tcb: Tcb, statement: SegmentStatement): boolean {
  // Only after a FIN is there anything to resend (asked first: most segments come before one).
  if (tcb.finSeq === undefined || !isSynchronized(tcb.state)) return false;
  const { seqName, seqNumber } = statement;
  const seq = Number.isNaN(seqNumber) ? undefined : ctx.symbols.peek(seqName, seqNumber);
  return seq !== undefined && seqLessOrEqual(seqAdd(seq, statement.payloadLength), tcb.finSeq);
}

function isFinRepeat(tcb: Tcb): boolean {
  return tcb.finSeq !== undefined && (tcb.state === 'FIN_WAIT_1' || tcb.state === 'CLOSING' || tcb.state === 'LAST_ACK');
}

function whatPhrase(kind: SegmentKind): Phrase {
  return { key: `what-${kind}` };
}

// ── Numbers ─────────────────────────────────────────────────────────────

/** §3.10.1 OPEN / §3.10.2 SEND in LISTEN: a new incarnation with a fresh ISS. */
function openIncarnation(ctx: Context, sender: number, line: number): void {
  const tcb = ctx.tcbs[sender]!;
  resetTcb(tcb, 'CLOSED', line);
  tcb.passiveOpen = false;
}

/** The ISS is the segment's seq; a fresh one is taken only for a symbol not yet bound, or no seq at all. */
function chooseIss(ctx: Context, sender: number, segment: SegmentValues): void {
  const tcb = ctx.tcbs[sender]!;
  const { seqName, seqNumber } = segment;
  tcb.iss = Number.isNaN(seqNumber)
    ? ctx.free.nextIss()
    : (ctx.symbols.peek(seqName, seqNumber) ?? ctx.symbols.evaluate(seqName, seqNumber, sender, ctx.free.nextIss()));
  tcb.sndUna = tcb.iss;
  tcb.sndNxt = tcb.iss;
}

/** SEG.SEQ as the segment carries it: the number written, or the right one in place of a wrong one. */
function checkSeq(ctx: Context, sender: number, statement: SegmentStatement, kind: SegmentKind): number {
  const tcb = ctx.tcbs[sender]!;
  const { seqName: name, seqNumber: number } = statement;
  const written = !Number.isNaN(number);

  // A SYN that opens names the ISS, which may be any value (§3.4).
  if (kind === 'syn' && tcb.iss === undefined) {
    chooseIss(ctx, sender, statement);
    return tcb.iss!;
  }

  const debt = tcb.debt;
  let expected: number;
  let reason: Reason | Phrase | undefined;
  let exact = false;
  if (kind === 'rst' && debt?.owed === 'RST' && debt.answers) {
    // §3.10.7.1–3: <SEQ=SEG.ACK><CTL=RST>, or <SEQ=0><ACK=SEG.SEQ+SEG.LEN><CTL=RST,ACK>.
    expected = debt.answers.ack ?? 0;
    reason = { key: 'num-rst-answer', args: { line: debt.line + 1 } };
    exact = true;
  } else if ((kind === 'syn' || kind === 'syn-ack') && tcb.iss !== undefined) {
    expected = tcb.iss;
    reason = { key: 'num-syn-repeat', args: { iss: ctx.write(tcb.iss, sender) } };
    exact = true;
  } else if (kind === 'fin' && isFinRepeat(tcb)) {
    expected = seqAdd(tcb.finSeq!, -statement.payloadLength);
    reason = { key: 'num-fin-repeat', args: { line: (tcb.finLine ?? 0) + 1 } };
    exact = true;
  } else {
    // §3.10.5 ABORT: <SEQ=SND.NXT><CTL=RST>, exactly; a RST is never a retransmission.
    exact = kind === 'rst';
    if (tcb.sndNxt === undefined && written && name === undefined) {
      // An endpoint declared in a synchronized state learns SND.NXT here.
      tcb.sndNxt = number;
      tcb.sndUna ??= number;
      tcb.sndNxtReason = { key: 'num-learned', line: statement.line + 1 };
    }
    expected = ctx.sndNxtOf(sender);
    reason = tcb.sndNxtReason;
  }
  if (!written) return expected;

  const given = ctx.symbols.evaluate(name, number, sender, expected);
  if (given === expected) {
    if (kind === 'syn' || (kind === 'syn-ack' && tcb.synAckSent) || (kind === 'fin' && isFinRepeat(tcb))) {
      ctx.report('retransmission', statement.segment.seq!.range, { given: writeValue(name, number), expected: ctx.write(tcb.sndNxt ?? expected, sender) });
    }
    return given;
  }
  const una = tcb.sndUna ?? expected;
  if (!exact && seqLessOrEqual(una, given) && seqDistance(given, expected) > 0) {
    ctx.report('retransmission', statement.segment.seq!.range, { given: writeValue(name, number), expected: ctx.write(expected, sender) });
    return given;
  }
  const expectedText = ctx.write(expected, sender);
  const why = reason && reasonPhrase(reason);
  ctx.report(
    'wrong-seq',
    statement.segment.seq!.valueRange,
    { expected: expectedText, given: writeValue(name, number), reason: why ?? { key: 'num-next' } },
    { fixes: [replaceFix(statement.segment.seq!.valueRange, expectedText)], related: reasonRelated(ctx, why) },
  );
  return expected;
}

/** SEG.ACK as the segment carries it (as checkSeq), undefined without the ACK bit. */
function checkAck(ctx: Context, sender: number, statement: SegmentStatement, kind: SegmentKind): number | undefined {
  const tcb = ctx.tcbs[sender]!;
  const peer = 1 - sender;
  const { ackName: name, ackNumber: number } = statement;
  const written = !Number.isNaN(number);
  const debt = tcb.debt;

  if (!(statement.flagBits & FLAG_BIT.ACK)) {
    // §3.10.7.4 fifth: once synchronized every segment but a RST carries ACK.
    if (kind !== 'rst' && isSynchronized(tcb.state) && !ctx.hasError(statement.line)) {
      ctx.report('missing-ack-flag', statement.segment.range, {
        sender: ctx.names[sender]!,
        state: tcb.state,
        expected: ctx.write(ctx.rcvNxtOf(sender), peer),
      });
    }
    return undefined;
  }

  let expected: number;
  let reason: Reason | Phrase | undefined;
  if (kind === 'rst' && debt?.owed === 'RST' && debt.answers) {
    if (debt.answers.ack !== undefined) {
      // <SEQ=SEG.ACK><CTL=RST> carries no acknowledgement to check.
      return written ? ctx.symbols.evaluate(name, number, peer, 0) : undefined;
    }
    expected = seqAdd(debt.answers.seq, debt.answers.length);
    reason = { key: 'num-rst-answer', args: { line: debt.line + 1 } };
  } else {
    if (tcb.rcvNxt === undefined && written && name === undefined) {
      tcb.rcvNxt = number;
      tcb.rcvNxtReason = { key: 'num-learned', line: statement.line + 1 };
    }
    if (tcb.rcvNxt === undefined && tcb.irs === undefined && (tcb.state === 'SYN_SENT' || tcb.state === 'CLOSED' || tcb.state === 'LISTEN')) {
      // Nothing received yet: no acknowledgement number is right (reported by mayEmit).
      return written ? ctx.symbols.evaluate(name, number, peer, 0) : undefined;
    }
    expected = ctx.rcvNxtOf(sender);
    reason = tcb.rcvNxtReason;
  }
  if (!written) return expected;

  const given = ctx.symbols.evaluate(name, number, peer, expected);
  const distance = seqDistance(expected, given);
  if (distance === 0) return given;
  const expectedText = ctx.write(expected, peer);
  const field = statement.segment.ack!; // its node (for ranges) only on a line with something to report
  const why = reason && reasonPhrase(reason);
  const args = { expected: expectedText, given: writeValue(name, number), sender: ctx.names[sender]!, reason: why ?? { key: 'num-next' } };
  const extras = { fixes: [replaceFix(field.valueRange, expectedText)], related: reasonRelated(ctx, why) };
  if (distance > 0) {
    ctx.report('ack-too-high', field.valueRange, args, extras);
    return expected;
  }
  if (kind === 'syn-ack') {
    // A SYN+ACK answers a SYN: an ack below it acknowledges nothing, and the
    // opener rejects it (§3.10.7.3, SEG.ACK =< ISS), so it is not merely stale.
    ctx.report('syn-not-acknowledged', field.valueRange, args, extras);
    return expected;
  }
  ctx.report('stale-ack', field.valueRange, args, extras);
  return given;
}

/** The peer's advertised window bounds new data (§3.8.6; checked only when a `win=` was given). */
function checkWindow(ctx: Context, sender: number, statement: SegmentStatement, segment: WireSegment): void {
  const tcb = ctx.tcbs[sender]!;
  if (tcb.sndWnd === undefined || tcb.sndWndBase === undefined || segment.len === 0) return;
  const end = seqAdd(segment.seq, segment.len);
  if (seqDistance(tcb.sndWndBase, end) > tcb.sndWnd) {
    ctx.report('window-exceeded', statement.segment.range, {
      len: segment.len,
      seq: ctx.write(segment.seq, sender),
      window: tcb.sndWnd,
      receiver: ctx.names[1 - sender]!,
      line: (tcb.sndWndLine ?? 0) + 1,
    });
  }
}

// ── What sending does to the sender ─────────────────────────────────────

function advanceSender(ctx: Context, sender: number, segment: WireSegment, kind: SegmentKind): void {
  const tcb = ctx.tcbs[sender]!;
  const line = segment.line;
  if (segment.win !== undefined) {
    tcb.rcvWnd = segment.win;
    tcb.rcvWndLine = line;
  }

  if (kind === 'rst') {
    const answering = tcb.debt?.owed === 'RST' && tcb.debt.answers !== undefined;
    if (answering) {
      tcb.debt = undefined; // an answer changes nothing on the sender's side
    } else if (tcb.state !== 'CLOSED' || tcb.pending?.call === 'abort' || tcb.debt?.owed === 'RST') {
      // §3.10.5 ABORT: the RST ends this incarnation.
      resetTcb(tcb, 'CLOSED', tcb.state === 'CLOSED' ? (tcb.stateLine ?? line) : line);
    }
    tcb.pending = undefined;
    return;
  }

  if (kind === 'syn-ack') tcb.synAckSent = true;
  if (segment.ackFlag && (tcb.debt?.owed === 'ACK' || (tcb.debt?.owed === 'SYN+ACK' && kind === 'syn-ack'))) tcb.debt = undefined;

  const end = seqAdd(segment.seq, segment.len + (segment.syn ? 1 : 0) + (segment.fin ? 1 : 0));
  if (tcb.sndNxt === undefined || seqDistance(tcb.sndNxt, end) > 0) {
    tcb.sndNxt = end;
    tcb.sndNxtReason =
      segment.fin ? { key: 'num-fin', line: line + 1 }
      : segment.syn ? { key: 'num-syn', line: line + 1 }
      : { key: 'num-bytes', line: line + 1, len: segment.len };
  }
  tcb.sndUna ??= segment.seq;

  if (kind === 'syn' && (tcb.state === 'CLOSED' || tcb.state === 'LISTEN')) enterState(tcb, 'SYN_SENT', line);
  if (segment.fin && !isFinRepeat(tcb)) {
    tcb.finSeq = seqAdd(end, -1);
    tcb.finLine = line;
    tcb.pending = undefined;
    // §3.10.4 CLOSE: ESTABLISHED and SYN_RCVD → FIN_WAIT_1, CLOSE_WAIT → LAST_ACK.
    if (tcb.state === 'ESTABLISHED' || tcb.state === 'SYN_RCVD') enterState(tcb, 'FIN_WAIT_1', line);
    else if (tcb.state === 'CLOSE_WAIT') enterState(tcb, 'LAST_ACK', line);
  }
}

// ── Related locations and fixes ─────────────────────────────────────────

export function stateRelated(ctx: Context, endpoint: number): RelatedLocation[] {
  const tcb = ctx.tcbs[endpoint]!;
  if (tcb.stateLine === undefined) return [];
  return [{ range: ctx.rangeOfLine(tcb.stateLine), message: { key: 'related-put-in-state', args: { name: ctx.names[endpoint]!, state: tcb.state } } }];
}

function reasonRelated(ctx: Context, reason: Phrase | undefined): RelatedLocation[] {
  const line = reason?.args?.['line'];
  if (typeof line !== 'number') return [];
  return [{ range: ctx.rangeOfLine(line - 1), message: reason! }];
}

function replaceFix(range: SegmentStatement['range'], text: string) {
  return { title: { key: 'fix-replace', args: { text } } as Phrase, edits: [{ range, newText: text }] };
}

function insertBefore(ctx: Context, statement: SegmentStatement, text: string | undefined) {
  if (!text) return [];
  const indent = statement.range.start.character;
  const at = { line: statement.line, character: 0 };
  return [{ title: { key: 'fix-insert-line', args: { text } } as Phrase, edits: [{ range: { start: at, end: at }, newText: `${' '.repeat(indent)}${text}\n` }] }];
}

/** When the peer owes the segment that would make this line legal, offer to insert it first. */
function peerOwedFix(ctx: Context, sender: number, statement: SegmentStatement) {
  const peer = 1 - sender;
  const debt = ctx.tcbs[peer]!.debt;
  if (!debt || debt.owed === 'RST') return [];
  return insertBefore(ctx, statement, ctx.owedSegmentText(peer));
}

export { insertBefore };
