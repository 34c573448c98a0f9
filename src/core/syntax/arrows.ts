/**
 * Finding the arrow of `SENDER -> RECEIVER`. Names may contain `-`, so
 * `host-a -> host-b`, `A->B` and `A -x B` need care: every place an arrow
 * could stand is a candidate, and the one that leaves a valid name on each
 * side wins.
 */
import type { Arrow } from './ast';
import { nameCharLength } from './characters';
import type { LineContext } from './line-context';
import { isNameAt } from './names';

const MINUS = 0x2d;
const TILDE = 0x7e;
const GREATER = 0x3e;

/** Enough for any real line; a bound keeps a line of ten thousand arrows linear. */
const MAX_CANDIDATES = 8;

/** The arrow that starts at `at` in a head ending at `to`, if one does (each takes two columns). */
export function arrowAt(ctx: LineContext, at: number, to: number): Arrow | undefined {
  // Every column of a head is tried: compared as code units, not one-character strings.
  const code = ctx.code(at);
  if (code !== MINUS && code !== TILDE) return undefined;
  const next = ctx.code(at + 1);
  if (next === GREATER) return code === MINUS ? '->' : '~>';
  // `-x` is an arrow only where the x ends a word: `A -x B`, not `host-xyz`.
  if (code === MINUS && (next === 0x78 || next === 0x58) /* x X */ && (at + 2 >= to || nameCharLength(ctx.text, at + 2) === 0)) return '-x';
  return undefined;
}

/**
 * The column of the arrow in the statement's head [from, to) (arrowAt says
 * which), or -1 if it has none. `to` stops before the first `:` or `"`, so
 * that nothing in the segment or a label is mistaken for an arrow.
 */
export function findArrow(ctx: LineContext, from: number, to: number): number {
  const first = nextArrow(ctx, from, to);
  // A head with one arrow, as nearly every line has, has that arrow whatever its names (they are read, and reported, after).
  if (first < 0 || nextArrow(ctx, first + 1, to) < 0) return first;
  let tried = 0;
  for (let at = first; at >= 0 && tried < MAX_CANDIDATES; at = nextArrow(ctx, at + 1, to)) {
    tried++;
    const senderEnd = ctx.trimEnd(from, at);
    const receiverStart = ctx.skipSpaces(at + 2, to);
    if (isNameAt(ctx, from, senderEnd) && isNameAt(ctx, receiverStart, ctx.trimEnd(receiverStart, to))) return at;
  }
  return first;
}

/** The column of the first arrow at or after `from` in a head ending at `to`, or -1. */
function nextArrow(ctx: LineContext, from: number, to: number): number {
  for (let at = from; at < to - 1; at++) if (arrowAt(ctx, at, to)) return at;
  return -1;
}
