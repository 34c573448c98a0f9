// The extension-host mocha suite (test/vscode-suite) inside the test VS Code.
// @vscode/test-electron needs to download VS Code; code-server's workbench
// takes the same two development options in its `payload` query parameter
// (extensionDevelopmentPath, extensionTestsPath), so its extension host loads
// the extension from this repository and runs the suite's run(). The suite
// writes a JSON summary to TCPFLOW_VSCODE_SUITE_REPORT; its mocha output
// reaches the browser console, which is echoed here.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { format } from 'node:util';
import type { ConsoleMessage } from 'playwright-core';
import { repositoryRoot, examplesFolder } from '../../scripts/test-vscode/vsix';
import { openSession, type Session } from './harness/session';

const suiteBundle = join(repositoryRoot, 'dist', 'vscode-suite', 'index.js');

interface SuiteReport {
  passed: number;
  failed: number;
  failures: { title: string; error: string }[];
}

/** The extension host's log lines arrive as ("%c INFO", css, mocha's format, ...its arguments). */
async function extensionHostLine(message: ConsoleMessage): Promise<string | undefined> {
  const args = await Promise.all(message.args().map((a) => a.jsonValue().catch(() => undefined)));
  if (typeof args[0] !== 'string' || !args[0].startsWith('%c') || typeof args[2] !== 'string') return undefined;
  return format(args[2], ...args.slice(3));
}

async function waitForReport(path: string, session: Session, timeoutMs: number): Promise<SuiteReport> {
  const deadline = Date.now() + timeoutMs;
  while (!existsSync(path)) {
    if (Date.now() > deadline) {
      await session.workbench.screenshot('extension-host-suite-timeout');
      assert.fail(`the extension-host suite wrote no report within ${timeoutMs / 1000} s; server log:\n${session.server.output().slice(-3000)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return JSON.parse(readFileSync(path, 'utf8')) as SuiteReport;
}

describe('the extension-host suite in the test VS Code', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'tcpflow-suite-'));
  const reportFile = join(scratch, 'report.json');
  const mochaOutput: string[] = [];
  let session: Session;

  before(async () => {
    assert.ok(existsSync(join(repositoryRoot, 'dist', 'extension.js')), 'dist/extension.js is built (npm run build)');
    const built = spawnSync(process.execPath, [join(repositoryRoot, 'test', 'vscode-suite', 'build.mjs')], { encoding: 'utf8' });
    assert.equal(built.status, 0, `building the suite failed:\n${built.stdout}${built.stderr}`);
    session = await openSession({
      withoutVsix: true,
      folder: examplesFolder,
      env: { TCPFLOW_VSCODE_SUITE_REPORT: reportFile },
      query: (server) => {
        const remote = (path: string) => `vscode-remote://127.0.0.1:${server.port}${path}`;
        return { payload: JSON.stringify([['extensionDevelopmentPath', remote(repositoryRoot)], ['extensionTestsPath', remote(suiteBundle)]]) };
      },
      onPage: (page) => page.on('console', (message) => {
        void extensionHostLine(message).then((line) => {
          if (line !== undefined) mochaOutput.push(line);
        });
      }),
    });
  });

  after(async () => {
    await session?.close();
    rmSync(scratch, { recursive: true, force: true });
  });

  test('every extension-host test passes', async () => {
    const report = await waitForReport(reportFile, session, 300_000);
    console.log(mochaOutput.join('\n'));
    const failures = report.failures.map((f) => `${f.title}\n${f.error}`).join('\n\n');
    assert.equal(report.failed, 0, `extension-host failures:\n${failures}`);
    assert.ok(report.passed > 0, 'the suite ran tests');
  });
});
