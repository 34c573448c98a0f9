// Whatever a user types or pastes, the core answers: the parser, the
// validator and the Mermaid generator never throw, and the answer is
// well-formed (squiggles inside the document, every message filled in, in
// both languages, a diagram that user text cannot restructure). Three sources of
// text: random characters, soup made of the language's own tokens, and legal
// exchanges that have been broken the ways people break them (lines deleted,
// duplicated, swapped; numbers, flags, arrows and names changed).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { ACTIONS, TCP_FLAGS, TCP_STATES, analyze, parse } from '../../../src/core/index';
import { generateFlow, type DataStep, type FlowPlan } from '../../support/flow-generator';
import { diagramProblems, wellFormednessProblems } from './well-formed';

const SYNTAX = ['client', 'server', 'title:', 'deliver', 'as', '->', '-x', '~>', ':', ',', '+', '=', '=1', '=0', '"', '#', 'seq=', 'ack=', 'len=', 'win=', 'data="'];
const VALUES = ['A', 'B', 'C', 'x', 'y', 'x+1', 'y-1', 'X', 'isn_a+101', 'l1', '0', '4294967295', '4294967296', '99999999999999999999', '-1', '1e3', '0x10'];
const ODD = [' ', '\t', '\n', '\r\n', '\r', '\u0000', '\uFEFF', '\uD800', '\uDC00', '😀', '\u200B', '全角', 'é'];
const vocabulary = fc.constantFrom(...SYNTAX, ...VALUES, ...ODD, ...TCP_FLAGS, ...TCP_STATES, ...TCP_STATES.map((s) => s.replace(/_/g, '-')), ...ACTIONS);

const tokenSoup = fc.array(fc.tuple(vocabulary, fc.constantFrom(' ', '', '\n')), { maxLength: 150 }).map((tokens) => tokens.flat().join(''));
const randomText = fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 300 }), fc.string({ unit: fc.constantFrom('-', '>', '~', 'x', ':', ' ', '\n', '=', '+', ','), maxLength: 300 }));

const dataStep: fc.Arbitrary<DataStep> = fc.oneof(
  fc.record({ kind: fc.constantFrom('data' as const, 'lost-then-retransmitted' as const), from: fc.constantFrom(0 as const, 1 as const), len: fc.integer({ min: 1, max: 2000 }) }),
  fc.record({ kind: fc.constant('crossing' as const), len: fc.integer({ min: 1, max: 2000 }), otherLen: fc.integer({ min: 1, max: 2000 }) }),
);
const legalFlow = fc
  .record<FlowPlan>({
    symbolic: fc.boolean(),
    iss: fc.tuple(fc.nat({ max: 2 ** 32 - 1 }), fc.nat({ max: 2 ** 32 - 1 })),
    opening: fc.constantFrom('handshake', 'simultaneous', 'piggyback'),
    steps: fc.array(dataStep, { maxLength: 8 }),
    closing: fc.constantFrom('normal', 'fin-ack-shortcut', 'simultaneous', 'server-first', 'none'),
  })
  .map((plan) => generateFlow(plan).text.split('\n'));

/** One way of breaking a line-list; `pick` chooses where, `value` with what. */
type Mutation = (lines: string[], pick: number, value: string) => string[];

const replaceNth = (line: string, pattern: RegExp, pick: number, by: string) => {
  const matches = [...line.matchAll(pattern)];
  const m = matches[pick % Math.max(1, matches.length)];
  return m ? line.slice(0, m.index) + by + line.slice(m.index + m[0].length) : line;
};
const onLine = (change: (line: string, pick: number, value: string) => string): Mutation => (lines, pick, value) => {
  const i = pick % lines.length;
  return lines.map((l, j) => (j === i ? change(l, pick >> 8, value) : l));
};

