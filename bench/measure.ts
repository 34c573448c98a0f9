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

/** Collects garbage when the worker runs with --expose-gc (before measuring memory). */
export function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/**
 * Median milliseconds of `runs` calls of each of several contenders, run in
 * turn (a, b, a, b, ...) so that a slow moment of the machine hits all alike,
 * after `warmUps` untimed calls of each so that the JIT has settled.
 *
 * No forced collection between runs: collecting garbage is part of the work,
 * and forcing full collections makes V8 flush the bytecode of functions that
 * look idle, so every run would recompile and the figures would be those of
 * cold code (at 1,000 lines, ten times the real time).
 */
export function interleavedMedians<K extends string>(runs: number, contenders: Record<K, () => unknown>, warmUps = 1): Record<K, number> {
  const keys = Object.keys(contenders) as K[];
  for (let i = 0; i < warmUps; i++) for (const key of keys) contenders[key]();
  const times = Object.fromEntries(keys.map((k) => [k, [] as number[]])) as unknown as Record<K, number[]>;
  for (let run = 0; run < runs; run++) {
    for (const key of keys) times[key].push(timeOnce(contenders[key]));
  }
  return Object.fromEntries(keys.map((k) => [k, median(times[k])])) as Record<K, number>;
}

/**
 * Median milliseconds of `runs` calls of each contender, each contender's
 * calls in a row after `warmUps` untimed calls of its own, so that each
 * pays for collecting its own garbage. Taken in turn (a, b, a, b, ...), a
 * contender's calls also paid for collecting the other's: at 100,000
 * segments the floor was charged about a quarter of the analysis's
 * collections, and the ratio against it looked better than it was. A slow
 * moment of the machine now falls on one contender's row, which the median
 * of several runs absorbs. No forced collection, as for interleavedMedians.
 */
export function mediansInTurn<K extends string>(runs: number, contenders: Record<K, () => unknown>, warmUps = 1): Record<K, number> {
  const keys = Object.keys(contenders) as K[];
  const medians = {} as Record<K, number>;
  for (const key of keys) {
    for (let i = 0; i < warmUps; i++) contenders[key]();
    medians[key] = median(Array.from({ length: runs }, () => timeOnce(contenders[key])));
  }
  return medians;
}

/** What pairedRounds answers: the medians of all calls, and the median of the rounds' ratios. */
export interface PairedMedians {
  readonly floorMs: number;
  readonly workMs: number;
  /** The work's time against the floor's, the median over the rounds of each round's own ratio. */
  readonly ratio: number;
}

/**
 * A piece of work against its floor, in rounds: each round times a block of
 * `runs` calls of the floor, then a block of `runs` calls of the work, each
 * block after an untimed call of its own, so that each pays for its own
 * garbage (as in mediansInTurn). A round's ratio is its work median over its
 * floor median, taken a second or less apart, and the ratio answered is the
 * median of the rounds' ratios. Measured as two long blocks, one after the
 * other, the ratio moved with the machine: this shared host runs at times
 * half as fast as a minute before, and a slow minute fell on one block only
 * (ratios of 1.4× and 4.6× at 1,000 segments in two runs a minute apart).
 */
export function pairedRounds(rounds: number, runs: number, floor: () => unknown, work: () => unknown): PairedMedians {
  const floorTimes: number[] = [];
  const workTimes: number[] = [];
  const ratios: number[] = [];
  const block = (call: () => unknown, into: number[]): number => {
    call();
    const times = Array.from({ length: runs }, () => timeOnce(call));
    into.push(...times);
    return median(times);
  };
  for (let round = 0; round < rounds; round++) {
    const floorMs = block(floor, floorTimes);
    ratios.push(block(work, workTimes) / floorMs);
  }
  return { floorMs: median(floorTimes), workMs: median(workTimes), ratio: median(ratios) };
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
