/**
 * Where segments cross on the wire. A sequence diagram draws arrows flat, so
 * two segments in opposite directions that were in flight at the same time
 * (crossing SYNs of a simultaneous open, crossing FINs of a simultaneous
 * close, data passing an ACK) look as if one answered the other. The
 * generator wraps such a pair in a `par` block to say they happened at once.
 */
import type { Step, Transmission } from '../analysis/model';

/** Steps `first` to `last` (indices into the drawn steps) form one crossing. */
export interface Crossing {
  readonly first: number;
  readonly last: number;
}

/** The step on which a segment's arrow is drawn: where it is delivered. */
function arrowOf(step: Step): Transmission | undefined {
  const t = step.transmission;
  return t && t.fate === 'delivered' && t.deliveredLine === step.line ? t : undefined;
}

/**
 * The crossings among `steps`, none overlapping another, in order. Segment b
 * crosses an earlier-drawn segment a going the other way when b left before
 * a arrived; only a segment delivered after its send line can do that, and
 * the block runs from the first arrow it crossed to its own.
 */
export function crossingsOf(steps: readonly Step[]): Crossing[] {
  const spans: Crossing[] = [];
  steps.forEach((step, last) => {
    const late = arrowOf(step);
    if (!late || late.sentLine === late.deliveredLine) return;
    let first: number | undefined;
    for (let i = last - 1; i >= 0 && steps[i]!.line > late.sentLine; i--) {
      const other = arrowOf(steps[i]!);
      if (other && other.sender === late.receiver && other.deliveredLine! > late.sentLine) first = i;
    }
    if (first !== undefined) spans.push({ first, last });
  });
  // Blocks must nest in Mermaid; crossings that overlap keep the earlier one.
  const kept: Crossing[] = [];
  for (const span of spans.sort((a, b) => a.first - b.first || a.last - b.last)) {
    if (kept.length === 0 || span.first > kept.at(-1)!.last) kept.push(span);
  }
  return kept;
}
