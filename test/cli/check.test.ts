// `tcpflow check` as a teacher runs it: the built bin (dist/cli.js), real
// files, standard input, exit codes and both output formats.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(__dirname, '../..');
const bin = join(root, 'dist/cli.js');
let dir: string;

const LEGAL = `client A
server B
A -> B: SYN seq=x
B -> A: SYN, ACK seq=y ack=x+1
A -> B: ACK seq=x+1 ack=y+1
`;
const ILLEGAL = `client A
server B
A -> B: SYN seq=x
B -> A: SYN, ACK seq=y ack=x+2
A -> B: ACK seq=x+1 ack=y+1
`;

function tcpflow(args: string[], options: { input?: string; env?: Record<string, string> } = {}) {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: dir,
    input: options.input ?? '',
    encoding: 'utf8',
    env: { PATH: process.env['PATH'] ?? '', LANG: 'C', ...options.env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

before(() => {
  assert.ok(existsSync(bin), 'dist/cli.js is built (npm run build)');
  dir = mkdtempSync(join(tmpdir(), 'tcpflow-cli-'));
  writeFileSync(join(dir, 'legal.tcpflow'), LEGAL);
  writeFileSync(join(dir, 'illegal.tcpflow'), ILLEGAL);
});

test('a legal file prints nothing and exits 0', () => {
  const r = tcpflow(['check', 'legal.tcpflow']);
  assert.equal(r.code, 0);
  assert.equal(r.stdout, '');
});

test('an illegal file prints FILE:LINE:COLUMN: SEVERITY: MESSAGE [CODE] and exits 1', () => {
  const r = tcpflow(['check', 'illegal.tcpflow']);
  assert.equal(r.code, 1);
  const lines = r.stdout.trim().split('\n');
  assert.equal(lines.length, 1, r.stdout);
  assert.match(lines[0]!, /^illegal\.tcpflow:4:28: error: ack must be x\+1: the SYN at line 3 takes one sequence number; .* \[ack-too-high\]$/);
});

test('several files: every problem, in order, and the worst exit code', () => {
  const r = tcpflow(['check', 'legal.tcpflow', 'illegal.tcpflow']);
  assert.equal(r.code, 1);
  assert.match(r.stdout, /^illegal\.tcpflow:4:/);
});

test('--json prints one array with an object per file', () => {
  const r = tcpflow(['check', '--json', 'legal.tcpflow', 'illegal.tcpflow']);
  assert.equal(r.code, 1);
  const report = JSON.parse(r.stdout) as Array<Record<string, unknown>>;
  assert.equal(report.length, 2);
  assert.deepEqual(report[0], {
    file: 'legal.tcpflow',
    legal: true,
    diagnostics: [],
    endpoints: [
      { name: 'A', role: 'client', finalState: 'ESTABLISHED' },
      { name: 'B', role: 'server', finalState: 'ESTABLISHED' },
    ],
  });
  const illegal = report[1] as { legal: boolean; diagnostics: Array<Record<string, unknown>> };
  assert.equal(illegal.legal, false);
  assert.deepEqual(Object.keys(illegal.diagnostics[0]!), ['line', 'column', 'endLine', 'endColumn', 'severity', 'code', 'message']);
  assert.deepEqual(
    { ...illegal.diagnostics[0], message: undefined },
    { line: 4, column: 28, endLine: 4, endColumn: 31, severity: 'error', code: 'ack-too-high', message: undefined },
  );
});

test("'-' reads standard input", () => {
  const r = tcpflow(['check', '-'], { input: ILLEGAL });
  assert.equal(r.code, 1);
  assert.match(r.stdout, /^<stdin>:4:28: error: .*\[ack-too-high\]/);
});

test('an unreadable file is reported, the others are still checked, and the exit code is 2', () => {
  const r = tcpflow(['check', 'missing.tcpflow', 'illegal.tcpflow']);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /missing\.tcpflow: cannot read: ENOENT/);
  assert.match(r.stdout, /illegal\.tcpflow:4:28: error/);
});

test('usage errors exit 2 with the usage text', () => {
  for (const args of [['check'], ['frobnicate'], ['check', '--bogus', 'legal.tcpflow'], ['check', '--lang', 'fr', 'legal.tcpflow']]) {
    const r = tcpflow(args);
    assert.equal(r.code, 2, args.join(' '));
    assert.match(r.stderr, /Usage: tcpflow check/);
  }
  const help = tcpflow(['--help']);
  assert.equal(help.code, 0);
  assert.match(help.stdout, /Usage: tcpflow check/);
});

test('--lang zh-cn and LANG=zh_CN.UTF-8 speak Simplified Chinese; codes stay the same', () => {
  const byFlag = tcpflow(['check', '--lang', 'zh-cn', 'illegal.tcpflow']);
  assert.match(byFlag.stdout, /ack 应为 x\+1:第 3 行的 SYN 占用一个序号.*\[ack-too-high\]/);
  const byEnv = tcpflow(['check', 'illegal.tcpflow'], { env: { LANG: 'zh_CN.UTF-8' } });
  assert.equal(byEnv.stdout, byFlag.stdout);
  const english = tcpflow(['check', '--lang', 'en', 'illegal.tcpflow'], { env: { LANG: 'zh_CN.UTF-8' } });
  assert.match(english.stdout, /ack must be x\+1/);
});

test('mermaid prints the exchange as a sequence diagram, one message per segment', () => {
  const r = tcpflow(['mermaid', 'legal.tcpflow']);
  assert.equal(r.code, 0);
  assert.match(r.stdout, /^sequenceDiagram\n/);
  assert.deepEqual(r.stdout.match(/^ {2}P[01](->>|-x|-\))P[01]: .*$/gm), [
    '  P0->>P1: [3] SYN seq=x',
    '  P1->>P0: [4] SYN, ACK seq=y ack=x+1',
    '  P0->>P1: [5] ACK seq=x+1 ack=y+1',
  ]);
  assert.equal(tcpflow(['mermaid', 'legal.tcpflow', 'illegal.tcpflow']).code, 2);
});
