// The near-miss suggester the parser's hints and the editor's completion share.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { editDistanceWithin, nearMiss } from '../../../src/core/syntax/near-miss';

const FLAGS = ['SYN', 'ACK', 'FIN', 'RST', 'PSH', 'URG', 'ECE', 'CWR'];

test('typos find their word, spelled as the vocabulary spells it', () => {
  assert.equal(nearMiss('SYNN', FLAGS), 'SYN');
  assert.equal(nearMiss('fni', FLAGS), 'FIN');
  assert.equal(nearMiss('AKC', FLAGS), 'ACK');
  assert.equal(nearMiss('delvier', ['client', 'server', 'deliver', 'title']), 'deliver');
  assert.equal(nearMiss('clinet', ['client', 'server', 'deliver', 'title']), 'client');
  assert.equal(nearMiss('ESTABLSHED', ['CLOSED', 'ESTABLISHED']), 'ESTABLISHED');
});

test('no suggestion for an exact word, a distant word or a single letter', () => {
  assert.equal(nearMiss('syn', FLAGS), undefined);
  assert.equal(nearMiss('HELLO', FLAGS), undefined);
  assert.equal(nearMiss('x', ['y']), undefined);
  assert.equal(nearMiss('', FLAGS), undefined);
});

test('ties go to the earlier candidate', () => {
  assert.equal(nearMiss('PST', ['RST', 'PSH']), 'RST');
  assert.equal(nearMiss('PST', ['PSH', 'RST']), 'PSH');
});

test('edit distance: insertions, deletions, substitutions and swaps cost one each', () => {
  assert.equal(editDistanceWithin('deliver', 'delvier', 3), 1);
  assert.equal(editDistanceWithin('abc', 'abc', 0), 0);
  assert.equal(editDistanceWithin('abc', 'ab', 3), 1);
  assert.equal(editDistanceWithin('kitten', 'sitting', 5), 3);
  assert.equal(editDistanceWithin('kitten', 'sitting', 2), 3, 'past the limit it answers limit + 1');
  assert.equal(editDistanceWithin('a'.repeat(100_000), 'b', 2), 3);
});

test('the bounded distance agrees with the full one within the bound', () => {
  fc.assert(
    fc.property(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 }), fc.integer({ min: 0, max: 4 }), (a, b, limit) => {
      const full = editDistanceWithin(a, b, 20);
      const bounded = editDistanceWithin(a, b, limit);
      assert.equal(bounded, Math.min(full, limit + 1));
      assert.equal(full, editDistanceWithin(b, a, 20));
    }),
  );
});
