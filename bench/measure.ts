/**
 * Timing and memory primitives shared by the bench workers. Every figure the
 * bench prints is a median, so one noisy run on a shared machine does not
 * decide a PASS or a MISS.
 */
import { performance } from 'node:perf_hooks';

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Milliseconds taken by one call. */
export function timeOnce(work: () => unknown): number {
  const start = performance.now();
  work();
  return performance.now() - start;
}

/** Collects garbage when the worker runs with --expose-gc, so runs start level. */
export function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/**
 * Median milliseconds of `runs` calls of each of several contenders, run in
 * turn (a, b, a, b, ...) so that a slow moment of the machine hits all alike.
 */
export function interleavedMedians<K extends string>(runs: number, contenders: Record<K, () => unknown>): Record<K, number> {
  const times = Object.fromEntries(Object.keys(contenders).map((k) => [k, [] as number[]])) as unknown as Record<K, number[]>;
  for (let run = 0; run < runs; run++) {
    for (const key of Object.keys(contenders) as K[]) {
      collectGarbage();
      times[key].push(timeOnce(contenders[key]));
    }
  }
  return Object.fromEntries(Object.entries(times).map(([k, v]) => [k, median(v as number[])])) as Record<K, number>;
}

/** Peak resident set size of this process so far, in bytes. */
export function peakRss(): number {
  return process.resourceUsage().maxRSS * 1024;
}

/**
 * The floor that parsing is compared with: the least any tokenizer must do,
 * splitting the text into lines and each line into words. It returns the
 * word count so that the work cannot be optimized away.
 */
export function splitLinesAndWords(text: string): number {
  let words = 0;
  for (const line of text.split('\n')) words += line.split(/\s+/).length;
  return words;
}

/** A worker's answer: one JSON object on its last line of output. */
export function report(result: unknown): void {
  process.stdout.write(`${JSON.stringify(result)}\n`);
}
