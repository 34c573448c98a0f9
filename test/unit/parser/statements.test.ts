// Every statement form of the spec, with the ranges an editor would use.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from '../../../src/core/index';
import { at, covered, only } from './helpers';

describe('title', () => {
  test('keeps the text after the colon, without the comment', () => {
    const s = only('title: Three-way handshake  # why', 'title');
    assert.equal(s.title.value, 'Three-way handshake');
    assert.equal(at(s.title.range), '0:7-26');
    assert.equal(at(s.range), '0:0-26');
  });
  test('is case-insensitive and may put blanks before the colon', () => {
    assert.equal(only('TITLE : x', 'title').title.value, 'x');
  });
  test('may contain arrows and colons', () => {
    assert.equal(only('title: A -> B: the handshake', 'title').title.value, 'A -> B: the handshake');
  });
});

describe('declarations', () => {
  test('client NAME', () => {
    const s = only('client A', 'declaration');
    assert.equal(s.role.value, 'client');
    assert.equal(s.name.value, 'A');
    assert.equal(at(s.role.range), '0:0-6');
    assert.equal(at(s.name.range), '0:7-8');
    assert.equal(s.label, undefined);
    assert.equal(s.state, undefined);
  });
  test('server NAME "LABEL" STATE, keywords and states in any case', () => {
    const text = 'SERVER web-1 "The web server" closed';
    const s = only(text, 'declaration');
    assert.equal(s.role.value, 'server');
    assert.equal(s.name.value, 'web-1');
    assert.equal(s.label?.value, 'The web server');
    assert.equal(covered(text, s.label!.range), '"The web server"');
    assert.equal(s.state?.value, 'CLOSED');
    assert.equal(at(s.state!.range), '0:30-36');
  });
  test('a label may contain # and escaped quotes', () => {
    const s = only('client A "host #1 \\"primary\\"" # comment', 'declaration');
    assert.equal(s.label?.value, 'host #1 "primary"');
  });
  test('the RFC spelling of a state', () => {
    assert.equal(only('client A SYN-RECEIVED', 'declaration').state?.value, 'SYN_RCVD');
    assert.equal(only('client A fin-wait-1', 'declaration').state?.value, 'FIN_WAIT_1');
  });
  test('a name in another script', () => {
    assert.equal(only('client 客户端', 'declaration').name.value, '客户端');
  });
});

describe('segments', () => {
  test('SENDER -> RECEIVER: SEGMENT', () => {
    const text = 'A -> B: SYN seq=x';
    const s = only(text, 'segment');
    assert.equal(s.sender.value, 'A');
    assert.equal(s.arrow.value, '->');
    assert.equal(s.receiver.value, 'B');
    assert.deepEqual([at(s.sender.range), at(s.arrow.range), at(s.receiver.range)], ['0:0-1', '0:2-4', '0:5-6']);
    assert.equal(s.segment.text, 'SYN seq=x');
    assert.equal(at(s.segment.range), '0:8-17');
    assert.equal(s.flightLabel, undefined);
  });
  test('-x: the network loses it', () => {
    const s = only('A -x B: ACK seq=1 ack=1', 'segment');
    assert.equal(s.arrow.value, '-x');
    assert.equal(s.receiver.value, 'B');
  });
  test('~> ... as LABEL: in flight until delivered', () => {
    const text = 'A ~> B: SYN seq=100 as old_syn   # late';
    const s = only(text, 'segment');
    assert.equal(s.arrow.value, '~>');
    assert.equal(s.flightLabel?.value, 'old_syn');
    assert.equal(covered(text, s.flightLabel!.range), 'old_syn');
    assert.equal(s.segment.text, 'SYN seq=100');
    assert.equal(at(s.range), '0:0-30');
  });
  test('AS is a keyword in any case', () => {
    assert.equal(only('A ~> B: SYN AS s1', 'segment').flightLabel?.value, 's1');
  });
  test('arrows without blanks, and names containing -', () => {
    const tight = only('A->B: SYN', 'segment');
    assert.deepEqual([tight.sender.value, tight.arrow.value, tight.receiver.value], ['A', '->', 'B']);
    const dashed = only('host-a -> host-b: SYN', 'segment');
    assert.deepEqual([dashed.sender.value, dashed.receiver.value], ['host-a', 'host-b']);
    assert.equal(at(dashed.arrow.range), '0:7-9');
    const dashedTight = only('host-a->host-b: SYN', 'segment');
    assert.deepEqual([dashedTight.sender.value, dashedTight.receiver.value], ['host-a', 'host-b']);
    const lost = only('host-x -x host-y: SYN', 'segment');
    assert.deepEqual([lost.sender.value, lost.arrow.value, lost.receiver.value], ['host-x', '-x', 'host-y']);
    const lostTight = only('A-x B: SYN', 'segment');
    assert.deepEqual([lostTight.sender.value, lostTight.arrow.value], ['A', '-x']);
    const inFlight = only('a-x ~> b: SYN as s', 'segment');
    assert.deepEqual([inFlight.sender.value, inFlight.arrow.value], ['a-x', '~>']);
  });
  test('client and server name endpoints outside declarations', () => {
    const s = only('client -> server: SYN', 'segment');
    assert.deepEqual([s.sender.value, s.receiver.value], ['client', 'server']);
    const assertion = only('client: CLOSED', 'assertion');
    assert.equal(assertion.endpoint.value, 'client');
  });
});

