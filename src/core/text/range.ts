/**
 * Positions in a .tcpflow document. Lines and characters count from 0 and
 * characters are UTF-16 code units, the same convention as VS Code and LSP,
 * so the editor adapter converts without arithmetic. The CLI adds 1 to each.
 */
export interface Position {
  readonly line: number;
  readonly character: number;
}

export interface Range {
  readonly start: Position;
  readonly end: Position;
}

export function range(line: number, startCharacter: number, endCharacter: number): Range {
  return { start: { line, character: startCharacter }, end: { line, character: endCharacter } };
}

/** A piece of source text with its value and where it stands. */
export interface Token<T = string> {
  readonly value: T;
  readonly text: string;
  readonly range: Range;
}
