// Lexical rules (line ends, BOM, comments, case) and recovery: one bad line
// never hides another.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from '../../../src/core/index';
import { at, show } from './helpers';
import { plainData } from '../../support/plain-data';

describe('lines', () => {
  const lf = 'client A\nserver B\nA -> B: SYN seq=x\n';
  test('CRLF gives the same statements and ranges as LF', () => {
    const crlf = parse(lf.replace(/\n/g, '\r\n'));
    assert.deepStrictEqual(plainData(crlf), plainData(parse(lf)));
  });
  test('a line reads the same wherever it stands, whatever the lines around it hold', () => {
    // The parser reads lines at their offsets in the whole text: quotes, `#` and full-width punctuation of one line must not reach another.
    const lines = ['title: 握手', 'client A "甲：乙" # note: "quoted"', 'A -> B：SYN，ACK seq=x ack=y+1 # #2', 'B -> A: ACK data="a#b" seq=y', 'A -x B: FIN seq=x+1', 'A ~> B: ACK as "1'];
    const whole = parse(`\ufeff${lines.join('\r\n')}`);
    lines.forEach((line, n) => {
      const alone = parse('\n'.repeat(n) + line);
      assert.deepStrictEqual(plainData(whole.statements.filter((s) => s.line === n)), plainData(alone.statements), `line ${n}`);
      assert.deepStrictEqual(plainData(whole.diagnostics.filter((d) => d.range.start.line === n)), plainData(alone.diagnostics), `line ${n}`);
    });
    assert.equal(whole.diagnostics.filter((d) => d.code === 'full-width-punctuation').length, 2);
  });
  test('a lone CR ends a line too, as in the editor', () => {
    const cr = parse('client A\rserver B');
    assert.deepEqual(cr.statements.map((s) => s.line), [0, 1]);
    assert.equal(cr.lineCount, 2);
  });
  test('lineCount counts the empty line after a final newline, as the editor does', () => {
    assert.equal(parse('').lineCount, 1);
    assert.equal(parse('client A').lineCount, 1);
    assert.equal(parse('client A\n').lineCount, 2);
    assert.equal(parse('client A\r\n\r\n').lineCount, 3);
  });
  test('a byte-order mark is not counted in columns', () => {
    const withBom = parse('\ufeffclient A\nA: CLOSED x');
    assert.deepStrictEqual(plainData(withBom), plainData(parse('client A\nA: CLOSED x')));
    const first = withBom.statements[0]!;
    assert.equal(at(first.range), '0:0-8');
  });
  test('blank lines and comment-only lines have no statement', () => {
    const document = parse('\n   \t\n# a comment\n  # indented comment\nclient A # declares A\n');
    assert.deepEqual(document.diagnostics, []);
    assert.deepEqual(document.statements.map((s) => [s.line, at(s.range)]), [[4, '4:0-8']]);
  });
  test('indented statements keep their columns', () => {
    const [s] = parse('    A: CLOSED   ').statements;
    assert.equal(at(s!.range), '0:4-13');
  });
  test('a # inside a quoted string is not a comment', () => {
    const [s] = parse('A -> B: ACK data="#1" # real comment').statements;
    assert.equal(s?.kind === 'segment' && s.segment.data?.value, '#1');
    assert.equal(at(s!.range), '0:0-21');
  });
  test('UTF-16 columns after characters outside the BMP', () => {
    // 𝒜 is a letter written as two UTF-16 units.
    const document = parse('client 𝒜 ESTABLISHD');
    assert.deepEqual(document.diagnostics.map((d) => [d.code, at(d.range)]), [['unknown-state', '0:10-20']]);
    const emoji = parse('client 😀');
    assert.deepEqual(emoji.diagnostics.map((d) => [d.code, at(d.range)]), [['bad-name', '0:7-9']]);
  });
});

