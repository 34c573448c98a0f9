// Every diagnostic the parser reports: its code, its exact range, the
// message a user reads, and the quick fix when there is a near miss.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, renderMessage, DIAGNOSTICS } from '../../../src/core/index';
import { at, show } from './helpers';

interface Case {
  readonly text: string;
  readonly code: string;
  /** `line:start-end` */
  readonly range: string;
  readonly message: string;
  /** The text the quick fix writes over the range `fixRange` (default: `range`). */
  readonly fix?: string;
  readonly fixRange?: string;
  /** Whether a statement is still produced for the line (default: no). */
  readonly kept?: boolean;
}

const CASES: readonly Case[] = [
  { text: 'A B C', code: 'unknown-statement', range: '0:0-5', message: "expected a statement such as 'client A', 'A -> B: SYN', 'deliver LABEL' or 'A: ESTABLISHED'" },
  { text: 'clinet A', code: 'unknown-statement', range: '0:0-8', message: "expected a statement such as 'client A', 'A -> B: SYN', 'deliver LABEL' or 'A: ESTABLISHED'; did you mean client?", fix: 'client', fixRange: '0:0-6' },
  { text: 'delvier s1', code: 'unknown-statement', range: '0:0-10', message: "expected a statement such as 'client A', 'A -> B: SYN', 'deliver LABEL' or 'A: ESTABLISHED'; did you mean deliver?", fix: 'deliver', fixRange: '0:0-7' },
  { text: 'sever B', code: 'unknown-statement', range: '0:0-7', message: "expected a statement such as 'client A', 'A -> B: SYN', 'deliver LABEL' or 'A: ESTABLISHED'; did you mean server?", fix: 'server', fixRange: '0:0-5' },
  { text: 'title Handshake', code: 'expected-colon', range: '0:0-5', message: "expected ':' after 'title'" },
  { text: 'A -> B SYN', code: 'expected-colon', range: '0:7-10', message: "expected ':' after 'B'", kept: true },
  { text: 'A -> B', code: 'expected-colon', range: '0:5-6', message: "expected ':' after 'B'", kept: true },
  { text: 'A -> : SYN', code: 'expected-endpoint', range: '0:2-4', message: "expected an endpoint name after '->'" },
  { text: 'client', code: 'expected-endpoint', range: '0:0-6', message: "expected an endpoint name after 'client'" },
  { text: '-> B: SYN', code: 'expected-sender', range: '0:0-2', message: "expected the sending endpoint's name before '->'" },
  { text: '1A -> B: SYN', code: 'bad-name', range: '0:0-2', message: "'1A' is not an endpoint name: a name is a letter followed by letters, digits, '_' or '-'" },
  { text: 'client A!', code: 'bad-name', range: '0:7-9', message: "'A!' is not an endpoint name: a name is a letter followed by letters, digits, '_' or '-'" },
  { text: 'title -> B: SYN', code: 'reserved-name', range: '0:0-5', message: "'title' is a keyword and cannot name an endpoint" },
  { text: 'Deliver: CLOSED', code: 'reserved-name', range: '0:0-7', message: "'Deliver' is a keyword and cannot name an endpoint" },
  { text: 'A -> B: seq=1', code: 'expected-flag', range: '0:8-13', message: "expected a flag such as SYN, ACK, FIN after ':'", kept: true },
  { text: 'A -> B:', code: 'expected-flag', range: '0:6-7', message: "expected a flag such as SYN, ACK, FIN after ':'", kept: true },
  { text: 'A -> B: SYNN seq=1', code: 'unknown-flag', range: '0:8-12', message: 'SYNN: did you mean SYN?', fix: 'SYN', kept: true },
  { text: 'A -> B: SYN-ACK', code: 'unknown-flag', range: '0:8-15', message: 'SYN-ACK: did you mean SYN+ACK?', fix: 'SYN+ACK', kept: true },
  { text: 'A -> B: HELLO', code: 'unknown-flag', range: '0:8-13', message: 'HELLO: not a flag; expected SYN, ACK, FIN, RST, PSH, URG, ECE or CWR', kept: true },
  { text: 'A -> B: 42', code: 'unknown-flag', range: '0:8-10', message: '42: not a flag; expected SYN, ACK, FIN, RST, PSH, URG, ECE or CWR', kept: true },
  { text: 'A -> B: SYN=2', code: 'bad-flag-value', range: '0:8-13', message: 'SYN=2: a flag is 1 (set) or 0 (absent)', kept: true },
  { text: 'A -> B: SYN, SYN', code: 'repeated-flag', range: '0:13-16', message: 'SYN is written twice', kept: true },
  { text: 'A -> B: SYN sqe=1', code: 'unknown-field', range: '0:12-15', message: 'sqe: did you mean seq?', fix: 'seq', kept: true },
  { text: 'A -> B: ACK length=5', code: 'unknown-field', range: '0:12-18', message: 'length: did you mean len?', fix: 'len', kept: true },
  { text: 'A -> B: ACK foo=5', code: 'unknown-field', range: '0:12-15', message: 'foo: not a segment field; expected seq=, ack=, len=, data= or win=', kept: true },
  { text: 'A -> B: ACK sequ', code: 'unknown-field', range: '0:12-16', message: 'sequ: did you mean seq=?', fix: 'seq=', kept: true },
  { text: 'A -> B: SYN seq=1 seq=2', code: 'repeated-field', range: '0:18-23', message: 'seq= is given twice; a segment has one seq', kept: true },
  { text: 'A -> B: SYN seq= len=1', code: 'expected-value', range: '0:12-16', message: 'expected a value after seq=', kept: true },
  { text: 'A -> B: SYN seq', code: 'expected-value', range: '0:12-15', message: 'expected a value after seq=', kept: true },
  { text: 'A -> B: SYN seq=4294967296', code: 'bad-number', range: '0:16-26', message: '4294967296: expected a whole number from 0 to 4294967295', kept: true },
  { text: 'A -> B: ACK len=-1', code: 'bad-number', range: '0:16-18', message: '-1: expected a whole number from 0 to 4294967295', kept: true },
  { text: 'A -> B: SYN seq=x+4294967296', code: 'bad-number', range: '0:18-28', message: '4294967296: expected a whole number from 0 to 4294967295', kept: true },
  { text: 'A -> B: SYN seq=x+y', code: 'bad-expression', range: '0:16-19', message: 'x+y: expected a number or a symbol such as x, x+1 or y-1', kept: true },
  { text: 'A -> B: SYN seq=X+1', code: 'uppercase-symbol', range: '0:16-19', message: 'X+1: symbols are lowercase (write x+1)', fix: 'x+1', kept: true },
  { text: 'A -> B: ACK data="abc', code: 'unterminated-string', range: '0:17-21', message: 'this string has no closing quote', kept: true },
  { text: 'client A "Alice', code: 'unterminated-string', range: '0:9-15', message: 'this string has no closing quote', kept: true },
  { text: 'A -> B: ACK data=abc', code: 'expected-string', range: '0:17-20', message: 'abc: data= takes quoted text, such as data="hello"', kept: true },
  { text: 'A -> B: SYN ack=1', code: 'ack-without-ack-flag', range: '0:12-17', message: 'ack= is only allowed when the ACK flag is set', kept: true },
  { text: 'A -> B: SYN=1, ACK=0, ack=1', code: 'ack-without-ack-flag', range: '0:22-27', message: 'ack= is only allowed when the ACK flag is set', kept: true },
  { text: 'A: ESTABLISED', code: 'unknown-state-or-action', range: '0:3-13', message: 'ESTABLISED: did you mean ESTABLISHED?', fix: 'ESTABLISHED' },
  { text: 'A: clsoe', code: 'unknown-state-or-action', range: '0:3-8', message: 'clsoe: did you mean close?', fix: 'close' },
  { text: 'A: SYN', code: 'unknown-state-or-action', range: '0:3-6', message: 'SYN: neither a state (such as ESTABLISHED) nor an action (listen, connect, close, abort, timeout)' },
  { text: 'A:', code: 'expected-state-or-action', range: '0:1-2', message: "expected a state such as ESTABLISHED or an action such as close after ':'" },
  { text: 'server B LISTNE', code: 'unknown-state', range: '0:9-15', message: 'LISTNE: did you mean LISTEN?', fix: 'LISTEN', kept: true },
  { text: 'server B OPEN', code: 'unknown-state', range: '0:9-13', message: 'OPEN: not a state; expected one such as CLOSED, LISTEN, SYN_SENT or ESTABLISHED', kept: true },
  { text: 'deliver', code: 'expected-label', range: '0:0-7', message: "expected a label after 'deliver', such as 'syn1'" },
  { text: 'A ~> B: SYN as', code: 'expected-label', range: '0:12-14', message: "expected a label after 'as', such as 'syn1'", kept: true },
  { text: 'deliver s!', code: 'bad-label', range: '0:8-10', message: "'s!' is not a label: a label is letters, digits, '_' or '-'" },
  { text: 'A ~> B: SYN seq=1', code: 'missing-flight-label', range: '0:2-4', message: "a segment sent with '~>' stays in flight: name it with 'as LABEL' so that 'deliver LABEL' can deliver it", kept: true },
  { text: 'A -> B: SYN as s1', code: 'flight-label-on-arrow', range: '0:12-17', message: "'as s1' names an in-flight segment; only '~>' sends one", kept: true },
  { text: 'A: CLOSED now', code: 'unexpected-text', range: '0:10-13', message: "unexpected 'now' at the end of the line", kept: true },
  { text: 'deliver s1 s2', code: 'unexpected-text', range: '0:11-13', message: "unexpected 's2' at the end of the line", kept: true },
  { text: 'A ~> B: SYN as s1 s2', code: 'unexpected-text', range: '0:18-20', message: "unexpected 's2' at the end of the line", kept: true },
  { text: 'A：CLOSED', code: 'full-width-punctuation', range: '0:1-2', message: "'：' is a full-width character; write ':'", fix: ':', kept: true },
  { text: 'A -> B: SYN，ACK seq=1 ack=1', code: 'full-width-punctuation', range: '0:11-12', message: "'，' is a full-width character; write ','", fix: ',', kept: true },
  { text: 'title: one\ntitle: two', code: 'repeated-title', range: '1:0-10', message: 'the title is already given on line 1; this one replaces it', kept: true },
];

