import type * as vscode from 'vscode';

export function activate(_context: vscode.ExtensionContext): void {
  // Being written: see the editor task.
}

export function deactivate(): void {}
