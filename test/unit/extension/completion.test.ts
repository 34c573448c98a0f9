import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, TCP_STATES, ACTIONS } from '../../../src/core/index';
import { completionsAt, type Suggestion } from '../../../src/extension/completion/completion-items';
import { expandSnippet } from '../../../src/extension/snippets/scenarios';
import { en, zh } from './support/localizer';

const OPENED = `client A
server B
A -> B: SYN seq=x
B -> A: SYN, ACK seq=y ack=x+1
A -> B: ACK seq=x+1 ack=y+1
A -> B: ACK, PSH seq=x+1 ack=y+1 len=10
`;

/**
 * Completions for the line being typed: `typed` is appended as a new line
 * after `above`, and the cursor stands at its end (or at `|` when present).
 */
function complete(above: string, typed: string, localizer = en): { items: Suggestion[]; line: number; lineText: string; cursor: number } {
  const cursor = typed.includes('|') ? typed.indexOf('|') : typed.length;
  const lineText = typed.replace('|', '');
  const text = `${above}${lineText}\n`;
  const line = above.split('\n').length - 1;
  return { items: completionsAt(analyze(text), lineText, { line, character: cursor }, localizer), line, lineText, cursor };
}

function labels(items: readonly Suggestion[], kind?: Suggestion['kind']): string[] {
  return items.filter((i) => kind === undefined || i.kind === kind).map((i) => i.label);
}

/** The line as it reads after accepting `item`. */
function accept(lineText: string, item: Suggestion): string {
  const inserted = item.snippet ? expandSnippet(item.insertText) : item.insertText;
  return lineText.slice(0, item.replace.start) + inserted + lineText.slice(item.replace.end);
}

test('after the colon of a segment: every flag, the common ones first', () => {
  const { items } = complete(OPENED, 'B -> A: ');
  assert.deepEqual(labels(items, 'flag'), ['SYN', 'ACK', 'FIN', 'RST', 'PSH', 'URG', 'ECE', 'CWR']);
  const syn = items.find((i) => i.label === 'SYN')!;
  const urg = items.find((i) => i.label === 'URG')!;
  assert.ok(syn.sortText! < urg.sortText!);
  assert.match(syn.documentation!, /initial sequence number/);
});

test('flags already written are not offered again, and a partial word is replaced', () => {
  const { items, lineText } = complete(OPENED, 'B -> A: ACK, FI');
  assert.ok(!labels(items, 'flag').includes('ACK'));
  const fin = items.find((i) => i.label === 'FIN')!;
  assert.equal(accept(lineText, fin), 'B -> A: ACK, FIN');
});

test('fields come with the value the core expects next, written in the file’s symbols', () => {
  const { items, lineText } = complete(OPENED, 'B -> A: ACK ');
  const fields = labels(items, 'field');
  assert.ok(fields.includes('seq=y+1'), fields.join());
  assert.ok(fields.includes('ack=x+11'), fields.join());
  assert.ok(fields.includes('len=') && fields.includes('data=') && fields.includes('win='));
  // Accepting both gives a legal line.
  const withSeq = accept(lineText, items.find((i) => i.label === 'seq=y+1')!);
  const withAck = `${withSeq} ${items.find((i) => i.label === 'ack=x+11')!.insertText}`;
  const analysis = analyze(`${OPENED}${withAck}\n`);
  assert.ok(analysis.legal, JSON.stringify(analysis.diagnostics));
});

test('ack= is offered only when the ACK flag is set, and a field given is not offered again', () => {
  assert.ok(!labels(complete(OPENED, 'B -> A: FIN ').items, 'field').some((l) => l.startsWith('ack=')));
  const { items } = complete(OPENED, 'B -> A: ACK seq=y+1 ');
  const fields = labels(items, 'field');
  assert.ok(!fields.some((l) => l.startsWith('seq=')));
  assert.ok(fields.some((l) => l.startsWith('ack=')));
  assert.deepEqual(labels(items, 'flag'), [], 'no flags after a field');
});

