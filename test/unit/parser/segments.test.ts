// The SEGMENT after the colon: the three flag notations, fields in any
// order, expressions, numbers at their limits, payload length and the text
// the diagram shows.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { parse, type Expression, type SegmentSpec } from '../../../src/core/index';
import { at, only } from './helpers';

function segment(text: string): SegmentSpec {
  return only(text, 'segment').segment;
}

/** [name, offset] of a symbol expression. */
function symbolOf(value: Expression | undefined): [string, number] | undefined {
  return value?.kind === 'symbol' ? [value.name, value.offset] : undefined;
}

function flagsOf(text: string): string[] {
  return [...segment(text).flagSet];
}

describe('flags', () => {
  test('the three notations mean the same', () => {
    for (const written of ['SYN, ACK', 'SYN+ACK', 'SYN ACK', 'SYN=1, ACK=1', 'syn+ack', 'SYN=1 ACK=1', 'ACK,SYN']) {
      assert.deepEqual(flagsOf(`A -> B: ${written} seq=1 ack=1`), ['SYN', 'ACK'], written);
    }
  });
  test('a line that has said enough is read no further, and its flags, asked for later, agree', () => {
    // 20 problems end the reading; the full-width colon counts as one of them.
    for (const [head, junk] of [['A -> B: ', 20], ['A -> B：', 19]] as const) {
      const document = parse(`${head}${'bogus '.repeat(junk)}SYN seq=1`);
      const s = document.statements[0];
      assert.ok(s?.kind === 'segment');
      assert.equal(document.diagnostics.length, 20, head);
      assert.deepEqual([...s.segment.flagSet], [], `${head}: SYN comes after the twentieth problem`);
      assert.deepEqual(s.segment.flags, [], `${head}: its mentions, read again, stop there too`);
    }
  });
  test('flagSet is in canonical order; mentions keep the order written', () => {
    const s = segment('A -> B: PSH ACK FIN CWR ECE URG seq=1 ack=1');
    assert.deepEqual([...s.flagSet], ['ACK', 'FIN', 'PSH', 'URG', 'ECE', 'CWR']);
    assert.deepEqual(s.flags.map((f) => f.flag), ['PSH', 'ACK', 'FIN', 'CWR', 'ECE', 'URG']);
  });
  test('=0 is kept as an absent mention', () => {
    const s = segment('A -> B: SYN=1, ACK=0 seq=1');
    assert.deepEqual([...s.flagSet], ['SYN']);
    assert.deepEqual(s.flags.map((f) => [f.flag, f.present, at(f.range)]), [['SYN', true, '0:8-13'], ['ACK', false, '0:15-20']]);
  });
  test('the textbook ACK=1, ack=x+1: capital ACK with a bit is the flag, lowercase ack the number', () => {
    const s = segment('A -> B: SYN=1, ACK=1, seq=y, ack=x+1');
    assert.deepEqual([...s.flagSet], ['SYN', 'ACK']);
    assert.deepEqual(symbolOf(s.ack?.value), ['x', 1]);
    const numberOne = segment('A -> B: ACK ack=1');
    assert.deepEqual(numberOne.ack?.value.kind, 'number');
  });
});

describe('fields', () => {
  test('each field with its ranges, in any order, separated by blanks or commas', () => {
    const text = 'A -> B: ACK win=512,len=10 ack=y+1 , seq=x+1';
    const s = segment(text);
    assert.equal(s.win?.value, 512);
    assert.equal(at(s.win!.range), '0:12-19');
    assert.equal(at(s.win!.valueRange), '0:16-19');
    assert.equal(s.len?.value, 10);
    assert.deepEqual(symbolOf(s.ack?.value), ['y', 1]);
    assert.equal(at(s.ack!.valueRange), '0:31-34');
    assert.equal(at(s.seq!.range), '0:37-44');
    assert.equal(s.payloadLength, 10);
  });
  test('field names are case-insensitive', () => {
    const s = segment('A -> B: ACK SEQ=1 Ack=2 LEN=3');
    assert.deepEqual([s.seq?.value.kind, s.ack?.value.kind, s.len?.value], ['number', 'number', 3]);
  });
  test('data= sets the payload length to its UTF-8 bytes, unless len= is given', () => {
    assert.equal(segment('A -> B: ACK data="hello"').payloadLength, 5);
    assert.equal(segment('A -> B: ACK data="你好"').payloadLength, 6);
    assert.equal(segment('A -> B: ACK data="😀"').payloadLength, 4);
    assert.equal(segment('A -> B: ACK data=""').payloadLength, 0);
    assert.equal(segment('A -> B: ACK data="hello" len=100').payloadLength, 100);
    assert.equal(segment('A -> B: ACK').payloadLength, 0);
  });
  test('data text keeps #, commas and escaped quotes', () => {
    const s = segment('A -> B: ACK data="GET /#top, \\"x\\"" seq=1 # comment');
    assert.equal(s.data?.value, 'GET /#top, "x"');
    assert.equal(s.seq?.value.kind, 'number');
    assert.equal(s.text, 'ACK data="GET /#top, \\"x\\"" seq=1');
  });
});

