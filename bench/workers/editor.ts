/**
 * The editor's work on each keystroke, without a running VS Code: the
 * extension's own AnalysisScheduler and its conversion to VS Code
 * diagnostics (vscodeDiagnosticsFor, capped as the extension caps them),
 * with `vscode` replaced by plain classes (test/unit/extension/support/fake-vscode.ts).
 * Usage: editor FILE EDITS
 *
 * Three kinds of edit: a space typed at the end of a line (the verdict does
 * not change), one digit of a `len=` changed, which makes every later
 * number wrong and so is the worst case for the number of diagnostics, and
 * a line break typed, which moves every later line down one.
 * Reported per kind: the time from the edit to the published diagnostics
 * (which includes any pause the scheduler waits for), and the time the
 * extension host is blocked (analysis plus conversion).
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { analyze } from '../../src/core/index';
import { AnalysisScheduler, reanalysisDelay, type VersionedText } from '../../src/extension/analysis/analysis-scheduler';
import { publishDiagnostics } from '../editor-adapter';
import { median, report } from '../measure';

const [file, editsArg] = process.argv.slice(2);
if (!file) throw new Error('usage: editor FILE EDITS');
const edits = Number(editsArg ?? 15);
const original = readFileSync(file, 'utf8');

interface Document extends VersionedText {
  version: number;
  text: string;
}
const document: Document = { key: 'file:///bench.tcpflow', version: 0, text: original, getText: () => document.text };

let analysisMs = 0;
const scheduler = new AnalysisScheduler<Document>({
  analyze: (text, previous) => {
    const start = performance.now();
    const analysis = analyze(text, previous);
    analysisMs = performance.now() - start;
    return analysis;
  },
});
let onPublished: ((published: { at: number; blockedMs: number; count: number }) => void) | undefined;
scheduler.onDidAnalyze((_key, analysis) => {
  const start = performance.now();
  const count = publishDiagnostics(analysis);
  const at = performance.now();
  onPublished?.({ at, blockedMs: analysisMs + (at - start), count });
});

/** Types one edit and resolves when its diagnostics are published. */
function type(text: string): Promise<{ ms: number; blockedMs: number; count: number }> {
  return new Promise((resolve) => {
    const start = performance.now();
    onPublished = ({ at, blockedMs, count }) => resolve({ ms: at - start, blockedMs, count });
    document.text = text;
    document.version++;
    scheduler.changed(document);
  });
}

interface Edit {
  readonly at: number;
  readonly remove: number;
  readonly insert: string;
}
const apply = (e: Edit) => original.slice(0, e.at) + e.insert + original.slice(e.at + e.remove);

/** Ends of lines, or `len=` digits, spread over the document. */
function editsOf(kind: EditKind): Edit[] {
  const found: Edit[] = [];
  const lineEnds: number[] = [];
  for (let i = original.indexOf('\n'); i >= 0; i = original.indexOf('\n', i + 1)) lineEnds.push(i);
  for (let k = 1; k <= edits; k++) {
    const end = lineEnds[Math.floor((lineEnds.length * k) / (edits + 1))]!;
    if (kind === 'space' || kind === 'newline') {
      found.push({ at: end, remove: 0, insert: kind === 'space' ? ' ' : '\n' });
    } else {
      const len = original.indexOf('len=', end);
      if (len < 0) continue;
      const digit = original[len + 4]!;
      found.push({ at: len + 4, remove: 1, insert: digit === '9' ? '8' : String(Number(digit) + 1) });
    }
  }
  return found;
}

type EditKind = 'space' | 'digit' | 'newline';

async function measure(kind: EditKind) {
  const results = [];
  for (const edit of editsOf(kind)) {
    results.push(await type(apply(edit)));
    await type(original); // back to the legal text, as an undo would
  }
  return {
    ms: median(results.map((r) => r.ms)),
    blockedMs: median(results.map((r) => r.blockedMs)),
    published: Math.max(...results.map((r) => r.count)),
  };
}

void (async () => {
  await type(original); // the document opens
  await type(original + ' '); // and a few keystrokes warm the JIT, as in a real session
  const space = await measure('space');
  const digit = await measure('digit');
  const newline = await measure('newline');
  report({ lines: original.split('\n').length - 1, pauseMs: reanalysisDelay(analysisMs), space, digit, newline });
})();
