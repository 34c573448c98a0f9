/** The control bits of the TCP header (RFC 9293 §3.1, with ECE/CWR of RFC 3168). */
export const TCP_FLAGS = ['SYN', 'ACK', 'FIN', 'RST', 'PSH', 'URG', 'ECE', 'CWR'] as const;

export type Flag = (typeof TCP_FLAGS)[number];

export function flagNamed(word: string): Flag | undefined {
  const upper = word.toUpperCase();
  return (TCP_FLAGS as readonly string[]).includes(upper) ? (upper as Flag) : undefined;
}

/** Flags in the canonical order used for display: SYN, ACK, FIN, RST, PSH, URG, ECE, CWR. */
export function sortFlags(flags: Iterable<Flag>): Flag[] {
  const set = new Set(flags);
  return TCP_FLAGS.filter((f) => set.has(f));
}
