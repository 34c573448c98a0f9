/**
 * The .tcpflow parser: hand-written and line-oriented. Each line is parsed on
 * its own, so one bad line never hides the problems of another, and every
 * token keeps its exact range. It never throws and runs in linear time.
 */
import type { ParsedDocument, Statement } from './ast';
import type { ParsedStatement } from './nodes';
import type { Diagnostic } from '../diagnostics/diagnostic';
import { findArrow } from './arrows';
import { fullWidthPunctuation, withAsciiPunctuation } from './full-width';
import { LineContext, replaceWith } from './line-context';
import { diagnosticOf } from '../diagnostics/catalogue';
import { nearMiss } from './near-miss';
import { parseSegmentStatement } from './segment-statement';
import { lineTexts, sourceLine, type SourceLine } from './source-lines';
import { wordsOf } from '../text/words';
import { parseAssertionOrAction, parseDeclaration, parseDeliver, parseTitle } from './statements';

/** The words that begin a statement, for "did you mean" on a misspelt one. */
export const STATEMENT_KEYWORDS = ['client', 'server', 'deliver', 'title'] as const;
const statementKeyword = wordsOf(STATEMENT_KEYWORDS);

/**
 * What each line of a document parsed to, by line number. A line's statement
 * and diagnostics depend on its text and its number alone, so a line the
 * writer did not touch can be taken from the previous parse as it is: one
 * keystroke reparses one line. A line that only moved (a line break typed
 * or deleted above it) keeps its statement, moved to its new number.
 */
interface ParsedLines {
  readonly texts: readonly string[];
  readonly statements: readonly (ParsedStatement | undefined)[];
  readonly diagnostics: readonly (readonly Diagnostic[])[];
}

/** Each document's lines as parsed, for the next parse of an edited version. Kept beside the document, not in it. */
const parsedLines = new WeakMap<ParsedDocument, ParsedLines>();

const NO_DIAGNOSTICS: readonly Diagnostic[] = Object.freeze([]);

/**
 * Parses a document. Given the parse of an earlier version of it, lines
 * whose number and text are unchanged are reused rather than parsed again.
 */
export function parse(text: string, previous?: ParsedDocument): ParsedDocument {
  const texts = lineTexts(text);
  const earlier = previous ? parsedLines.get(previous) : undefined;
  // Lines below an inserted or deleted one: the same texts, `shift` lines further.
  const shift = earlier ? texts.length - earlier.texts.length : 0;
  const movedFrom = earlier && shift !== 0 ? texts.length - commonSuffix(earlier.texts, texts) : texts.length;
  const lineStatements: (ParsedStatement | undefined)[] = new Array(texts.length);
  const lineDiagnostics: (readonly Diagnostic[])[] = new Array(texts.length);
  const statements: Statement[] = [];
  const diagnostics: Diagnostic[] = [];
  let titleLine: number | undefined;
  let lines: LineContext | undefined;
  for (let number = 0; number < texts.length; number++) {
    const lineText = texts[number]!;
    let statement: ParsedStatement | undefined;
    let reported: readonly Diagnostic[];
    const was = number - shift;
    if (earlier !== undefined && earlier.texts[number] === lineText) {
      statement = earlier.statements[number];
      reported = earlier.diagnostics[number]!;
    } else if (earlier !== undefined && number >= movedFrom && earlier.diagnostics[was]!.length === 0) {
      // A line with diagnostics is read again instead: their ranges hold its old number.
      statement = earlier.statements[was]?.movedTo(number);
      reported = NO_DIAGNOSTICS;
    } else {
      const ctx = lineContext(sourceLine(number, lineText), (lines ??= new LineContext(EMPTY_LINE)));
      statement = ctx && (parseStatement(ctx) as ParsedStatement | undefined);
      reported = ctx?.diagnostics ?? NO_DIAGNOSTICS;
    }
    lineStatements[number] = statement;
    lineDiagnostics[number] = reported;
    for (let i = 0; i < reported.length; i++) diagnostics.push(reported[i]!);
    if (!statement) continue;
    if (statement.kind === 'title') {
      // Depends on the lines above, so never part of what is reused.
      if (titleLine !== undefined) diagnostics.push(diagnosticOf('repeated-title', statement.range, { line: titleLine + 1 }));
      titleLine = number;
    }
    statements.push(statement);
  }
  const document: ParsedDocument = { statements, diagnostics, lineCount: texts.length };
  parsedLines.set(document, { texts, statements: lineStatements, diagnostics: lineDiagnostics });
  return document;
}