const MUTATIONS: readonly [string, Mutation, fc.Arbitrary<string>][] = [
  ['delete a line', (lines, pick) => lines.filter((_, j) => j !== pick % lines.length), fc.constant('')],
  ['duplicate a line', (lines, pick) => lines.flatMap((l, j) => (j === pick % lines.length ? [l, l] : [l])), fc.constant('')],
  ['swap two lines', (lines, pick) => {
    const [i, j] = [pick % lines.length, (pick >> 8) % lines.length];
    const out = [...lines];
    [out[i], out[j]] = [out[j]!, out[i]!];
    return out;
  }, fc.constant('')],
  ['change a number', onLine((l, p, v) => replaceNth(l, /\d+/g, p, v)), fc.constantFrom('0', '1', '4294967295', '4294967296', '18446744073709551616', '00', '1.5', '')],
  ['change a flag', onLine((l, p, v) => replaceNth(l, /\b(SYN|ACK|FIN|RST|PSH)\b/g, p, v)), fc.constantFrom(...TCP_FLAGS, 'syn', 'SYNACK', 'SYN=2', '')],
  ['change an arrow', onLine((l, p, v) => replaceNth(l, /->|~>|-x/g, p, v)), fc.constantFrom('->', '~>', '-x', '-->>', '<-', '->->', '-', '>', '=>', '')],
  ['change a name', onLine((l, p, v) => replaceNth(l, /\b[A-Bx-y]\b/g, p, v)), fc.constantFrom('A', 'B', 'C', 'x', 'y', 'z', 'X', 'title', 'deliver', '1A', 'Ä')],
  ['cut a line short', onLine((l, p) => l.slice(0, p % (l.length + 1))), fc.constant('')],
  ['insert a token', onLine((l, p, v) => {
    const at = p % (l.length + 1);
    return l.slice(0, at) + v + l.slice(at);
  }), vocabulary],
];

const mutation = fc.oneof(...MUTATIONS.map(([, apply, value]) => fc.tuple(fc.nat(), value).map(([pick, v]) => (lines: string[]) => apply(lines, pick, v))));
const brokenFlow = fc.tuple(legalFlow, fc.array(mutation, { minLength: 1, maxLength: 5 }), fc.constantFrom('\n', '\r\n')).map(([lines, mutations, eol]) =>
  mutations.reduce((ls, m) => m(ls), lines).join(eol),
);

function assertAnswersWellFormed(text: string): void {
  const analysis = analyze(text);
  assert.deepEqual([...wellFormednessProblems(text, analysis), ...diagramProblems(text, analysis)], [], `--- for the text ---\n${JSON.stringify(text)}`);
}

test('the parser returns a document for any text', () => {
  fc.assert(
    fc.property(fc.oneof(randomText, tokenSoup, brokenFlow), (text) => {
      const document = parse(text);
      assert.ok(Array.isArray(document.statements) && Array.isArray(document.diagnostics));
    }),
    { numRuns: 300 },
  );
});

test('random text gets a well-formed analysis', () => {
  fc.assert(fc.property(randomText, assertAnswersWellFormed), { numRuns: 400 });
});

test('soup of the language\'s own tokens gets a well-formed analysis', () => {
  fc.assert(fc.property(tokenSoup, assertAnswersWellFormed), { numRuns: 400 });
});

test('legal exchanges broken the ways people break them get a well-formed analysis', () => {
  fc.assert(fc.property(brokenFlow, assertAnswersWellFormed), { numRuns: 500 });
});

test('a document\'s diagnostics do not depend on what was analyzed before it', () => {
  // The editor analyzes many open documents in one process: nothing may leak
  // from one analysis into the next.
  fc.assert(
    fc.property(brokenFlow, fc.oneof(brokenFlow, tokenSoup), (document, other) => {
      const alone = JSON.stringify(analyze(document).diagnostics);
      analyze(other);
      assert.equal(JSON.stringify(analyze(document).diagnostics), alone);
    }),
    { numRuns: 150 },
  );
});
