/**
 * A text's UTF-16 code units in a typed array, which the parser's loops read
 * instead of the string. Reading a code unit of a string makes the engine
 * find out, at every read, how the string is stored (flat or sliced, one or
 * two bytes a character): some twenty machine instructions; reading one of a
 * typed array is one. The parser reads each character of a line several
 * times (the head, the arrow, each flag and field), and a capture has
 * millions of them.
 */

/** Code units of some text: `units[i]` is the text's code unit at offset `base + i`. */
export type CodeUnits = Uint8Array | Uint16Array;

/**
 * The Encoding Standard's encoder, which every host of the core has (the
 * webview's browser; Node, under the CLI and the extension host). Declared
 * here, with the one method used, as the core is built with neither the
 * DOM's types nor Node's.
 */
declare const TextEncoder: new () => { encodeInto(source: string, destination: Uint8Array): { read: number; written: number } };

const encoder = new TextEncoder();

/**
 * The code units of text[start, end). Text that is all ASCII, as nearly
 * every capture is, takes a byte a unit and is copied by the engine's UTF-8
 * encoder (ASCII is its own UTF-8); any other text takes two bytes a unit.
 */
export function codeUnitsOf(text: string, start = 0, end = text.length): CodeUnits {
  const span = start === 0 && end === text.length ? text : text.slice(start, end);
  const bytes = new Uint8Array(span.length);
  // Every unit of an all-ASCII text is one byte of UTF-8; any other unit takes more, and the bytes run out first.
  const { read, written } = encoder.encodeInto(span, bytes);
  if (read === span.length && written === span.length) return bytes;
  const units = new Uint16Array(span.length);
  for (let i = 0; i < span.length; i++) units[i] = span.charCodeAt(i);
  return units;
}
