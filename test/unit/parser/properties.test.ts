// Whatever is typed, the parser answers: it never throws, every range lies
// inside the text, and pathological lines get a bounded number of problems
// (their time is measured by `npm run bench`, not asserted here).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parse, type ParsedDocument, type Range } from '../../../src/core/index';
import { plainData } from '../../support/plain-data';

/** The lines as the editor sees them: LF, CRLF and CR end a line; a leading BOM is not text. */
function editorLines(text: string): string[] {
  return text.replace(/^\ufeff/, '').split(/\r\n|\r|\n/);
}

function assertInside(range: Range, lines: string[], what: string): void {
  const line = lines[range.start.line];
  assert.ok(line !== undefined, `${what}: line ${range.start.line} exists`);
  assert.equal(range.end.line, range.start.line, `${what}: one line`);
  assert.ok(range.start.character >= 0 && range.start.character <= range.end.character, `${what}: ordered`);
  assert.ok(range.end.character <= line.length, `${what}: ends inside line ${range.start.line} (${range.end.character} > ${line.length})`);
}

function assertWellFormed(text: string, document: ParsedDocument): void {
  const lines = editorLines(text);
  assert.equal(document.lineCount, lines.length);
  for (const d of document.diagnostics) {
    assertInside(d.range, lines, d.code);
    for (const fix of d.fixes ?? []) for (const edit of fix.edits) assertInside(edit.range, lines, `${d.code} fix`);
  }
  let previousLine = -1;
  for (const s of document.statements) {
    assert.ok(s.line > previousLine, 'statements in line order');
    previousLine = s.line;
    assertInside(s.range, lines, s.kind);
  }
  const lineOf = document.diagnostics.map((d) => d.range.start.line);
  assert.deepEqual(lineOf, [...lineOf].sort((a, b) => a - b), 'diagnostics in line order');
}

const VOCABULARY = [
  'client', 'server', 'title', 'deliver', 'as', 'A', 'B', 'host-a', 'x', 'y+1', ':', ': ', ' ', ' ', ',', '+', '=', '"', '#', '\\',
  '->', '-x', '~>', '-', '>', '~', 'SYN', 'ACK', 'FIN', 'RST', 'syn', 'SYNN', 'seq=', 'ack=', 'len=', 'data=', 'win=', '1', '0',
  '4294967295', '4294967296', 'x+', 'X', 'CLOSED', 'LISTEN', 'listen', 'close', 'ESTABLISHED', 'SYN-RECEIVED', '\n', '\r\n', '\r',
  '\ufeff', '\0', '\ud800', '😀', '客户端', '\t',
];

test('random text never throws and every range lies inside the text', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
      assertWellFormed(text, parse(text));
    }),
    { numRuns: 500 },
  );
});

test('random token soup from the language never throws and every range lies inside the text', () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...VOCABULARY), { maxLength: 40 }), (tokens) => {
      const text = tokens.join('');
      assertWellFormed(text, parse(text));
    }),
    { numRuns: 2000 },
  );
});

test('a document parsed with its earlier version reads as one parsed afresh, whatever its line breaks and wherever it was edited', () => {
  // Long enough that what an edit left alone is compared in blocks (see UnchangedText), not only a character at a time.
  const document = fc.array(fc.constantFrom(...VOCABULARY), { minLength: 300, maxLength: 900 }).map((tokens) => tokens.join(''));
  const change = fc.record({
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    removed: fc.nat({ max: 30 }),
    inserted: fc.array(fc.constantFrom(...VOCABULARY), { maxLength: 4 }).map((tokens) => tokens.join('')),
  });
  const reading = (document: ParsedDocument) => plainData({ statements: document.statements, diagnostics: document.diagnostics, lineCount: document.lineCount });
  fc.assert(
    fc.property(document, fc.array(change, { minLength: 1, maxLength: 3 }), (text, changes) => {
      let earlier = parse(text);
      for (const { at, removed, inserted } of changes) {
        const from = Math.floor(at * text.length);
        text = text.slice(0, from) + inserted + text.slice(from + removed);
        const edited = parse(text, earlier);
        assert.deepStrictEqual(reading(edited), reading(parse(text)));
        earlier = edited;
      }
    }),
    { numRuns: 150 },
  );
});

