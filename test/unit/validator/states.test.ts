// The state machine, grouped by state: each arc of RFC 9293 Figure 5
// entered and left from a ready-made endpoint in that state.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { TCP_STATES } from '../../../src/core/index';
import { A_IN_STATE, nextLine } from '../../support/endpoint-in-state';
import { errors, legal, reports, statesAfter } from './helpers';
import { analyze } from '../../../src/core/index';

describe('every ready-made state is reached legally', () => {
  for (const state of TCP_STATES) {
    test(state, () => {
      const prefix = A_IN_STATE[state];
      const text = `${prefix}A: ${state}\n`;
      legal(text);
    });
  }
});

function step(prefix: string, line: string): { analysis: ReturnType<typeof legal>; at: number } {
  const at = nextLine(prefix);
  return { analysis: legal(`${prefix}${line}\n`), at };
}

describe('CLOSED', () => {
  const p = A_IN_STATE.CLOSED;
  test('passive OPEN: CLOSED → LISTEN', () => {
    const { analysis, at } = step(p, 'A: listen');
    assert.deepEqual(statesAfter(analysis, at), ['LISTEN', 'LISTEN']);
  });
  test('active OPEN, snd SYN: CLOSED → SYN_SENT', () => {
    const { analysis, at } = step(p, 'A -> B: SYN seq=x');
    assert.deepEqual(statesAfter(analysis, at), ['SYN_SENT', 'SYN_RCVD']);
  });
  test('sends nothing but SYN or RST', () => {
    reports(`${p}A -> B: ACK seq=1 ack=1\n`, nextLine(p), 'cannot-send');
    reports(`${p}A -> B: FIN seq=1\n`, nextLine(p), 'cannot-send');
  });
  test('a segment to a CLOSED port is answered by <SEQ=SEG.ACK><CTL=RST> (§3.10.7.1)', () => {
    const q = `client A\nserver B CLOSED\nA -> B: SYN seq=100\n`;
    reports(q, 2, 'dropped');
    legal(`${q}B -> A: RST, ACK seq=0 ack=101\nA: CLOSED\n`);
    reports(`${q}B -> A: RST, ACK seq=0 ack=102\n`, 3, 'ack-too-high');
    reports(`${q}B -> A: RST, ACK seq=5 ack=101\n`, 3, 'wrong-seq');
  });
  test('timeout only in TIME_WAIT', () => {
    reports(`${p}A: timeout\n`, nextLine(p), 'action-not-allowed');
  });
});

describe('LISTEN', () => {
  const p = A_IN_STATE.LISTEN;
  test('rcv SYN, snd SYN+ACK: LISTEN → SYN_RCVD', () => {
    const { analysis, at } = step(p, 'B -> A: SYN seq=y');
    assert.deepEqual(statesAfter(analysis, at), ['SYN_RCVD', 'SYN_SENT']);
    assert.equal(analysis.steps.at(-1)!.after[0]!.owes, 'SYN+ACK');
  });
  test('SEND, snd SYN: LISTEN → SYN_SENT', () => {
    const { analysis, at } = step(p, 'A -> B: SYN seq=x');
    assert.equal(statesAfter(analysis, at)[0], 'SYN_SENT');
  });
  test('CLOSE: LISTEN → CLOSED', () => {
    const { analysis, at } = step(p, 'A: close');
    assert.equal(statesAfter(analysis, at)[0], 'CLOSED');
  });
  test('an ACK in LISTEN is answered by a RST and changes nothing', () => {
    const q = `server A\nclient B ESTABLISHED\nB -> A: ACK seq=5 ack=77\n`;
    const d = reports(q, 2, 'dropped');
    assert.deepEqual(d.tags, ['unnecessary']);
    legal(`${q}A -> B: RST seq=77\nA: LISTEN\n`);
  });
  test('LISTEN sends nothing but a SYN or an owed RST', () => {
    reports(`${p}A -> B: ACK seq=1 ack=1\n`, nextLine(p), 'cannot-send');
    reports(`${p}A -> B: RST seq=1\n`, nextLine(p), 'cannot-send');
  });
});

