/**
 * A Chinese input method types `：` and `，` where the language wants `:`
 * and `,`. Outside quoted text such a character is reported, with a quick fix
 * that writes the ASCII one, and the line is then read as if it were
 * written: each replacement is one UTF-16 unit for one, so no column moves.
 */
import type { SourceLine } from './source-lines';

const ASCII_FOR: ReadonlyMap<string, string> = new Map([
  ['\uff1a', ':'],
  ['\uff0c', ','],
]);

/** The full-width characters read as ASCII. */
export const FULL_WIDTH: readonly string[] = [...ASCII_FOR.keys()];

/**
 * The offsets of full-width punctuation outside quotes, to be read as
 * ASCII, on a line known to hold some. A title's text is prose and stays
 * as written, so `title：` has only its colon read.
 */
export function fullWidthPunctuation(source: SourceLine): readonly number[] {
  const { text, start, end } = source;
  const replaced: number[] = [];
  let quoted = false;
  const titleTextStart = titleColonAt(source);
  for (let i = start; i < end; i++) {
    const ch = text[i]!;
    if (quoted && ch === '\\') i++;
    else if (ch === '"') quoted = !quoted;
    else if (!quoted && ASCII_FOR.has(ch) && (titleTextStart === undefined || i <= titleTextStart)) {
      replaced.push(i);
    }
  }
  return replaced;
}

/**
 * The line with the punctuation at `replaced` (from fullWidthPunctuation)
 * made ASCII: a text of its own, the line alone, whose offsets are its
 * columns (the statement's columns do not move, see above).
 */
export function withAsciiPunctuation(source: SourceLine, replaced: readonly number[], lineEnd: number): SourceLine {
  const { text, lineStart } = source;
  let ascii = '';
  let from = lineStart;
  for (const at of replaced) {
    ascii += text.slice(from, at) + ASCII_FOR.get(text[at]!)!;
    from = at + 1;
  }
  return { line: source.line, text: ascii + text.slice(from, lineEnd), lineStart: 0, start: source.start - lineStart, end: source.end - lineStart };
}

/** The column of the colon (either width) after a leading `title`, if the line is a title. */
function titleColonAt(source: SourceLine): number | undefined {
  const { text, start, end } = source;
  if (text.slice(start, start + 5).toLowerCase() !== 'title') return undefined;
  let at = start + 5;
  while (at < end && (text[at] === ' ' || text[at] === '\t')) at++;
  return text[at] === ':' || text[at] === '\uff1a' ? at : undefined;
}