describe('each syntax diagnostic, with its range and message', () => {
  for (const c of CASES) {
    test(`${c.code}: ${JSON.stringify(c.text)}`, () => {
      const document = parse(c.text);
      const found = document.diagnostics.find((d) => d.code === c.code);
      assert.ok(found, `expected ${c.code}, got ${JSON.stringify(document.diagnostics.map(show))}`);
      assert.equal(at(found.range), c.range);
      assert.equal(renderMessage(found, 'en'), c.message);
      assert.equal(found.severity, DIAGNOSTICS[found.code].severity);
      if (c.fix === undefined) assert.equal(found.fixes, undefined);
      else {
        assert.equal(found.fixes?.length, 1);
        const fix = found.fixes![0]!;
        assert.deepEqual(fix.title, { key: 'fix-replace', args: { text: c.fix } });
        assert.equal(fix.edits.length, 1);
        assert.equal(fix.edits[0]!.newText, c.fix);
        assert.equal(at(fix.edits[0]!.range), c.fixRange ?? c.range);
      }
      const line = found.range.start.line;
      const statement = document.statements.find((s) => s.line === line);
      assert.equal(statement !== undefined, c.kept ?? false, 'whether the line still yields a statement');
      if (statement) assert.equal(statement.hasSyntaxError, found.severity === 'error');
    });
  }
});

