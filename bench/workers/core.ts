/**
 * Parse + validate one generated flow, in a process of its own so that the
 * peak memory is this size's alone. Usage: core FILE ROUNDS RUNS (see
 * pairedRounds: RUNS calls of each in each of ROUNDS rounds)
 */
import { readFileSync } from 'node:fs';
import { analyze } from '../../src/core/index';
import { collectGarbage, pairedRounds, peakRss, report, splitLinesAndWords } from '../measure';

const [file, roundsArg, runsArg] = process.argv.slice(2);
if (!file) throw new Error('usage: core FILE ROUNDS RUNS');
const rounds = Number(roundsArg ?? 5);
const runs = Number(runsArg ?? 3);

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
// settled time). The cold run above warms the JIT enough for a million lines.
const WARM_UP_LINES = 50_000;
const floor = () => splitLinesAndWords(readFileSync(file, 'utf8'));
const core = () => analyze(readFileSync(file, 'utf8'));
for (let i = 0; i < Math.ceil(WARM_UP_LINES / lines); i++) {
  floor();
  core();
}
const medians = pairedRounds(rounds, runs, floor, core);

report({ lines, statements, diagnostics, rssBefore, peakRss: peak, retainedHeap, floorMs: medians.floorMs, coreMs: medians.workMs, ratio: medians.ratio });
