/**
 * The user calls of RFC 9293 §3.10.1–§3.10.5 and the TIME-WAIT timeout of
 * §3.10.8, as the spec's table of actions writes them.
 */
import type { ActionStatement } from '../syntax/ast';
import type { Phrase } from '../diagnostics/diagnostic';
import type { Context } from './context';
import { enterState, resetTcb } from './tcb';

type Verdict = { readonly allowed: true } | { readonly allowed: false; readonly reason: Phrase };

const ALLOWED: Verdict = { allowed: true };

export function performAction(ctx: Context, endpoint: number, statement: ActionStatement): void {
  const tcb = ctx.tcbs[endpoint]!;
  const line = statement.line;
  const action = statement.action.value;
  let verdict: Verdict;
  switch (action) {
    case 'listen':
      verdict = listen(ctx, endpoint, line);
      break;
    case 'connect':
      verdict = connect(ctx, endpoint, line);
      break;
    case 'close':
      verdict = close(ctx, endpoint, line);
      break;
    case 'abort':
      verdict = abort(ctx, endpoint, line);
      break;
    case 'timeout':
      verdict = timeout(ctx, endpoint, line);
      break;
  }
  if (!verdict.allowed) {
    ctx.report(
      'action-not-allowed',
      statement.action.range,
      { name: ctx.names[endpoint]!, action, state: tcb.state, reason: verdict.reason },
      tcb.stateLine !== undefined
        ? { related: [{ range: ctx.rangeOfLine(tcb.stateLine), message: { key: 'related-put-in-state', args: { name: ctx.names[endpoint]!, state: tcb.state } } }] }
        : {},
    );
  }
}

/** §3.10.1 OPEN, passive: CLOSED → LISTEN. */
function listen(ctx: Context, endpoint: number, line: number): Verdict {
  const tcb = ctx.tcbs[endpoint]!;
  if (tcb.state !== 'CLOSED') return { allowed: false, reason: { key: 'why-listen-from-closed' } };
  resetTcb(tcb, 'LISTEN', line);
  return ALLOWED;
}

/** §3.10.1 OPEN, active: the SYN it sends next moves it to SYN_SENT. */
function connect(ctx: Context, endpoint: number, line: number): Verdict {
  const tcb = ctx.tcbs[endpoint]!;
  if (tcb.state !== 'CLOSED' && tcb.state !== 'LISTEN') return { allowed: false, reason: { key: 'why-connect-states' } };
  tcb.pending = { call: 'connect', line };
  return ALLOWED;
}

/**
 * §3.10.4 CLOSE: LISTEN and SYN_SENT delete the TCB at once; states that can
 * still send queue a FIN (the next segment); the others are already closing.
 */
function close(ctx: Context, endpoint: number, line: number): Verdict {
  const tcb = ctx.tcbs[endpoint]!;
  switch (tcb.state) {
    case 'LISTEN':
    case 'SYN_SENT':
      resetTcb(tcb, 'CLOSED', line);
      break;
    case 'SYN_RCVD':
    case 'ESTABLISHED':
    case 'CLOSE_WAIT':
      tcb.pending = { call: 'close', line };
      break;
    default:
      // CLOSED ("connection does not exist") and the closing states
      // ("connection closing"): the spec allows close anywhere, with no effect.
      break;
  }
  return ALLOWED;
}

/**
 * §3.10.5 ABORT: the endpoint goes to CLOSED at once; in SYN_RCVD and the
 * synchronized states it owes its peer a RST <SEQ=SND.NXT>, so the old
 * numbers are kept until that RST is sent.
 */
function abort(ctx: Context, endpoint: number, line: number): Verdict {
  const tcb = ctx.tcbs[endpoint]!;
  const from = tcb.state;
  if (from === 'CLOSED' || from === 'LISTEN' || from === 'SYN_SENT') {
    resetTcb(tcb, 'CLOSED', line);
    return ALLOWED;
  }
  enterState(tcb, 'CLOSED', line);
  tcb.held = [];
  tcb.pending = { call: 'abort', line };
  tcb.debt = { owed: 'RST', line };
  return ALLOWED;
}

/** §3.10.8: when the 2MSL time-wait timeout expires, delete the TCB. */
function timeout(ctx: Context, endpoint: number, line: number): Verdict {
  const tcb = ctx.tcbs[endpoint]!;
  if (tcb.state !== 'TIME_WAIT') return { allowed: false, reason: { key: 'why-timeout-time-wait' } };
  resetTcb(tcb, 'CLOSED', line);
  return ALLOWED;
}
