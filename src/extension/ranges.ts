/**
 * The one place where core positions become VS Code positions and back.
 * Both count lines and UTF-16 code units from 0, so no arithmetic is needed:
 * any offset bug belongs to the parser, not to this file.
 */
import * as vscode from 'vscode';
import type { Position, Range } from '../core/index';

export function toVscodePosition(position: Position): vscode.Position {
  return new vscode.Position(position.line, position.character);
}

export function toVscodeRange(range: Range): vscode.Range {
  return new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
}

export function fromVscodePosition(position: vscode.Position): Position {
  return { line: position.line, character: position.character };
}

export function fromVscodeRange(range: vscode.Range): Range {
  return { start: fromVscodePosition(range.start), end: fromVscodePosition(range.end) };
}
