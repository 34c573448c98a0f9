/**
 * The hint after a line that changes a state, e.g. `A: SYN_SENT → ESTABLISHED`:
 * the state machine made visible while the student types.
 */
import type { Analysis, Position } from '../../core/index';
import { firstIndexFrom } from '../analysis/lookup';

export interface StateChangeHint {
  /** Just after the statement, before any comment. */
  readonly position: Position;
  readonly label: string;
}

/** Hints for the lines from `fromLine` to `toLine`: VS Code asks for the visible range only. */
export function stateChangeHints(analysis: Analysis, fromLine: number, toLine: number): StateChangeHint[] {
  const steps = analysis.steps;
  const hints: StateChangeHint[] = [];
  for (let i = firstIndexFrom(steps, (s) => s.line, fromLine); i < steps.length && steps[i]!.line <= toLine; i++) {
    const step = steps[i]!;
    if (step.changes.length === 0) continue;
    const label = step.changes.map((c) => `${analysis.endpoints[c.endpoint]?.name ?? '?'}: ${c.from} → ${c.to}`).join(', ');
    hints.push({ position: step.statement.range.end, label });
  }
  return hints;
}
