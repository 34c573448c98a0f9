/**
 * Where in a statement the cursor stands, from the text before it. The line
 * is usually unfinished, so the parser's verdict is no help here: this reads
 * only as much of the statement's shape (spec, "Statements") as completion
 * needs, with the core's own character classes. A hand-written scan, so that
 * a pasted 1 MB line costs one pass and nothing can backtrack.
 */
import { flagNamed, type Arrow, type FieldName, type Flag } from '../../core/index';
import { isAsciiLetter, isDigit, isSpace, letterLength, nameCharLength } from '../../core/syntax/characters';
import { isName } from '../../core/syntax/names';

/** Characters `start`..`end` of the line: the partial word that a completion replaces. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

export type TypingContext =
  | { readonly kind: 'line-start'; readonly word: Span }
  | { readonly kind: 'arrow'; readonly sender: string; readonly word: Span }
  | { readonly kind: 'receiver'; readonly sender: string; readonly word: Span }
  | {
      readonly kind: 'segment';
      readonly sender: string;
      readonly receiver: string;
      readonly arrow: Arrow;
      readonly flags: ReadonlySet<Flag>;
      readonly fields: ReadonlySet<FieldName>;
      readonly word: Span;
    }
  | { readonly kind: 'number'; readonly field: 'seq' | 'ack'; readonly sender: string; readonly word: Span }
  | { readonly kind: 'state-or-action'; readonly endpoint: string; readonly word: Span }
  | { readonly kind: 'declared-state'; readonly word: Span }
  | { readonly kind: 'flight-label'; readonly word: Span }
  | { readonly kind: 'none' };

const NONE: TypingContext = { kind: 'none' };

// ── Scanning helpers ────────────────────────────────────────────────────

/** True when the text has an unclosed string or a comment has begun. */
function inStringOrComment(text: string): boolean {
  let inString = false;
  for (const ch of text) {
    if (ch === '"') inString = !inString;
    else if (ch === '#' && !inString) return true;
  }
  return inString;
}

function skipSpaces(text: string, at: number): number {
  while (at < text.length && isSpace(text[at])) at++;
  return at;
}

function trimEnd(text: string, from: number, to: number): number {
  while (to > from && isSpace(text[to - 1])) to--;
  return to;
}

/** Where a run of name characters (letters, digits, `_`, `-`) starting at `at` ends. */
function nameCharsEnd(text: string, at: number): number {
  let length: number;
  while (at < text.length && (length = nameCharLength(text, at)) > 0) at += length;
  return at;
}

function isWordChar(ch: string | undefined): boolean {
  return isAsciiLetter(ch) || isDigit(ch) || ch === '_';
}

/** The run of characters accepted by `accepts` that ends at the cursor. */
function trailing(text: string, accepts: (ch: string | undefined) => boolean): Span {
  let start = text.length;
  while (start > 0 && accepts(text[start - 1])) start--;
  return { start, end: text.length };
}

const isExpressionChar = (ch: string | undefined): boolean => isWordChar(ch) || ch === '+' || ch === '-';

function arrowAt(text: string, at: number): Arrow | undefined {
  const ch = text[at];
  const next = text[at + 1];
  if (next === '>' && (ch === '-' || ch === '~')) return ch === '-' ? '->' : '~>';
  if (ch === '-' && (next === 'x' || next === 'X') && (at + 2 >= text.length || nameCharLength(text, at + 2) === 0)) return '-x';
  return undefined;
}

interface Head {
  readonly sender: string;
  readonly arrow: Arrow;
  /** Where the text after the arrow starts. */
  readonly afterArrow: number;
}

/** `SENDER ARROW` at the start of `text`: the first arrow that leaves a valid name before it. */
function headArrow(text: string): Head | undefined {
  const from = skipSpaces(text, 0);
  for (let at = from + 1; at < text.length - 1; at++) {
    const arrow = arrowAt(text, at);
    if (!arrow) {
      if (nameCharLength(text, at) === 0 && !isSpace(text[at])) return undefined;
      continue;
    }
    const senderEnd = trimEnd(text, from, at);
    if (isName(text, from, senderEnd)) return { sender: text.slice(from, senderEnd), arrow, afterArrow: at + 2 };
  }
  return undefined;
}

// ── The contexts ────────────────────────────────────────────────────────

export function typingContext(lineText: string, character: number): TypingContext {
  const prefix = lineText.slice(0, character);
  if (inStringOrComment(prefix)) return NONE;
  const colon = prefix.indexOf(':');
  return colon >= 0 ? afterColon(prefix, colon) : beforeColon(prefix);
}

function afterColon(prefix: string, colon: number): TypingContext {
  const head = prefix.slice(0, colon);
  const arrow = headArrow(head);
  if (arrow) {
    const receiverStart = skipSpaces(head, arrow.afterArrow);
    const receiverEnd = trimEnd(head, receiverStart, head.length);
    if (!isName(head, receiverStart, receiverEnd)) return NONE;
    return segmentBody(prefix, colon + 1, arrow, head.slice(receiverStart, receiverEnd));
  }
  const start = skipSpaces(head, 0);
  const end = trimEnd(head, start, head.length);
  if (!isName(head, start, end) || head.slice(start, end).toLowerCase() === 'title') return NONE;
  // `NAME: ` then a state or an action, one word.
  const word = skipSpaces(prefix, colon + 1);
  if (nameCharsEnd(prefix, word) !== prefix.length) return NONE;
  return { kind: 'state-or-action', endpoint: head.slice(start, end), word: { start: word, end: prefix.length } };
}

