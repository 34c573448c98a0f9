// `npm run test:electron`: the extension-host suite (test/vscode-suite) in
// desktop VS Code through @vscode/test-electron, which downloads VS Code into
// .vscode-test/ (git-ignored). On a machine without the internet the download
// fails; there the same suite runs inside code-server: `npm run test:e2e`.
//
// TCPFLOW_VSCODE_VERSION picks the VS Code (default: the latest stable).
// On Linux without a display it runs itself again under xvfb-run if present.
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runTests } from '@vscode/test-electron';
import { onPath } from './install-test-vscode.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  if (onPath('xvfb-run') && !process.env.TCPFLOW_UNDER_XVFB) {
    const again = spawnSync('xvfb-run', ['-a', process.execPath, fileURLToPath(import.meta.url)], {
      stdio: 'inherit',
      env: { ...process.env, TCPFLOW_UNDER_XVFB: '1' },
    });
    process.exit(again.status ?? 1);
  }
  console.warn('test:electron: no display and no xvfb-run (apt-get install xvfb); VS Code may not start.');
}

for (const [what, script] of [['the extension', 'esbuild.config.mjs'], ['the extension-host suite', 'test/vscode-suite/build.mjs']]) {
  const built = spawnSync(process.execPath, [join(root, script)], { cwd: root, stdio: 'inherit' });
  if (built.status !== 0) {
    console.error(`test:electron: building ${what} failed`);
    process.exit(built.status ?? 1);
  }
}

try {
  await runTests({
    version: process.env.TCPFLOW_VSCODE_VERSION ?? 'stable',
    cachePath: join(root, '.vscode-test'),
    extensionDevelopmentPath: root,
    extensionTestsPath: join(root, 'dist', 'vscode-suite', 'index.js'),
    launchArgs: [join(root, 'examples'), '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
    timeout: 30_000,
  });
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  if (/download|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ETIMEDOUT|getaddrinfo|fetch/i.test(message)) {
    console.error(`test:electron: could not download VS Code (${message}).\n`
      + 'This machine cannot reach the VS Code download servers; `npm run test:e2e` runs the same suite in code-server.');
  } else {
    console.error(`test:electron: the extension-host suite failed: ${message}`);
  }
  process.exit(1);
}
