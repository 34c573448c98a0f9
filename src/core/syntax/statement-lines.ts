/**
 * Statements stand in line order, one per line at most: the statements
 * above a line are found by bisection, not by a walk over a long capture.
 */

/** How many of `statements` stand above `line`; also the index of the first on or below it. */
export function statementsAbove(statements: readonly { readonly line: number }[], line: number): number {
  let low = 0;
  let high = statements.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (statements[middle]!.line < line) low = middle + 1;
    else high = middle;
  }
  return low;
}
