/**
 * SEGMENT ARRIVES, RFC 9293 §3.10.7, one function per state group as the RFC
 * writes it (CLOSED §3.10.7.1, LISTEN §3.10.7.2, SYN-SENT §3.10.7.3, the
 * other states §3.10.7.4 with its eight checks in order), with the RFC 5961
 * challenge ACKs for RST and SYN in synchronized states.
 *
 * The result says what the receiver did, in the reader's words, and whether
 * it dropped the segment; the receiver's TCB is updated in place.
 */
import type { Phrase } from '../diagnostics/diagnostic';
import type { Owed } from '../analysis/model';
import { TCP_STATES } from '../tcp/states';
import { seqAdd, seqDistance, seqInWindow, seqLessThan } from '../tcp/sequence-numbers';
import { OWED_SLOTS, owedOfSlot, owedPhrase, owedSlot, segmentLength, type Context, type WireSegment } from './context';
import { enterState, resetTcb, type Debt, type Tcb } from './tcb';

export interface Arrival {
  readonly dropped: boolean;
  /** Why it was dropped (the diagnostic's reason), when it was. */
  readonly reason?: Phrase;
  readonly outcome: Phrase;
}

/** A receive window nobody advertised: large, yet below 2^31 so that circular comparisons hold. */
const UNBOUNDED_WINDOW = 2 ** 30;

// Shared by every arrival's outcome (phrases are values): a capture's worth of segments makes none.
const NOTHING_OWED: Phrase = { key: 'empty' };
/** By owedSlot: an object's property read by a name that varies is the engine's slowest read. */
const OWES_SUFFIX: readonly Phrase[] = Array.from({ length: OWED_SLOTS }, (_, slot) => {
  const owed = owedOfSlot(slot);
  return owed ? { key: 'owes-suffix', args: { owed: owedPhrase(owed) } } : NOTHING_OWED;
});

export function segmentArrives(ctx: Context, receiver: number, segment: WireSegment): Arrival {
  const tcb = ctx.tcbs[receiver]!;
  const from = tcb.state;
  const fromIndex = tcb.stateIndex;
  const dropReason = arrive(ctx, receiver, tcb, segment);
  const name = ctx.names[receiver]!;
  const owed = tcb.debt && tcb.debt.line === segment.line ? tcb.debt.owed : undefined;
  const owes = OWES_SUFFIX[owedSlot(owed)]!;
  if (dropReason) {
    return { dropped: true, reason: dropReason, outcome: { key: 'outcome-dropped', args: { receiver: name, owes, reason: dropReason } } };
  }
  // Arrivals are values, and a capture repeats a handful of outcomes: each is made once per run and shared.
  const slot = ((receiver * TCP_STATES.length + fromIndex) * TCP_STATES.length + tcb.stateIndex) * OWED_SLOTS + owedSlot(owed);
  return (ctx.arrivals[slot] ??= {
    dropped: false,
    reason: undefined,
    outcome:
      from !== tcb.state
        ? { key: 'outcome-moves', args: { receiver: name, from, to: tcb.state, owes } }
        : { key: 'outcome-stays', args: { receiver: name, state: tcb.state, owes } },
  });
}

/** Returns the reason when the receiver drops the segment, undefined when it processes it. */
function arrive(ctx: Context, receiver: number, tcb: Tcb, segment: WireSegment): Phrase | undefined {
  switch (tcb.state) {
    case 'CLOSED':
      return arriveInClosed(ctx, receiver, tcb, segment);
    case 'LISTEN':
      return arriveInListen(ctx, receiver, tcb, segment);
    case 'SYN_SENT':
      return arriveInSynSent(ctx, receiver, tcb, segment);
    default:
      return arriveInOtherStates(ctx, receiver, tcb, segment);
  }
}

function owe(tcb: Tcb, owed: Owed, segment: WireSegment, answers?: Debt['answers']): void {
  // A SYN+ACK owed already acknowledges: a later ACK debt does not replace it.
  if (owed === 'ACK' && tcb.debt?.owed === 'SYN+ACK') return;
  tcb.debt = answers ? { owed, line: segment.line, answers } : { owed, line: segment.line };
}

/** The RST that answers a segment for which no connection exists (§3.10.7.1, §3.5.2). */
function oweResetFor(tcb: Tcb, segment: WireSegment): void {
  owe(tcb, 'RST', segment, { seq: segment.seq, ack: segment.ackFlag ? segment.ack : undefined, length: segmentLength(segment) });
}

