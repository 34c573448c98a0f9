// The editor passes each analysis to the next keystroke's, which then
// reparses only the lines that changed and resumes the state machines from a
// checkpoint before the first changed statement. Whatever the edits, the
// result must be exactly the analysis of the new text from scratch.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyze, nextNumbers, type Analysis } from '../../../src/core/index';
import { generateFlow } from '../../support/flow-generator';
import { flowPlan } from '../../support/flow-arbitraries';
import { plainData } from '../../support/plain-data';

/** Long enough to hold several checkpoints (one every 128 statements or more). */
const longPlan = flowPlan(100, 300);

type Edit =
  | { readonly kind: 'type'; readonly at: number; readonly text: string }
  | { readonly kind: 'delete'; readonly at: number; readonly length: number }
  | { readonly kind: 'copy-line'; readonly from: number; readonly to: number };

/** Positions are fractions of the text, so that an edit applies to any text. */
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('type' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), text: fc.constantFrom(' ', '1', '9', 'x', '#', ':', '\n', 'ACK ', 'deliver c1\n', 'A -> B: FIN seq=1\n', 'B: CLOSED\n', 'A: close\n', 'A ~> B: ACK seq=x ack=y as z\n', 'B -> A: ACK seq=q ack=x+1\n') }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), length: fc.integer({ min: 1, max: 80 }) }),
  fc.record({ kind: fc.constant('copy-line' as const), from: fc.double({ min: 0, max: 1, noNaN: true }), to: fc.double({ min: 0, max: 1, noNaN: true }) }),
).map((e) => e as Edit);

function applyEdit(text: string, e: Edit): string {
  const at = (fraction: number) => Math.floor(fraction * text.length);
  switch (e.kind) {
    case 'type':
      return text.slice(0, at(e.at)) + e.text + text.slice(at(e.at));
    case 'delete':
      return text.slice(0, at(e.at)) + text.slice(at(e.at) + e.length);
    case 'copy-line': {
      const lines = text.split('\n');
      const from = Math.floor(e.from * lines.length);
      lines.splice(Math.floor(e.to * lines.length), 0, lines[from]!);
      return lines.join('\n');
    }
  }
}

/** Everything a front end reads of an analysis, in a form that compares by value (getters read). */
function visible(analysis: Analysis) {
  return plainData({
    statements: analysis.document.statements,
    lineCount: analysis.document.lineCount,
    title: analysis.title,
    endpoints: analysis.endpoints,
    steps: analysis.steps,
    transmissions: analysis.transmissions,
    diagnostics: analysis.diagnostics,
    legal: analysis.legal,
  });
}

/** The two analyses read alike; compared as text (fast), and by value only to show where they differ. */
function assertSameAnalysis(actual: Analysis, expected: Analysis, message?: string): void {
  const [a, b] = [visible(actual), visible(expected)];
  if (JSON.stringify(a) !== JSON.stringify(b)) assert.deepStrictEqual(a, b, message);
}

describe('analysis of an edited document, resumed from the previous analysis', () => {
  it('equals the analysis from scratch after any sequence of edits', () => {
    fc.assert(
      fc.property(longPlan, fc.array(edit, { minLength: 1, maxLength: 4 }), (plan, edits) => {
        let text = generateFlow(plan).text;
        let analysis = analyze(text);
        for (const e of edits) {
          text = applyEdit(text, e);
          analysis = analyze(text, analysis);
          assertSameAnalysis(analysis, analyze(text), `after ${JSON.stringify(e)}`);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('equals the analysis from scratch whichever line is edited, the lines at checkpoints included', () => {
    const flow = generateFlow({ symbolic: true, iss: [100, 300], opening: 'handshake', steps: Array.from({ length: 130 }, (_, i) => ({ kind: i % 7 === 3 ? ('crossing' as const) : ('data' as const), from: (i % 2) as 0 | 1, len: 10 + i, otherLen: 5 })), closing: 'normal' });
    const lines = flow.text.split('\n');
    let analysis = analyze(flow.text);
    for (let i = 1; i < lines.length - 1; i++) {
      // The line above repeated: a retransmission, or numbers that are wrong from here on.
      const text = [...lines.slice(0, i), lines[i - 1]!, ...lines.slice(i + 1)].join('\n');
      analysis = analyze(text, analysis);
      assertSameAnalysis(analysis, analyze(text), `line ${i + 1} edited`);
    }
  });

  it('reuses the lines and steps above an edit instead of making them again', () => {
    const text = generateFlow({ symbolic: true, iss: [100, 300], opening: 'handshake', steps: Array.from({ length: 400 }, (_, i) => ({ kind: 'data' as const, from: (i % 2) as 0 | 1, len: 10 })), closing: 'normal' }).text;
    const before = analyze(text);
    const lines = text.split('\n');
    const edited = lines.length - 20;
    lines[edited] += ' ';
    const after = analyze(lines.join('\n'), before);
    const firstChanged = after.steps.findIndex((step) => step.line >= edited);
    assert.ok(firstChanged > 500);
    // The statements well above the edit are the earlier analysis's own objects.
    assert.equal(after.document.statements[10], before.document.statements[10]);
    assert.notEqual(after.document.statements[firstChanged], before.document.statements[firstChanged]);
    // So is what the receivers did with the segments there: the run resumed below them, where a
    // run from the first line makes each outcome anew.
    const above = firstChanged - 200;
    const outcome = (analysis: typeof before) => analysis.steps[above]!.transmission!.outcome;
    assert.ok(outcome(before));
    assert.equal(outcome(after), outcome(before));
    assert.notEqual(outcome(analyze(text)), outcome(before));
    assertSameAnalysis(after, analyze(lines.join('\n')));
  });

  it('suggests the same next numbers as a replay of every line above', () => {
    fc.assert(
      fc.property(longPlan, fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom('A', 'B'), (plan, where, sender) => {
        const analysis = analyze(generateFlow(plan).text);
        const line = Math.floor(where * analysis.document.lineCount);
        // A copy of the analysis carries no checkpoints: it is replayed from the first line.
        assert.deepStrictEqual(nextNumbers(analysis, line, sender), nextNumbers({ ...analysis }, line, sender));
      }),
      { numRuns: 40 },
    );
  });
});
