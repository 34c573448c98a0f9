import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../../src/core/index';
import { foldsOf, MAX_SEGMENT_SYMBOLS, outlineOf } from '../../../src/extension/outline/outline';
import { stateChangeHints } from '../../../src/extension/inlay-hints/state-change-hints';
import { en, zh } from './support/localizer';

const TEARDOWN = readFileSync(join(import.meta.dirname, '..', '..', '..', 'examples', '02-four-way-teardown.tcpflow'), 'utf8');
const lines = TEARDOWN.split('\n');
const lineOf = (fragment: string) => lines.findIndex((l) => l.includes(fragment));

test('the outline lists the title, both endpoints, then the phases with their segments', () => {
  const outline = outlineOf(analyze(TEARDOWN), en);
  assert.deepEqual(
    outline.map((s) => [s.kind, s.name]),
    [
      ['title', 'Data transfer and four-way teardown'],
      ['endpoint', 'A'],
      ['endpoint', 'B'],
      ['phase', 'Connection establishment'],
      ['phase', 'Data transfer'],
      ['phase', 'Connection termination'],
    ],
  );
  const [establishment, data, termination] = outline.slice(3);
  assert.deepEqual(establishment!.children.map((c) => c.name), ['A -> B: SYN seq=x', 'B -> A: SYN, ACK seq=y ack=x+1', 'A -> B: ACK seq=x+1 ack=y+1']);
  assert.equal(establishment!.range.start.line, lineOf('SYN seq=x'));
  assert.equal(data!.children.length, 3);
  assert.equal(termination!.range.start.line, lineOf('FIN, ACK seq=u'));
  assert.equal(termination!.range.end.line, lineOf('A: CLOSED'));
  assert.equal(outline[1]!.detail, 'client · CLOSED');
  // Each symbol's selection lies inside its range, as VS Code requires.
  for (const s of outline) {
    assert.ok(s.selectionRange.start.line >= s.range.start.line && s.selectionRange.end.line <= s.range.end.line);
  }
  assert.deepEqual(outlineOf(analyze(TEARDOWN), zh).slice(3).map((s) => s.name), ['建立连接', '数据传输', '释放连接']);
});

test('a reset is its own phase, and a huge capture lists phases without segments', () => {
  const reset = outlineOf(analyze('A -> B: SYN seq=x\nB -> A: SYN, ACK seq=y ack=x+1\nA -> B: ACK seq=x+1 ack=y+1\nA -> B: RST seq=x+1\n'), en);
  assert.deepEqual(reset.map((s) => s.name), ['Connection establishment', 'Reset']);
  const body = ['client A ESTABLISHED', 'server B ESTABLISHED'];
  for (let i = 0; i <= MAX_SEGMENT_SYMBOLS; i++) body.push(`A -> B: ACK seq=${1000 + i} ack=5000 len=1`, `B -> A: ACK seq=5000 ack=${1001 + i}`);
  const huge = outlineOf(analyze(body.join('\n')), en);
  assert.deepEqual(huge.map((s) => [s.name, s.children.length]), [['A', 0], ['B', 0], ['Data transfer', 0]]);
});

test('folding: each phase, each block of comments, each region', () => {
  const text = `# one\n# two\n# region handshake\nA -> B: SYN seq=x\nB -> A: SYN, ACK seq=y ack=x+1\nA -> B: ACK seq=x+1 ack=y+1\n# endregion\n`;
  const folds = foldsOf(analyze(text), (l) => text.split('\n')[l]!, text.split('\n').length);
  assert.deepEqual(
    folds.sort((a, b) => a.start - b.start),
    [
      { start: 0, end: 1, kind: 'comment' },
      { start: 2, end: 6, kind: 'region' },
      { start: 3, end: 5 },
    ],
  );
});

test('inlay hints show the state changes a line causes, for the requested lines only', () => {
  const analysis = analyze(TEARDOWN);
  const hints = stateChangeHints(analysis, 0, lines.length);
  const synAck = hints.find((h) => h.position.line === lineOf('SYN, ACK seq=y'));
  assert.equal(synAck?.label, 'A: SYN_SENT → ESTABLISHED');
  assert.equal(synAck?.position.character, lines[lineOf('SYN, ACK seq=y')]!.length);
  // After the statement, before its comment.
  const fin = hints.find((h) => h.position.line === lineOf('FIN, ACK seq=u'))!;
  assert.equal(fin.label, 'A: ESTABLISHED → FIN_WAIT_1, B: ESTABLISHED → CLOSE_WAIT');
  assert.equal(fin.position.character, 'A -> B: FIN, ACK seq=u ack=y+201'.length);
  // Lines that change nothing get no hint.
  assert.equal(hints.find((h) => h.position.line === lineOf('A: FIN_WAIT_1')), undefined);
  const visible = stateChangeHints(analysis, lineOf('FIN, ACK seq=u'), lineOf('FIN, ACK seq=u'));
  assert.deepEqual(visible.map((h) => h.label), [fin.label]);
});
