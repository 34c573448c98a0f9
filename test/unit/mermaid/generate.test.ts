/** The Mermaid text of an exchange: what the preview draws and `tcpflow mermaid` prints. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, renderMessage, toMermaid, type MermaidOptions } from '../../../src/core/index';
import { decodeEntities } from './entities';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const read = (...path: string[]): string => readFileSync(join(ROOT, ...path), 'utf8');
const mermaidOf = (text: string, options: Partial<MermaidOptions> = {}) => toMermaid(analyze(text), { locale: 'en', ...options });
const bodyLines = (source: string): string[] => source.trimEnd().split('\n').slice(1);

const MESSAGE = /^(?: {2})+P[01](?:->>|-x|-\))P[01]: /;
const NOTE = /^(?: {2})+Note (?:over P[01](?:,P[01])?|left of P[01]|right of P[01]): /;
const OPENS = /^(?: {2})+(?:rect rgba\([\d., ]+\)|par \S.*)$/;
/** Every statement the generator may write; anything else would be user text leaking out. */
const STATEMENT = [/^ {2}title \S/, /^ {2}participant P[01] as \S/, MESSAGE, NOTE, OPENS, /^(?: {2})+and$/, /^(?: {2})+end$/];

const HANDSHAKE = read('test', 'fixtures', 'rfc9293', 'figure-06-basic-handshake.tcpflow');

/** Each block is closed once, at its own indentation, and `and` only divides a `par`. */
function assertWellFormed(source: string): void {
  assert.ok(source.startsWith('sequenceDiagram\n'));
  const open: string[] = [];
  for (const line of bodyLines(source)) {
    assert.ok(STATEMENT.some((s) => s.test(line)), `unexpected statement: ${line}`);
    const depth = (line.length - line.trimStart().length) / 2;
    const word = line.trim().split(' ')[0]!;
    if (word === 'end' || word === 'and') {
      assert.equal(depth, open.length, `${word} at the depth of its block: ${line}`);
      if (word === 'and') assert.equal(open.at(-1), 'par', 'and inside a par');
      else open.pop();
    } else {
      assert.equal(depth, open.length + 1, `indented inside its block: ${line}`);
      if (OPENS.test(line)) open.push(word);
    }
  }
  assert.deepEqual(open, [], 'every block is closed');
}

