/**
 * Quick fixes are the core's: each diagnostic carries the edits that make
 * its line legal (computed where the TCP knowledge is). This only picks the
 * ones under the cursor and names them in the user's language.
 */
import { renderPhrase, type Analysis, type Diagnostic, type Range, type TextEdit } from '../../core/index';
import { firstIndexFrom } from '../analysis/lookup';
import type { Localizer } from '../l10n/localizer';

export interface QuickFix {
  readonly title: string;
  /** The diagnostic it repairs, keyed by its code. */
  readonly diagnostic: Diagnostic;
  readonly edits: readonly TextEdit[];
  /** The only fix of its diagnostic: VS Code offers it first (and on Ctrl+. in the Problems view). */
  readonly preferred: boolean;
}

function overlaps(a: Range, b: Range): boolean {
  const before = (p: Range['start'], q: Range['start']): boolean => p.line < q.line || (p.line === q.line && p.character < q.character);
  return !before(a.end, b.start) && !before(b.end, a.start);
}

function isEmpty(range: Range): boolean {
  return range.start.line === range.end.line && range.start.character === range.end.character;
}

/** Fixes for the diagnostics that touch `range`; a bare cursor gets those of its whole line. */
export function quickFixesIn(analysis: Analysis, range: Range, localizer: Localizer): QuickFix[] {
  const diagnostics = analysis.diagnostics;
  const wholeLine = isEmpty(range);
  const fixes: QuickFix[] = [];
  // Diagnostics are sorted by start; one that starts after the range cannot touch it.
  for (let i = firstIndexFrom(diagnostics, (d) => d.range.start.line, range.start.line); i < diagnostics.length; i++) {
    const diagnostic = diagnostics[i]!;
    if (diagnostic.range.start.line > range.end.line) break;
    if (!diagnostic.fixes || diagnostic.fixes.length === 0 || (!wholeLine && !overlaps(diagnostic.range, range))) continue;
    for (const fix of diagnostic.fixes) {
      fixes.push({ title: renderPhrase(fix.title, localizer.locale), diagnostic, edits: fix.edits, preferred: diagnostic.fixes.length === 1 });
    }
  }
  return fixes;
}