describe('expressions and numbers', () => {
  test('numbers from 0 to 2^32-1', () => {
    assert.deepEqual(segment('A -> B: SYN seq=0').seq?.value.kind, 'number');
    const max = segment('A -> B: SYN seq=4294967295').seq!.value;
    assert.equal(max.kind === 'number' && max.value, 4294967295);
    const padded = segment('A -> B: SYN seq=0000000000004294967295').seq!.value;
    assert.equal(padded.kind === 'number' && padded.value, 4294967295);
  });
  test('symbols with offsets', () => {
    const cases: [string, string, number][] = [
      ['x', 'x', 0],
      ['x+1', 'x', 1],
      ['y-1', 'y', -1],
      ['y-2', 'y', -2],
      ['isn_a+101', 'isn_a', 101],
      ['u2+4294967295', 'u2', 4294967295],
      ['v-4294967295', 'v', -4294967295],
    ];
    for (const [written, name, offset] of cases) {
      const value = segment(`A -> B: SYN seq=${written}`).seq!.value;
      assert.equal(value.kind, 'symbol', written);
      if (value.kind === 'symbol') {
        assert.equal(value.name, name);
        assert.equal(value.offset, offset);
        assert.equal(at(value.nameRange), `0:16-${16 + name.length}`);
        assert.equal(at(value.range), `0:16-${16 + written.length}`);
      }
    }
  });
});

describe('symbols written in capitals', () => {
  test('are read as their lowercase, offset and sign kept, with a warning and its fix', () => {
    for (const [written, name, offset] of [['X+1', 'x', 1], ['ISN_B-2', 'isn_b', -2], ['Y', 'y', 0]] as const) {
      const document = parse(`A -> B: SYN seq=${written}`);
      assert.deepEqual(document.diagnostics.map((d) => [d.code, at(d.range)]), [['uppercase-symbol', `0:16-${16 + written.length}`]], written);
      const statement = document.statements[0];
      assert.deepEqual(symbolOf(statement?.kind === 'segment' ? statement.segment.seqValue : undefined), [name, offset], written);
    }
  });
  test('an offset past 2^32-1 is reported on its digits as well', () => {
    const document = parse('A -> B: SYN seq=X+4294967296');
    assert.deepEqual(document.diagnostics.map((d) => [d.code, at(d.range)]), [['uppercase-symbol', '0:16-28'], ['bad-number', '0:18-28']]);
  });
  test('a sign with no digits after it is no expression', () => {
    for (const written of ['x+', 'X-', 'x+1a', 'x-+1']) {
      const document = parse(`A -> B: SYN seq=${written}`);
      assert.deepEqual(document.diagnostics.map((d) => d.code), ['bad-expression'], written);
    }
  });
});

describe('the segment as written', () => {
  test('text and range exclude the label and the comment', () => {
    const s = only('A ~> B: SYN,  ACK seq=1 ack=1   as s1  # c', 'segment');
    assert.equal(s.segment.text, 'SYN,  ACK seq=1 ack=1');
    assert.equal(at(s.segment.range), '0:8-29');
  });
  test('a warning alone does not stop the validator from judging the line', () => {
    const document = parse('A -> B: SYN SYN seq=1');
    assert.deepEqual(document.diagnostics.map((d) => d.code), ['repeated-flag']);
    assert.equal(document.statements[0]?.hasSyntaxError, false);
    assert.deepEqual([...(document.statements[0]?.kind === 'segment' ? document.statements[0].segment.flagSet : [])], ['SYN']);
  });
});
