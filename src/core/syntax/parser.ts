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
import { codeUnitsOf } from './code-units';
import { diagnosticOf } from '../diagnostics/catalogue';
import { nearMiss } from './near-miss';
import { parseSegmentStatement } from './segment-statement';
import { documentLines, LineFinder, UnchangedText, type DocumentLines, type SourceLine } from './source-lines';
import { wordsOf } from '../text/words';
import { parseAssertionOrAction, parseDeclaration, parseDeliver, parseTitle } from './statements';

/** The words that begin a statement, for "did you mean" on a misspelt one. */
export const STATEMENT_KEYWORDS = ['client', 'server', 'deliver', 'title'] as const;
const statementKeyword = wordsOf(STATEMENT_KEYWORDS);

/**
 * Each document's lines, for the next parse of an edited version; kept
 * beside the document, not in it. A line's statement and diagnostics depend
 * on its text and its number alone, so a line the writer did not touch can
 * be taken from the previous parse as it is: one keystroke reparses one
 * line. A line that only moved (a line break typed or deleted above it)
 * keeps its statement, moved to its new number.
 */
const documentLinesOf = new WeakMap<ParsedDocument, DocumentLines>();

const NO_DIAGNOSTICS: readonly Diagnostic[] = Object.freeze([]);

/**
 * What an earlier parse found on each line, asked for line after line: its
 * statements and diagnostics are in line order, so a walk along each
 * answers, instead of a list by line number kept with every document.
 */
class EarlierLines {
  #statement = 0;
  #diagnostic = 0;
  constructor(private readonly document: ParsedDocument) {}

  /** The statement on `line`; lines are asked for in increasing order. */
  statementOn(line: number): ParsedStatement | undefined {
    const statements = this.document.statements;
    while (this.#statement < statements.length && statements[this.#statement]!.line < line) this.#statement++;
    const statement = statements[this.#statement];
    return statement?.line === line ? (statement as ParsedStatement) : undefined;
  }

  /** What reading `line` reported (not what the parse adds for the lines together); in increasing order of lines too. */
  diagnosticsOn(line: number): readonly Diagnostic[] {
    const diagnostics = this.document.diagnostics;
    while (this.#diagnostic < diagnostics.length && diagnostics[this.#diagnostic]!.range.start.line < line) this.#diagnostic++;
    let on: Diagnostic[] | undefined;
    for (let i = this.#diagnostic; i < diagnostics.length && diagnostics[i]!.range.start.line === line; i++) {
      const diagnostic = diagnostics[i]!;
      if (diagnostic.code !== 'repeated-title') (on ??= []).push(diagnostic);
    }
    return on ?? NO_DIAGNOSTICS;
  }
}

/**
 * Parses a document. Given the parse of an earlier version of it, lines
 * whose number and text are unchanged are reused rather than parsed again.
 */
export function parse(text: string, previous?: ParsedDocument): ParsedDocument {
  const lines = documentLines(text);
  const lineCount = lines.count;
  const earlierLines = previous ? documentLinesOf.get(previous) : undefined;
  // Lines below an inserted or deleted one: the same texts, `shift` lines further.
  const shift = earlierLines ? lineCount - earlierLines.count : 0;
  // Compared once here, not per line: two texts are compared to their first difference, which may be far.
  const unchanged = earlierLines !== undefined && earlierLines.text === text;
  const unchangedText = earlierLines && !unchanged ? new UnchangedText(earlierLines, lines) : undefined;
  const movedFrom = unchangedText && shift !== 0 ? lineCount - unchangedText.commonLastLines() : lineCount;
  // One walk for the lines read where they stood, one for the lines that moved.
  const sameLine = earlierLines && new EarlierLines(previous!);
  const movedLine = earlierLines && new EarlierLines(previous!);
  const statements: Statement[] = [];
  const diagnostics: Diagnostic[] = [];
  const finder = new LineFinder(lines);
  let titleLine: number | undefined;
  let context: LineContext | undefined;
  for (let number = 0; number < lineCount; number++) {
    let statement: ParsedStatement | undefined;
    let reported: readonly Diagnostic[];
    const was = number - shift;
    if (sameLine && number < earlierLines.count && (unchanged || unchangedText!.sameLine(number))) {
      statement = sameLine.statementOn(number);
      reported = sameLine.diagnosticsOn(number);
    } else if (movedLine && number >= movedFrom && movedLine.diagnosticsOn(was).length === 0) {
      // A line with diagnostics is read again instead: their ranges hold its old number.
      statement = movedLine.statementOn(was)?.movedTo(number);
      reported = NO_DIAGNOSTICS;
    } else {
      const ctx = lineContext(finder, number, (context ??= new LineContext(EMPTY_LINE)));
      statement = ctx && (parseStatement(ctx) as ParsedStatement | undefined);
      reported = ctx?.diagnostics ?? NO_DIAGNOSTICS;
    }
    for (let i = 0; i < reported.length; i++) diagnostics.push(reported[i]!);
    if (!statement) continue;
    if (statement.kind === 'title') {
      // Depends on the lines above, so never part of what is reused.
      if (titleLine !== undefined) diagnostics.push(diagnosticOf('repeated-title', statement.range, { line: titleLine + 1 }));
      titleLine = number;
    }
    statements.push(statement);
  }
  const document: ParsedDocument = { statements, diagnostics, lineCount };
  documentLinesOf.set(document, lines);
  return document;
}

/** What a parse's one LineContext holds before its first line. */
const EMPTY_LINE: SourceLine = { line: 0, text: '', lineStart: 0, start: 0, end: 0 };

/**
 * Line `number` to parse in `context` (the parse's one context), its
 * full-width punctuation reported and read as ASCII; undefined for a line
 * with no statement.
 */
function lineContext(finder: LineFinder, number: number, context: LineContext): LineContext | undefined {
  const written = finder.sourceLine(number);
  if (written.start === written.end) return undefined;
  const replaced = finder.holdsFullWidth(written) ? fullWidthPunctuation(written) : NO_OFFSETS;
  // Almost every line has none: no walk over an empty list (an iterator a line).
  if (replaced.length === 0) return context.begin(written, finder.units);
  const ascii = withAsciiPunctuation(written, replaced, finder.lines.ends[number]!);
  const ctx = context.begin(ascii, codeUnitsOf(ascii.text));
  for (const at of replaced) {
    // The ASCII line is a text of its own, whose offsets count from the line's start.
    const column = at - written.lineStart;
    const range = ctx.range(column, column + 1);
    const ascii = ctx.text[column]!;
    ctx.report('full-width-punctuation', range, { char: written.text[at]!, ascii }, [replaceWith(range, ascii)]);
  }
  return ctx;
}

const NO_OFFSETS: readonly number[] = Object.freeze([]);

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
  const colonFollows = ctx.code(afterWord) === 0x3a; /* : */
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
  const { start, end } = ctx.source;
  const { units, base } = ctx;
  // Read here rather than searched for: the text is the whole document, and a search would go past the line.
  let at = start;
  while (at < end) {
    const code = units[at - base]!;
    if (code === 0x3a /* : */ || code === 0x22 /* " */) break;
    at++;
  }
  return at;
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
