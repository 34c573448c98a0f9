/**
 * Core throughput: parse + validate on generated legal flows of 1k to 1M
 * segments, each size in a fresh process, against the floor of splitting the
 * same text into lines and words in that same process.
 */
import { runWorker, wallTime } from '../child';
import { median } from '../measure';
import { count, mb, ms, perSecond, times, verdict, type Row } from '../table';

export const SIZES = [1_000, 10_000, 100_000, 1_000_000] as const;
/** Rounds of floor and core (see pairedRounds), and calls of each a round. */
const ROUNDS: Record<number, readonly [rounds: number, runs: number]> = { 1_000: [15, 15], 10_000: [11, 5], 100_000: [7, 3], 1_000_000: [5, 1] };
const FLOOR_GOAL = 3;
/**
 * The cost per line, against the floor's at the same size, may vary this
 * much from 10k to 1M segments and still count as linear growth: a quadratic
 * step would multiply it by a hundred. It is measured against the floor
 * because a larger heap slows every line of any work on this machine (the
 * floor's own time per line grows about 2.3× from 10k to 1M lines: caches and
 * the collector), and that says nothing about our algorithm.
 */
const LINEAR_SPREAD = 2;

export interface FlowFile {
  readonly path: string;
  readonly lines: number;
  readonly bytes: number;
}

interface CoreResult {
  lines: number;
  statements: number;
  diagnostics: number;
  rssBefore: number;
  peakRss: number;
  retainedHeap: number;
  floorMs: number;
  coreMs: number;
  /** The median of the rounds' own ratios (see pairedRounds). */
  ratio: number;
}

export function coreRows(files: Readonly<Record<number, FlowFile>>): Row[] {
  const rows: Row[] = [];
  const perLine: number[] = [];
  const floorPerLine: number[] = [];
  for (const size of SIZES) {
    const file = files[size]!;
    const r = runWorker<CoreResult>('core', [file.path, ...ROUNDS[size]!], { heapMb: 12_288 });
    const ratio = r.ratio;
    const nsPerLine = (r.coreMs * 1e6) / r.lines;
    if (size >= 10_000) {
      perLine.push(nsPerLine);
      floorPerLine.push((r.floorMs * 1e6) / r.lines);
    }
    const legal = r.diagnostics === 0 && r.statements > 0;
    rows.push({
      area: 'Core',
      measure: `parse+validate ${count(size)} segments (${count(r.lines)} lines, ${mb(file.bytes)})`,
      value: `${ms(r.coreMs)} = ${perSecond((r.lines / r.coreMs) * 1000)} lines, ${(nsPerLine / 1000).toFixed(2)} µs/line`,
      reference: `floor ${ms(r.floorMs)}`,
      ratio: times(ratio),
      goal: `≤ ${FLOOR_GOAL}× floor`,
      verdict: legal ? verdict(ratio <= FLOOR_GOAL) : 'n/a',
    });
    rows.push({
      area: 'Core',
      measure: `  peak memory, ${count(size)} segments`,
      value: `${mb(r.peakRss)} RSS`,
      reference: `${mb(r.rssBefore)} before`,
      ratio: `analysis keeps ${(r.retainedHeap / r.lines / 1024).toFixed(2)} kB/line`,
      goal: 'linear',
      verdict: 'info',
    });
    if (!legal) {
      rows.push({ area: 'Core', measure: `  ! ${count(size)}-segment flow gave ${r.statements} statements, ${r.diagnostics} diagnostics: not a real measurement`, value: '', verdict: 'n/a' });
    }
  }
  const spreadOf = (values: readonly number[]) => Math.max(...values) / Math.min(...values);
  const againstFloor = spreadOf(perLine.map((ns, i) => ns / floorPerLine[i]!));
  const microseconds = (values: readonly number[]) => values.map((ns) => (ns / 1000).toFixed(2)).join(' → ');
  rows.push({
    area: 'Core',
    measure: 'growth: time per line, 10k → 1M segments',
    value: `${microseconds(perLine)} µs (${times(spreadOf(perLine))})`,
    reference: `floor ${microseconds(floorPerLine)} µs (${times(spreadOf(floorPerLine))})`,
    ratio: `${times(againstFloor)} spread against the floor`,
    goal: `linear (≤ ${LINEAR_SPREAD}× against the floor)`,
    verdict: verdict(againstFloor <= LINEAR_SPREAD),
  });
  return rows;
}

/** `tcpflow check` as a teacher runs it, Node's own start included. */
export function cliRows(file: FlowFile): Row[] {
  const runs = 5;
  const bare = median(Array.from({ length: runs }, () => wallTime(process.execPath, ['-e', '0']).ms));
  const checks = Array.from({ length: runs }, () => wallTime(process.execPath, ['dist/cli.js', 'check', file.path]));
  const statuses = new Set(checks.map((c) => c.status));
  return [
    {
      area: 'CLI',
      measure: `tcpflow check, 100,000-segment file (${count(file.lines)} lines)`,
      value: ms(median(checks.map((c) => c.ms))),
      reference: `node -e 0: ${ms(bare)}`,
      ratio: times(median(checks.map((c) => c.ms)) / bare),
      goal: 'exit 0 (legal)',
      verdict: verdict(statuses.size === 1 && statuses.has(0)),
    },
  ];
}
