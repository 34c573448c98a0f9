/**
 * The editor's per-keystroke path on 1k- and 10k-line documents, and the
 * 10 MB file that the extension host must survive.
 */
import { runWorker } from '../child';
import { DEFAULT_DIAGNOSTIC_SETTINGS } from '../../src/extension/diagnostics/selection';
import { count, mb, ms, verdict, type Row } from '../table';
import type { FlowFile } from './core';

const KEYSTROKE_GOAL_MS = 20;
const EDITS = 15;

interface Typed {
  ms: number;
  blockedMs: number;
  published: number;
}

interface EditorResult {
  lines: number;
  pauseMs: number;
  space: Typed;
  digit: Typed;
  newline: Typed;
}

const EDIT_NAMES = { space: 'a space typed', digit: 'a len= digit changed', newline: 'a line break typed' } as const;

export function editorRows(documents: readonly FlowFile[]): Row[] {
  const rows: Row[] = [];
  for (const doc of documents) {
    const r = runWorker<EditorResult>('editor', [doc.path, EDITS]);
    const judged = r.lines >= 10_000;
    for (const kind of ['space', 'digit', 'newline'] as const) {
      const typed = r[kind];
      rows.push({
        area: 'Editor',
        measure: `edit → published diagnostics, ${count(r.lines)} lines, ${EDIT_NAMES[kind]} (${count(typed.published)} published)`,
        value: ms(typed.ms),
        reference: `host blocked ${ms(typed.blockedMs)}`,
        ...(r.pauseMs > 0 ? { ratio: `waits for a ${ms(r.pauseMs)} typing pause` } : {}),
        ...(judged ? { goal: `< ${KEYSTROKE_GOAL_MS} ms` } : {}),
        verdict: judged ? verdict(typed.ms < KEYSTROKE_GOAL_MS) : 'info',
      });
    }
  }
  rows.push({ area: 'Editor', measure: '  path: AnalysisScheduler → analyze → vscodeDiagnosticsFor (stand-in vscode classes, no IPC)', value: '', verdict: 'info' });
  return rows;
}

interface LargeFileResult {
  bytes: number;
  lines: number;
  diagnostics: number;
  published: number;
  analyzeMs: number;
  publishMs: number;
  retainedHeap: number;
  peakRss: number;
}

const TEN_MB = 10 * 1024 * 1024;
const MAX_PROBLEMS = DEFAULT_DIAGNOSTIC_SETTINGS.maxProblems;

export function largeFileRows(): Row[] {
  const described = { legal: 'legal', broken: 'one early len= wrong', noisy: 'a warning on every line' } as const;
  return (['legal', 'broken', 'noisy'] as const).map((kind): Row => {
    let r: LargeFileResult;
    try {
      r = runWorker<LargeFileResult>('large-file', [kind, TEN_MB, 3]);
    } catch (error) {
      // Running out of heap is the finding here, not a broken bench.
      const reason = String(error instanceof Error ? error.message : error).split('\n').find((l) => /heap|memory|took over/i.test(l)) ?? 'the worker failed';
      return { area: 'Editor', measure: `10 MB file, ${described[kind]}: ${reason.trim().slice(0, 100)}`, value: '-', verdict: 'MISS' };
    }
    return {
      area: 'Editor',
      measure: `10 MB file, ${described[kind]} (${count(r.lines)} lines): analyze; analyze + publish ${count(r.published)} of ${count(r.diagnostics)} diagnostics`,
      value: `${ms(r.analyzeMs)}; ${ms(r.publishMs)}`,
      reference: `analysis holds ${mb(r.retainedHeap)}; peak ${mb(r.peakRss)} RSS`,
      goal: `survives Node's default heap, ≤ ${count(MAX_PROBLEMS)} + notice`,
      verdict: verdict(r.published <= MAX_PROBLEMS + 1),
    };
  });
}
