import { wordIndexesOf, wordsOf, type WordIndexReader, type WordReader } from '../text/words';

/** The control bits of the TCP header (RFC 9293 §3.1, with ECE/CWR of RFC 3168). */
export const TCP_FLAGS = ['SYN', 'ACK', 'FIN', 'RST', 'PSH', 'URG', 'ECE', 'CWR'] as const;

export type Flag = (typeof TCP_FLAGS)[number];

/**
 * Each flag's bit in a set of flags held as a number, in TCP_FLAGS order
 * from bit 0: the validator tests a segment's flags by these, as the header
 * itself holds them.
 */
export const FLAG_BIT: Readonly<Record<Flag, number>> = Object.freeze(Object.fromEntries(TCP_FLAGS.map((flag, i) => [flag, 1 << i])) as Record<Flag, number>);

/** The flag text[start, end) names, in any case (the parser reads flags in place, without a slice). */
export const flagAt: WordReader<Flag> = wordsOf(TCP_FLAGS);

/** As flagAt, but answers the flag's index in TCP_FLAGS, which is its bit's (see FLAG_BIT); -1 for none. */
export const flagIndexAt: WordIndexReader = wordIndexesOf(TCP_FLAGS);

/** The flag `word` names, in any case. */
export function flagNamed(word: string): Flag | undefined {
  return flagAt(word, 0, word.length);
}

// There are only 256 sets of flags, and a capture repeats a handful a million
// times: each set and each sorted list is made once and shared, read-only.
const sortedLists: (readonly Flag[] | undefined)[] = [];
const flagSets: (ReadonlySet<Flag> | undefined)[] = [];

/** The flags whose bits are set in `bits`, in the canonical order used for display: SYN, ACK, FIN, RST, PSH, URG, ECE, CWR. */
export function flagListOfBits(bits: number): readonly Flag[] {
  // Made apart: a closure over `bits` here would cost every call a context, list made or not.
  return sortedLists[bits] ?? listOfBits(bits);
}

function listOfBits(bits: number): readonly Flag[] {
  return (sortedLists[bits] = Object.freeze(TCP_FLAGS.filter((_, i) => bits & (1 << i))));
}

/** The set whose flags are the bits of `bits` (see FLAG_BIT), iterated in canonical order. */
export function flagSetOfBits(bits: number): ReadonlySet<Flag> {
  return (flagSets[bits] ??= new Set(flagListOfBits(bits)));
}