/** §3.10.7.2 and §3.10.7.3 alike: "Set RCV.NXT to SEG.SEQ+1, IRS is set to SEG.SEQ". */
function receiveSyn(tcb: Tcb, segment: WireSegment): void {
  tcb.irs = segment.seq;
  tcb.rcvNxt = seqAdd(segment.seq, 1);
  tcb.rcvNxtReason = { key: 'num-syn', line: segment.line + 1 };
}

// ── §3.10.7.1 CLOSED ────────────────────────────────────────────────────
function arriveInClosed(_ctx: Context, _receiver: number, tcb: Tcb, segment: WireSegment): Phrase {
  if (segment.rst) return { key: 'drop-closed-rst' };
  oweResetFor(tcb, segment);
  return { key: 'drop-closed' };
}

// ── §3.10.7.2 LISTEN ────────────────────────────────────────────────────
function arriveInListen(ctx: Context, receiver: number, tcb: Tcb, segment: WireSegment): Phrase | undefined {
  // first, check for a RST: "An incoming RST segment could not be valid ... ignored"
  if (segment.rst) return { key: 'drop-listen-rst' };
  // second, check for an ACK: "Any acknowledgment is bad if it arrives on a connection still in the LISTEN state"
  if (segment.ackFlag) {
    oweResetFor(tcb, segment);
    return { key: 'drop-listen-ack', args: { ack: ctx.write(segment.ack ?? 0, receiver) } };
  }
  // third, check for a SYN: IRS and RCV.NXT are set; the ISS is chosen when the SYN+ACK is written.
  if (segment.syn) {
    receiveSyn(tcb, segment);
    tcb.passiveOpen = true;
    tcb.iss = undefined;
    tcb.sndUna = undefined;
    tcb.sndNxt = undefined;
    enterState(tcb, 'SYN_RCVD', segment.line);
    owe(tcb, 'SYN+ACK', segment);
    return undefined;
  }
  // fourth, other data or control: "drop the segment and return"
  return { key: 'drop-listen-other' };
}

// ── §3.10.7.3 SYN-SENT ──────────────────────────────────────────────────
function arriveInSynSent(ctx: Context, receiver: number, tcb: Tcb, segment: WireSegment): Phrase | undefined {
  const iss = tcb.iss ?? ctx.sndNxtOf(receiver);
  const sndNxt = tcb.sndNxt ?? seqAdd(iss, 1);
  // first, check the ACK bit: acceptable when ISS < SEG.ACK =< SND.NXT
  let ackAcceptable = false;
  if (segment.ackFlag) {
    const ack = segment.ack ?? sndNxt;
    ackAcceptable = seqLessThan(iss, ack) && seqDistance(ack, sndNxt) >= 0;
    if (!ackAcceptable) {
      if (segment.rst) return { key: 'drop-synsent-rst-bad-ack' };
      oweResetFor(tcb, segment);
      return { key: 'drop-synsent-bad-ack', args: { ack: ctx.write(ack, receiver), iss: ctx.write(iss, receiver), nxt: ctx.write(sndNxt, receiver) } };
    }
  }
  // second, check the RST bit: with an acceptable ACK the connection is refused (RFC 5961 §3.2 for SYN-SENT)
  if (segment.rst) {
    if (!ackAcceptable) return { key: 'drop-synsent-rst-no-ack' };
    resetTcb(tcb, 'CLOSED', segment.line);
    return undefined;
  }
  // fourth, check the SYN bit
  if (segment.syn) {
    receiveSyn(tcb, segment);
    if (segment.ackFlag && segment.ack !== undefined) tcb.sndUna = segment.ack;
    if (segment.win !== undefined) learnPeerWindow(tcb, segment);
    if (tcb.sndUna !== undefined && seqLessThan(iss, tcb.sndUna)) {
      // our SYN has been ACKed: ESTABLISHED, and the third segment of the handshake is owed
      enterState(tcb, 'ESTABLISHED', segment.line);
      owe(tcb, 'ACK', segment);
    } else {
      // simultaneous open (Figure 7): SYN-RECEIVED, owing <SEQ=ISS><ACK=RCV.NXT><CTL=SYN,ACK>
      tcb.passiveOpen = false;
      enterState(tcb, 'SYN_RCVD', segment.line);
      owe(tcb, 'SYN+ACK', segment);
    }
    return undefined;
  }
  // fifth, if neither of the SYN or RST bits is set, then drop the segment and return
  return { key: 'drop-synsent-other' };
}