describe('full-width punctuation from a Chinese input method', () => {
  test('is read as the ASCII character it stands for, once reported', () => {
    const document = parse('A：CLOSED\nA -> B：SYN，ACK seq=1 ack=1');
    assert.deepEqual(document.diagnostics.map((d) => [d.code, at(d.range)]), [['full-width-punctuation', '0:1-2'], ['full-width-punctuation', '1:6-7'], ['full-width-punctuation', '1:10-11']]);
    const [assertion, segment] = document.statements;
    assert.ok(assertion?.kind === 'assertion' && assertion.state.value === 'CLOSED' && assertion.hasSyntaxError);
    assert.ok(segment?.kind === 'segment');
    assert.deepEqual([...segment.segment.flagSet], ['SYN', 'ACK']);
  });
  test('inside quotes, comments and a title text it is just text', () => {
    const document = parse('title: 握手，挥手\nclient A "甲：乙"  # 注释：说明\nA -> B: ACK data="你好，世界"');
    assert.deepEqual(document.diagnostics, []);
    assert.equal(document.statements[0]?.kind === 'title' && document.statements[0].title.value, '握手，挥手');
    const [, , segment] = document.statements;
    assert.equal(segment?.kind === 'segment' && segment.segment.data?.value, '你好，世界');
    assert.equal(segment?.kind === 'segment' && segment.segment.payloadLength, 15);
  });
});

describe('case', () => {
  test('keywords, flags, states and fields in any case', () => {
    const document = parse('Client A\nSERVER B listen\nA -> B: syn Seq=1\nB -> a: Syn+Ack SEQ=2 ACK=2\nDeliver x');
    assert.deepEqual(document.diagnostics.map(show), []);
    assert.deepEqual(document.statements.map((s) => s.kind), ['declaration', 'declaration', 'segment', 'segment', 'deliver']);
  });
  test('names and labels keep their case', () => {
    const [s] = parse('Host-A ~> b: SYN as Old').statements;
    assert.ok(s?.kind === 'segment');
    assert.deepEqual([s.sender.value, s.receiver.value, s.flightLabel?.value], ['Host-A', 'b', 'Old']);
  });
});

describe('recovery', () => {
  test('errors on lines 2 and 4 are both reported, and line 3 is still parsed', () => {
    const document = parse('client A\nA -> B: SYNN\nA -> B: SYN seq=x\nA: ESTABLSHED\nA: SYN_SENT\n');
    assert.deepEqual(document.diagnostics.map((d) => [d.range.start.line, d.code]), [[1, 'unknown-flag'], [3, 'unknown-state-or-action']]);
    assert.deepEqual(document.statements.map((s) => [s.line, s.kind, s.hasSyntaxError]), [
      [0, 'declaration', false],
      [1, 'segment', true],
      [2, 'segment', false],
      [4, 'assertion', false],
    ]);
  });
  test('several errors on one line are all reported, in column order', () => {
    const document = parse('A -> B: SYNN sqe=1 len=x');
    assert.deepEqual(document.diagnostics.map((d) => [d.code, d.range.start.character]), [['unknown-flag', 8], ['unknown-field', 13], ['bad-number', 23]]);
  });
  test('a line of junk gets a bounded number of diagnostics and does not hide the next line', () => {
    const document = parse(`A -> B: ${'SYNN '.repeat(1000)}\nA: ESTABLSHED`);
    const onFirst = document.diagnostics.filter((d) => d.range.start.line === 0);
    assert.equal(onFirst.length, 20);
    assert.equal(document.statements[0]?.hasSyntaxError, true);
    assert.deepEqual(document.diagnostics.filter((d) => d.range.start.line === 1).map((d) => d.code), ['unknown-state-or-action']);
  });
  test('a line without its colon still has its segment checked', () => {
    const document = parse('A -> B SYNN');
    assert.deepEqual(document.diagnostics.map((d) => d.code), ['expected-colon', 'unknown-flag']);
  });
});
