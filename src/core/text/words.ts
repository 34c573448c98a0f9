/**
 * Recognizing a fixed vocabulary (keywords, flags, field names) in a span of
 * a line, in any ASCII case, without cutting the span out of the line.
 */

/** Reads which of a fixed list of words a span of text spells (see wordsOf). */
export type WordReader<W extends string> = (text: string, start: number, end: number) => W | undefined;

/**
 * A reader of the words in `words` (ASCII letters only): which of them
 * text[start, end) spells, ignoring ASCII case, or undefined. No slice of
 * the text is made, and only the words of that length and first letter are
 * compared: this runs for every word of every segment.
 */
export function wordsOf<W extends string>(words: readonly W[]): WordReader<W> {
  // Indexed by length * 128 + lowercase first letter: a list, as looking up a number in it is cheapest.
  const longest = Math.max(0, ...words.map((word) => word.length));
  const byLengthAndFirst: (W[] | undefined)[] = new Array<W[] | undefined>((longest + 1) * 128).fill(undefined);
  for (const word of words) {
    const key = word.length * 128 + (word.charCodeAt(0) | 0x20);
    (byLengthAndFirst[key] ??= []).push(word);
  }
  return (text, start, end) => {
    const length = end - start;
    // For a letter, `| 0x20` is its lowercase; no other character maps onto a letter so.
    const first = text.charCodeAt(start) | 0x20;
    if (length <= 0 || length > longest || first >= 128) return undefined;
    const candidates = byLengthAndFirst[length * 128 + first];
    if (candidates === undefined) return undefined;
    next: for (const word of candidates) {
      for (let i = 1; i < length; i++) if ((text.charCodeAt(start + i) | 0x20) !== (word.charCodeAt(i) | 0x20)) continue next;
      return word;
    }
    return undefined;
  };
}