function beforeColon(prefix: string): TypingContext {
  const start = skipSpaces(prefix, 0);
  const firstEnd = nameCharsEnd(prefix, start);
  const first = prefix.slice(start, firstEnd).toLowerCase();

  if (firstEnd === prefix.length) return { kind: 'line-start', word: { start, end: firstEnd } };
  if (isSpace(prefix[firstEnd]) && first === 'deliver') {
    const label = skipSpaces(prefix, firstEnd);
    return nameCharsEnd(prefix, label) === prefix.length ? { kind: 'flight-label', word: { start: label, end: prefix.length } } : NONE;
  }
  if (isSpace(prefix[firstEnd]) && (first === 'client' || first === 'server') && letterLength(prefix, skipSpaces(prefix, firstEnd)) > 0) {
    return declaration(prefix, skipSpaces(prefix, firstEnd));
  }
  const arrow = headArrow(prefix);
  if (arrow) {
    const receiver = skipSpaces(prefix, arrow.afterArrow);
    return nameCharsEnd(prefix, receiver) === prefix.length ? { kind: 'receiver', sender: arrow.sender, word: { start: receiver, end: prefix.length } } : NONE;
  }
  // `NAME ` or `NAME -` / `NAME ~`: an arrow (or a colon) comes next.
  const afterSpaces = skipSpaces(prefix, firstEnd);
  const partial = prefix.slice(afterSpaces);
  if (afterSpaces > firstEnd && isName(prefix, start, firstEnd) && (partial === '' || partial === '-' || partial === '~')) {
    return { kind: 'arrow', sender: prefix.slice(start, firstEnd), word: { start: afterSpaces, end: prefix.length } };
  }
  return NONE;
}

/** `client NAME ["LABEL"] [STATE]`, from the name on. */
function declaration(prefix: string, name: number): TypingContext {
  const nameEnd = nameCharsEnd(prefix, name);
  if (nameEnd === prefix.length) return NONE; // a new endpoint's name: nothing to suggest
  let at = skipSpaces(prefix, nameEnd);
  if (at === nameEnd) return NONE;
  if (prefix[at] === '"') {
    at = prefix.indexOf('"', at + 1) + 1;
    at = skipSpaces(prefix, at);
  }
  return nameCharsEnd(prefix, at) === prefix.length ? { kind: 'declared-state', word: { start: at, end: prefix.length } } : NONE;
}

/** After `SENDER ARROW RECEIVER:`: flags, then fields; or the value of a field. */
function segmentBody(prefix: string, from: number, head: Head, receiver: string): TypingContext {
  // A value being typed: `seq=x+`, `ack = `.
  const value = trailing(prefix, (ch) => ch !== undefined && !isSpace(ch) && ch !== ',' && ch !== '=');
  let at = value.start;
  while (at > from && isSpace(prefix[at - 1])) at--;
  if (at > from && prefix[at - 1] === '=') {
    let keyEnd = at - 1;
    while (keyEnd > from && isSpace(prefix[keyEnd - 1])) keyEnd--;
    const key = trailing(prefix.slice(0, keyEnd), isWordChar);
    const field = prefix.slice(key.start, key.end).toLowerCase();
    const typed = prefix.slice(value.start);
    if ((field === 'seq' || field === 'ack') && [...typed].every(isExpressionChar)) {
      return { kind: 'number', field, sender: head.sender, word: value };
    }
    return NONE;
  }

  const word = trailing(prefix, isWordChar);
  const flags = new Set<Flag>();
  const fields = new Set<FieldName>();
  let i = from;
  while (i < word.start) {
    const ch = prefix[i];
    if (!isAsciiLetter(ch)) {
      i++;
      continue;
    }
    let end = i;
    while (end < word.start && isWordChar(prefix[end])) end++;
    const name = prefix.slice(i, end);
    const eq = skipSpaces(prefix, end);
    if (prefix[eq] === '=') {
      // `KEY=VALUE`: a field, or the textbook `SYN=1` (an all-capitals ACK with a bit is the flag).
      let valueEnd = skipSpaces(prefix, eq + 1);
      if (prefix[valueEnd] === '"') valueEnd = prefix.indexOf('"', valueEnd + 1) + 1;
      while (valueEnd < word.start && !isSpace(prefix[valueEnd]) && prefix[valueEnd] !== ',') valueEnd++;
      const bit = prefix.slice(skipSpaces(prefix, eq + 1), valueEnd);
      const lower = name.toLowerCase();
      const flag = flagNamed(name);
      if (flag && (lower !== 'ack' || name === 'ACK') && (bit === '0' || bit === '1')) {
        if (bit === '1') flags.add(flag);
      } else if (lower === 'seq' || lower === 'ack' || lower === 'len' || lower === 'data' || lower === 'win') {
        fields.add(lower);
      }
      i = Math.max(valueEnd, end + 1);
      continue;
    }
    // `as LABEL` ends the statement: nothing to complete after it.
    if (name.toLowerCase() === 'as') return NONE;
    const flag = flagNamed(name);
    if (flag) flags.add(flag);
    i = end;
  }
  return { kind: 'segment', sender: head.sender, receiver, arrow: head.arrow, flags, fields, word };
}
