// RFC 9293's own example exchanges (Figures 6–13) must come out legal, with
// the states the figures show (each fixture asserts them on its own lines).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../../src/core/index';
import { describe as describeDiagnostics, errors, finalState } from './helpers';

const dir = join(__dirname, '../../fixtures/rfc9293');
const figures = readdirSync(dir).filter((f) => f.endsWith('.tcpflow')).sort();

test('all eight figures are present', () => {
  assert.deepEqual(
    figures.map((f) => f.slice(0, 9)),
    ['figure-06', 'figure-07', 'figure-08', 'figure-09', 'figure-10', 'figure-11', 'figure-12', 'figure-13'],
  );
});

for (const figure of figures) {
  test(`${figure} is legal and reaches the figure's states`, () => {
    const text = readFileSync(join(dir, figure), 'utf8');
    const analysis = analyze(text);
    assert.deepEqual(errors(analysis), [], describeDiagnostics(analysis));
    const assertions = analysis.steps.filter((s) => s.statement.kind === 'assertion').length;
    assert.ok(assertions >= 2, 'the fixture checks states along the way');
  });
}

test('Figure 6 ends with both endpoints ESTABLISHED and nothing owed', () => {
  const analysis = analyze(readFileSync(join(dir, 'figure-06-basic-handshake.tcpflow'), 'utf8'));
  assert.equal(finalState(analysis, 'A'), 'ESTABLISHED');
  assert.equal(finalState(analysis, 'B'), 'ESTABLISHED');
  assert.equal(analysis.diagnostics.length, 0, describeDiagnostics(analysis));
});

test('Figure 8: B drops nothing it should process, and A answers the bad SYN+ACK with the RST it owes', () => {
  const analysis = analyze(readFileSync(join(dir, 'figure-08-old-duplicate-syn.tcpflow'), 'utf8'));
  const synAck = analysis.transmissions.find((t) => t.sentLine === 9)!;
  assert.equal(synAck.dropped, true, 'A drops the SYN+ACK that acknowledges the old SYN');
  const rst = analysis.steps.find((s) => s.line === 9)!;
  assert.equal(rst.after[0]!.owes, 'RST');
});

test('Figure 9: the half-open side is reset, and the retried SYN meets a closed port', () => {
  const analysis = analyze(readFileSync(join(dir, 'figure-09-half-open-discovery.tcpflow'), 'utf8'));
  assert.equal(finalState(analysis, 'B'), 'CLOSED');
  assert.equal(finalState(analysis, 'A'), 'SYN_SENT');
  assert.ok(analysis.diagnostics.some((d) => d.code === 'owed-at-end'), 'B ends owing the RST for the retried SYN');
});