describe('SYN_SENT', () => {
  const p = A_IN_STATE.SYN_SENT;
  test('rcv SYN+ACK, snd ACK: SYN_SENT → ESTABLISHED', () => {
    const { analysis, at } = step(p, 'B -> A: SYN, ACK seq=y ack=x+1');
    assert.deepEqual(statesAfter(analysis, at), ['ESTABLISHED', 'SYN_RCVD']);
    assert.equal(analysis.steps.at(-1)!.after[0]!.owes, 'ACK');
  });
  test('rcv SYN (simultaneous open): SYN_SENT → SYN_RCVD', () => {
    const q = `client A\nclient B\nA ~> B: SYN seq=x as s\n`;
    const { analysis, at } = step(q, 'B -> A: SYN seq=y');
    assert.deepEqual(statesAfter(analysis, at), ['SYN_RCVD', 'SYN_SENT']);
  });
  test('CLOSE: SYN_SENT → CLOSED', () => {
    const { analysis, at } = step(p, 'A: close');
    assert.equal(statesAfter(analysis, at)[0], 'CLOSED');
  });
  test('a SYN+ACK that does not acknowledge the SYN is answered by a RST (§3.10.7.3)', () => {
    reports(`${p}B -> A: SYN, ACK seq=y ack=x+7\n`, nextLine(p), 'ack-too-high');
  });
  test('a SYN+ACK that acknowledges less than the SYN is an error, not a stale ACK', () => {
    const d = reports(`${p}B -> A: SYN, ACK seq=y ack=x\n`, nextLine(p), 'syn-not-acknowledged');
    assert.equal(d.severity, 'error');
    assert.equal(d.fixes![0]!.edits[0]!.newText, 'x+1');
    // judged with the right ack, A is ESTABLISHED: its ACK is not a second error
    const analysis = analyze(`${p}B -> A: SYN, ACK seq=y ack=x\nA -> B: ACK seq=x+1 ack=y+1\n`);
    assert.deepEqual(errors(analysis).map((e) => e.code), ['syn-not-acknowledged']);
  });
  test('a repeated SYN must carry the same ISS', () => {
    reports(`${p}A -> B: SYN seq=x\n`, nextLine(p), 'retransmission');
    reports(`${p}A -> B: SYN seq=x+5\n`, nextLine(p), 'wrong-seq');
  });
  test('cannot acknowledge before anything arrived', () => {
    reports(`${p}A -> B: ACK seq=x+1 ack=1\n`, nextLine(p), 'cannot-send');
  });
  test('a RST with an acceptable ACK refuses the connection: SYN_SENT → CLOSED', () => {
    const q = `client A\nserver B CLOSED\nA -> B: SYN seq=100\nB -> A: RST, ACK seq=0 ack=101\n`;
    const analysis = legal(`${q}A: CLOSED\n`);
    assert.equal(statesAfter(analysis, 3)[0], 'CLOSED');
  });
});

describe('SYN_RCVD', () => {
  const p = A_IN_STATE.SYN_RCVD;
  test('snd SYN+ACK, rcv ACK of SYN: SYN_RCVD → ESTABLISHED', () => {
    const q = `${p}A -> B: SYN, ACK seq=x ack=y+1\n`;
    const { analysis, at } = step(q, 'B -> A: ACK seq=y+1 ack=x+1');
    assert.deepEqual(statesAfter(analysis, at), ['ESTABLISHED', 'ESTABLISHED']);
  });
  test('the SYN+ACK is owed before anything else', () => {
    reports(`${p}A -> B: ACK seq=1 ack=y+1\n`, nextLine(p), 'owed-first');
  });
  test('CLOSE, snd FIN: SYN_RCVD → FIN_WAIT_1', () => {
    const q = `${p}A -> B: SYN, ACK seq=x ack=y+1\nA: close\n`;
    const { analysis, at } = step(q, 'A -> B: FIN, ACK seq=x+1 ack=y+1');
    assert.equal(statesAfter(analysis, at)[0], 'FIN_WAIT_1');
  });
  test('rcv RST on a passive open: SYN_RCVD → LISTEN', () => {
    const q = `${p}A -> B: SYN, ACK seq=x ack=y+1\n`;
    const { analysis, at } = step(q, 'B -> A: RST seq=y+1');
    assert.equal(statesAfter(analysis, at)[0], 'LISTEN');
  });
  test('an ACK that does not acknowledge the SYN+ACK is answered by a RST', () => {
    const q = `${p}A -> B: SYN, ACK seq=x ack=y+1\n`;
    reports(`${q}B -> A: ACK seq=y+1 ack=x+9\n`, nextLine(q), 'ack-too-high');
  });
  test('a SYN+ACK is allowed only after a SYN arrived', () => {
    reports(`${A_IN_STATE.ESTABLISHED}A -> B: SYN, ACK seq=x ack=y+1\n`, nextLine(A_IN_STATE.ESTABLISHED), 'cannot-send');
  });
});

