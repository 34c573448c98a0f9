import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/index';
import { hoverAt } from '../../../src/extension/hover/hover-text';
import { en, zh } from './support/localizer';

const HANDSHAKE = `title: demo
client A
server B
A -> B: SYN seq=x
B -> A: SYN, ACK seq=y ack=x+1
A -> B: ACK seq=x+1 ack=y+1
A -x B: ACK, PSH seq=x+1 ack=y+1 len=10
A ~> B: ACK, PSH seq=x+1 ack=y+1 len=10 as again
deliver again
`;

/** What the reader sees: markdown escapes and code marks removed. */
function plain(markdown: string): string {
  return markdown.replace(/\*\*/g, '').replace(/\\(.)/g, '$1').replace(/`/g, '');
}

function hover(text: string, line: number, character: number, localizer = en) {
  return hoverAt(analyze(text), { line, character }, localizer);
}

test('a segment line shows both endpoints before → after, the resolved numbers and what the receiver does', () => {
  const result = hover(HANDSHAKE, 4, 1);
  assert.ok(result);
  const text = plain(result.markdown);
  assert.match(text, /B → A/);
  // y is B's free initial sequence number; x+1 is written in the writer's terms and resolved.
  assert.match(text, /seq = y = \d+/);
  const isn = Number(/seq = x = (\d+)/.exec(plain(hover(HANDSHAKE, 3, 1)!.markdown))![1]);
  assert.match(text, new RegExp(`ack = x\\+1 = ${isn + 1}`));
  assert.match(text, /A accepts it: SYN_SENT → ESTABLISHED/);
  assert.match(text, /\| A \| SYN_SENT \| → \| ESTABLISHED/);
  // B does not move on this line: no arrow in its row.
  assert.match(text, /\| B \| SYN_RCVD[^|]*\|  \| SYN_RCVD/);
  assert.deepEqual(result.range, { start: { line: 4, character: 0 }, end: { line: 4, character: 30 } });
});

test('a lost segment and a segment in flight say so; the deliver line shows the arrival', () => {
  assert.match(plain(hover(HANDSHAKE, 6, 0)!.markdown), /Lost in the network: B never receives it/);
  assert.match(plain(hover(HANDSHAKE, 7, 0)!.markdown), /In flight until line 9, where B receives it/);
  const delivered = plain(hover(HANDSHAKE, 8, 3)!.markdown);
  assert.match(delivered, /Sent on line 8; B receives it here/);
  assert.match(delivered, /B accepts it/);
  assert.match(delivered, /len = 10/);
});

test('an omitted seq says that the correct value was assumed', () => {
  const text = plain(hover('A -> B: SYN\n', 0, 0)!.markdown);
  assert.match(text, /seq = \d+ \(not written: the correct value is assumed\)/);
});

test('a flag explains what it means, a state what it is, in the user language', () => {
  const flag = hover(HANDSHAKE, 4, 9);
  assert.ok(flag);
  assert.deepEqual(flag.range, { start: { line: 4, character: 8 }, end: { line: 4, character: 11 } });
  assert.match(plain(flag.markdown), /^SYN\n\nSynchronize/);
  const state = hover('A -> B: SYN seq=x\nA: SYN_SENT\n', 1, 4);
  assert.ok(state);
  assert.match(plain(state.markdown), /^SYN_SENT\n\nIt has sent its SYN/);
  assert.match(plain(hover('A -> B: SYN seq=x\nA: SYN_SENT\n', 1, 4, zh)!.markdown), /已发送自己的 SYN/);
  assert.match(plain(hover(HANDSHAKE, 4, 1, zh)!.markdown), /A 接受该报文段/);
  assert.match(plain(hover(HANDSHAKE, 4, 1, zh)!.markdown), /\| 端点 \| 之前/);
});

test('a declaration tells the role, the first and the last state', () => {
  const text = plain(hover(HANDSHAKE, 1, 7)!.markdown);
  assert.match(text, /A opens actively \(client\)/);
  assert.match(text, /It starts in CLOSED and ends in ESTABLISHED/);
});

test('no hover on blank lines, comments, or past the end of a statement', () => {
  const text = 'A -> B: SYN seq=x   # opening\n\n';
  assert.equal(hover(text, 1, 0), undefined);
  assert.equal(hover(text, 0, 25), undefined);
  assert.equal(hover(text, 7, 0), undefined);
});

test('a line with a syntax error gets no invented protocol hover, and nothing throws on odd text', () => {
  assert.equal(hover('A -> B: SYNN seq=x\n', 0, 1), undefined);
  for (const text of ['', ':', '->', 'A ->', '"', 'deliver', 'A: ', '\u0000\uffff', 'client']) {
    for (let c = 0; c <= text.length; c++) hover(text, 0, c);
  }
});
