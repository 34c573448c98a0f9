/**
 * Escaping user text for Mermaid sequence-diagram source.
 *
 * Mermaid reads a label up to `;`, `#` or the end of the line, takes `%%` for
 * a comment, `<...>` for markup and `#N;` for an entity. Those characters and
 * the rest of ASCII's punctuation outside a small safe set become entities
 * (`#35;`), so user text can neither end a statement nor reach the SVG as
 * markup; the keyword `end` is broken up for the same reason.
 *
 * Non-ASCII text becomes an entity where it could hide or mislead: controls,
 * format characters (bidi overrides, zero-width), line separators, spaces
 * other than U+0020 (the lexer's `\s`), private-use and unassigned code
 * points, lone surrogates, and the four characters Mermaid itself uses to
 * carry entities through its parser (ﬂ ° ¶ ß). Printable letters and symbols
 * (Chinese labels, →, ✓) stay as they are: Mermaid sizes boxes and arrows by
 * measuring the source text, so a six-character entity per ideograph drew
 * Chinese labels three times as wide as their text (twelve ideographs:
 * 450 px as text, 1,487 px as entities).
 */
const SAFE_ASCII = /[A-Za-z0-9 .,=+_()/?!'*\[\]-]/;
const UNSAFE_NON_ASCII = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}\uFB02\u00B0\u00B6\u00DF]/u;
const MAX_LABEL = 200;
/** A diagnostic's message is ours and may be long; it is still cut somewhere. */
const MAX_WRAPPED = 1000;
/** Mermaid's own line break, the only markup the generator writes into a label. */
const LINE_BREAK = '<br/>';

function escapeCharacter(char: string): string {
  const code = char.codePointAt(0)!;
  if (code < 0x80 ? SAFE_ASCII.test(char) : !UNSAFE_NON_ASCII.test(char)) return char;
  return `#${code};`;
}

function shorten(text: string, max: number): string[] {
  const chars = [...text.replace(/[\r\n\t]/g, ' ')];
  return chars.length > max ? [...chars.slice(0, max - 1), '…'] : chars;
}

function escapeCharacters(chars: readonly string[]): string {
  // `end` closes Mermaid blocks wherever the lexer sees it as a word.
  return chars.map(escapeCharacter).join('').replace(/\bend\b/gi, (word) => `#${word.charCodeAt(0)};${word.slice(1)}`);
}

/** One label on one line: a title, a participant, a message. */
export function escapeMermaidText(text: string): string {
  return escapeCharacters(shorten(text, MAX_LABEL));
}

/** Ideographs and emoji take two columns of a line, the rest one. */
function columns(char: string): number {
  return /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{1F300}-\u{1FAFF}\u{20000}-\u{3FFFD}]/u.test(char) ? 2 : 1;
}

/**
 * A note's text broken into lines of about `width` columns, at spaces or
 * between ideographs (a word longer than a line is cut), each escaped and
 * joined by Mermaid's line break.
 */
export function escapeMermaidLines(text: string, width: number): string {
  const lines: string[][] = [];
  let line: string[] = [];
  let used = 0;
  // Tokens: a run of spaces, a word, or one wide character.
  for (const token of tokenize(shorten(text, MAX_WRAPPED))) {
    if (token[0] === ' ') {
      // Spaces only separate words: none starts a line.
      if (used > 0) {
        line.push(' ');
        used += 1;
      }
      continue;
    }
    const size = token.reduce((sum, c) => sum + columns(c), 0);
    if (used > 0 && used + size > width) {
      lines.push(line);
      line = [];
      used = 0;
    }
    for (const char of token) {
      if (used > 0 && used + columns(char) > width) {
        lines.push(line);
        line = [];
        used = 0;
      }
      line.push(char);
      used += columns(char);
    }
  }
  if (line.length > 0) lines.push(line);
  return lines.map((l) => escapeCharacters(trimEnd(l))).join(LINE_BREAK);
}

function tokenize(chars: readonly string[]): string[][] {
  const tokens: string[][] = [];
  for (const char of chars) {
    const last = tokens.at(-1);
    const joins = last !== undefined && columns(char) === 1 && columns(last[0]!) === 1 && (char === ' ') === (last[0] === ' ');
    if (joins) last.push(char);
    else tokens.push([char]);
  }
  return tokens;
}

function trimEnd(chars: string[]): string[] {
  let end = chars.length;
  while (end > 0 && chars[end - 1] === ' ') end--;
  return chars.slice(0, end);
}
