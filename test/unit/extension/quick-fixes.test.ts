import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, type Analysis, type Diagnostic, type TextEdit } from '../../../src/core/index';
import { quickFixesIn, type QuickFix } from '../../../src/extension/quick-fixes/quick-fixes';
import { en, zh } from './support/localizer';

function offsetOf(text: string, line: number, character: number): number {
  let offset = 0;
  for (let l = 0; l < line; l++) {
    const next = text.indexOf('\n', offset);
    offset = next < 0 ? text.length : next + 1;
  }
  return offset + character;
}

/** The text after the edits, applied as VS Code applies a WorkspaceEdit (all against the original). */
function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const located = edits.map((e) => ({ from: offsetOf(text, e.range.start.line, e.range.start.character), to: offsetOf(text, e.range.end.line, e.range.end.character), newText: e.newText }));
  located.sort((a, b) => b.from - a.from);
  let result = text;
  for (const e of located) result = result.slice(0, e.from) + e.newText + result.slice(e.to);
  return result;
}

/** Where the diagnostic's line went: lines inserted before it push it down. */
function lineAfter(diagnostic: Diagnostic, edits: readonly TextEdit[]): number {
  const line = diagnostic.range.start.line;
  let shift = 0;
  for (const e of edits) {
    const before = e.range.start.line < line || (e.range.start.line === line && e.range.start.character === 0 && e.newText.endsWith('\n'));
    if (before) shift += e.newText.split('\n').length - 1 - (e.range.end.line - e.range.start.line);
  }
  return line + shift;
}

function fixesOn(analysis: Analysis, line: number): QuickFix[] {
  return quickFixesIn(analysis, { start: { line, character: 0 }, end: { line, character: 0 } }, en);
}

/**
 * Applies the fix and checks what the issue promises: its problem is gone
 * and the fix brings no new error to that line. With `alone`, the line had
 * no other problem, so it must now be free of errors altogether.
 */
function assertFixRepairs(text: string, fix: QuickFix, alone: boolean): string {
  const before = analyze(text).diagnostics.filter((d) => d.range.start.line === fix.diagnostic.range.start.line && d !== fix.diagnostic);
  const fixed = applyEdits(text, fix.edits);
  const line = lineAfter(fix.diagnostic, fix.edits);
  const after = analyze(fixed).diagnostics.filter((d) => d.range.start.line === line);
  const unexplained = after.filter((d) => d.code === fix.diagnostic.code || (d.severity === 'error' && (alone || !before.some((b) => b.code === d.code))));
  assert.deepEqual(unexplained.map((d) => d.code), [], `after "${fix.title}" line ${line + 1} of\n${fixed}`);
  return fixed;
}

const HANDSHAKE_START = 'client A\nserver B\nA -> B: SYN seq=x\n';

const CASES: Array<{ name: string; text: string; line: number; code: string; title: RegExp; expected: string }> = [
  {
    name: 'a wrong ack is replaced by the right one, in the same symbols',
    text: `${HANDSHAKE_START}B -> A: SYN, ACK seq=y ack=x\n`,
    line: 3,
    code: 'wrong-seq|ack-too-high|syn-not-acknowledged|stale-ack|dropped',
    title: /x\+1/,
    expected: 'B -> A: SYN, ACK seq=y ack=x+1',
  },
  {
    name: 'a wrong seq is replaced by the right one',
    text: `${HANDSHAKE_START}B -> A: SYN, ACK seq=y ack=x+1\nA -> B: ACK seq=x ack=y+1\n`,
    line: 4,
    code: 'wrong-seq',
    title: /x\+1/,
    expected: 'A -> B: ACK seq=x+1 ack=y+1',
  },
  {
    name: 'an ACK beyond what was received is replaced',
    text: `${HANDSHAKE_START}B -> A: SYN, ACK seq=y ack=x+1\nA -> B: ACK seq=x+1 ack=y+2\n`,
    line: 4,
    code: 'ack-too-high',
    title: /y\+1/,
    expected: 'A -> B: ACK seq=x+1 ack=y+1',
  },
  {
    name: 'a segment sent before the owed SYN+ACK gets the SYN+ACK inserted before it',
    text: `${HANDSHAKE_START}B -> A: ACK seq=y ack=x+1\n`,
    line: 3,
    code: 'owed-first',
    title: /SYN, ACK/,
    expected: 'B -> A: SYN, ACK',
  },
  {
    name: 'a wrong state assertion is corrected to the state the endpoint is in',
    text: `${HANDSHAKE_START}A: ESTABLISHED\n`,
    line: 3,
    code: 'state-mismatch',
    title: /SYN_SENT/,
    expected: 'A: SYN_SENT',
  },
  {
    name: 'a misspelled flag is corrected',
    text: 'client A\nserver B\nA -> B: SNY seq=x\n',
    line: 2,
    code: 'unknown-flag',
    title: /SYN/,
    expected: 'A -> B: SYN seq=x',
  },
  {
    name: 'a flow that ends owing the final ACK gets it appended',
    text: `${HANDSHAKE_START}B -> A: SYN, ACK seq=y ack=x+1`,
    line: 3,
    code: 'owed-at-end',
    title: /A -> B: ACK seq=x\+1 ack=y\+1/,
    expected: 'A -> B: ACK seq=x+1 ack=y+1',
  },
];

