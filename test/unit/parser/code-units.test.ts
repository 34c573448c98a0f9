// The parser reads code units from a typed array instead of the string:
// they must be the string's own, whatever the text holds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { codeUnitsOf } from '../../../src/core/syntax/code-units';

function unitsOfString(text: string): number[] {
  return Array.from({ length: text.length }, (_, i) => text.charCodeAt(i));
}

test('the code units of a text are its own, ASCII or not, whole or a span of it', () => {
  for (const text of ['', 'A -> B: SYN seq=x', 'client 客户端', 'A -> B：SYN，ACK', '😀 \ud800 \udc00 \0 \u00a0', 'é'.repeat(3)]) {
    assert.deepEqual([...codeUnitsOf(text)], unitsOfString(text), JSON.stringify(text));
  }
  fc.assert(
    fc.property(fc.string({ unit: 'binary', maxLength: 100 }), fc.nat(), fc.nat(), (text, a, b) => {
      const start = Math.min(a, b) % (text.length + 1);
      const end = start + ((Math.max(a, b) - Math.min(a, b)) % (text.length - start + 1));
      assert.deepEqual([...codeUnitsOf(text, start, end)], unitsOfString(text.slice(start, end)));
    }),
  );
});

test('an all-ASCII text takes a byte a unit, any other two', () => {
  assert.equal(codeUnitsOf('A -> B: SYN').BYTES_PER_ELEMENT, 1);
  assert.equal(codeUnitsOf('A -> B: SYN # 握手').BYTES_PER_ELEMENT, 2);
  assert.equal(codeUnitsOf('A -> B: SYN # 握手', 0, 11).BYTES_PER_ELEMENT, 1);
});