test('pathological lines are answered with a bounded number of problems: 1 MB of one character, of arrows, of flags', () => {
  const megabyte = 1 << 20;
  const contexts = [(line: string) => `A -> B: ${line}`, (line: string) => `A: ${line}`, (line: string) => `client ${line}`, (line: string) => `${line}: CLOSED`];
  const pieces = ['a', '-', '->', '-x ', 'A -> ', ':', '"', '#', 'SYN ', 'seq=1 ', 'x+', '\0', '\ud800', 'é'];
  pieces.forEach((piece, i) => {
    const line = piece.repeat(Math.ceil(megabyte / piece.length));
    for (const text of [line, contexts[i % contexts.length]!(line)]) {
      // How the time grows with the size is measured by `npm run bench` (pathological), not asserted here.
      const document = parse(text);
      assertWellFormed(text, document);
      assert.ok(document.diagnostics.length <= 20, 'one line gets a bounded number of squiggles');
    }
  });
});

// Nodes keep columns and make their ranges, texts and values when asked, some
// by reading their line again: whatever they are asked, they must answer
// about the very text they were read from, and agree with the values the
// validator reads without them.
function textAt(lines: string[], range: Range): string {
  return lines[range.start.line]!.slice(range.start.character, range.end.character);
}

function assertNodesPointAtTheirText(text: string, document: ParsedDocument): void {
  const lines = editorLines(text).map((line) => line.replace(/\uff1a/g, ':').replace(/\uff0c/g, ','));
  const token = (t: { value: unknown; text: string; range: Range }, what: string) => {
    assertInside(t.range, lines, what);
    assert.equal(textAt(lines, t.range), t.text, `${what}: its text is the text at its range`);
  };
  for (const s of document.statements) {
    if (s.kind !== 'segment') continue;
    token(s.sender, 'sender');
    token(s.arrow, 'arrow');
    token(s.receiver, 'receiver');
    assert.deepEqual([s.sender.value, s.arrow.value, s.receiver.value], [s.senderValue, s.arrowValue, s.receiverValue]);
    // A name is its text: the tokens stand where the names were written.
    assert.deepEqual([s.sender.text, s.arrow.text, s.receiver.text], [s.senderValue, s.arrowValue, s.receiverValue]);
    const spec = s.segment;
    assert.equal(textAt(lines, spec.range), spec.text, 'segment text');
    for (const mention of spec.flags) {
      const written = textAt(lines, mention.range).toUpperCase();
      assert.ok(written === mention.flag || written === `${mention.flag}=${mention.present ? 1 : 0}`, `flag ${mention.flag} at "${written}"`);
    }
    assert.deepEqual(
      spec.flags.filter((m) => m.present).map((m) => m.flag).sort(),
      [...spec.flagSet].sort(),
      'the set flags are the mentions that are present',
    );
    for (const name of ['seq', 'ack', 'len', 'data', 'win'] as const) {
      const field = spec[name];
      if (!field) continue;
      const written = textAt(lines, field.range);
      assert.ok(written.toLowerCase().startsWith(`${name}=`), `${name} at "${written}"`);
      assert.equal(textAt(lines, field.valueRange), written.slice(name.length + 1), `${name}'s value is the rest of it`);
    }
    for (const [field, value] of [[spec.seq, spec.seqValue], [spec.ack, spec.ackValue]] as const) {
      assert.equal(field === undefined, value === undefined, 'a value exactly when a field');
      if (!field || !value) continue;
      assert.deepEqual({ ...field.value, range: field.value.range }, { ...value, range: value.range });
      assert.deepEqual(value.range, field.valueRange, 'the expression is the field value');
      if (value.kind === 'symbol') assert.equal(textAt(lines, value.nameRange).toLowerCase(), value.name);
    }
    for (const [value, name, number] of [[spec.seqValue, spec.seqName, spec.seqNumber], [spec.ackValue, spec.ackName, spec.ackNumber]] as const) {
      const plain = value === undefined ? [undefined, Number.NaN] : value.kind === 'number' ? [undefined, value.value] : [value.name, value.offset];
      assert.deepEqual([name, number], plain, 'the plain values are the expression');
    }
    assert.equal(spec.win?.value, spec.winValue);
  }
}

