// Installs the VS Code that the end-to-end and extension-host suites drive:
// the workbench of the `code-server` npm package, served on 127.0.0.1, into
// the git-ignored .cache/test-vscode/. VS Code's own download (what
// @vscode/test-electron does) needs the internet; the npm registry and
// Debian's packages are all this project may count on.
//
// Idempotent: a finished install leaves installed.json behind and a second
// run only checks it. An interrupted run leaves a *.partial folder that the
// next run throws away.
//
//   node scripts/install-test-vscode.mjs [--skip-chromium-check] [--force]
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync, chmodSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// 4.99.x is the last line that runs on Node 20; later ones need Node 22 or 24.
export const CODE_SERVER_VERSION = '4.99.4';
const REQUIRED_NODE_MAJOR = 20;

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const cacheDir = join(root, '.cache', 'test-vscode');
export const installDir = join(cacheDir, `code-server-${CODE_SERVER_VERSION}`);
export const stampFile = join(installDir, 'installed.json');
export const chromiumPath = process.env.TCPFLOW_CHROMIUM ?? '/usr/bin/chromium';

class InstallError extends Error {}

function fail(what, remedy) {
  throw new InstallError(`${what}\n  fix: ${remedy}`);
}

/** Where `command` is on PATH, if it is. */
export function onPath(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' }).stdout.trim() || undefined;
}

/** The stamp of a finished install of this version on this Node ABI, if any. */
export function readInstalled() {
  if (!existsSync(stampFile)) return undefined;
  try {
    const stamp = JSON.parse(readFileSync(stampFile, 'utf8'));
    const complete = stamp.codeServer === CODE_SERVER_VERSION
      && stamp.nodeModulesAbi === process.versions.modules
      && existsSync(stamp.entry);
    return complete ? stamp : undefined;
  } catch {
    return undefined;
  }
}

function checkPrerequisites({ chromium }) {
  const major = Number(process.versions.node.split('.')[0]);
  if (major !== REQUIRED_NODE_MAJOR) {
    fail(`code-server ${CODE_SERVER_VERSION} runs on Node ${REQUIRED_NODE_MAJOR}; this is Node ${process.versions.node}.`,
      `run the tests with Node ${REQUIRED_NODE_MAJOR}.`);
  }
  for (const tool of ['python3', 'make', 'g++']) {
    if (!onPath(tool)) fail(`${tool} is missing: node-gyp needs it to build code-server's native modules.`, `apt-get install -y python3 make g++`);
  }
  if (!existsSync('/usr/include/gssapi/gssapi.h') && !onPath('krb5-config')) {
    fail('the Kerberos headers are missing: code-server\'s kerberos module is built from source.', 'apt-get install -y libkrb5-dev');
  }
  if (!onPath('rg')) {
    fail('ripgrep is missing: VS Code\'s search needs rg, and its own installer downloads it from the internet.', 'apt-get install -y ripgrep');
  }
  if (chromium && !existsSync(chromiumPath)) {
    fail(`Chromium is missing at ${chromiumPath}: the end-to-end suite drives the workbench in it.`,
      'apt-get install -y chromium (or set TCPFLOW_CHROMIUM to another Chromium binary)');
  }
}

/** The environment for npm: offline-safe native builds, also as root. */
function npmEnvironment() {
  const env = { ...process.env };
  // Inside `npm test`, npm exports the project's own settings; the nested
  // installs must act on their own folders, not on this package.
  for (const name of Object.keys(env)) {
    if (name.startsWith('npm_package_') || name === 'npm_config_local_prefix' || name === 'npm_config_global_prefix') delete env[name];
  }
  Object.assign(env, {
    npm_config_yes: 'true', // node-pty's script runs `npx node-gyp`, which would ask
    npm_config_unsafe_perm: 'true', // as root, scripts otherwise lose their permissions
    npm_config_build_from_source: 'true', // prebuild-install would try GitHub first
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
  });
  // Build against the installed Node's headers instead of downloading them.
  if (!env.npm_config_nodedir && existsSync('/usr/include/node/node.h')) env.npm_config_nodedir = '/usr';
  return env;
}