// ── §3.10.7.4 Other states ──────────────────────────────────────────────
function arriveInOtherStates(ctx: Context, receiver: number, tcb: Tcb, original: WireSegment): Phrase | undefined {
  let segment = original;
  const peer = 1 - receiver;
  if (tcb.rcvNxt === undefined) {
    // RFC 5961 §4.2: a SYN is challenged whatever its sequence number, so it teaches nothing.
    if (segment.syn && tcb.state !== 'SYN_RCVD') {
      owe(tcb, 'ACK', segment);
      return { key: 'drop-syn-challenge' };
    }
    // declared in this state with numbers no line has shown: the first segment teaches RCV.NXT
    tcb.rcvNxt = segment.seq;
    tcb.rcvNxtReason = { key: 'num-learned', line: segment.line + 1 };
  }
  const rcvNxt = tcb.rcvNxt;

  // Figure 7 (and Linux): in SYN-RECEIVED, the peer's SYN+ACK repeats the SYN
  // we already have; it is taken for the ACK it carries, the old SYN trimmed.
  if (tcb.state === 'SYN_RCVD' && segment.syn && segment.ackFlag && tcb.irs !== undefined && segment.seq === tcb.irs) {
    segment = { ...segment, syn: false, seq: seqAdd(segment.seq, 1) };
  }

  // first, check sequence number: the four cases of the acceptability test
  const length = segmentLength(segment);
  const window = tcb.rcvWnd ?? UNBOUNDED_WINDOW;
  const windowEnd = seqAdd(rcvNxt, window);
  const acceptable =
    length === 0
      ? window === 0 ? segment.seq === rcvNxt : seqInWindow(segment.seq, rcvNxt, windowEnd)
      : window > 0 && (seqInWindow(segment.seq, rcvNxt, windowEnd) || seqInWindow(seqAdd(segment.seq, length - 1), rcvNxt, windowEnd));
  if (!acceptable) {
    if (segment.rst) return { key: 'drop-rst-outside', args: { seq: ctx.write(segment.seq, peer), expected: ctx.write(rcvNxt, peer) } };
    const duplicateSyn = tcb.state === 'SYN_RCVD' && segment.syn && segment.seq === tcb.irs;
    owe(tcb, duplicateSyn ? 'SYN+ACK' : 'ACK', segment);
    if (duplicateSyn) return { key: 'drop-duplicate-syn' };
    const old = seqDistance(seqAdd(segment.seq, length), rcvNxt) >= 0;
    return { key: old ? 'drop-old-duplicate' : 'drop-unacceptable', args: { seq: ctx.write(segment.seq, peer), expected: ctx.write(rcvNxt, peer) } };
  }
  // Only the new part of a segment that straddles RCV.NXT is processed.
  const trimmed = Math.max(0, seqDistance(segment.seq, rcvNxt));
  if (trimmed > 0) {
    const synTrim = segment.syn ? 1 : 0;
    segment = { ...segment, syn: false, seq: rcvNxt, len: Math.max(0, segment.len - (trimmed - synTrim)) };
  }

  // second, check the RST bit (RFC 5961 §3.2: only an exact match resets)
  if (segment.rst) {
    if (segment.seq !== rcvNxt) {
      owe(tcb, 'ACK', segment);
      return { key: 'drop-rst-challenge', args: { seq: ctx.write(segment.seq, peer), expected: ctx.write(rcvNxt, peer) } };
    }
    resetTcb(tcb, tcb.state === 'SYN_RCVD' && tcb.passiveOpen ? 'LISTEN' : 'CLOSED', segment.line);
    return undefined;
  }

  // fourth, check the SYN bit
  if (segment.syn) {
    if (tcb.state === 'SYN_RCVD' && tcb.passiveOpen) {
      resetTcb(tcb, 'LISTEN', segment.line);
      return undefined;
    }
    // RFC 5961 §4.2: a SYN in a synchronized state is answered by a challenge ACK
    owe(tcb, 'ACK', segment);
    return { key: 'drop-syn-challenge' };
  }

  // fifth, check the ACK field
  if (!segment.ackFlag || segment.ack === undefined) return { key: 'drop-no-ack' };
  const ack = segment.ack;
  if (tcb.sndNxt === undefined && tcb.state !== 'SYN_RCVD') {
    tcb.sndNxt = ack;
    tcb.sndUna = ack;
    tcb.sndNxtReason = { key: 'num-learned', line: segment.line + 1 };
  }
  if (tcb.state === 'SYN_RCVD') {
    const una = tcb.sndUna;
    const nxt = tcb.sndNxt;
    if (una === undefined || nxt === undefined || tcb.iss === undefined || tcb.sndNxt === tcb.iss || !(seqLessThan(una, ack) && seqDistance(ack, nxt) >= 0)) {
      oweResetFor(tcb, segment);
      return { key: 'drop-synrcvd-bad-ack', args: { ack: ctx.write(ack, receiver) } };
    }
    enterState(tcb, 'ESTABLISHED', segment.line);
  }
  const sndNxt = tcb.sndNxt!;
  if (seqLessThan(sndNxt, ack)) {
    // "If the ACK acks something not yet sent (SEG.ACK > SND.NXT), then send an ACK, drop the segment, and return."
    owe(tcb, 'ACK', segment);
    return { key: 'drop-ack-unsent', args: { ack: ctx.write(ack, receiver), nxt: ctx.write(sndNxt, receiver) } };
  }
  if (tcb.sndUna === undefined || seqLessThan(tcb.sndUna, ack)) tcb.sndUna = ack;
  if (segment.win !== undefined) learnPeerWindow(tcb, segment);
  const finAcked = tcb.finSeq !== undefined && seqLessThan(tcb.finSeq, tcb.sndUna);
  switch (tcb.state) {
    case 'FIN_WAIT_1':
      if (finAcked) enterState(tcb, 'FIN_WAIT_2', segment.line);
      break;
    case 'CLOSING':
      if (finAcked) enterState(tcb, 'TIME_WAIT', segment.line);
      break;
    case 'LAST_ACK':
      if (finAcked) {
        resetTcb(tcb, 'CLOSED', segment.line);
        return undefined;
      }
      break;
    default:
      break;
  }

  // seventh, process the segment text; eighth, check the FIN bit
  receiveText(tcb, segment);
  return undefined;
}

