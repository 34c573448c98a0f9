import './support/install-fake-vscode';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { analyze } from '../../../src/core/index';
import { selectDiagnostics } from '../../../src/extension/diagnostics/selection';
import { toVscodeDiagnostic, vscodeDiagnosticsFor } from '../../../src/extension/diagnostics/vscode-diagnostics';
import { fromVscodeRange, toVscodeRange } from '../../../src/extension/ranges';
import { en, zh } from './support/localizer';

const uri = { toString: () => 'untitled:Untitled-1' } as unknown as vscode.Uri;
const ALL = { showWarnings: true, showInformation: true, maxProblems: 1000 };

// FIN_WAIT_1 asserted where A is still ESTABLISHED, with a related line; a dropped segment (warning, unnecessary).
const FLOW = `client A ESTABLISHED
server B ESTABLISHED
A -> B: FIN, ACK seq=u ack=v
A: FIN_WAIT_2
B -> A: ACK seq=v ack=u
B -> A: ACK seq=v ack=u+1
`;

test('a core diagnostic becomes a VS Code diagnostic with severity, code, source, related line and message', () => {
  const analysis = analyze(FLOW);
  const mismatch = analysis.diagnostics.find((d) => d.code === 'state-mismatch');
  assert.ok(mismatch, JSON.stringify(analysis.diagnostics.map((d) => d.code)));
  const converted = toVscodeDiagnostic(mismatch, uri, en);
  assert.equal(converted.severity, vscode.DiagnosticSeverity.Error);
  assert.equal(converted.code, 'state-mismatch');
  assert.equal(converted.source, 'tcpflow');
  assert.equal(converted.message, 'A is in FIN_WAIT_1 here, not FIN_WAIT_2');
  assert.deepEqual(fromVscodeRange(converted.range), mismatch.range);
  const related = converted.relatedInformation?.[0];
  assert.ok(related, 'the line that put A in FIN_WAIT_1 is related');
  assert.equal(related.location.uri, uri);
  assert.equal(related.location.range.start.line, 2);
  assert.match(related.message, /A.*FIN_WAIT_1/);
  assert.equal(toVscodeDiagnostic(mismatch, uri, zh).message, 'A 此时处于 FIN_WAIT_1 状态,而不是 FIN_WAIT_2');
});

// The same 5 bytes sent twice: a retransmission (information) that the receiver drops (warning).
const RETRANSMITTED = `A -> B: SYN seq=x
B -> A: SYN, ACK seq=y ack=x+1
A -> B: ACK seq=x+1 ack=y+1
A -> B: ACK, PSH seq=x+1 ack=y+1 len=5
A -> B: ACK, PSH seq=x+1 ack=y+1 len=5
A: LISTEN
`;

test('a segment the receiver drops is a warning greyed out as unnecessary', () => {
  const dropped = analyze('client A\nserver B\nA -> B: RST seq=5\n').diagnostics.find((d) => d.code === 'dropped');
  assert.ok(dropped);
  const converted = toVscodeDiagnostic(dropped, uri, en);
  assert.equal(converted.severity, vscode.DiagnosticSeverity.Warning);
  assert.deepEqual(converted.tags, [vscode.DiagnosticTag.Unnecessary]);
});

test('ranges convert both ways without arithmetic, whatever the characters before them', () => {
  // 😀 is two UTF-16 code units, as VS Code counts them.
  const text = 'title: 😀 demo\nA -> B: SYN seq=x data="😀😀" win=5 # 😀\nB -> A: SYN, ACK seq=y ack=x+2\n';
  const analysis = analyze(text);
  const wrong = analysis.diagnostics.find((d) => d.code === 'ack-too-high');
  assert.ok(wrong);
  const range = toVscodeRange(wrong.range);
  const line = text.split('\n')[2]!;
  assert.equal(line.slice(range.start.character, range.end.character), 'x+2');
  assert.deepEqual(fromVscodeRange(range), wrong.range);
});

test('the settings hide warnings and information but never errors', () => {
  const diagnostics = analyze(RETRANSMITTED).diagnostics;
  const severities = (settings: typeof ALL) => new Set(selectDiagnostics(diagnostics, settings).shown.map((d) => d.severity));
  assert.deepEqual(severities(ALL), new Set(['error', 'warning', 'information']));
  assert.deepEqual(severities({ ...ALL, showWarnings: false }), new Set(['error', 'information']));
  assert.deepEqual(severities({ ...ALL, showWarnings: false, showInformation: false }), new Set(['error']));
});

test('a flood of problems is capped, with a notice of how many were left out', () => {
  const lines = ['client A', 'server B'];
  for (let i = 0; i < 1500; i++) lines.push('A: LISTEN');
  const analysis = analyze(`${lines.join('\n')}\n`);
  assert.equal(analysis.diagnostics.length, 1500);
  const published = vscodeDiagnosticsFor(analysis, uri, { ...ALL, maxProblems: 1000 }, en);
  assert.equal(published.length, 1001);
  const notice = published[0]!;
  assert.equal(notice.severity, vscode.DiagnosticSeverity.Information);
  assert.match(notice.message, /^500 more problems in this file are not listed: only the first 1000 are shown/);
  assert.match(vscodeDiagnosticsFor(analysis, uri, { ...ALL, maxProblems: 1000 }, zh)[0]!.message, /还有 500 个问题未列出/);
  assert.equal(vscodeDiagnosticsFor(analysis, uri, { ...ALL, maxProblems: 5000 }, en).length, 1500);
});
