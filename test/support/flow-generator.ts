/**
 * Generates legal .tcpflow exchanges by driving two endpoints through a
 * connection's life: an opening, data both ways (with losses, crossings and
 * retransmissions), and a closing. It keeps its own sequence numbers, apart
 * from the validator, so that it is an independent oracle: what it emits is
 * legal by construction, and each `ack=` it writes is the one TCP requires.
 */

export type Opening = 'handshake' | 'simultaneous' | 'piggyback';
export type Closing = 'normal' | 'fin-ack-shortcut' | 'simultaneous' | 'server-first' | 'none';
export type DataStep =
  | { readonly kind: 'data'; readonly from: 0 | 1; readonly len: number }
  | { readonly kind: 'lost-then-retransmitted'; readonly from: 0 | 1; readonly len: number }
  | { readonly kind: 'crossing'; readonly len: number; readonly otherLen: number };

export interface FlowPlan {
  readonly symbolic: boolean;
  readonly iss: readonly [number, number];
  readonly opening: Opening;
  readonly steps: readonly DataStep[];
  readonly closing: Closing;
}

/** One generated line; `ack` is set on segment lines that carry an acknowledgement. */
export interface FlowLine {
  readonly sender?: 0 | 1;
  readonly ack?: number;
  readonly render: (ackOverride?: number) => string;
}

export interface GeneratedFlow {
  readonly lines: readonly FlowLine[];
  readonly text: string;
  readonly finalStates: readonly [string, string];
}

const NAMES = ['A', 'B'] as const;
const SYMBOLS = ['x', 'y'] as const;
const MOD = 2 ** 32;
const add = (a: number, b: number) => (((a + b) % MOD) + MOD) % MOD;

