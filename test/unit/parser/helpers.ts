import assert from 'node:assert/strict';
import { parse, renderMessage, type Diagnostic, type Range, type Statement } from '../../../src/core/index';

/** The one statement that `text` holds, with no syntax diagnostic. */
export function only<K extends Statement['kind']>(text: string, kind: K): Extract<Statement, { kind: K }> {
  const document = parse(text);
  assert.deepEqual(document.diagnostics.map(show), [], `no diagnostic expected for ${JSON.stringify(text)}`);
  assert.equal(document.statements.length, 1, `one statement expected in ${JSON.stringify(text)}`);
  const statement = document.statements[0]!;
  assert.equal(statement.kind, kind);
  assert.equal(statement.hasSyntaxError, false);
  return statement as Extract<Statement, { kind: K }>;
}

/** `line:start-end` of a single-line range, the way the tables below write them. */
export function at(range: Range): string {
  assert.equal(range.start.line, range.end.line, 'a parser range stays on one line');
  return `${range.start.line}:${range.start.character}-${range.end.character}`;
}

export function show(d: Diagnostic): string {
  return `${at(d.range)} ${d.code}: ${renderMessage(d, 'en')}`;
}

/** The part of `text` that a range covers (ranges on line 0 only). */
export function covered(text: string, range: Range): string {
  return text.split('\n')[range.start.line]!.slice(range.start.character, range.end.character);
}
