/**
 * The eleven connection states of RFC 9293 §3.3.2. The language writes them
 * with underscores, as netstat and textbooks do (SYN_RCVD), and also accepts
 * the RFC's own spelling (SYN-RECEIVED).
 */
export const TCP_STATES = [
  'CLOSED',
  'LISTEN',
  'SYN_SENT',
  'SYN_RCVD',
  'ESTABLISHED',
  'FIN_WAIT_1',
  'FIN_WAIT_2',
  'CLOSE_WAIT',
  'CLOSING',
  'LAST_ACK',
  'TIME_WAIT',
] as const;

export type TcpState = (typeof TCP_STATES)[number];

const ALIASES: ReadonlyMap<string, TcpState> = new Map<string, TcpState>([
  ...TCP_STATES.map((s) => [s, s] as const),
  ...TCP_STATES.map((s) => [s.replace(/_/g, '-'), s] as const),
  ['SYN_RECEIVED', 'SYN_RCVD'],
  ['SYN-RECEIVED', 'SYN_RCVD'],
  ['FIN_WAIT1', 'FIN_WAIT_1'],
  ['FIN_WAIT2', 'FIN_WAIT_2'],
  ['FIN-WAIT1', 'FIN_WAIT_1'],
  ['FIN-WAIT2', 'FIN_WAIT_2'],
]);

const INDEX_OF: ReadonlyMap<TcpState, number> = new Map(TCP_STATES.map((s, i) => [s, i]));

/** The state's place in TCP_STATES, for tables indexed by state. */
export function stateIndex(state: TcpState): number {
  return INDEX_OF.get(state)!;
}

/** The state a word names, case-insensitively, or undefined. */
export function stateNamed(word: string): TcpState | undefined {
  return ALIASES.get(word.toUpperCase());
}

/**
 * RFC 9293 §3.3.2: "synchronized" states are those after the handshake has
 * exchanged both ISNs; the §3.10.7.4 checks and the RFC 5961 reactions apply there.
 */
export const SYNCHRONIZED_STATES: ReadonlySet<TcpState> = new Set<TcpState>([
  'ESTABLISHED',
  'FIN_WAIT_1',
  'FIN_WAIT_2',
  'CLOSE_WAIT',
  'CLOSING',
  'LAST_ACK',
  'TIME_WAIT',
]);

export function isSynchronized(state: TcpState): boolean {
  return SYNCHRONIZED_STATES.has(state);
}
