/**
 * What every analysis must look like, whatever the text: the promises that
 * the editor, the CLI and the preview build on. Returns the broken promises
 * in words (none for a well-formed analysis), so that a failing property
 * says what a user would have seen go wrong.
 */
import { DIAGNOSTICS, LOCALES, PHRASES, renderMessage, renderPhrase, toMermaid, type Analysis, type MessageArg, type Phrase, type Range } from '../../../src/core/index';

const PLACEHOLDER = /\{([A-Za-z0-9_]+)\}/g;

/** The document's lines as VS Code counts them: CRLF, LF and a lone CR each end a line. */
function linesOf(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

function rangeProblem(range: Range, lines: readonly string[]): string | undefined {
  const { start, end } = range;
  if (![start.line, start.character, end.line, end.character].every((n) => Number.isInteger(n) && n >= 0)) return 'has a non-integer or negative position';
  if (start.line > end.line || (start.line === end.line && start.character > end.character)) return 'ends before it starts';
  if (end.line >= lines.length) return `ends on line ${end.line + 1} of a ${lines.length}-line document`;
  if (start.character > lines[start.line]!.length) return `starts at character ${start.character} of a ${lines[start.line]!.length}-character line`;
  if (end.character > lines[end.line]!.length) return `ends at character ${end.character} of a ${lines[end.line]!.length}-character line`;
  return undefined;
}

/** Placeholders of a template that its arguments leave unfilled (the user would read `{name}`). */
function unfilled(template: string, args: Readonly<Record<string, MessageArg>> | undefined): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1]!).filter((name) => !args || !(name in args));
}

function phraseProblems(phrase: Phrase, where: string): string[] {
  const entry = PHRASES[phrase.key];
  if (!entry) return [`${where} uses phrase '${phrase.key}', which the catalogue lacks`];
  return LOCALES.flatMap((locale) => unfilled(entry[locale], phrase.args).map((name) => `${where}: phrase '${phrase.key}' (${locale}) shows {${name}} unfilled`)).concat(argProblems(phrase.args, where));
}

function argProblems(args: Readonly<Record<string, MessageArg>> | undefined, where: string): string[] {
  return Object.values(args ?? {}).flatMap((value) => (typeof value === 'object' ? phraseProblems(value, where) : []));
}

export function wellFormednessProblems(text: string, analysis: Analysis): string[] {
  const lines = linesOf(text);
  const problems: string[] = [];
  const checkRange = (range: Range, what: string) => {
    const problem = rangeProblem(range, lines);
    if (problem) problems.push(`${what} ${JSON.stringify(range)} ${problem}`);
  };

  for (const d of analysis.diagnostics) {
    const what = `diagnostic ${d.code} on line ${d.range.start.line + 1}`;
    const entry = DIAGNOSTICS[d.code];
    if (!entry) {
      problems.push(`${what}: code not in the catalogue`);
      continue;
    }
    if (d.severity !== entry.severity) problems.push(`${what}: severity ${d.severity}, catalogue says ${entry.severity}`);
    checkRange(d.range, what);
    for (const locale of LOCALES) {
      for (const name of unfilled(entry[locale], d.args)) problems.push(`${what} (${locale}) shows {${name}} unfilled`);
      if (!renderMessage(d, locale).trim()) problems.push(`${what} (${locale}) renders as an empty message`);
    }
    problems.push(...argProblems(d.args, what));
    for (const related of d.related ?? []) {
      checkRange(related.range, `${what}, related location`);
      problems.push(...phraseProblems(related.message, `${what}, related location`));
    }
    for (const fix of d.fixes ?? []) {
      problems.push(...phraseProblems(fix.title, `${what}, fix`));
      for (const locale of LOCALES) if (!renderPhrase(fix.title, locale).trim()) problems.push(`${what}: a fix has an empty title`);
      for (const edit of fix.edits) {
        // An insertion at the start of the line after the last one is how the
        // core says "append at the end of the document"; VS Code clamps it there.
        const { start, end } = edit.range;
        const appends = start.line === lines.length && end.line === lines.length && start.character === 0 && end.character === 0;
        if (!appends) checkRange(edit.range, `${what}, fix edit`);
      }
    }
  }

  const hasError = analysis.diagnostics.some((d) => d.severity === 'error');
  if (analysis.legal === hasError) problems.push(`legal is ${analysis.legal} with${hasError ? '' : 'out'} an error`);
  if (analysis.endpoints.length > 2) problems.push(`${analysis.endpoints.length} endpoints`);

  let previousLine = -1;
  for (const step of analysis.steps) {
    if (step.line < previousLine) problems.push(`step for line ${step.line + 1} comes after line ${previousLine + 1}`);
    if (step.line >= lines.length) problems.push(`step for line ${step.line + 1} of a ${lines.length}-line document`);
    previousLine = step.line;
  }
  for (const t of analysis.transmissions) {
    if (t.sender === t.receiver || ![t.sender, t.receiver].every((e) => e === 0 || e === 1)) problems.push(`transmission on line ${t.sentLine + 1} from ${t.sender} to ${t.receiver}`);
    if (t.deliveredLine !== undefined && t.deliveredLine < t.sentLine) problems.push(`transmission sent on line ${t.sentLine + 1} delivered before it, on line ${t.deliveredLine + 1}`);
  }
  return problems;
}

/**
 * The diagram of any analysis, in both languages, with and without states:
 * one statement per source line (nothing the user wrote starts a line of its
 * own), and every drawn item tied to a line of the document.
 */
export function diagramProblems(text: string, analysis: Analysis): string[] {
  const lineCount = linesOf(text).length;
  const problems: string[] = [];
  for (const locale of LOCALES) {
    for (const showStates of [true, false]) {
      const diagram = toMermaid(analysis, { locale, showStates, maxSteps: 50 });
      const [first, ...rest] = diagram.source.trimEnd().split('\n');
      if (first !== 'sequenceDiagram') problems.push(`diagram (${locale}) starts with ${JSON.stringify(first)}`);
      for (const line of rest) if (!line.startsWith('  ')) problems.push(`diagram (${locale}) has a line of its own: ${JSON.stringify(line)}`);
      for (const item of [...diagram.messages, ...diagram.notes]) {
        if (!Number.isInteger(item.line) || item.line < 0 || item.line >= lineCount) problems.push(`diagram (${locale}) draws an item of line ${item.line + 1} of ${lineCount}`);
      }
    }
  }
  return problems;
}
