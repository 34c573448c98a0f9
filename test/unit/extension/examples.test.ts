/**
 * The examples a newcomer opens first: each says in its comment what it
 * teaches, and the checker must agree with what the comment promises.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, type Analysis } from '../../../src/core/index';
import { quickFixesIn } from '../../../src/extension/quick-fixes/quick-fixes';
import { en } from './support/localizer';

const EXAMPLES = join(import.meta.dirname, '..', '..', '..', 'examples');

function read(name: string): string {
  return readFileSync(join(EXAMPLES, name), 'utf8');
}

function lineOf(text: string, fragment: string): number {
  const line = text.split('\n').findIndex((l) => l.includes(fragment));
  assert.ok(line >= 0, `no line with ${fragment}`);
  return line;
}

function problems(analysis: Analysis, severity: 'error' | 'warning' | 'information'): string[] {
  return analysis.diagnostics.filter((d) => d.severity === severity).map((d) => `${d.range.start.line}:${d.code}`);
}

/** Legal examples and the only problems (not errors) they may show, as the comments explain. */
const LEGAL: Record<string, string[]> = {
  '01-three-way-handshake.tcpflow': [],
  '02-four-way-teardown.tcpflow': [],
  '03-fin-wait-1-to-time-wait.tcpflow': [],
  '04-simultaneous-close.tcpflow': [],
  '05-old-duplicate-syn.tcpflow': ['dropped'],
  '06-simultaneous-open.tcpflow': [],
  '07-half-close.tcpflow': [],
  '08-lost-syn-retransmitted.tcpflow': ['retransmission'],
};

test('every example starts with a comment that says what it teaches, and has a title', () => {
  const files = readdirSync(EXAMPLES).filter((f) => f.endsWith('.tcpflow'));
  assert.ok(files.length >= 12, files.join());
  for (const file of files) {
    const text = read(file);
    assert.match(text, /^# .+\n(# .*\n)*# Teaches: /, file);
    assert.ok(analyze(text).title, `${file} has no title`);
  }
});

for (const [file, expected] of Object.entries(LEGAL)) {
  test(`${file} is legal`, () => {
    const analysis = analyze(read(file));
    assert.deepEqual(problems(analysis, 'error'), []);
    assert.deepEqual(analysis.diagnostics.map((d) => d.code), expected);
  });
}

test('the seed scenarios reach the states they are about', () => {
  const reaches = (file: string, line: string, endpoint: number, from: string, to: string) => {
    const text = read(file);
    const analysis = analyze(text);
    const step = analysis.steps.find((s) => s.line === lineOf(text, line));
    assert.ok(step?.changes.some((c) => c.endpoint === endpoint && c.from === from && c.to === to), `${file}: ${line} should take ${from} → ${to}`);
  };
  reaches('03-fin-wait-1-to-time-wait.tcpflow', 'B -> A: FIN, ACK seq=v ack=u+1', 0, 'FIN_WAIT_1', 'TIME_WAIT');
  reaches('04-simultaneous-close.tcpflow', 'deliver fin_a', 1, 'FIN_WAIT_1', 'CLOSING');
  reaches('04-simultaneous-close.tcpflow', 'A -> B: ACK seq=u+1 ack=v+1', 1, 'CLOSING', 'TIME_WAIT');
  reaches('05-old-duplicate-syn.tcpflow', 'A -> B: RST seq=z+1', 1, 'SYN_RCVD', 'LISTEN');
  reaches('06-simultaneous-open.tcpflow', 'B -> A: SYN seq=y', 0, 'SYN_SENT', 'SYN_RCVD');
  reaches('02-four-way-teardown.tcpflow', 'A: timeout', 0, 'TIME_WAIT', 'CLOSED');
});

test('each mistake example fails where its comment says, and its quick fix does what the comment promises', () => {
  const fixed = (file: string, fragment: string, code: string): { before: Analysis; after: Analysis } => {
    const text = read(file);
    const before = analyze(text);
    const line = lineOf(text, fragment);
    const fix = quickFixesIn(before, { start: { line, character: 0 }, end: { line, character: 0 } }, en).find((f) => f.diagnostic.code === code);
    assert.ok(fix, `${file}: no ${code} fix on "${fragment}"`);
    const lines = text.split('\n');
    const edit = fix.edits[0]!;
    assert.equal(fix.edits.length, 1);
    const target = lines[edit.range.start.line] ?? '';
    lines[edit.range.start.line] = target.slice(0, edit.range.start.character) + edit.newText + target.slice(edit.range.end.character);
    return { before, after: analyze(lines.join('\n')) };
  };

  const ackOfSyn = fixed('10-mistake-ack-of-syn.tcpflow', 'B -> A: SYN, ACK seq=y ack=x', 'syn-not-acknowledged');
  assert.ok(!ackOfSyn.before.legal);
  assert.ok(ackOfSyn.after.legal && ackOfSyn.after.diagnostics.length === 0, JSON.stringify(ackOfSyn.after.diagnostics));

  const finWait = fixed('11-mistake-fin-wait-2-too-early.tcpflow', 'A: FIN_WAIT_2', 'state-mismatch');
  assert.deepEqual(problems(finWait.before, 'error').map((p) => p.split(':')[1]), ['state-mismatch']);
  assert.ok(finWait.after.legal && finWait.after.diagnostics.length === 0);

  const early = analyze(read('12-mistake-data-before-handshake.tcpflow'));
  assert.deepEqual(problems(early, 'error'), [`${lineOf(read('12-mistake-data-before-handshake.tcpflow'), 'PSH')}:cannot-send`]);

  const missing = fixed('13-mistake-missing-syn-ack.tcpflow', 'B -> A: ACK seq=y', 'owed-first');
  assert.ok(problems(missing.before, 'error').some((p) => p.endsWith('owed-first')));
  assert.ok(!problems(missing.after, 'error').some((p) => p.endsWith('owed-first')));
});