export function generateFlow(plan: FlowPlan): GeneratedFlow {
  const lines: FlowLine[] = [];
  // nxt[i]: endpoint i's SND.NXT; rcv[i]: endpoint i's RCV.NXT.
  const nxt = [plan.iss[0], plan.iss[1]];
  const rcv = [0, 0];
  const iss = plan.iss;
  let label = 0;

  const write = (value: number, space: 0 | 1): string => {
    if (!plan.symbolic) return String(value);
    const offset = add(value, -iss[space]);
    return offset === 0 ? SYMBOLS[space] : `${SYMBOLS[space]}+${offset}`;
  };
  const segmentText = (from: 0 | 1, flags: string, seq: number, ack: number | undefined, len: number) =>
    `${flags} seq=${write(seq, from)}${ack === undefined ? '' : ` ack=${write(ack, (1 - from) as 0 | 1)}`}${len ? ` len=${len}` : ''}`;
  const push = (from: 0 | 1, arrow: string, flags: string, seq: number, ack: number | undefined, len: number, suffix = '') => {
    lines.push({
      sender: from,
      ...(ack === undefined ? {} : { ack }),
      render: (ackOverride) => `${NAMES[from]} ${arrow} ${NAMES[1 - from]}: ${segmentText(from, flags, seq, ackOverride ?? ack, len)}${suffix}`,
    });
  };
  const plain = (text: string) => lines.push({ render: () => text });

  plain('client A');
  plain('server B');

  // ── opening ──
  if (plan.opening === 'simultaneous') {
    plain('B: connect');
    const l1 = `s${label++}`;
    push(0, '~>', 'SYN', nxt[0]!, undefined, 0, ` as ${l1}`);
    push(1, '->', 'SYN', nxt[1]!, undefined, 0);
    plain(`deliver ${l1}`);
    nxt[0] = add(nxt[0]!, 1);
    nxt[1] = add(nxt[1]!, 1);
    rcv[0] = nxt[1]!;
    rcv[1] = nxt[0]!;
    const l2 = `s${label++}`;
    push(0, '~>', 'SYN, ACK', iss[0], rcv[0], 0, ` as ${l2}`);
    push(1, '->', 'SYN, ACK', iss[1], rcv[1], 0);
    plain(`deliver ${l2}`);
  } else {
    push(0, '->', 'SYN', nxt[0]!, undefined, 0);
    nxt[0] = add(nxt[0]!, 1);
    rcv[1] = nxt[0]!;
    push(1, '->', 'SYN, ACK', nxt[1]!, rcv[1], 0);
    nxt[1] = add(nxt[1]!, 1);
    rcv[0] = nxt[1]!;
    if (plan.opening === 'piggyback') {
      push(0, '->', 'ACK, PSH', nxt[0]!, rcv[0], 10);
      nxt[0] = add(nxt[0]!, 10);
      rcv[1] = nxt[0]!;
      push(1, '->', 'ACK', nxt[1]!, rcv[1], 0);
    } else {
      push(0, '->', 'ACK', nxt[0]!, rcv[0], 0);
    }
  }

  // ── data ──
  for (const step of plan.steps) {
    if (step.kind === 'crossing') {
      const l = `d${label++}`;
      push(0, '~>', 'ACK, PSH', nxt[0]!, rcv[0], step.len, ` as ${l}`);
      const aSent = nxt[0]!;
      nxt[0] = add(nxt[0]!, step.len);
      push(1, '->', 'ACK, PSH', nxt[1]!, rcv[1], step.otherLen);
      nxt[1] = add(nxt[1]!, step.otherLen);
      rcv[0] = nxt[1]!;
      plain(`deliver ${l}`);
      void aSent;
      rcv[1] = nxt[0]!;
      push(0, '->', 'ACK', nxt[0]!, rcv[0], 0);
      push(1, '->', 'ACK', nxt[1]!, rcv[1], 0);
      continue;
    }
    const from = step.from;
    const to = (1 - from) as 0 | 1;
    const seq = nxt[from]!;
    if (step.kind === 'lost-then-retransmitted') push(from, '-x', 'ACK, PSH', seq, rcv[from], step.len);
    push(from, '->', 'ACK, PSH', seq, rcv[from], step.len);
    nxt[from] = add(seq, step.len);
    rcv[to] = nxt[from]!;
    push(to, '->', 'ACK', nxt[to]!, rcv[to], 0);
  }

  // ── closing ──
  let finalStates: [string, string] = ['ESTABLISHED', 'ESTABLISHED'];
  const fin = (from: 0 | 1, arrow = '->', suffix = '') => {
    push(from, arrow, 'FIN, ACK', nxt[from]!, rcv[from], 0, suffix);
    nxt[from] = add(nxt[from]!, 1);
  };
  const ack = (from: 0 | 1) => push(from, '->', 'ACK', nxt[from]!, rcv[from], 0);
  switch (plan.closing) {
    case 'none':
      break;
    case 'normal':
    case 'server-first': {
      const first = (plan.closing === 'normal' ? 0 : 1) as 0 | 1;
      const second = (1 - first) as 0 | 1;
      plain(`${NAMES[first]}: close`);
      fin(first);
      rcv[second] = nxt[first]!;
      ack(second);
      plain(`${NAMES[first]}: FIN_WAIT_2`);
      plain(`${NAMES[second]}: CLOSE_WAIT`);
      fin(second);
      rcv[first] = nxt[second]!;
      ack(first);
      plain(`${NAMES[first]}: timeout`);
      finalStates = ['CLOSED', 'CLOSED'];
      break;
    }
    case 'fin-ack-shortcut': {
      fin(0);
      rcv[1] = nxt[0]!;
      fin(1); // B's FIN also acknowledges A's: FIN_WAIT_1 straight to TIME_WAIT
      rcv[0] = nxt[1]!;
      plain('A: TIME_WAIT');
      ack(0);
      plain('B: CLOSED');
      finalStates = ['TIME_WAIT', 'CLOSED'];
      break;
    }
    case 'simultaneous': {
      const l = `f${label++}`;
      fin(0, '~>', ` as ${l}`);
      fin(1);
      rcv[0] = nxt[1]!;
      plain('A: CLOSING');
      plain(`deliver ${l}`);
      rcv[1] = nxt[0]!;
      plain('B: CLOSING');
      ack(0);
      ack(1);
      plain('A: TIME_WAIT');
      plain('B: TIME_WAIT');
      finalStates = ['TIME_WAIT', 'TIME_WAIT'];
      break;
    }
  }
  const text = lines.map((l) => l.render()).join('\n') + '\n';
  return { lines, text, finalStates };
}

/** The same flow with one line's ack replaced. */
export function withAck(flow: GeneratedFlow, lineIndex: number, ack: number): string {
  return flow.lines.map((l, i) => (i === lineIndex ? l.render(ack) : l.render())).join('\n') + '\n';
}

/** A long legal flow of about `segments` segments, for benchmarks. */
export function longFlow(segments: number, symbolic = true): GeneratedFlow {
  const steps: DataStep[] = [];
  for (let i = 0; steps.length * 2 + 8 < segments; i++) steps.push({ kind: 'data', from: (i % 2) as 0 | 1, len: 100 + (i % 1000) });
  return generateFlow({ symbolic, iss: [1000, 5000], opening: 'handshake', steps, closing: 'normal' });
}
