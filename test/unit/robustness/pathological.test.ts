// Inputs that break careless parsers: a 1 MB line, 100,000 labels in flight,
// arrows repeated without end, NUL bytes, bytes that are not UTF-8. Each must
// come back with a well-formed answer and diagram. How long they take is
// the bench's business (`npm run bench`, "Pathological"), never a test's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze, renderMessage } from '../../../src/core/index';
import { PATHOLOGICAL_KINDS, labelsInFlight, pathologicalText } from './pathological-inputs';
import { diagramProblems, wellFormednessProblems } from './well-formed';

const MB = 1024 * 1024;

for (const kind of PATHOLOGICAL_KINDS) {
  test(`${kind}, 1 MB: a well-formed analysis and diagram come back`, () => {
    const text = pathologicalText(kind, MB);
    const analysis = analyze(text);
    assert.deepEqual([...wellFormednessProblems(text, analysis), ...diagramProblems(text, analysis)].slice(0, 10), []);
  });
}

test('100,000 labels in flight, delivered in order: legal, and every segment arrives on its deliver line', () => {
  const analysis = analyze(labelsInFlight(100_000));
  assert.deepEqual(analysis.diagnostics.filter((d) => d.severity === 'error'), []);
  const flown = analysis.transmissions.filter((t) => t.label !== undefined);
  assert.equal(flown.length, 100_000);
  // Header of five lines, then 100,000 sends, then the delivers in the same order.
  assert.ok(flown.every((t, i) => t.fate === 'delivered' && t.sentLine === 5 + i && t.deliveredLine === 5 + 100_000 + i));
});

test('100,000 labels never delivered, then an unknown deliver: a warning on each label, and a message that names a few of them', () => {
  const analysis = analyze(`${labelsInFlight(100_000, 'none')}deliver nope\n`);
  const warnings = analysis.diagnostics.filter((d) => d.code === 'never-delivered');
  assert.equal(warnings.length, 100_000);
  assert.ok(warnings.every((d, i) => d.range.start.line === 5 + i && d.args['label'] === `l${i}`));
  const unknown = analysis.diagnostics.find((d) => d.code === 'unknown-flight-label');
  assert.ok(unknown);
  const message = renderMessage(unknown, 'en');
  assert.match(message, /l0, l1, l2, l3, l4, …$/);
  assert.ok(message.length < 200, message);
});

test('tcpflow check reads bytes that are not UTF-8 and judges them, exit 1, without crashing', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tcpflow-robustness-'));
  const file = join(dir, 'noise.tcpflow');
  // Every byte value, with a valid exchange in the middle so there is something to judge.
  const bytes = Buffer.concat([Buffer.from(Array.from({ length: 256 }, (_, i) => i)), Buffer.from('\nclient A\nserver B\nA -> B: SYN\n'), Buffer.from([0xc3, 0x28, 0xff, 0xfe, 0x0a])]);
  writeFileSync(file, bytes);
  const cli = join(import.meta.dirname, '..', '..', '..', 'dist', 'cli.js');
  const result = spawnSync(process.execPath, [cli, 'check', file], { encoding: 'utf8', env: { PATH: process.env['PATH'] ?? '', LANG: 'C' } });
  assert.equal(result.status, 1, result.stderr);
  assert.equal(result.stderr, '');
  const reported = result.stdout.trimEnd().split('\n');
  assert.ok(reported.length > 0 && reported.every((line) => line.startsWith(`${file}:`) && / \[[a-z-]+\]$/.test(line)), result.stdout);
});