describe('ESTABLISHED', () => {
  const p = A_IN_STATE.ESTABLISHED;
  test('data both ways with cumulative ACKs', () => {
    legal(`${p}A -> B: ACK, PSH seq=x+1 ack=y+1 len=100\nB -> A: ACK seq=y+1 ack=x+101\n`);
  });
  test('CLOSE, snd FIN: ESTABLISHED → FIN_WAIT_1', () => {
    const { analysis, at } = step(p, 'A -> B: FIN, ACK seq=x+1 ack=y+1');
    assert.deepEqual(statesAfter(analysis, at), ['FIN_WAIT_1', 'CLOSE_WAIT']);
  });
  test('rcv FIN, snd ACK: ESTABLISHED → CLOSE_WAIT', () => {
    const { analysis, at } = step(p, 'B -> A: FIN, ACK seq=y+1 ack=x+1');
    assert.equal(statesAfter(analysis, at)[0], 'CLOSE_WAIT');
  });
  test('rcv RST at RCV.NXT: ESTABLISHED → CLOSED', () => {
    const { analysis, at } = step(p, 'B -> A: RST seq=y+1');
    assert.deepEqual(statesAfter(analysis, at), ['CLOSED', 'CLOSED']);
  });
  test('after abort the RST carries exactly SND.NXT', () => {
    const q = `${p}B -> A: ACK, PSH seq=y+1 ack=x+1 len=10\nA -> B: ACK seq=x+1 ack=y+11\nB: abort\n`;
    reports(`${q}B -> A: RST seq=y+5\n`, nextLine(q), 'wrong-seq');
  });
  test('a RST in the window but not at RCV.NXT gets a challenge ACK (RFC 5961 §3.2)', () => {
    // B's data is still in flight when B aborts, so its RST lies beyond A's RCV.NXT.
    const q = `${p}B ~> A: ACK, PSH seq=y+1 ack=x+1 len=10 as late\nB: abort\n`;
    const d = reports(`${q}B -> A: RST seq=y+11\n`, nextLine(q), 'dropped');
    assert.match(JSON.stringify(d.args), /drop-rst-challenge/);
  });
  test('a SYN in a synchronized state gets a challenge ACK (RFC 5961 §4.2)', () => {
    const q = `client A\nserver B ESTABLISHED\nA -> B: SYN seq=77\n`;
    reports(q, 2, 'dropped');
  });
  test('ack must be RCV.NXT: higher is an error, lower is a stale ACK', () => {
    const d = reports(`${p}A -> B: ACK seq=x+1 ack=y+2\n`, nextLine(p), 'ack-too-high');
    assert.equal(d.args['expected'], 'y+1');
    reports(`${p}A -> B: ACK seq=x+1 ack=y\n`, nextLine(p), 'stale-ack');
  });
  test('seq must be SND.NXT; between SND.UNA and SND.NXT is a retransmission', () => {
    const q = `${p}A -> B: ACK, PSH seq=x+1 ack=y+1 len=100\n`;
    reports(`${q}A -> B: ACK, PSH seq=x+1 ack=y+1 len=100\n`, nextLine(q), 'retransmission');
    const d = reports(`${q}A -> B: ACK seq=x+50 ack=y+1\n`, nextLine(q), 'retransmission');
    assert.equal(d.severity, 'information');
    reports(`${q}A -> B: ACK seq=x+500 ack=y+1\n`, nextLine(q), 'wrong-seq');
  });
  test('a segment without ACK once synchronized is an error', () => {
    reports(`${p}A -> B: PSH seq=x+1 len=5\n`, nextLine(p), 'missing-ack-flag');
  });
  test('lost data arrives out of order and is held until the gap fills', () => {
    legal(`${p}A -x B: ACK, PSH seq=x+1 ack=y+1 len=100
A -> B: ACK, PSH seq=x+101 ack=y+1 len=100
B -> A: ACK seq=y+1 ack=x+1
A -> B: ACK, PSH seq=x+1 ack=y+1 len=100
B -> A: ACK seq=y+1 ack=x+201
`);
  });
  test('data beyond the advertised window is an error', () => {
    const q = `${p}B -> A: ACK seq=y+1 ack=x+1 win=100\n`;
    reports(`${q}A -> B: ACK, PSH seq=x+1 ack=y+1 len=200\n`, nextLine(q), 'window-exceeded');
    legal(`${q}A -> B: ACK, PSH seq=x+1 ack=y+1 len=100\nB -> A: ACK seq=y+1 ack=x+101\n`);
  });
  test('abort: ESTABLISHED → CLOSED, and the RST <SEQ=SND.NXT> resets the peer', () => {
    const { analysis, at } = step(`${p}A: abort\n`, 'A -> B: RST seq=x+1');
    assert.deepEqual(statesAfter(analysis, at), ['CLOSED', 'CLOSED']);
    reports(`${p}A: abort\nA -> B: ACK seq=x+1 ack=y+1\n`, nextLine(p) + 1, 'owed-first');
  });
});

