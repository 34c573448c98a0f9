/**
 * Times one pathological input of a given size against the floor of
 * splitting it into lines and words. Usage: pathological KIND BYTES RUNS
 */
import { analyze, type Analysis } from '../../src/core/index';
import { pathologicalText, type PathologicalKind } from '../../test/unit/robustness/pathological-inputs';
import { mediansInTurn, report, splitLinesAndWords } from '../measure';

const [kind, bytesArg, runsArg] = process.argv.slice(2);
if (!kind || !bytesArg) throw new Error('usage: pathological KIND BYTES RUNS');
const text = pathologicalText(kind as PathologicalKind, Number(bytesArg));
// A first analysis warms the JIT and is counted, then let go: kept through the timed runs, its
// hundreds of thousands of diagnostics were marked by every collection in them, at 8 MB and not at 1.
const { lines, diagnostics } = countsOf(analyze(text));
// Each row's untimed run starts it on a heap without the other's garbage.
const medians = mediansInTurn(Number(runsArg ?? 3), { floor: () => splitLinesAndWords(text), core: () => analyze(text) }, 1);
report({ bytes: Buffer.byteLength(text), lines, diagnostics, floorMs: medians.floor, coreMs: medians.core });

function countsOf(analysis: Analysis): { lines: number; diagnostics: number } {
  return { lines: analysis.document.lineCount, diagnostics: analysis.diagnostics.length };
}