test('after seq= and ack=: the correct next numbers, replacing what was typed of them', () => {
  const seq = complete(OPENED, 'B -> A: ACK seq=y');
  assert.deepEqual(labels(seq.items), ['y+1']);
  assert.equal(accept(seq.lineText, seq.items[0]!), 'B -> A: ACK seq=y+1');
  const ack = complete(OPENED, 'B -> A: ACK seq=y+1 ack=|  # comment');
  assert.deepEqual(labels(ack.items), ['x+11']);
  assert.equal(ack.items[0]!.replace.start, ack.cursor);
  // The sender's own view: A's next seq is x+11 after its 10 bytes.
  assert.deepEqual(labels(complete(OPENED, 'A -> B: ACK seq=').items), ['x+11']);
});

test('at the start of a line: the segment an endpoint owes comes first, whole, and is legal', () => {
  const above = 'client A\nserver B\nA -> B: SYN seq=x\n';
  const { items, lineText } = complete(above, '');
  const first = items[0]!;
  assert.equal(first.kind, 'segment');
  assert.equal(first.label, 'B -> A: SYN, ACK seq=y ack=x+1');
  assert.ok(first.preselect);
  const analysis = analyze(`${above}${accept(lineText, first)}\n`);
  assert.deepEqual(analysis.diagnostics.filter((d) => d.severity === 'error'), []);
  assert.ok(labels(items, 'keyword').includes('client'));
  assert.deepEqual(labels(items, 'endpoint'), ['A', 'B']);
});

test('inside a segment being written, the owed segment body is offered to its sender', () => {
  const above = 'client A\nserver B\nA -> B: SYN seq=x\n';
  const { items, lineText } = complete(above, 'B -> A: ');
  const owed = items.find((i) => i.kind === 'segment');
  assert.ok(owed);
  assert.equal(accept(lineText, owed), 'B -> A: SYN, ACK seq=y ack=x+1');
});

test('after a name and a space: the arrows towards the other endpoint, and the colon', () => {
  const { items, lineText } = complete(OPENED, 'A -');
  assert.deepEqual(labels(items), ['-> B:', '-x B:', '~> B:', ':']);
  assert.equal(accept(lineText, items[0]!), 'A -> B: ');
  assert.deepEqual(labels(complete(OPENED, 'A ').items), ['-> B:', '-x B:', '~> B:', ':']);
});

test('after an arrow: the receiver, never the sender itself', () => {
  const { items, lineText } = complete(OPENED, 'A -> ');
  assert.deepEqual(labels(items), ['B']);
  assert.equal(accept(lineText, items[0]!), 'A -> B: ');
});

test('after NAME: every state and action; the state it is in is preselected', () => {
  const { items } = complete(OPENED, 'B: ');
  assert.deepEqual(labels(items, 'state'), [...TCP_STATES]);
  assert.deepEqual(labels(items, 'action'), [...ACTIONS]);
  const preselected = items.filter((i) => i.preselect).map((i) => i.label);
  assert.deepEqual(preselected, ['ESTABLISHED']);
  assert.match(items.find((i) => i.label === 'close')!.documentation!, /FIN/);
  assert.match(complete(OPENED, 'B: ', zh).items.find((i) => i.label === 'close')!.documentation!, /FIN/);
});

test('a declaration may name its first state', () => {
  assert.deepEqual(labels(complete('', 'server S "web" ').items, 'state'), [...TCP_STATES]);
  // A new endpoint's name is the writer's to choose; `server ` may also be an endpoint named server about to send.
  assert.deepEqual(labels(complete('', 'server ').items, 'state'), []);
  assert.deepEqual(complete('', 'client Al').items, []);
});

test('after deliver: only the labels still in flight at that line', () => {
  const above = `${OPENED}A ~> B: ACK seq=x+11 ack=y+1 len=5 as first\nA ~> B: ACK seq=x+16 ack=y+1 len=5 as second\ndeliver first\n`;
  const { items } = complete(above, 'deliver ');
  assert.deepEqual(labels(items), ['second']);
  assert.match(items[0]!.detail!, /line 8/);
  const before = complete(`${OPENED}A ~> B: ACK seq=x+11 ack=y+1 len=5 as first\n`, 'deliver f');
  assert.deepEqual(labels(before.items), ['first']);
  assert.ok(labels(complete(`${OPENED}A ~> B: ACK seq=x+11 ack=y+1 as first\n`, '').items, 'keyword').includes('deliver'));
  assert.ok(!labels(complete(OPENED, '').items, 'keyword').includes('deliver'));
});

