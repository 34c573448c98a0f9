/**
 * Sequence-number arithmetic, RFC 9293 §3.4: the space is finite (0..2^32-1)
 * and every comparison is modulo 2^32.
 */
export const SEQUENCE_SPACE = 2 ** 32;

/** a + b modulo 2^32. */
export function seqAdd(a: number, b: number): number {
  const sum = a + b;
  // Numbers and offsets are below 2^32, so one wrap is the usual case; the remainder is for the rest.
  if (sum >= 0 && sum < SEQUENCE_SPACE) return sum;
  if (sum >= SEQUENCE_SPACE && sum < 2 * SEQUENCE_SPACE) return sum - SEQUENCE_SPACE;
  if (sum < 0 && sum >= -SEQUENCE_SPACE) return sum + SEQUENCE_SPACE;
  const rest = sum % SEQUENCE_SPACE;
  return rest < 0 ? rest + SEQUENCE_SPACE : rest;
}

/**
 * The signed distance from `from` to `to`, in (-2^31, 2^31]: positive when
 * `to` lies after `from` in the circular space.
 */
export function seqDistance(from: number, to: number): number {
  const d = seqAdd(to, -from);
  return d > SEQUENCE_SPACE / 2 ? d - SEQUENCE_SPACE : d;
}

export function seqLessThan(a: number, b: number): boolean {
  return seqDistance(a, b) > 0;
}

export function seqLessOrEqual(a: number, b: number): boolean {
  return seqDistance(a, b) >= 0;
}

/** low <= x < high, circularly (the form of the §3.10.7.4 acceptability test). */
export function seqInWindow(x: number, low: number, high: number): boolean {
  return seqLessOrEqual(low, x) && seqLessThan(x, high);
}
