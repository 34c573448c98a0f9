import assert from 'node:assert/strict';
import { analyze, renderMessage, type Analysis, type Diagnostic } from '../../../src/core/index';

export function errors(analysis: Analysis): Diagnostic[] {
  return analysis.diagnostics.filter((d) => d.severity === 'error');
}

export function describe(analysis: Analysis): string {
  return analysis.diagnostics.map((d) => `${d.range.start.line + 1}: ${d.severity} ${d.code}: ${renderMessage(d, 'en')}`).join('\n');
}

/** Analyzes text that must be free of errors (warnings allowed). */
export function legal(text: string): Analysis {
  const analysis = analyze(text);
  assert.deepEqual(errors(analysis), [], `expected no errors, got:\n${describe(analysis)}\n--- in ---\n${text}`);
  return analysis;
}

/** Analyzes text that must report `code` on 0-based `line`. */
export function reports(text: string, line: number, code: string): Diagnostic {
  const analysis = analyze(text);
  const found = analysis.diagnostics.find((d) => d.range.start.line === line && d.code === code);
  assert.ok(found, `expected ${code} on line ${line + 1}, got:\n${describe(analysis)}\n--- in ---\n${text}`);
  return found;
}

/** Analyzes text that must be entirely clean: no diagnostic at all. */
export function clean(text: string): Analysis {
  const analysis = analyze(text);
  assert.equal(analysis.diagnostics.length, 0, `expected no diagnostics, got:\n${describe(analysis)}`);
  return analysis;
}

export function finalState(analysis: Analysis, name: string): string {
  const endpoint = analysis.endpoints.find((e) => e.name === name);
  assert.ok(endpoint, `no endpoint ${name}`);
  return endpoint.finalState;
}

/** The states of A and B after the statement on 0-based `line`. */
export function statesAfter(analysis: Analysis, line: number): string[] {
  const step = analysis.steps.find((s) => s.line === line);
  assert.ok(step, `no statement on line ${line + 1}`);
  return step.after.map((s) => s.state);
}