for (const c of CASES) {
  test(`quick fix: ${c.name}`, () => {
    const analysis = analyze(c.text);
    const fixes = fixesOn(analysis, c.line).filter((f) => new RegExp(`^(${c.code})$`).test(f.diagnostic.code));
    assert.ok(fixes.length > 0, `no fix for ${c.code} on line ${c.line + 1}: ${JSON.stringify(analysis.diagnostics.map((d) => [d.code, d.range.start.line]))}`);
    const fix = fixes[0]!;
    assert.match(fix.title, c.title);
    const fixed = assertFixRepairs(c.text, fix, true);
    assert.ok(fixed.includes(c.expected), fixed);
  });
}

test('fix titles follow the user language', () => {
  const analysis = analyze(`${HANDSHAKE_START}A: ESTABLISHED\n`);
  const range = { start: { line: 3, character: 4 }, end: { line: 3, character: 4 } };
  assert.match(quickFixesIn(analysis, range, zh)[0]!.title, /^改为 SYN_SENT$/);
  assert.match(quickFixesIn(analysis, range, en)[0]!.title, /^Change to SYN_SENT$/);
});

test('a range selects the fixes of the diagnostics it touches, and only those', () => {
  const text = `${HANDSHAKE_START}A: ESTABLISHED\nB: CLOSED\n`;
  const analysis = analyze(text);
  const onLine4 = quickFixesIn(analysis, { start: { line: 3, character: 3 }, end: { line: 3, character: 6 } }, en);
  assert.deepEqual(onLine4.map((f) => f.diagnostic.range.start.line), [3]);
  const both = quickFixesIn(analysis, { start: { line: 3, character: 0 }, end: { line: 4, character: 9 } }, en);
  assert.deepEqual(both.map((f) => f.diagnostic.range.start.line), [3, 4]);
  // Outside the squiggle on the same line, but not empty: nothing.
  assert.deepEqual(quickFixesIn(analysis, { start: { line: 3, character: 0 }, end: { line: 3, character: 1 } }, en), []);
  assert.ok(both.every((f) => f.preferred));
});

/** Lines with several problems: each fix removes its own and adds none. */
test('every fix the core offers on a set of broken flows repairs its line', () => {
  const broken = [
    `${HANDSHAKE_START}B -> A: SYN, ACK seq=y ack=x+2\nA -> B: ACK seq=x+1 ack=y+1\n`,
    `${HANDSHAKE_START}B -> A: SYN, ACK seq=y ack=x+1\nA -> B: ACK seq=x+2 ack=y\nA: SYN_RCVD\n`,
    `client A ESTABLISHED\nserver B ESTABLISHED\nA -> B: FIN, ACK seq=u ack=v\nB -> A: ACK seq=v ack=u\nA: FIN_WAIT_2\nB -> A: FIN seq=w ack=u+1\n`,
    `client A ESTABLISHED\nserver B ESTABLISHED\nA: close\nA -> B: ACK seq=u ack=v\n`,
    `A -> B: SYN seq=x\nB -> A: SYN ACK seq=y ack=x+1\nA -> B: ACK seq=x+1 ack=y+1\nB: ESTABLISHD\nA -> B: FIN, ACKK seq=x+1 ack=y+1\n`,
    `A -> B: SYN seq=100\nB -> A: SYN, ACK seq=300 ack=101\nA -> B: ACK, PSH seq=101 ack=301 len=10\nB -> A: ACK seq=301 ack=101\nB -> A: ACK seq=301 ack=121\n`,
  ];
  let checked = 0;
  for (const text of broken) {
    const analysis = analyze(text);
    for (const diagnostic of analysis.diagnostics) {
      for (const fix of fixesOn(analysis, diagnostic.range.start.line).filter((f) => f.diagnostic === diagnostic)) {
        assertFixRepairs(text, fix, false);
        checked++;
      }
    }
  }
  assert.ok(checked >= 8, `only ${checked} fixes were checked`);
});