/** How many lines the two lists end with in common. */
function commonSuffix(a: readonly string[], b: readonly string[]): number {
  const length = Math.min(a.length, b.length);
  let n = 0;
  while (n < length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

/** What a parse's one LineContext holds before its first line. */
const EMPTY_LINE: SourceLine = { line: 0, text: '', start: 0, end: 0 };

/**
 * The line to parse in `lines` (the parse's one context), its full-width
 * punctuation reported and read as ASCII; undefined for a line with no statement.
 */
function lineContext(written: SourceLine, lines: LineContext): LineContext | undefined {
  if (written.start === written.end) return undefined;
  const replaced = fullWidthPunctuation(written);
  // Almost every line has none: no walk over an empty list (an iterator a line).
  if (replaced.length === 0) return lines.begin(written);
  const ctx = lines.begin(withAsciiPunctuation(written, replaced));
  for (const at of replaced) {
    const range = ctx.range(at, at + 1);
    const ascii = ctx.text[at]!;
    ctx.report('full-width-punctuation', range, { char: written.text[at]!, ascii }, [replaceWith(range, ascii)]);
  }
  return ctx;
}

/**
 * Decides what kind of statement the line holds, from its first word and
 * whether its head (before the first `:` or `"`) holds an arrow.
 * `client` and `server` are keywords only where a declaration can start, so
 * `client -> server: SYN` and `client: CLOSED` name endpoints.
 */
function parseStatement(ctx: LineContext): Statement | undefined {
  const { text, source } = ctx;
  const wordEnd = ctx.runEnd(source.start, source.end, ':"');
  const keyword = statementKeyword(text, source.start, wordEnd);
  const afterWord = ctx.skipSpaces(wordEnd);
  const colonFollows = text[afterWord] === ':';
  if (keyword === 'title' && colonFollows) return parseTitle(ctx, afterWord);

  const headEnd = headEndOf(ctx);
  const arrowStart = findArrow(ctx, source.start, headEnd);
  if (arrowStart >= 0) return parseSegmentStatement(ctx, arrowStart, headEnd);

  if (!colonFollows) {
    if (keyword === 'client' || keyword === 'server') return parseDeclaration(ctx, keyword, wordEnd);
    if (keyword === 'deliver') return parseDeliver(ctx, wordEnd);
    if (keyword === 'title') {
      ctx.report('expected-colon', ctx.range(source.start, wordEnd), { after: `'${text.slice(source.start, wordEnd)}'` });
      return undefined;
    }
  } else if (wordEnd > source.start) return parseAssertionOrAction(ctx, wordEnd, afterWord);
  unknownStatement(ctx, wordEnd);
  return undefined;
}

/** Where the statement's head ends: at its first `:` or `"`, or at its end. */
function headEndOf(ctx: LineContext): number {
  const { text, start, end } = ctx.source;
  const colon = text.indexOf(':', start);
  const quote = text.indexOf('"', start);
  const first = Math.min(colon < 0 ? end : colon, quote < 0 ? end : quote);
  return Math.min(first, end);
}

/** A line that is no statement; if it starts with a misspelt keyword (`clinet A`), say which. */
function unknownStatement(ctx: LineContext, wordEnd: number): void {
  const { start, end } = ctx.source;
  const suggestion = nearMiss(ctx.text.slice(start, wordEnd), STATEMENT_KEYWORDS);
  const range = ctx.range(start, end);
  if (suggestion === undefined) {
    ctx.report('unknown-statement', range, { hint: { key: 'empty' } });
    return;
  }
  ctx.report('unknown-statement', range, { hint: { key: 'hint-did-you-mean', args: { suggestion } } }, [
    replaceWith(ctx.range(start, wordEnd), suggestion),
  ]);
}
