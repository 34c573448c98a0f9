// Starts and stops the browser VS Code (code-server) that the end-to-end
// suites and `npm start` use: loopback only, no authentication, and a fresh
// user-data and extensions folder each time, so no run sees another's state.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { installDir, readInstalled } from '../install-test-vscode.mjs';

export interface CodeServerOptions {
  /** The folder the workbench opens. */
  folder: string;
  /** .vsix files installed before the server starts. */
  vsix?: string[];
  /** User settings, over the ones every run needs. */
  settings?: Record<string, unknown>;
  /** VS Code's display language, as in `--locale zh-cn`. */
  locale?: string;
  /** Extra environment for the server and so for its extension host. */
  env?: Record<string, string>;
  /** Where to keep the user-data and extensions folders; a new temp folder otherwise. */
  stateDir?: string;
  /** The port on 127.0.0.1; a free one otherwise. */
  port?: number;
  /** Echo the server's log to this stream. */
  log?: NodeJS.WritableStream;
}

export interface RunningCodeServer {
  /** The workbench with `folder` open. */
  readonly url: string;
  readonly port: number;
  readonly userDataDir: string;
  readonly extensionsDir: string;
  /** Everything the server printed so far. */
  output(): string;
  /** Settles when the server process has ended, for whatever reason. */
  readonly exited: Promise<void>;
  /** Workbench URL with more query parameters, e.g. a development payload. */
  workbenchUrl(query?: Record<string, string>): string;
  stop(): Promise<void>;
}

/** Settings that keep the workbench from asking questions a test cannot answer. */
const quietSettings = {
  'security.workspace.trust.enabled': false,
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'git.enabled': false,
};

function entryPoint(): string {
  const stamp = readInstalled();
  if (!stamp) {
    throw new Error(`The test VS Code is not installed in ${installDir}. Run: node scripts/install-test-vscode.mjs`);
  }
  return stamp.entry;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Installs extensions the way a user does, from the .vsix file. */
function installVsix(entry: string, dirs: { userDataDir: string; extensionsDir: string }, vsix: string): void {
  const result = spawnSync(process.execPath, [entry, '--user-data-dir', dirs.userDataDir, '--extensions-dir', dirs.extensionsDir,
    '--force', '--install-extension', vsix], { encoding: 'utf8', timeout: 120_000 });
  const output = `${result.stdout}${result.stderr}`;
  if (result.status !== 0 || !/successfully installed/i.test(output)) {
    throw new Error(`code-server could not install ${vsix}:\n${output}`);
  }
}

async function waitUntilServing(port: number, child: ChildProcess, output: () => string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`code-server exited (${child.exitCode ?? child.signalCode}) before serving:\n${output()}`);
    }
    try {
      const response = await fetch(`http://127.0.0.1:${port}/healthz`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`code-server did not answer on port ${port} within ${timeoutMs / 1000} s:\n${output()}`);
}

function exited(child: ChildProcess, timeoutMs: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), timeoutMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

/** Signals the whole process group: the server, its extension host, its file watcher. */
function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // the group is gone already
  }
}

export async function startCodeServer(options: CodeServerOptions): Promise<RunningCodeServer> {
  const entry = entryPoint();
  const ownsState = options.stateDir === undefined;
  const stateDir = options.stateDir ?? mkdtempSync(join(tmpdir(), 'tcpflow-vscode-'));
  const userDataDir = join(stateDir, 'user-data');
  const extensionsDir = join(stateDir, 'extensions');
  mkdirSync(join(userDataDir, 'User'), { recursive: true });
  mkdirSync(extensionsDir, { recursive: true });
  const settingsFile = join(userDataDir, 'User', 'settings.json');
  let previous: Record<string, unknown> = {};
  try {
    previous = JSON.parse(readFileSync(settingsFile, 'utf8')) as Record<string, unknown>;
  } catch {
    // first start in this folder
  }
  writeFileSync(settingsFile, JSON.stringify({ ...previous, ...quietSettings, ...options.settings }, null, 2));
  // An empty config keeps code-server from writing one into ~/.config.
  const configFile = join(stateDir, 'config.yaml');
  writeFileSync(configFile, '');

  for (const vsix of options.vsix ?? []) installVsix(entry, { userDataDir, extensionsDir }, vsix);

  const port = options.port ?? (await freePort());
  const args = [entry, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--config', configFile,
    '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir,
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override',
    '--ignore-last-opened', ...(options.locale ? ['--locale', options.locale] : []), options.folder];
  // Its own process group, so that stop() reaches every process it forks.
  const child = spawn(process.execPath, args, {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...options.env },
  });
  let log = '';
  const record = (chunk: Buffer) => {
    log += chunk.toString();
    options.log?.write(chunk);
  };
  child.stdout?.on('data', record);
  child.stderr?.on('data', record);

  // Should this process end without stop() (a crash, process.exit), the
  // server must not outlive it.
  const killOnExit = () => signalGroup(child, 'SIGKILL');
  process.once('exit', killOnExit);

  let stopped: Promise<void> | undefined;
  const stop = () => {
    stopped ??= (async () => {
      process.removeListener('exit', killOnExit);
      signalGroup(child, 'SIGTERM');
      if (!(await exited(child, 5_000))) signalGroup(child, 'SIGKILL');
      await exited(child, 2_000);
      // Forked helpers may outlive the server by a moment.
      signalGroup(child, 'SIGKILL');
      if (ownsState) rmSync(stateDir, { recursive: true, force: true, maxRetries: 3 });
    })();
    return stopped;
  };

  try {
    await waitUntilServing(port, child, () => log, 60_000);
  } catch (error) {
    await stop();
    throw error;
  }

  const base = `http://127.0.0.1:${port}/`;
  const workbenchUrl = (query: Record<string, string> = {}) => {
    const url = new URL(base);
    url.searchParams.set('folder', options.folder);
    for (const [key, value] of Object.entries(query)) url.searchParams.set(key, value);
    return url.toString();
  };
  const ended = new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
  return { url: workbenchUrl(), port, userDataDir, extensionsDir, output: () => log, exited: ended, workbenchUrl, stop };
}