test('a segment sent with ~> is offered "as LABEL"', () => {
  assert.ok(labels(complete(OPENED, 'A ~> B: ACK ').items).includes('as'));
  assert.ok(!labels(complete(OPENED, 'A -> B: ACK ').items).includes('as'));
});

test('nothing inside a comment, a string, a title, or while typing a label', () => {
  assert.deepEqual(complete(OPENED, 'A -> B: ACK # ').items, []);
  assert.deepEqual(complete(OPENED, 'A -> B: ACK data="he').items, []);
  assert.deepEqual(complete(OPENED, 'title: Hand').items, []);
  assert.deepEqual(complete(OPENED, 'A ~> B: ACK as fo').items, []);
});

test('the scenarios are offered at the start of a line, localized, with the file’s endpoint names', () => {
  const { items } = complete('client C\nserver S\n', '');
  const snippets = items.filter((i) => i.kind === 'snippet');
  assert.deepEqual(labels(snippets), ['handshake', 'teardown', 'fin-ack-shortcut', 'simultaneous-open', 'simultaneous-close', 'old-duplicate-syn', 'half-close']);
  assert.match(snippets[0]!.insertText, /^C -> S: SYN seq=\$\{1:x\}/);
  assert.equal(complete('', '', zh).items.find((i) => i.label === 'handshake')!.detail, '三次握手');
});

test('names in any script, arrows without spaces and the textbook SYN=1 form are understood', () => {
  const chinese = complete('client 客户端\nserver 服务器\n客户端 -> 服务器: SYN seq=x\n', '服务器->客户端: ');
  assert.ok(labels(chinese.items, 'segment')[0]?.startsWith('SYN, ACK'), JSON.stringify(labels(chinese.items)));
  assert.deepEqual(labels(complete('client 客户端\nserver 服务器\n', '客户端 -').items), ['-> 服务器:', '-x 服务器:', '~> 服务器:', ':']);
  const textbook = complete(OPENED, 'B -> A: SYN=0, ACK=1, ');
  assert.ok(!labels(textbook.items, 'flag').includes('ACK'));
  assert.ok(labels(textbook.items, 'field').includes('ack=x+11'));
  // An endpoint called `client` may send: `client -> server` is a segment, not a declaration.
  assert.deepEqual(labels(complete('client -> server: SYN seq=x\n', 'server -> client: SYN, ACK seq=y ack=').items), ['x+1']);
});

test('completion never throws, wherever the cursor stands in odd text', () => {
  const lines = ['A -> B: SYN, ACK seq=x ack=y+1 len=3 data="a#b" as l # c', 'client A "x" LISTEN', '->->->', '::::', 'A -x', '~> deliver', '"""', 'A: SYN_SENT'];
  for (const line of lines) {
    for (let c = 0; c <= line.length; c++) completionsAt(analyze(`${OPENED}${line}\n`), line, { line: 6, character: c }, en);
  }
});

test('on a long capture, completion offers the numbers that follow from everything above', () => {
  const lines = ['client A', 'server B', 'A -> B: SYN seq=x', 'B -> A: SYN, ACK seq=y ack=x+1', 'A -> B: ACK seq=x+1 ack=y+1'];
  for (let i = 0; i < 30_000; i++) lines.push(i % 2 ? 'A -> B: ACK, PSH seq=x+1 ack=y+1 len=1' : 'B -> A: ACK seq=y+1 ack=x+2');
  lines.length -= 1;
  const { items } = complete(`${lines.join('\n')}\n`, 'A -> B: ACK ');
  const fields = labels(items, 'field');
  assert.ok(fields.includes('seq=x+15000') && fields.includes('ack=y+1'), fields.join());
});
