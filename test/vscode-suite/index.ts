/**
 * The extension-host suite: mocha tests that run inside a real VS Code with
 * this extension loaded, and ask VS Code itself (getDiagnostics and the
 * execute*Provider commands) what a user would see.
 *
 * Entry point for a test runner: `dist/vscode-suite/index.js` (built by
 * `npm run build:vscode-suite`), exporting `run()`, as VS Code expects of
 * `--extensionTestsPath` (or the `extensionTestsPath` of a web workbench's
 * development payload, with `extensionDevelopmentPath` set to the
 * repository). The suites are bundled into that file; mocha is loaded from
 * the repository's node_modules.
 *
 * With TCPFLOW_VSCODE_SUITE_REPORT set to a file path, a JSON summary
 * `{ passed, failed, failures: [{ title, error }] }` is written there too,
 * for runners that cannot read the extension host's console.
 */
import Mocha from 'mocha';
import { writeFileSync } from 'node:fs';

interface Failure {
  readonly title: string;
  readonly error: string;
}

export async function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', timeout: 60_000, color: false, reporter: 'spec' });
  // The suites are inside this bundle: define describe/it first, then evaluate them.
  mocha.suite.emit('pre-require', globalThis, 'tcpflow-vscode-suite', mocha);
  require('./activation.suite');
  require('./diagnostics.suite');
  require('./language-features.suite');

  const failures: Failure[] = [];
  let passed = 0;
  await new Promise<void>((resolve) => {
    mocha
      .run()
      .on('pass', () => passed++)
      .on('fail', (test, error: Error) => failures.push({ title: test.fullTitle(), error: String(error?.stack ?? error) }))
      .on('end', () => resolve());
  });
  const report = process.env.TCPFLOW_VSCODE_SUITE_REPORT;
  if (report) writeFileSync(report, JSON.stringify({ passed, failed: failures.length, failures }, null, 2));
  if (failures.length > 0) throw new Error(`${failures.length} extension-host tests failed:\n${failures.map((f) => `${f.title}\n${f.error}`).join('\n\n')}`);
}