describe('FIN_WAIT_1', () => {
  const p = A_IN_STATE.FIN_WAIT_1;
  test('rcv ACK of FIN: FIN_WAIT_1 → FIN_WAIT_2', () => {
    const { analysis, at } = step(p, 'B -> A: ACK seq=y+1 ack=x+2');
    assert.equal(statesAfter(analysis, at)[0], 'FIN_WAIT_2');
  });
  test('rcv FIN without the ACK of ours: FIN_WAIT_1 → CLOSING', () => {
    const { analysis, at } = step(p, 'B -> A: FIN, ACK seq=y+1 ack=x+1');
    assert.equal(statesAfter(analysis, at)[0], 'CLOSING');
  });
  test('rcv FIN that also acknowledges our FIN: FIN_WAIT_1 → TIME_WAIT', () => {
    const { analysis, at } = step(p, 'B -> A: FIN, ACK seq=y+1 ack=x+2');
    assert.deepEqual(statesAfter(analysis, at), ['TIME_WAIT', 'LAST_ACK']);
    assert.deepEqual(analysis.steps.at(-1)!.changes.map((c) => `${c.from}→${c.to}`), ['FIN_WAIT_1→TIME_WAIT', 'CLOSE_WAIT→LAST_ACK']);
  });
  test('no new data after the FIN', () => {
    reports(`${p}A -> B: ACK, PSH seq=x+2 ack=y+1 len=10\n`, nextLine(p), 'cannot-send');
  });
  test('a repeated FIN is a retransmission at the same place', () => {
    reports(`${p}A -> B: FIN, ACK seq=x+1 ack=y+1\n`, nextLine(p), 'retransmission');
    reports(`${p}A -> B: FIN, ACK seq=x+2 ack=y+1\n`, nextLine(p), 'wrong-seq');
  });
});

describe('FIN_WAIT_2', () => {
  const p = A_IN_STATE.FIN_WAIT_2;
  test('rcv FIN, snd ACK: FIN_WAIT_2 → TIME_WAIT', () => {
    const { analysis, at } = step(p, 'B -> A: FIN, ACK seq=y+1 ack=x+2');
    assert.equal(statesAfter(analysis, at)[0], 'TIME_WAIT');
  });
  test('the peer may still send data (half-close)', () => {
    legal(`${p}B -> A: ACK, PSH seq=y+1 ack=x+2 len=20\nA -> B: ACK seq=x+2 ack=y+21\n`);
  });
});

describe('CLOSING', () => {
  const p = A_IN_STATE.CLOSING;
  test('rcv ACK of FIN: CLOSING → TIME_WAIT', () => {
    const q = `${p}deliver fin_a\n`;
    const { analysis, at } = step(q, 'B -> A: ACK seq=y+2 ack=x+2');
    assert.equal(statesAfter(analysis, at)[0], 'TIME_WAIT');
  });
});

