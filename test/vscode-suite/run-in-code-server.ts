/**
 * Runs the extension-host suite in the test VS Code (code-server, installed
 * by scripts/install-test-vscode.mjs) with this repository as the extension
 * under development, and prints `N passed, N failed`. Exit code 1 on any
 * failure or when the suite never reports.
 *
 *   npm run build && npm run build:vscode-suite && node --import tsx test/vscode-suite/run-in-code-server.ts [--locale zh-cn]
 */
import { chromium } from 'playwright-core';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumPath } from '../../scripts/install-test-vscode.mjs';
import { startCodeServer } from '../../scripts/test-vscode/code-server';

const ROOT = join(import.meta.dirname, '..', '..');
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const TIMEOUT_MS = 300_000;

interface Report {
  readonly passed: number;
  readonly failed: number;
  readonly failures: ReadonlyArray<{ title: string; error: string }>;
}

async function main(): Promise<number> {
  const localeIndex = process.argv.indexOf('--locale');
  const locale = localeIndex > 0 ? process.argv[localeIndex + 1] : undefined;
  const scratch = mkdtempSync(join(tmpdir(), 'tcpflow-vscode-suite-'));
  const report = join(scratch, 'report.json');
  const server = await startCodeServer({
    folder: join(ROOT, 'examples'),
    env: { TCPFLOW_VSCODE_SUITE_REPORT: report },
    stateDir: join(scratch, 'vscode'),
    ...(locale ? { locale } : {}),
  });
  const browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: CHROMIUM_ARGS });
  try {
    // The extension host runs on the server: both paths are URIs of the server's file system.
    const remote = (path: string) => `vscode-remote://${new URL(server.url).host}${path}`;
    const payload = [
      ['extensionDevelopmentPath', remote(ROOT)],
      ['extensionTestsPath', remote(join(ROOT, 'dist', 'vscode-suite', 'index.js'))],
    ];
    const page = await browser.newPage();
    await page.goto(server.workbenchUrl({ payload: JSON.stringify(payload) }));
    const deadline = Date.now() + TIMEOUT_MS;
    while (!existsSync(report) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 500));
    if (!existsSync(report)) {
      console.error(`the suite did not report within ${TIMEOUT_MS / 1000} s; server log:\n${server.output().slice(-4000)}`);
      return 1;
    }
    const result = JSON.parse(readFileSync(report, 'utf8')) as Report;
    for (const failure of result.failures) console.error(`✖ ${failure.title}\n${failure.error}\n`);
    console.log(`${result.passed} passed, ${result.failed} failed`);
    return result.failed === 0 && result.passed > 0 ? 0 : 1;
  } finally {
    await browser.close();
    await server.stop();
    rmSync(scratch, { recursive: true, force: true, maxRetries: 3 });
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
