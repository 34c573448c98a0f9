/** The control bits of the TCP header (RFC 9293 §3.1, with ECE/CWR of RFC 3168). */
export const TCP_FLAGS = ['SYN', 'ACK', 'FIN', 'RST', 'PSH', 'URG', 'ECE', 'CWR'] as const;

export type Flag = (typeof TCP_FLAGS)[number];

const BIT_OF: ReadonlyMap<string, number> = new Map(TCP_FLAGS.map((flag, i) => [flag, 1 << i]));

export function flagNamed(word: string): Flag | undefined {
  // Flags are written in capitals nearly always: only other spellings pay for the case change.
  if (BIT_OF.has(word)) return word as Flag;
  const upper = word.toUpperCase();
  return BIT_OF.has(upper) ? (upper as Flag) : undefined;
}

function bitsOf(flags: Iterable<Flag>): number {
  let bits = 0;
  for (const flag of flags) bits |= BIT_OF.get(flag)!;
  return bits;
}

// There are only 256 sets of flags, and a capture repeats a handful a million
// times: each set and each sorted list is made once and shared, read-only.
const sortedLists: (readonly Flag[] | undefined)[] = [];
const flagSets: (ReadonlySet<Flag> | undefined)[] = [];

/** Flags in the canonical order used for display: SYN, ACK, FIN, RST, PSH, URG, ECE, CWR. */
export function sortFlags(flags: Iterable<Flag>): readonly Flag[] {
  return sortedList(bitsOf(flags));
}

function sortedList(bits: number): readonly Flag[] {
  return (sortedLists[bits] ??= Object.freeze(TCP_FLAGS.filter((_, i) => bits & (1 << i))));
}

/** The set of `flags`, iterated in canonical order. */
export function flagSetOf(flags: Iterable<Flag>): ReadonlySet<Flag> {
  const bits = bitsOf(flags);
  return (flagSets[bits] ??= new Set(sortedList(bits)));
}
