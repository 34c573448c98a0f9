/**
 * Where in a statement the cursor stands, from the text before it. The line
 * is usually unfinished, so the parser's verdict is no help here: this reads
 * only as much of the statement's shape (spec, "Statements") as completion
 * needs. Every pattern is anchored and linear.
 */
import { flagNamed, type Arrow, type FieldName, type Flag } from '../../core/index';

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
      readonly hasFlightLabel: boolean;
      readonly word: Span;
    }
  | { readonly kind: 'number'; readonly field: 'seq' | 'ack'; readonly sender: string; readonly word: Span }
  | { readonly kind: 'state-or-action'; readonly endpoint: string; readonly word: Span }
  | { readonly kind: 'declared-state'; readonly word: Span }
  | { readonly kind: 'flight-label'; readonly word: Span }
  | { readonly kind: 'none' };

const NONE: TypingContext = { kind: 'none' };

/** True when the text has an unclosed string or a comment has begun. */
function inStringOrComment(text: string): boolean {
  let inString = false;
  for (const ch of text) {
    if (ch === '"') inString = !inString;
    else if (ch === '#' && !inString) return true;
  }
  return inString;
}

/** The partial word that ends at the cursor. */
function trailingWord(prefix: string, pattern: RegExp): Span {
  const match = pattern.exec(prefix);
  const length = match ? match[0].length : 0;
  return { start: prefix.length - length, end: prefix.length };
}

const TRAILING_WORD = /[A-Za-z0-9_]*$/;
const TRAILING_NAME = /[A-Za-z0-9_-]*$/;
const TRAILING_EXPRESSION = /[A-Za-z0-9_+-]*$/;

const SEGMENT_HEAD = /^\s*([A-Za-z][\w-]*?)\s*(->|-x|~>)\s*([A-Za-z][\w-]*)\s*$/;
const ENDPOINT_HEAD = /^\s*([A-Za-z][\w-]*)\s*$/;
const RECEIVER_BEING_TYPED = /^\s*([A-Za-z][\w-]*?)\s*(?:->|-x|~>)\s*[\w-]*$/;
const ARROW_BEING_TYPED = /^\s*([A-Za-z][\w-]*)\s+[-~]?$/;
const DELIVER = /^\s*deliver\s+[\w-]*$/i;
const DECLARED_STATE = /^\s*(?:client|server)\s+[A-Za-z][\w-]*\s+(?:"[^"]*"\s*)?[\w-]*$/i;
const STATEMENT_START = /^\s*[\w-]*$/;
const NUMBER_FIELD = /(?:^|[\s,])(seq|ack)\s*=\s*[\w+-]*$/i;
const OTHER_FIELD_VALUE = /(?:^|[\s,])(?:len|win|data)\s*=\s*\S*$/i;
const FLIGHT_LABEL_BEING_TYPED = /(?:^|\s)as\s+\S*$/i;
const FIELD_NAMES = /(?:^|[\s,])(seq|ack|len|data|win)\s*=/gi;
const WORDS = /[A-Za-z0-9_]+(?:\s*=\s*[01](?![\w+-]))?/g;

export function typingContext(lineText: string, character: number): TypingContext {
  const prefix = lineText.slice(0, character);
  if (inStringOrComment(prefix)) return NONE;

  const colon = prefix.indexOf(':');
  if (colon >= 0) {
    const head = prefix.slice(0, colon);
    const body = prefix.slice(colon + 1);
    const segment = SEGMENT_HEAD.exec(head);
    if (segment) return segmentContext(segment[1]!, segment[2] as Arrow, segment[3]!, body, prefix);
    const endpoint = ENDPOINT_HEAD.exec(head);
    if (endpoint && endpoint[1]!.toLowerCase() !== 'title' && /^\s*[\w-]*$/.test(body)) {
      return { kind: 'state-or-action', endpoint: endpoint[1]!, word: trailingWord(prefix, TRAILING_NAME) };
    }
    return NONE;
  }
  if (DELIVER.test(prefix)) return { kind: 'flight-label', word: trailingWord(prefix, TRAILING_NAME) };
  if (DECLARED_STATE.test(prefix)) return { kind: 'declared-state', word: trailingWord(prefix, TRAILING_NAME) };
  if (/^\s*(?:client|server)\s+[\w-]*$/i.test(prefix)) return NONE; // a new endpoint's name: nothing to suggest
  const receiver = RECEIVER_BEING_TYPED.exec(prefix);
  if (receiver) return { kind: 'receiver', sender: receiver[1]!, word: trailingWord(prefix, TRAILING_NAME) };
  const arrow = ARROW_BEING_TYPED.exec(prefix);
  if (arrow) return { kind: 'arrow', sender: arrow[1]!, word: trailingWord(prefix, /[-~]?$/) };
  if (STATEMENT_START.test(prefix)) return { kind: 'line-start', word: trailingWord(prefix, TRAILING_NAME) };
  return NONE;
}

function segmentContext(sender: string, arrow: Arrow, receiver: string, body: string, prefix: string): TypingContext {
  const number = NUMBER_FIELD.exec(body);
  if (number) {
    return { kind: 'number', field: number[1]!.toLowerCase() as 'seq' | 'ack', sender, word: trailingWord(prefix, TRAILING_EXPRESSION) };
  }
  if (OTHER_FIELD_VALUE.test(body) || FLIGHT_LABEL_BEING_TYPED.test(body)) return NONE;

  const fields = new Set<FieldName>();
  for (const match of body.matchAll(FIELD_NAMES)) fields.add(match[1]!.toLowerCase() as FieldName);
  // Flags come before fields; once a field is written, words are field values or `as LABEL`.
  const flagPart = fields.size > 0 ? body.slice(0, body.search(FIELD_NAMES)) : body;
  const flags = new Set<Flag>();
  const word = trailingWord(prefix, TRAILING_WORD);
  // The word under the cursor is still being typed: it does not count as a flag already written.
  const typed = fields.size > 0 ? flagPart : flagPart.slice(0, flagPart.length - (word.end - word.start));
  for (const match of typed.matchAll(WORDS)) {
    const flag = flagNamed(match[0].split('=')[0]!.trim());
    if (flag && !/=\s*0$/.test(match[0])) flags.add(flag);
  }
  return { kind: 'segment', sender, receiver, arrow, flags, fields, hasFlightLabel: /(?:^|\s)as\s/i.test(body), word };
}