test('every node answers about the text it was read from, and agrees with the values read without it', () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...VOCABULARY), { maxLength: 40 }), (tokens) => {
      const text = `A -> B: ${tokens.join('')}`;
      assertNodesPointAtTheirText(text, parse(text));
    }),
    { numRuns: 2000 },
  );
  const written = [
    'A -> B: SYN=1, ACK=0 seq=X+1 ack=y-2 len=007 win=65535',
    'A -x B: FIN, ACK seq=x+1 ack=y+1 data="a,b # c" win=10',
    'host-a ~> host-b: PSH+ACK SEQ=100 ACK=1 len=5 as late',
    'A -> B：SYN，ACK seq=x ack=y+1',
  ];
  for (const text of written) {
    const document = parse(text);
    assert.equal(document.statements.length, 1, text);
    assertNodesPointAtTheirText(text, document);
  }
});

// Flags in capitals and fields in lowercase with a well-written value are
// read in one pass; any other spelling takes the reader's careful path. The
// language ignores case there, so both spellings must read alike, whatever
// the values and separators around them.
const FLAG_WORDS = ['SYN', 'ACK', 'FIN', 'RST', 'PSH', 'URG', 'ECE', 'CWR'];
const FIELD_KEYS = ['seq', 'ack', 'len', 'win'];
const VALUES = [
  'x', 'x+1', 'y-1', 'y-0', 'isn_a+101', 'a9_', '0', '007', '100', '4294967295', '4294967296', 'x+4294967295', 'x+4294967296',
  '99999999999999999999', 'X+1', 'x+', 'x-', 'x+1a', 'x+-1', '1a', '', '"s"', 'x+1+2', '-1', 'é', 'x\u00a0',
];
const SEPARATORS = [' ', ', ', ',', '+', '  ', '\t', ' ,'];

/** A segment's reading as a front end sees it: its diagnostics, flags and fields with their ranges. */
function readingOf(text: string): unknown {
  const document = parse(text);
  const statement = document.statements[0];
  const segment = statement?.kind === 'segment' ? statement.segment : undefined;
  return {
    diagnostics: document.diagnostics.map((d) => [d.code, d.range, d.fixes?.map((fix) => fix.edits.map((edit) => edit.newText))]),
    hasSyntaxError: statement?.hasSyntaxError,
    segment: segment && {
      flagSet: [...segment.flagSet],
      flags: segment.flags.map((mention) => [mention.flag, mention.present, mention.range]),
      fields: [segment.seq, segment.ack, segment.len, segment.data, segment.win].map((field) => plainData(field)),
      payloadLength: segment.payloadLength,
    },
  };
}

test('flags and fields read alike in any case, whatever their values and separators', () => {
  const item = fc.oneof(
    fc.constantFrom(...FLAG_WORDS).map((flag) => [flag, flag.toLowerCase()]),
    fc.tuple(fc.constantFrom(...FIELD_KEYS), fc.constantFrom(...VALUES)).map(([key, value]) => [`${key}=${value}`, `${key[0]!.toUpperCase()}${key.slice(1)}=${value}`]),
  );
  fc.assert(
    fc.property(fc.array(fc.tuple(item, fc.constantFrom(...SEPARATORS)), { minLength: 1, maxLength: 8 }), (items) => {
      const written = (spelling: 0 | 1) => `A -> B: ${items.map(([pair, separator]) => pair[spelling] + separator).join('')}`;
      assert.deepEqual(readingOf(written(1)), readingOf(written(0)), `${written(0)}\n${written(1)}`);
    }),
    { numRuns: 3000 },
  );
});