describe('CLOSE_WAIT', () => {
  const p = A_IN_STATE.CLOSE_WAIT;
  test('data from the CLOSE_WAIT side (half-close)', () => {
    legal(`${p}A -> B: ACK, PSH seq=x+1 ack=y+2 len=5\nB -> A: ACK seq=y+2 ack=x+6\n`);
  });
  test('CLOSE, snd FIN: CLOSE_WAIT → LAST_ACK', () => {
    const { analysis, at } = step(p, 'A -> B: FIN, ACK seq=x+1 ack=y+2');
    assert.equal(statesAfter(analysis, at)[0], 'LAST_ACK');
  });
  test('close makes the FIN the next segment', () => {
    reports(`${p}A: close\nA -> B: ACK seq=x+1 ack=y+2\n`, nextLine(p) + 1, 'owed-first');
  });
});

describe('LAST_ACK', () => {
  const p = A_IN_STATE.LAST_ACK;
  test('rcv ACK of FIN: LAST_ACK → CLOSED', () => {
    const { analysis, at } = step(p, 'B -> A: ACK seq=y+2 ack=x+2');
    assert.deepEqual(statesAfter(analysis, at), ['CLOSED', 'TIME_WAIT']);
  });
});

describe('TIME_WAIT', () => {
  const p = A_IN_STATE.TIME_WAIT;
  test('timeout: TIME_WAIT → CLOSED', () => {
    const q = `${p}A -> B: ACK seq=x+2 ack=y+2\n`;
    const { analysis, at } = step(q, 'A: timeout');
    assert.deepEqual(statesAfter(analysis, at), ['CLOSED', 'CLOSED']);
  });
  test('a retransmitted FIN (the final ACK was lost) is acknowledged again', () => {
    const q = `${p}A -x B: ACK seq=x+2 ack=y+2\nB -> A: FIN, ACK seq=y+1 ack=x+2\n`;
    reports(q, nextLine(q) - 1, 'retransmission');
    const analysis = reports(q, nextLine(q) - 1, 'dropped');
    void analysis;
    legal(`${q}A -> B: ACK seq=x+2 ack=y+2\nB: CLOSED\n`);
  });
  test('the flow ends with A owing the final ACK: a warning with a fix', () => {
    const d = reports(p, nextLine(p) - 1, 'owed-at-end');
    assert.equal(d.severity, 'warning');
    assert.match(d.fixes![0]!.edits[0]!.newText, /^A -> B: ACK seq=x\+2 ack=y\+2\n?$/m);
  });
});

describe('RST in every state', () => {
  for (const state of TCP_STATES) {
    test(`a RST arriving in ${state} is handled without error`, () => {
      // B must be able to send a RST: from A's CLOSED prefix B listens, and from
      // A's SYN_RCVD prefix B is in SYN_SENT, where nothing is synchronized yet.
      const prefix =
        state === 'CLOSED' ? 'client A\nserver B ESTABLISHED\n'
        : state === 'SYN_RCVD' ? `${A_IN_STATE.SYN_RCVD}A -> B: SYN, ACK seq=x ack=y+1\n`
        : A_IN_STATE[state];
      // An omitted seq is the correct one.
      const analysis = legal(`${prefix}B -> A: RST\n`);
      const arrived = analysis.transmissions.at(-1)!;
      assert.ok(arrived.outcome, 'the receiver says what it did');
    });
  }
});

describe('a late segment', () => {
  test('is one transmission, which its send line and its deliver line both show', () => {
    const analysis = legal(
      'client A\nserver B\nA -> B: SYN seq=x\nB -> A: SYN, ACK seq=y ack=x+1\nA -> B: ACK seq=x+1 ack=y+1\n' +
        'A ~> B: ACK, PSH seq=x+1 ack=y+1 len=10 as late\nB -> A: ACK, PSH seq=y+1 ack=x+1 len=5\ndeliver late\n',
    );
    const sent = analysis.steps.find((s) => s.line === 5)!.transmission!;
    const delivered = analysis.steps.find((s) => s.line === 7)!.transmission!;
    assert.equal(delivered, sent);
    assert.equal(analysis.transmissions.filter((t) => t === sent).length, 1);
    assert.deepEqual([sent.sentLine, sent.deliveredLine, sent.fate, sent.label, sent.len], [5, 7, 'delivered', 'late', 10]);
    assert.ok(sent.outcome, 'the receiver says what it did');
  });
});
