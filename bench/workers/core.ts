/**
 * Parse + validate one generated flow, in a process of its own so that the
 * peak memory is this size's alone. Usage: core FILE RUNS
 */
import { readFileSync } from 'node:fs';
import { analyze } from '../../src/core/index';
import { collectGarbage, mediansInTurn, peakRss, report, splitLinesAndWords } from '../measure';

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

// Steady-state throughput, as in an editor session or a class's worth of files: V8 optimizes a
// function only after many calls, so small texts are analysed until some 50,000 lines have gone
// through first (three runs of 1,000 lines left most of the parser unoptimized, at 2.5 times the
// settled time). The cold run above warms the JIT enough for a million lines; one untimed run
// then still lets each contender's row start on a heap without the other's garbage.
const WARM_UP_LINES = 50_000;
const medians = mediansInTurn(
  runs,
  { floor: () => splitLinesAndWords(readFileSync(file, 'utf8')), core: () => analyze(readFileSync(file, 'utf8')) },
  lines > 200_000 ? 1 : Math.max(3, Math.ceil(WARM_UP_LINES / lines)),
);

report({ lines, statements, diagnostics, rssBefore, peakRss: peak, retainedHeap, floorMs: medians.floor, coreMs: medians.core });
