// `npm run test:e2e`: the end-to-end suites in the test VS Code (code-server)
// driven by Chromium. The extension is packaged once, up front, into the
// .vsix the suites install, so that no suite rebuilds dist/ while another
// one's VS Code is loading it.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureTestVsCode } from './install-test-vscode.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const artifacts = join(root, 'test-artifacts', 'e2e');

function run(what, command, args, env = process.env) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env });
  if (result.status !== 0) {
    console.error(`test:e2e: ${what} failed`);
    process.exit(result.status ?? 1);
  }
}

try {
  ensureTestVsCode();
} catch (error) {
  console.error(`test-vscode: ${error.message}`);
  process.exit(1);
}
mkdirSync(artifacts, { recursive: true });
const vsix = join(artifacts, 'tcpflow.vsix');
run('npm run package', 'npm', ['run', '--silent', 'package', '--', '--out', vsix]);
run('the end-to-end suites', process.execPath, [join(root, 'scripts', 'run-node-tests.mjs'), join(root, 'test', 'e2e')],
  { ...process.env, TCPFLOW_E2E_VSIX: vsix });
