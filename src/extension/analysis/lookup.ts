/** Finding what the analysis says about one line, in logarithmic time (documents may be 10 MB). */
import type { Analysis, Statement, Step } from '../../core/index';

function indexOfLine<T>(items: readonly T[], lineOf: (item: T) => number, line: number): number {
  let low = 0;
  let high = items.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const at = lineOf(items[middle]!);
    if (at === line) return middle;
    if (at < line) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}

/** The first index whose line is at least `line` (items.length when none is). */
export function firstIndexFrom<T>(items: readonly T[], lineOf: (item: T) => number, line: number): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (lineOf(items[middle]!) < line) low = middle + 1;
    else high = middle;
  }
  return low;
}

export function statementAt(analysis: Analysis, line: number): Statement | undefined {
  const statements = analysis.document.statements;
  return statements[indexOfLine(statements, (s) => s.line, line)];
}

export function stepAt(analysis: Analysis, line: number): Step | undefined {
  return analysis.steps[indexOfLine(analysis.steps, (s) => s.line, line)];
}