describe('deliver', () => {
  test('deliver LABEL', () => {
    const s = only('deliver old_syn', 'deliver');
    assert.equal(s.label.value, 'old_syn');
    assert.equal(at(s.keyword), '0:0-7');
    assert.equal(at(s.label.range), '0:8-15');
  });
  test('DELIVER in capitals, a label starting with a digit', () => {
    assert.equal(only('DELIVER 1', 'deliver').label.value, '1');
  });
});

describe('assertions and actions', () => {
  test('NAME: STATE', () => {
    const s = only('A: ESTABLISHED', 'assertion');
    assert.equal(s.endpoint.value, 'A');
    assert.equal(s.state.value, 'ESTABLISHED');
    assert.equal(at(s.state.range), '0:3-14');
  });
  test('states in any case and in the RFC spelling', () => {
    assert.equal(only('A: time-wait', 'assertion').state.value, 'TIME_WAIT');
    assert.equal(only('A: Syn_Received', 'assertion').state.value, 'SYN_RCVD');
  });
  test('NAME: ACTION for each action', () => {
    for (const action of ['listen', 'connect', 'close', 'abort', 'timeout'] as const) {
      const s = only(`host-a: ${action}`, 'action');
      assert.equal(s.action.value, action);
      assert.equal(s.endpoint.value, 'host-a');
    }
    assert.equal(only('A: Close', 'action').action.value, 'close');
  });
  test('listen is the call, LISTEN the state', () => {
    assert.equal(only('A: listen', 'action').action.value, 'listen');
    assert.equal(only('A: Listen', 'action').action.value, 'listen');
    assert.equal(only('A: LISTEN', 'assertion').state.value, 'LISTEN');
  });
});

describe('a whole file', () => {
  test("the spec's example parses without a diagnostic, one statement per non-blank line", () => {
    const text = `title: Three-way handshake and four-way teardown
client A
server B

A -> B: SYN seq=x
B -> A: SYN, ACK seq=y ack=x+1
A -> B: ACK seq=x+1 ack=y+1
A -> B: ACK, PSH seq=x+1 ack=y+1 len=100
B -> A: ACK seq=y+1 ack=x+101
A -> B: FIN, ACK seq=u ack=y+1      # u names A's next sequence number (x+101)
A: FIN_WAIT_1
B -> A: ACK seq=v ack=u+1
B: CLOSE_WAIT
B -> A: FIN, ACK seq=w ack=u+1
A -> B: ACK seq=u+1 ack=w+1
A: TIME_WAIT
A: timeout
A: CLOSED
`;
    const document = parse(text);
    assert.deepEqual(document.diagnostics, []);
    assert.equal(document.lineCount, 19);
    assert.deepEqual(document.statements.map((s) => `${s.line + 1} ${s.kind}`), [
      '1 title', '2 declaration', '3 declaration',
      '5 segment', '6 segment', '7 segment', '8 segment', '9 segment', '10 segment',
      '11 assertion', '12 segment', '13 assertion', '14 segment', '15 segment',
      '16 assertion', '17 action', '18 assertion',
    ]);
  });
});
