/**
 * Parse + validate one generated flow, in a process of its own so that the
 * peak memory is this size's alone. Usage: core FILE RUNS
 */
import { readFileSync } from 'node:fs';
import { analyze } from '../../src/core/index';
import { collectGarbage, interleavedMedians, peakRss, report, splitLinesAndWords } from '../measure';

const [file, runsArg] = process.argv.slice(2);
if (!file) throw new Error('usage: core FILE RUNS');
const runs = Number(runsArg ?? 5);

collectGarbage();
const rssBefore = process.memoryUsage().rss;
const heapBefore = process.memoryUsage().heapUsed;

// The first, cold run sets the peak: the text and the whole analysis alive at once.
let analysis: ReturnType<typeof analyze> | undefined = analyze(readFileSync(file, 'utf8'));
const peak = peakRss();
collectGarbage();
const retainedHeap = process.memoryUsage().heapUsed - heapBefore;
const lines = analysis.document.lineCount;
const statements = analysis.document.statements.length;
const diagnostics = analysis.diagnostics.length;
analysis = undefined;

// The cold run above warmed the JIT for all but the smallest texts; a million lines need no second warm-up.
const medians = interleavedMedians(
  runs,
  { floor: () => splitLinesAndWords(readFileSync(file, 'utf8')), core: () => analyze(readFileSync(file, 'utf8')) },
  lines > 200_000 ? 0 : 3,
);

report({ lines, statements, diagnostics, rssBefore, peakRss: peak, retainedHeap, floorMs: medians.floor, coreMs: medians.core });