describe('messages', () => {
  test('every case reads in Simplified Chinese with no placeholder left', () => {
    for (const c of CASES) {
      for (const d of parse(c.text).diagnostics) {
        const zh = renderMessage(d, 'zh-cn');
        assert.doesNotMatch(zh, /\{[a-z]+\}/, `${d.code} in zh-cn: ${zh}`);
        assert.notEqual(zh, renderMessage(d, 'en'));
      }
    }
  });
  test('a huge word is quoted shortened', () => {
    const word = 'Q'.repeat(10_000);
    const [d] = parse(`A: CLOSED ${word}`).diagnostics;
    assert.equal(d?.code, 'unexpected-text');
    assert.ok(renderMessage(d!, 'en').length < 100);
    assert.equal(at(d!.range), '0:10-10010');
  });
});

test('every code the parser can report has a case above', () => {
  const dir = join(__dirname, '../../../src/core/syntax');
  const reported = new Set<string>();
  for (const file of readdirSync(dir)) {
    const source = readFileSync(join(dir, file), 'utf8');
    for (const match of source.matchAll(/(?:report|reportWord)\('([a-z-]+)'/g)) reported.add(match[1]!);
  }
  assert.ok(reported.size > 20, `found the parser's codes (${reported.size})`);
  const tested = new Set(CASES.map((c) => c.code));
  assert.deepEqual([...reported].filter((code) => !tested.has(code)), []);
  for (const code of reported) assert.ok(code in DIAGNOSTICS, `${code} is in the catalogue`);
});
