// `npm start`: a newcomer's first command after `npm ci`. Builds, then opens
// examples/ in VS Code with the extension loaded:
//  - desktop VS Code (`code --extensionDevelopmentPath`) when `code` is on PATH;
//  - otherwise the browser VS Code (code-server) on 127.0.0.1 with the packaged
//    extension installed; it prints the URL, and Ctrl+C stops it cleanly.
// TCPFLOW_START=browser forces the second; PORT chooses its port.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { register as registerTsxEsm } from 'tsx/esm/api';
import { register as registerTsxCjs } from 'tsx/cjs/api';
import { cacheDir, ensureTestVsCode, onPath } from './install-test-vscode.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const examples = join(root, 'examples');

function build() {
  const result = spawnSync(process.execPath, [join(root, 'esbuild.config.mjs')], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

function desktopCode() {
  if (process.env.TCPFLOW_START === 'browser') return undefined;
  return onPath('code');
}

function startDesktop(code) {
  console.log(`start: opening examples/ in VS Code (${code}) with the extension from this folder`);
  const child = spawn(code, [`--extensionDevelopmentPath=${root}`, examples], { stdio: 'inherit' });
  child.on('exit', (status) => process.exit(status ?? 0));
}

async function startBrowser() {
  try {
    ensureTestVsCode({ chromium: false });
  } catch (error) {
    console.error(`start: the browser VS Code could not be installed: ${error.message}`);
    process.exit(1);
  }
  // The launcher is TypeScript, shared with the end-to-end suites.
  registerTsxEsm();
  registerTsxCjs();
  // They load as CommonJS (package.json has no "type"): their exports arrive as `default`.
  const { packageExtension } = (await import('./test-vscode/vsix.ts')).default;
  const { startCodeServer } = (await import('./test-vscode/code-server.ts')).default;

  // Kept between starts, so a newcomer's theme and layout stay as they left them.
  const stateDir = join(cacheDir, 'start');
  mkdirSync(stateDir, { recursive: true });
  console.log('start: packaging the extension (npm run package)');
  const vsix = packageExtension(join(stateDir, 'tcpflow.vsix'));
  const server = await startCodeServer({
    folder: examples,
    vsix: [vsix],
    stateDir,
    ...(process.env.PORT ? { port: Number(process.env.PORT) } : {}),
  });

  let stopping = false;
  const stop = async (signal) => {
    if (stopping) return;
    stopping = true;
    console.log(`\nstart: ${signal}, stopping VS Code`);
    await server.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGHUP', () => void stop('SIGHUP'));

  void server.exited.then(() => {
    if (stopping) return;
    console.error(`start: VS Code stopped by itself:\n${server.output().split('\n').slice(-20).join('\n')}`);
    process.exit(1);
  });

  console.log(`\nVS Code with TCP Flow is running. Open this address in a browser:\n\n  ${server.url}\n\nPress Ctrl+C to stop it.`);
}

build();
const code = desktopCode();
if (code) startDesktop(code);
else await startBrowser();
