/**
 * Ready-made flows that leave endpoint A in a given state, with B as the
 * peer: one per state of RFC 9293 §3.3.2, so that a test can append one
 * line and look at what it does. Symbols x (A's ISS) and y (B's ISS) are bound.
 */
import type { TcpState } from '../../src/core/index';

const HANDSHAKE = `client A
server B
A -> B: SYN seq=x
B -> A: SYN, ACK seq=y ack=x+1
A -> B: ACK seq=x+1 ack=y+1
`;

export const A_IN_STATE: Readonly<Record<TcpState, string>> = {
  CLOSED: `client A
server B
`,
  LISTEN: `server A
client B
`,
  SYN_SENT: `client A
server B
A -> B: SYN seq=x
`,
  // Passive side: B's SYN arrived, A owes its SYN+ACK.
  SYN_RCVD: `server A
client B
B -> A: SYN seq=y
`,
  ESTABLISHED: HANDSHAKE,
  FIN_WAIT_1: `${HANDSHAKE}A -> B: FIN, ACK seq=x+1 ack=y+1
`,
  FIN_WAIT_2: `${HANDSHAKE}A -> B: FIN, ACK seq=x+1 ack=y+1
B -> A: ACK seq=y+1 ack=x+2
`,
  CLOSING: `${HANDSHAKE}A ~> B: FIN, ACK seq=x+1 ack=y+1 as fin_a
B -> A: FIN, ACK seq=y+1 ack=x+1
`,
  CLOSE_WAIT: `${HANDSHAKE}B -> A: FIN, ACK seq=y+1 ack=x+1
A -> B: ACK seq=x+1 ack=y+2
`,
  LAST_ACK: `${HANDSHAKE}B -> A: FIN, ACK seq=y+1 ack=x+1
A -> B: FIN, ACK seq=x+1 ack=y+2
`,
  TIME_WAIT: `${HANDSHAKE}A -> B: FIN, ACK seq=x+1 ack=y+1
B -> A: ACK seq=y+1 ack=x+2
B -> A: FIN, ACK seq=y+1 ack=x+2
`,
};

/** The number of lines of a prefix, i.e. the 0-based line an appended statement lands on. */
export function nextLine(prefix: string): number {
  return prefix.split('\n').length - 1;
}
