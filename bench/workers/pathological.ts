/**
 * Times one pathological input of a given size against the floor of
 * splitting it into lines and words. Usage: pathological KIND BYTES RUNS
 */
import { analyze } from '../../src/core/index';
import { pathologicalText, type PathologicalKind } from '../../test/unit/robustness/pathological-inputs';
import { mediansInTurn, report, splitLinesAndWords } from '../measure';

const [kind, bytesArg, runsArg] = process.argv.slice(2);
if (!kind || !bytesArg) throw new Error('usage: pathological KIND BYTES RUNS');
const text = pathologicalText(kind as PathologicalKind, Number(bytesArg));
const analysis = analyze(text);
// The analysis above warmed the JIT; each row's untimed run starts it on a heap without the other's garbage.
const medians = mediansInTurn(Number(runsArg ?? 3), { floor: () => splitLinesAndWords(text), core: () => analyze(text) }, 1);
report({ bytes: Buffer.byteLength(text), lines: analysis.document.lineCount, diagnostics: analysis.diagnostics.length, floorMs: medians.floor, coreMs: medians.core });
