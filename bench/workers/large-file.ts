/**
 * A 10 MB .tcpflow file opened in the editor: the time to analyze it, how
 * many diagnostics come out, what the editor would publish, and the memory.
 * Usage: large-file legal|broken|noisy BYTES RUNS
 *
 * "broken" is the legal flow with one `len=` changed near the top; "noisy"
 * sends every segment in flight and never delivers one, a warning per line,
 * so that the editor's cap on diagnostics is what keeps it usable.
 */
import { analyze } from '../../src/core/index';
import { publishDiagnostics } from '../editor-adapter';
import { longFlow } from '../../test/support/flow-generator';
import { pathologicalText } from '../../test/unit/robustness/pathological-inputs';
import { collectGarbage, interleavedMedians, peakRss, report } from '../measure';

const [kind, bytesArg, runsArg] = process.argv.slice(2);
if (kind !== 'legal' && kind !== 'broken' && kind !== 'noisy') throw new Error('usage: large-file legal|broken|noisy BYTES RUNS');
const bytes = Number(bytesArg);

const bytesPerSegment = longFlow(2000).text.length / 2000;
let text = kind === 'noisy' ? pathologicalText('never-delivered', bytes) : longFlow(Math.round(bytes / bytesPerSegment)).text;
if (kind === 'broken') {
  const len = text.indexOf('len=') + 4;
  text = `${text.slice(0, len)}${text[len] === '9' ? '8' : '9'}${text.slice(len + 1)}`;
}

const publish = () => publishDiagnostics(analyze(text));
const published = publish();
// What the analysis holds: the heap with it and without it. Measured from before it was made, the
// figure also moved with what the worker's earlier steps left on the heap (for a legal 10 MB file
// it read as a negative size).
let analysis: ReturnType<typeof analyze> | undefined = analyze(text);
collectGarbage();
const heapWith = process.memoryUsage().heapUsed;
const { lineCount } = analysis.document;
const diagnostics = analysis.diagnostics.length;
analysis = undefined;
collectGarbage();
const retainedHeap = heapWith - process.memoryUsage().heapUsed;
const medians = interleavedMedians(Number(runsArg ?? 3), { analyze: () => analyze(text), publish }, 0);
report({
  bytes: Buffer.byteLength(text),
  lines: lineCount,
  diagnostics,
  published,
  analyzeMs: medians.analyze,
  publishMs: medians.publish,
  retainedHeap,
  peakRss: peakRss(),
});
