/**
 * Endpoint names and in-flight labels. A NAME is a letter followed by
 * letters, digits, `_` or `-` (the spec's lexical rules); a LABEL may also
 * start with a digit or `_` (`deliver 1`, `as _syn`).
 */
import type { Token } from '../text/range';
import { isDigitCode, letterLength, nameCharLength } from './characters';
import { wordsOf } from '../text/words';
import type { LineContext } from './line-context';

/** Words that start their own statements and so cannot name an endpoint. */
export const RESERVED_NAMES = ['title', 'deliver'] as const;
const reservedName = wordsOf(RESERVED_NAMES);

function restIsNameChars(text: string, from: number, to: number): boolean {
  let at = from;
  while (at < to) {
    const length = nameCharLength(text, at);
    if (length === 0) return false;
    at += length;
  }
  return at === to;
}

export function isName(text: string, from: number, to: number): boolean {
  const first = letterLength(text, from);
  return from < to && first > 0 && restIsNameChars(text, from + first, to);
}

function isLabel(text: string, from: number, to: number): boolean {
  if (from >= to) return false;
  const code = text.charCodeAt(from);
  const first = isDigitCode(code) || code === 0x5f ? 1 : letterLength(text, from);
  return first > 0 && restIsNameChars(text, from + first, to);
}

/**
 * The endpoint name written in [from, to), or undefined after reporting why
 * it is not one. The caller reports an empty span, whose message depends on
 * where the name was expected.
 */
export function endpointName(ctx: LineContext, from: number, to: number): Token<string> | undefined {
  const name = endpointNameValue(ctx, from, to);
  return name === undefined ? undefined : ctx.token(name, from, to);
}

/** endpointName's value alone, for a statement that makes its token when asked. */
export function endpointNameValue(ctx: LineContext, from: number, to: number): string | undefined {
  const known = recentName(ctx, from, to);
  if (known !== undefined) return known;
  if (!isName(ctx.text, from, to)) {
    ctx.report('bad-name', ctx.range(from, to), { text: ctx.quote(from, to) });
    return undefined;
  }
  const name = ctx.text.slice(from, to);
  if (reservedName(ctx.text, from, to)) {
    ctx.report('reserved-name', ctx.range(from, to), { name });
    return undefined;
  }
  if (recentNames.unshift({ name, units: Array.from({ length: name.length }, (_, i) => name.charCodeAt(i)) }) > RECENT_NAMES) recentNames.pop();
  return name;
}

/**
 * The endpoint names read last, each found a good name (which depends on its
 * characters alone). A capture names the same two endpoints on every line:
 * read again, a name is the same string, not a copy a line that each
 * statement keeps, and it is not checked again.
 */
const recentNames: { readonly name: string; readonly units: readonly number[] }[] = [];
const RECENT_NAMES = 4;

/** The recent name written in [from, to), compared by code units (see code-units.ts), or undefined. */
function recentName(ctx: LineContext, from: number, to: number): string | undefined {
  const { units, base } = ctx;
  const length = to - from;
  next: for (let r = 0; r < recentNames.length; r++) {
    const recent = recentNames[r]!;
    if (recent.units.length !== length) continue;
    for (let i = 0; i < length; i++) if (recent.units[i] !== units[from - base + i]) continue next;
    return recent.name;
  }
  return undefined;
}

/** True when [from, to) is a name: one read before is, without reading its characters' classes again. */
export function isNameAt(ctx: LineContext, from: number, to: number): boolean {
  return recentName(ctx, from, to) !== undefined || isName(ctx.text, from, to);
}

/** The label written in [from, to) (after `as` or `deliver`), or undefined after reporting. */
export function flightLabel(ctx: LineContext, from: number, to: number, keyword: Token<string>): Token<string> | undefined {
  if (from === to) {
    ctx.report('expected-label', keyword.range, { after: keyword.text });
    return undefined;
  }
  if (!isLabel(ctx.text, from, to)) {
    ctx.report('bad-label', ctx.range(from, to), { text: ctx.quote(from, to) });
    return undefined;
  }
  return ctx.token(ctx.text.slice(from, to), from, to);
}