function npm(step, args, cwd) {
  const started = Date.now();
  process.stdout.write(`test-vscode: ${step}... `);
  const result = spawnSync('npm', args, { cwd, env: npmEnvironment(), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) {
    process.stdout.write('failed\n');
    const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim().split('\n').slice(-40).join('\n');
    fail(`${step} failed (npm ${args.join(' ')} in ${cwd}):\n${output}`,
      'see the npm output above; a network error means the npm registry is unreachable.');
  }
  process.stdout.write(`done in ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
}

function link(target, path) {
  rmSync(path, { recursive: true, force: true });
  symlinkSync(target, path);
}

function install() {
  const partial = `${installDir}.partial`;
  rmSync(partial, { recursive: true, force: true });
  mkdirSync(partial, { recursive: true });
  writeFileSync(join(partial, 'package.json'), JSON.stringify({ private: true, description: 'the test VS Code of tcpflow' }, null, 2));

  // Every install script of code-server downloads something or refuses root;
  // what they would do is done below, one step at a time.
  npm(`installing code-server ${CODE_SERVER_VERSION}`, ['install', '--ignore-scripts', '--save-exact', '--no-package-lock', `code-server@${CODE_SERVER_VERSION}`], partial);
  const codeServer = join(partial, 'node_modules', 'code-server');
  const vscode = join(codeServer, 'lib', 'vscode');
  npm('installing VS Code\'s production dependencies', ['install', '--omit=dev', '--ignore-scripts'], vscode);
  npm('building VS Code\'s native modules', ['rebuild', 'kerberos', 'node-pty', '@parcel/watcher', '@vscode/spdlog', 'native-watchdog', '@vscode/deviceid'], vscode);
  npm('building argon2', ['rebuild', 'argon2'], partial);

  const rgDir = join(vscode, 'node_modules', '@vscode', 'ripgrep', 'bin');
  mkdirSync(rgDir, { recursive: true });
  copyFileSync(onPath('rg'), join(rgDir, 'rg'));
  chmodSync(join(rgDir, 'rg'), 0o755);
  // VS Code and its built-in extensions look for files inside the asar folder.
  link('node_modules', join(vscode, 'node_modules.asar'));
  link('code-linux.sh', join(vscode, 'bin', 'remote-cli', 'code-server'));
  link('browser-linux.sh', join(vscode, 'bin', 'helpers', 'browser.sh'));
  npm('installing the built-in extensions\' dependencies', ['install', '--omit=dev'], join(vscode, 'extensions'));

  const entry = join(installDir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
  const stamp = {
    codeServer: CODE_SERVER_VERSION,
    vscode: JSON.parse(readFileSync(join(vscode, 'package.json'), 'utf8')).version,
    nodeModulesAbi: process.versions.modules,
    entry,
    installedAt: new Date().toISOString(),
  };
  writeFileSync(join(partial, 'installed.json'), `${JSON.stringify(stamp, null, 2)}\n`);
  rmSync(installDir, { recursive: true, force: true });
  renameSync(partial, installDir);
  return stamp;
}

/** Installs unless a finished install is there; returns its stamp. */
export function ensureTestVsCode({ chromium = true, force = false } = {}) {
  checkPrerequisites({ chromium });
  const cached = force ? undefined : readInstalled();
  if (cached) return cached;
  const started = Date.now();
  const stamp = install();
  console.log(`test-vscode: code-server ${stamp.codeServer} (VS Code ${stamp.vscode}) installed in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  return stamp;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const stamp = ensureTestVsCode({
      chromium: !process.argv.includes('--skip-chromium-check'),
      force: process.argv.includes('--force'),
    });
    console.log(`test-vscode: ready, code-server ${stamp.codeServer} (VS Code ${stamp.vscode}) in ${installDir}`);
  } catch (error) {
    if (!(error instanceof InstallError)) throw error;
    console.error(`test-vscode: ${error.message}`);
    process.exit(1);
  }
}
