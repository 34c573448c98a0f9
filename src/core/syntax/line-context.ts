/**
 * What every statement parser works with: one source line, positions on it,
 * and the diagnostics reported on it.
 */
import type { Diagnostic, Fix, MessageArg } from '../diagnostics/diagnostic';
import { DIAGNOSTICS, diagnosticOf, type DiagnosticCode } from '../diagnostics/catalogue';
import type { PhraseKey } from '../l10n/phrases';
import { range, type Range, type Token } from '../text/range';
import { LineToken } from './nodes';
import { isSpaceCode } from './characters';
import type { SourceLine } from './source-lines';
import { codeUnitsOf, type CodeUnits } from './code-units';

/** Longest piece of the user's text quoted in a message; a 1 MB line stays readable. */
const QUOTE_LIMIT = 40;

/**
 * Diagnostics kept per line. A pasted megabyte of junk would otherwise give
 * the editor half a million squiggles on one line; past this many, the line
 * has told the writer enough and the rest of it is not read.
 */
const DIAGNOSTICS_PER_LINE = 20;

export class LineContext {
  /** True once an error (not a warning) is reported on this line. */
  hasError = false;
  /** What was reported on the line; made at the first report, as most lines have none. */
  diagnostics: Diagnostic[] | undefined = undefined;

  /** The line's text; and one past the statement's last column. Copied from `source`, as every scanning loop reads them. */
  text: string;
  end: number;
  /**
   * The text's code units that the loops read (see code-units.ts): the
   * parse's whole document, or the line alone for a node reading its line
   * again. `units[at - base]` is the unit at offset `at` of `text`.
   */
  units: CodeUnits;
  base: number;

  constructor(
    public source: SourceLine,
    /** Diagnostics counted as already reported (a node reading its line again stops where the first reading did). */
    private reportedBefore = 0,
  ) {
    this.text = source.text;
    this.end = source.end;
    this.units = codeUnitsOf(source.text, source.lineStart, source.end);
    this.base = source.lineStart;
  }

  /**
   * This context, made ready for line `source`, whose text's code units are
   * `units`, with nothing reported: a parse reads every line with one
   * context (reading never re-enters itself), and hands each line's
   * diagnostics on before the next.
   */
  begin(source: SourceLine, units: CodeUnits): this {
    this.source = source;
    this.text = source.text;
    this.end = source.end;
    this.units = units;
    this.base = 0;
    this.reportedBefore = 0;
    this.hasError = false;
    this.diagnostics = undefined;
    return this;
  }

  /** A range on this line from two offsets in its text, for a diagnostic (nodes make theirs when asked). */
  range(start: number, end: number): Range {
    const { line, lineStart } = this.source;
    return range(line, start - lineStart, end - lineStart);
  }

  token<T>(value: T, start: number, end: number): Token<T> {
    return new LineToken(value, this.source, start, end);
  }

  /** The text between two columns, shortened for quoting in a message. */
  quote(start: number, end: number): string {
    return end - start > QUOTE_LIMIT ? `${this.text.slice(start, start + QUOTE_LIMIT - 1)}…` : this.text.slice(start, end);
  }

  /**
   * The code unit at offset `at` of the text. Past the units kept it is
   * undefined, which no test of a character accepts (as the NaN that
   * charCodeAt gives past a string's end).
   */
  code(at: number): number {
    return this.units[at - this.base]!;
  }

  skipSpaces(from: number, to: number = this.end): number {
    const { units, base } = this;
    let at = from;
    while (at < to && isSpaceCode(units[at - base]!)) at++;
    return at;
  }

  /** Back from `to` over blanks, not before `from`. */
  trimEnd(from: number, to: number): number {
    const { units, base } = this;
    let at = to;
    while (at > from && isSpaceCode(units[at - 1 - base]!)) at--;
    return at;
  }

  /** The end of the run of text from `from` that contains none of `stops` (at most two characters) and no blank. */
  runEnd(from: number, to: number, stops: '' | ':"' | '"' | ',+'): number {
    const { units, base } = this;
    // Read once, not once a character: past a string's end charCodeAt gives NaN, which no code equals.
    const stop = stops.charCodeAt(0);
    const otherStop = stops.charCodeAt(1);
    let at = from;
    while (at < to) {
      const code = units[at - base]!;
      if (isSpaceCode(code) || code === stop || code === otherStop) break;
      at++;
    }
    return at;
  }

  /** True once the line has as many diagnostics as it may keep. */
  get saturated(): boolean {
    return this.reported >= DIAGNOSTICS_PER_LINE;
  }

  /** How many diagnostics count against this line's limit so far. */
  get reported(): number {
    return this.reportedBefore + (this.diagnostics?.length ?? 0);
  }

  report(code: DiagnosticCode, range: Range, args: Readonly<Record<string, MessageArg>> = {}, fixes?: readonly Fix[]): void {
    if (DIAGNOSTICS[code].severity === 'error') this.hasError = true;
    if (this.saturated) return;
    (this.diagnostics ??= []).push(diagnosticOf(code, range, args, fixes && fixes.length > 0 ? { fixes } : {}));
  }

  /**
   * "WORD: did you mean X?" with a quick fix that writes X, or "WORD: <what
   * was expected>" when nothing is close. Codes whose message is `{word}: {hint}`.
   */
  reportWord(code: DiagnosticCode, start: number, end: number, suggestion: string | undefined, otherwise: PhraseKey): void {
    const range = this.range(start, end);
    const word = this.quote(start, end);
    if (suggestion === undefined) {
      this.report(code, range, { word, hint: { key: otherwise } });
      return;
    }
    this.report(code, range, { word, hint: { key: 'did-you-mean', args: { suggestion } } }, [replaceWith(range, suggestion)]);
  }
}

export function replaceWith(range: Range, text: string): Fix {
  return { title: { key: 'fix-replace', args: { text } }, edits: [{ range, newText: text }] };
}
