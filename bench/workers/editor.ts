/**
 * The editor's work on each keystroke, without a running VS Code: apply a
 * one-character edit to the document's text, analyze it, and turn every
 * diagnostic into what the editor publishes. Usage: editor FILE EDITS
 *
 * Two kinds of edit: a space typed at the end of a line (the verdict does
 * not change) and one digit of a `len=` changed, which makes every later
 * number wrong and so is the worst case for the number of diagnostics.
 */
import { readFileSync } from 'node:fs';
import { analyze, renderMessage } from '../../src/core/index';
import { median, report, timeOnce } from '../measure';

const [file, editsArg] = process.argv.slice(2);
if (!file) throw new Error('usage: editor FILE EDITS');
const edits = Number(editsArg ?? 15);
const original = readFileSync(file, 'utf8');

/** What the adapter publishes for one analysis. */
function publish(text: string): number {
  const analysis = analyze(text);
  const published = analysis.diagnostics.map((d) => ({ range: d.range, severity: d.severity, code: d.code, message: renderMessage(d, 'en') }));
  return published.length;
}

interface Edit {
  readonly at: number;
  readonly remove: number;
  readonly insert: string;
}
const apply = (text: string, e: Edit) => text.slice(0, e.at) + e.insert + text.slice(e.at + e.remove);

/** Offsets of the ends of lines, and of `len=` digits, spread over the middle of the document. */
function editsOf(kind: 'space' | 'digit'): Edit[] {
  const found: Edit[] = [];
  const lineEnds: number[] = [];
  for (let i = original.indexOf('\n'); i >= 0; i = original.indexOf('\n', i + 1)) lineEnds.push(i);
  for (let k = 1; k <= edits; k++) {
    const end = lineEnds[Math.floor((lineEnds.length * k) / (edits + 1))]!;
    if (kind === 'space') {
      found.push({ at: end, remove: 0, insert: ' ' });
    } else {
      const len = original.indexOf('len=', end);
      if (len < 0) continue;
      const digit = original[len + 4]!;
      found.push({ at: len + 4, remove: 1, insert: digit === '9' ? '8' : String(Number(digit) + 1) });
    }
  }
  return found;
}

publish(original); // warm up the JIT as a session that has been typing would be
const measure = (kind: 'space' | 'digit') => {
  let diagnostics = 0;
  const timesMs = editsOf(kind).map((e) =>
    timeOnce(() => {
      diagnostics = Math.max(diagnostics, publish(apply(original, e)));
    }),
  );
  return { ms: median(timesMs), diagnostics };
};
report({ lines: original.split('\n').length - 1, adapter: 'analyze + renderMessage per diagnostic (fallback)', space: measure('space'), digit: measure('digit') });
