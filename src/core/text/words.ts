/**
 * Recognizing a fixed vocabulary (keywords, flags, field names) in a span of
 * a line, in any ASCII case, without cutting the span out of the line.
 */

/** Reads which of a fixed list of words a span of text spells (see wordsOf). */
export type WordReader<W extends string> = (text: string, start: number, end: number) => W | undefined;

/** Reads the index, in its list, of the word a span of text spells, or -1 (see wordIndexesOf). */
export type WordIndexReader = (text: string, start: number, end: number) => number;

/**
 * A reader of the words in `words` (ASCII letters only): which of them
 * text[start, end) spells, ignoring ASCII case, or undefined. No slice of
 * the text is made, and only the words of that length and first letter are
 * compared: this runs for every word of every segment.
 */
export function wordsOf<W extends string>(words: readonly W[]): WordReader<W> {
  const indexOf = wordIndexesOf(words);
  return (text, start, end) => {
    const index = indexOf(text, start, end);
    return index < 0 ? undefined : words[index];
  };
}

/** As wordsOf, but answers the word's index in `words`, or -1: for a caller that keys a table by it. */
export function wordIndexesOf(words: readonly string[]): WordIndexReader {
  // Indexed by length * 128 + lowercase first letter: a list, as looking up a number in it is cheapest.
  const longest = Math.max(0, ...words.map((word) => word.length));
  const byLengthAndFirst: (number[] | undefined)[] = new Array<number[] | undefined>((longest + 1) * 128).fill(undefined);
  words.forEach((word, index) => {
    const key = word.length * 128 + (word.charCodeAt(0) | 0x20);
    (byLengthAndFirst[key] ??= []).push(index);
  });
  return (text, start, end) => {
    const length = end - start;
    // For a letter, `| 0x20` is its lowercase; no other character maps onto a letter so.
    const first = text.charCodeAt(start) | 0x20;
    if (length <= 0 || length > longest || first >= 128) return -1;
    const candidates = byLengthAndFirst[length * 128 + first];
    if (candidates === undefined) return -1;
    next: for (const index of candidates) {
      const word = words[index]!;
      for (let i = 1; i < length; i++) if ((text.charCodeAt(start + i) | 0x20) !== (word.charCodeAt(i) | 0x20)) continue next;
      return index;
    }
    return -1;
  };
}
