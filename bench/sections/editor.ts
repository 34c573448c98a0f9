/**
 * The editor's per-keystroke path on 1k- and 10k-line documents, and the
 * 10 MB file that the extension host must survive.
 */
import { runWorker } from '../child';
import { count, mb, ms, verdict, type Row } from '../table';
import type { FlowFile } from './core';

const KEYSTROKE_GOAL_MS = 20;
const EDITS = 15;

interface EditorResult {
  lines: number;
  adapter: string;
  space: { ms: number; diagnostics: number };
  digit: { ms: number; diagnostics: number };
}

export function editorRows(documents: readonly FlowFile[]): Row[] {
  const rows: Row[] = [];
  let adapter = '';
  for (const doc of documents) {
    const r = runWorker<EditorResult>('editor', [doc.path, EDITS]);
    adapter = r.adapter;
    const goal = r.lines >= 10_000 ? `< ${KEYSTROKE_GOAL_MS} ms` : undefined;
    const met = (value: number) => (goal ? verdict(value < KEYSTROKE_GOAL_MS) : ('info' as const));
    rows.push(
      { area: 'Editor', measure: `edit → diagnostics, ${count(r.lines)} lines, a space typed`, value: ms(r.space.ms), reference: `${r.space.diagnostics} diagnostics`, ...(goal ? { goal } : {}), verdict: met(r.space.ms) },
      { area: 'Editor', measure: `edit → diagnostics, ${count(r.lines)} lines, a len= digit changed`, value: ms(r.digit.ms), reference: `${count(r.digit.diagnostics)} diagnostics`, ...(goal ? { goal } : {}), verdict: met(r.digit.ms) },
    );
  }
  rows.push({ area: 'Editor', measure: `  measured path: ${adapter}`, value: '', verdict: 'info' });
  return rows;
}

interface LargeFileResult {
  bytes: number;
  lines: number;
  diagnostics: number;
  published: number;
  adapter: string;
  analyzeMs: number;
  publishMs: number;
  peakRss: number;
}

const TEN_MB = 10 * 1024 * 1024;

export function largeFileRows(): Row[] {
  return (['legal', 'broken'] as const).map((kind) => {
    const r = runWorker<LargeFileResult>('large-file', [kind, TEN_MB, 3]);
    return {
      area: 'Editor',
      measure: `10 MB file, ${kind === 'legal' ? 'legal' : 'one early len= wrong'} (${count(r.lines)} lines): analyze; publish ${count(r.published)} of ${count(r.diagnostics)} diagnostics`,
      value: `${ms(r.analyzeMs)}; ${ms(r.publishMs)}`,
      reference: `peak ${mb(r.peakRss)} RSS`,
      goal: 'survives',
      verdict: 'PASS' as const,
    };
  });
}