describe('toMermaid', () => {
  it('writes well-formed statements and lists one line per drawn message and note, in order, for every figure and example', () => {
    const files = [
      ...readdirSync(join(ROOT, 'test', 'fixtures', 'rfc9293')).map((f) => ['test', 'fixtures', 'rfc9293', f]),
      ...readdirSync(join(ROOT, 'examples')).map((f) => ['examples', f]),
    ].filter((p) => p.at(-1)!.endsWith('.tcpflow'));
    assert.ok(files.length >= 16);
    for (const path of files) {
      const diagram = mermaidOf(read(...path));
      assertWellFormed(diagram.source);
      const lines = bodyLines(diagram.source);
      assert.equal(lines.filter((l) => MESSAGE.test(l)).length, diagram.messages.length, `${path.join('/')}: messages`);
      assert.equal(lines.filter((l) => NOTE.test(l)).length, diagram.notes.length, `${path.join('/')}: notes`);
      const order = diagram.messages.map((m) => m.line);
      assert.deepEqual(order, [...order].sort((a, b) => a - b), `${path.join('/')}: drawing order is line order`);
    }
  });

  it('names the participants with their labels and roles, numbers each message with its line', () => {
    const diagram = mermaidOf('client A "Alice"\nserver B\nA -> B: SYN seq=100\n');
    const lines = bodyLines(decodeEntities(diagram.source));
    assert.deepEqual(lines.slice(0, 3), ['  participant P0 as Alice (A, client)', '  participant P1 as B (server)', '  P0->>P1: [3] SYN seq=100']);
    assert.deepEqual(diagram.messages, [{ line: 2 }]);
  });

  it('speaks the user’s language', () => {
    const source = decodeEntities(mermaidOf(HANDSHAKE, { locale: 'zh-cn' }).source);
    assert.match(source, /participant P0 as A \(客户端\)/);
    assert.match(source, /participant P1 as B \(服务器\)/);
  });

  it('draws a lost segment as a lost arrow, marked lost', () => {
    const diagram = mermaidOf('client A\nserver B\nA -x B: SYN seq=x\nA -> B: SYN seq=x\n');
    const arrows = bodyLines(diagram.source).filter((l) => MESSAGE.test(l));
    assert.deepEqual(arrows, ['  P0-xP1: [3] SYN seq=x (lost)', '  P0->>P1: [4] SYN seq=x']);
  });

  it('draws an in-flight segment where it is delivered, with both lines, and notes where it was sent', () => {
    const source = decodeEntities(mermaidOf(read('test', 'fixtures', 'rfc9293', 'figure-07-simultaneous-open.tcpflow')).source);
    const lines = bodyLines(source);
    const sent = lines.findIndex((l) => l.trim() === 'Note over P0: line 4: sent, in flight as a_syn');
    const delivered = lines.findIndex((l) => l.trim() === 'P0-)P1: [4→9] SYN seq=100');
    assert.ok(sent >= 0 && delivered > sent, source);
    assert.ok(lines.some((l) => l.trim() === 'P0-)P1: [11→14] SYN, ACK seq=100 ack=301'), source);
  });

  /** Each `par` block's sections, as the messages drawn in them. */
  function parBlocks(source: string): string[][][] {
    const blocks: string[][][] = [];
    let current: string[][] | undefined;
    for (const line of bodyLines(decodeEntities(source)).map((l) => l.trim())) {
      if (line.startsWith('par ')) blocks.push((current = [[]]));
      else if (current && line === 'and') current.push([]);
      else if (current && line === 'end') current = undefined;
      else if (current && MESSAGE.test(`  ${line}`)) current.at(-1)!.push(line);
    }
    return blocks;
  }

  it('draws crossing SYNs side by side in a par block: the one sent first, delivered last, beside the one it crossed', () => {
    const source = mermaidOf(read('test', 'fixtures', 'rfc9293', 'figure-07-simultaneous-open.tcpflow')).source;
    assert.deepEqual(parBlocks(source), [
      [['P1->>P0: [6] SYN seq=300'], ['P0-)P1: [4→9] SYN seq=100']],
      [['P1->>P0: [12] SYN, ACK seq=300 ack=101'], ['P0-)P1: [11→14] SYN, ACK seq=100 ack=301']],
    ]);
    assertWellFormed(source);
  });

  it('draws crossing FINs of a simultaneous close in a par block', () => {
    const blocks = parBlocks(mermaidOf(read('test', 'fixtures', 'rfc9293', 'figure-13-simultaneous-close.tcpflow')).source);
    assert.ok(blocks.length >= 1);
    const [first, second] = blocks[0]!;
    assert.match(first!.join(), /^P1->>P0: \[\d+\] FIN/);
    assert.match(second!.join(), /^P0-\)P1: \[\d+→\d+\] FIN/);
  });

  it('keeps par blocks for crossings: not for a plain exchange, nor for a late segment that crossed nothing', () => {
    assert.deepEqual(parBlocks(mermaidOf(HANDSHAKE).source), []);
    const late = 'client A\nserver B\nA ~> B: SYN seq=100 as s\ndeliver s\nB -> A: SYN, ACK seq=300 ack=101\n';
    assert.deepEqual(parBlocks(mermaidOf(late).source), []);
    // Both FINs in flight at once, delivered one after the other.
    const crossing = [
      'client A', 'server B', 'A -> B: SYN seq=100', 'B -> A: SYN, ACK seq=300 ack=101', 'A -> B: ACK seq=101 ack=301',
      'A ~> B: FIN, ACK seq=101 ack=301 as fa', 'B ~> A: FIN, ACK seq=301 ack=101 as fb', 'deliver fa', 'deliver fb',
    ].join('\n');
    assert.deepEqual(parBlocks(mermaidOf(crossing).source), [[['P0-)P1: [6→8] FIN, ACK seq=101 ack=301'], ['P1-)P0: [7→9] FIN, ACK seq=301 ack=101']]]);
  });

  it('draws overlapping crossings with properly nested blocks', () => {
    // B's data crosses two of A's segments in turn, and A's second crosses B's ACK: the blocks would overlap.
    const text = [
      'client A', 'server B', 'A -> B: SYN seq=100', 'B -> A: SYN, ACK seq=300 ack=101', 'A -> B: ACK seq=101 ack=301',
      'A ~> B: ACK seq=101 ack=301 len=10 as a1', 'B ~> A: ACK seq=301 ack=101 len=10 as b1', 'deliver a1',
      'A ~> B: ACK seq=111 ack=301 len=10 as a2', 'deliver b1', 'B -> A: ACK seq=311 ack=111', 'deliver a2',
    ].join('\n');
    const diagram = mermaidOf(text);
    assert.equal(parBlocks(diagram.source).length, 1, 'the later crossing, overlapping the first, is drawn without a block');
    assertWellFormed(diagram.source);
  });

  it('shows a wrong assertion, which draws nothing of its own, as an error note on its line', () => {
    const text = 'client A\nserver B\nA -> B: SYN seq=100\nA: ESTABLISHED\n';
    const error = analyze(text).diagnostics.find((d) => d.severity === 'error' && d.range.start.line === 3);
    assert.ok(error, 'the assertion is an error');
    const diagram = mermaidOf(text);
    const notes = bodyLines(decodeEntities(diagram.source)).filter((l) => l.trim().startsWith('Note right of P0: ⚠'));
    assert.equal(notes.length, 1);
    assert.ok(notes[0]!.replace(/<br\/>/g, ' ').includes(renderMessage(error, 'en')), notes[0]);
    assert.equal(diagram.notes.at(-1)?.line, 3);
  });

  it('writes Chinese as Chinese (Mermaid measures the text it is given)', () => {
    const diagram = mermaidOf('client A "浏览器"\nserver B "服务器"\nA -> B: SYN seq=100\n', { locale: 'zh-cn' });
    assert.match(diagram.source, /participant P0 as 浏览器 \(A, 客户端\)/);
  });

  it('draws state changes as notes beside the endpoint, unless states are hidden', () => {
    const shown = mermaidOf(HANDSHAKE);
    assert.ok(bodyLines(shown.source).includes('  Note left of P0: SYN_SENT'));
    assert.ok(bodyLines(shown.source).includes('  Note right of P1: ESTABLISHED'));
    const hidden = mermaidOf(HANDSHAKE, { showStates: false });
    assert.equal(hidden.notes.length, 0);
    assert.ok(!hidden.source.includes('SYN_SENT'));
    assert.equal(hidden.messages.length, shown.messages.length);
  });

  it('draws actions as notes over their endpoint', () => {
    const diagram = mermaidOf(read('test', 'fixtures', 'rfc9293', 'figure-12-normal-close.tcpflow'), { showStates: false });
    assert.deepEqual(bodyLines(diagram.source).filter((l) => NOTE.test(l)), ['  Note over P0: close', '  Note over P1: close', '  Note over P0: timeout']);
  });

  it('puts an illegal line in a tinted block with the diagnostic’s message', () => {
    // A FIN from SYN_SENT: RFC 9293 allows it only once synchronized.
    const text = 'client A\nserver B\nA -> B: SYN seq=100\nA -> B: FIN seq=101\n';
    const error = analyze(text).diagnostics.find((d) => d.severity === 'error' && d.range.start.line === 3);
    assert.ok(error, 'the FIN is an error');
    const diagram = mermaidOf(text, { errorFill: 'rgba(1, 2, 3, 0.5)' });
    const lines = bodyLines(decodeEntities(diagram.source));
    const start = lines.indexOf('  rect rgba(1, 2, 3, 0.5)');
    const end = lines.indexOf('  end', start);
    assert.ok(start >= 0 && end > start, lines.join('\n'));
    const block = lines.slice(start + 1, end);
    assert.ok(block[0]!.startsWith('    P0->>P1: [4] FIN seq=101'), block[0]);
    // The message, in lines short enough for a note.
    const note = block.at(-1)!;
    assert.ok(note.startsWith('    Note right of P0: ⚠ '), note);
    const noteLines = note.slice('    Note right of P0: '.length).split('<br/>');
    assert.equal(noteLines.join(' '), `⚠ ${renderMessage(error, 'en')}`);
    assert.ok(noteLines.every((l) => l.length <= 50), noteLines.join('\n'));
    assert.equal(diagram.notes.at(-1)?.line, 3);
  });

  it('keeps hostile titles, labels and names from breaking the diagram', () => {
    const hostile = [
      'title: end %%{init: {"theme": "dark"}}%% <script>alert(1)</script>; #x -->> B: y',
      'client A "end\\"; participant Z; note over A: <b>hi</b>"',
      'server B "日本語 ✓ : ; #"',
      'A -> B: SYN seq=100',
      'B -> A: SYN, ACK seq=300 ack=101',
    ].join('\n');
    const diagram = mermaidOf(hostile);
    assertWellFormed(diagram.source);
    assert.equal(bodyLines(diagram.source).length, 2 + 1 + 2 + 3, diagram.source);
    assert.ok(decodeEntities(diagram.source).includes('<script>alert(1)</script>'));
  });

  describe('a flow too long to draw at once', () => {
    const lines = ['client A', 'server B', 'A -> B: SYN seq=0', 'B -> A: SYN, ACK seq=0 ack=1', 'A -> B: ACK seq=1 ack=1'];
    for (let i = 0; i < 500; i++) lines.push('A -> B: ACK len=10', 'B -> A: ACK');
    const text = lines.join('\n');

    it('draws a window of at most maxSteps steps around the cursor, with a note saying so', () => {
      const diagram = mermaidOf(text, { maxSteps: 100, aroundLine: 600 });
      assert.ok(diagram.window);
      assert.ok(diagram.window.firstLine <= 600 && diagram.window.lastLine >= 600, JSON.stringify(diagram.window));
      assert.equal(diagram.window.lastLine - diagram.window.firstLine + 1, 100);
      assert.equal(diagram.window.totalSteps, 1005);
      assert.ok(diagram.messages.length <= 100);
      assert.ok(diagram.messages.every((m) => m.line >= diagram.window!.firstLine && m.line <= diagram.window!.lastLine));
      const { firstLine, lastLine } = diagram.window;
      assert.match(decodeEntities(bodyLines(diagram.source)[2]!), new RegExp(`^ {2}Note right of P0: .*${firstLine + 1}.*${lastLine + 1}.*1005`));
      assertWellFormed(diagram.source);
    });

    it('keeps the window inside the flow at either end', () => {
      assert.equal(mermaidOf(text, { maxSteps: 100, aroundLine: 0 }).window?.firstLine, 0);
      assert.equal(mermaidOf(text, { maxSteps: 100, aroundLine: 99_999 }).window?.lastLine, lines.length - 1);
    });

    it('draws the whole flow when it fits', () => {
      const diagram = mermaidOf(text, { maxSteps: 2000 });
      assert.equal(diagram.window, undefined);
      assert.equal(diagram.messages.length, 1003);
    });
  });
});