/** §3.10.7.4 seventh and eighth: data and FIN in sequence, holding what arrives beyond a gap. */
function receiveText(tcb: Tcb, segment: WireSegment): void {
  if (segment.len === 0 && !segment.fin) return;
  const acceptsText = tcb.state === 'ESTABLISHED' || tcb.state === 'FIN_WAIT_1' || tcb.state === 'FIN_WAIT_2';
  const rcvNxt = tcb.rcvNxt!;
  if (segment.seq !== rcvNxt) {
    if (acceptsText) tcb.held.push({ seq: segment.seq, length: segment.len, fin: segment.fin, line: segment.line });
    owe(tcb, 'ACK', segment); // a duplicate ACK tells the sender where the gap is
    return;
  }
  if (acceptsText && segment.len > 0) {
    tcb.rcvNxt = seqAdd(rcvNxt, segment.len);
    tcb.rcvNxtReason = { key: 'num-bytes', line: segment.line + 1, len: segment.len };
  }
  if (segment.fin) receiveFin(tcb, segment.line);
  owe(tcb, 'ACK', segment);
  absorbHeld(tcb, segment);
}

/** §3.10.7.4 eighth: "If the FIN bit is set, ... advance RCV.NXT over the FIN". */
function receiveFin(tcb: Tcb, line: number): void {
  tcb.rcvNxt = seqAdd(tcb.rcvNxt!, 1);
  tcb.rcvNxtReason = { key: 'num-fin', line: line + 1 };
  const finAcked = tcb.finSeq !== undefined && tcb.sndUna !== undefined && seqLessThan(tcb.finSeq, tcb.sndUna);
  switch (tcb.state) {
    case 'SYN_RCVD':
    case 'ESTABLISHED':
      enterState(tcb, 'CLOSE_WAIT', line);
      break;
    case 'FIN_WAIT_1':
      enterState(tcb, finAcked ? 'TIME_WAIT' : 'CLOSING', line);
      break;
    case 'FIN_WAIT_2':
      enterState(tcb, 'TIME_WAIT', line);
      break;
    default:
      // CLOSE_WAIT, CLOSING, LAST_ACK remain; TIME_WAIT restarts its 2MSL timeout
      break;
  }
}

/** Segments held beyond a gap are processed once the gap is filled. */
function absorbHeld(tcb: Tcb, segment: WireSegment): void {
  let progressed = true;
  while (progressed && tcb.held.length > 0) {
    progressed = false;
    for (let i = 0; i < tcb.held.length; i++) {
      const held = tcb.held[i]!;
      const end = seqAdd(held.seq, held.length);
      const rcvNxt = tcb.rcvNxt!;
      if (seqDistance(held.seq, rcvNxt) < 0) continue; // still beyond the gap
      tcb.held.splice(i, 1);
      progressed = true;
      if (seqLessThan(rcvNxt, end)) {
        tcb.rcvNxt = end;
        tcb.rcvNxtReason = { key: 'num-bytes', line: held.line + 1, len: held.length };
      }
      if (held.fin && tcb.rcvNxt === end) receiveFin(tcb, segment.line);
      break;
    }
  }
}

/** SND.WND and the ack it is measured from (§3.10.7.4 fifth, window update). */
function learnPeerWindow(tcb: Tcb, segment: WireSegment): void {
  tcb.sndWnd = segment.win;
  tcb.sndWndBase = segment.ack;
  tcb.sndWndLine = segment.line;
}
