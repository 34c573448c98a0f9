/**
 * The Transmission Control Block of one endpoint (RFC 9293 §3.3.1), with
 * what the language adds: what the endpoint owes its peer, what its
 * application asked for, and which line put it where it is.
 *
 * Numbers are `undefined` until known: an endpoint declared in ESTABLISHED
 * has numbers that no line has shown yet, and learns them on first sight.
 */
import { stateIndex, type TcpState } from '../tcp/states';
import type { Owed } from '../analysis/model';
import type { Phrase } from '../diagnostics/diagnostic';

/**
 * Why a number has the value it has, for messages ("the SYN at line 3 takes
 * one sequence number"): `line` is 1-based, `len` the bytes that moved it.
 * Every segment moves SND.NXT and RCV.NXT and few messages cite why, so a
 * reason is kept as one small record and made a phrase (reasonPhrase) only
 * for a message.
 */
export interface Reason {
  readonly key: 'num-syn' | 'num-fin' | 'num-bytes' | 'num-learned';
  readonly line: number;
  readonly len?: number;
}

/** The phrase a message cites for a reason, kept as a Reason or made as a phrase where it is reported. */
export function reasonPhrase(reason: Reason | Phrase): Phrase {
  if (!('line' in reason)) return reason;
  const { key, line, len } = reason;
  return { key, args: len === undefined ? { line } : { line, len } };
}

export interface Debt {
  readonly owed: Owed;
  /** The line whose segment must be answered. */
  readonly line: number;
  /** For a RST: the numbers of the segment it answers (RFC 9293 §3.10.7.1–3). */
  readonly answers?: { readonly seq: number; readonly ack?: number; readonly length: number };
}

/** An application call that decides what the endpoint's next segment must be. */
export interface PendingCall {
  readonly call: 'connect' | 'close' | 'abort';
  readonly line: number;
}

/** A segment that arrived beyond RCV.NXT and waits for the gap to fill (§3.10.7.4, "held for later processing"). */
export interface HeldSegment {
  readonly seq: number;
  readonly length: number;
  readonly fin: boolean;
  readonly line: number;
}

export interface Tcb {
  /** Changed by enterState alone, which keeps stateIndex with it. */
  readonly state: TcpState;
  /** The state's place in TCP_STATES, for the tables indexed by state (snapshots, outcomes). */
  readonly stateIndex: number;
  /** The line whose event put the endpoint in `state` (related information). */
  stateLine: number | undefined;
  /** True when SYN_RCVD was entered from LISTEN (a RST then returns it to LISTEN, §3.10.7.4). */
  passiveOpen: boolean;
  iss: number | undefined;
  /** Whether it has sent its SYN+ACK (a later one is a retransmission). */
  synAckSent: boolean;
  irs: number | undefined;
  sndUna: number | undefined;
  sndNxt: number | undefined;
  /** Why SND.NXT is what it is. */
  sndNxtReason: Reason | undefined;
  /** The sequence number the FIN we sent occupies. */
  finSeq: number | undefined;
  finLine: number | undefined;
  rcvNxt: number | undefined;
  rcvNxtReason: Reason | undefined;
  /** The window this endpoint advertised last (`win=`), undefined when never given. */
  rcvWnd: number | undefined;
  rcvWndLine: number | undefined;
  /** The peer's window as last learnt, and the ack it was measured from (SND.WND, SND.WL2). */
  sndWnd: number | undefined;
  sndWndBase: number | undefined;
  sndWndLine: number | undefined;
  debt: Debt | undefined;
  pending: PendingCall | undefined;
  held: HeldSegment[];
}

export function newTcb(state: TcpState, passiveOpen: boolean): Tcb {
  return {
    state,
    stateIndex: stateIndex(state),
    stateLine: undefined,
    passiveOpen,
    iss: undefined,
    synAckSent: false,
    irs: undefined,
    sndUna: undefined,
    sndNxt: undefined,
    sndNxtReason: undefined,
    finSeq: undefined,
    finLine: undefined,
    rcvNxt: undefined,
    rcvNxtReason: undefined,
    rcvWnd: undefined,
    rcvWndLine: undefined,
    sndWnd: undefined,
    sndWndBase: undefined,
    sndWndLine: undefined,
    debt: undefined,
    pending: undefined,
    held: [],
  };
}

/** An independent copy (every field but `held` is a value or never changed in place). */
export function copyTcb(tcb: Tcb): Tcb {
  return { ...tcb, held: [...tcb.held] };
}

/** The endpoint enters `state` because of line `line`: every transition goes through here. */
export function enterState(tcb: Tcb, state: TcpState, line: number): void {
  const entering = tcb as { state: TcpState; stateIndex: number };
  entering.state = state;
  entering.stateIndex = stateIndex(state);
  tcb.stateLine = line;
}

/** RFC 9293 §3.10.7: "delete the TCB" and, for a passive socket, "return to LISTEN". */
export function resetTcb(tcb: Tcb, state: 'CLOSED' | 'LISTEN', line: number): void {
  Object.assign(tcb, newTcb(state, state === 'LISTEN'));
  tcb.stateLine = line;
}
