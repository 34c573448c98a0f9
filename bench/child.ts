/**
 * Runs bench workers in fresh Node processes. Workers are bundled with
 * esbuild first, as the CLI and the extension are, so that what is measured
 * is the shipped shape of the code and no TypeScript loader sits in the
 * process inflating its memory.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import * as esbuild from 'esbuild';

export const ROOT = join(import.meta.dirname, '..');
export const WORK_DIR = join(tmpdir(), `tcpflow-bench-${process.pid}`);

const WORKERS = ['core', 'generate', 'editor', 'activation', 'pathological', 'large-file'] as const;
export type WorkerName = (typeof WORKERS)[number];

export async function bundleWorkers(): Promise<void> {
  mkdirSync(WORK_DIR, { recursive: true });
  await esbuild.build({
    entryPoints: Object.fromEntries(WORKERS.map((w) => [w, join(ROOT, 'bench', 'workers', `${w}.ts`)])),
    outdir: join(WORK_DIR, 'workers'),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    logLevel: 'error',
    // The editor's diagnostics path runs for real, on the editor tests' plain stand-ins for VS Code's classes.
    alias: { vscode: join(ROOT, 'test', 'unit', 'extension', 'support', 'fake-vscode.ts') },
  });
}

export interface WorkerOptions {
  /** A worker still running after this long is stopped and reported as a failure: that is how a quadratic step shows up without stalling the bench. */
  readonly timeoutSeconds?: number;
  /** A larger heap than Node's default, for the million-segment flow; without it the worker has the limit the extension host has. */
  readonly heapMb?: number;
}

/** Runs a worker in a fresh process and returns the JSON object it reports. */
export function runWorker<T>(name: WorkerName, args: readonly (string | number)[], options: WorkerOptions = {}): T {
  const { timeoutSeconds = 300, heapMb } = options;
  const flags = ['--expose-gc', ...(heapMb ? [`--max-old-space-size=${heapMb}`] : [])];
  const result = spawnSync(process.execPath, [...flags, join(WORK_DIR, 'workers', `${name}.js`), ...args.map(String)], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    timeout: timeoutSeconds * 1000,
  });
  if (result.error && (result.error as NodeJS.ErrnoException).code === 'ETIMEDOUT') throw new Error(`bench worker ${name} ${args.join(' ')} took over ${timeoutSeconds} s`);
  if (result.status !== 0) throw new Error(`bench worker ${name} ${args.join(' ')} failed (${result.status ?? result.signal}):\n${result.stderr}`);
  const lastLine = result.stdout.trimEnd().split('\n').pop() ?? '';
  return JSON.parse(lastLine) as T;
}

/** Wall time of a whole command, process start included, in milliseconds. */
export function wallTime(command: string, args: readonly string[]): { ms: number; status: number | null; stdout: string } {
  const start = performance.now();
  const result = spawnSync(command, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  return { ms: performance.now() - start, status: result.status, stdout: result.stdout };
}
