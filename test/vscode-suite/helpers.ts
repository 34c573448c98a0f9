/** Opening documents and waiting for what the extension publishes, inside VS Code. */
import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'tcpflow.tcpflow';

/** The repository root: the bundle lives in dist/vscode-suite/. */
export const ROOT = join(__dirname, '..', '..');
export const EXAMPLES = join(ROOT, 'examples');

export function exampleUri(name: string): vscode.Uri {
  return vscode.Uri.file(join(EXAMPLES, name));
}

export async function openExample(name: string): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument(exampleUri(name));
  await vscode.window.showTextDocument(document);
  return document;
}

let untitledCount = 0;

/**
 * A new untitled document holding `content`. Each gets a name of its own:
 * `Untitled-1` is reused as soon as it is closed, and a test must never be
 * handed the previous test's document.
 */
export async function openUntitled(content: string): Promise<vscode.TextDocument> {
  const uri = vscode.Uri.from({ scheme: 'untitled', path: join(ROOT, `suite-${process.pid}-${++untitledCount}.tcpflow`) });
  const document = await vscode.workspace.openTextDocument(uri);
  const editor = await vscode.window.showTextDocument(document);
  assert.ok(await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), content)));
  assert.equal(document.getText(), content);
  assert.equal(document.languageId, 'tcpflow');
  return document;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls until `probe` returns something `accept` likes, or fails after `timeoutMs`. */
export async function eventually<T>(probe: () => T | PromiseLike<T>, accept: (value: T) => boolean, what: string, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T = await probe();
  while (!accept(last)) {
    if (Date.now() > deadline) assert.fail(`timed out waiting for ${what}; last seen: ${JSON.stringify(last, null, 1)?.slice(0, 2000)}`);
    await sleep(50);
    last = await probe();
  }
  return last;
}

export function diagnosticsOf(document: vscode.TextDocument): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(document.uri).filter((d) => d.source === 'tcpflow');
}

/** Waits until the Problems view has our diagnostics for the document's current text. */
export function diagnosticsSettled(document: vscode.TextDocument, accept: (d: vscode.Diagnostic[]) => boolean, what: string): Promise<vscode.Diagnostic[]> {
  return eventually(() => diagnosticsOf(document), accept, what);
}

/** Closes every editor without saving: a test never writes the examples, and no save dialog can block the run. */
export async function closeAll(): Promise<void> {
  for (let i = 0; i < 50 && vscode.window.visibleTextEditors.length > 0; i++) {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
  // A new untitled document may reuse the name of one just closed: wait until
  // the extension host has really let go of the old one.
  await eventually(() => vscode.workspace.textDocuments.filter((d) => d.isUntitled).length, (n) => n === 0, 'untitled documents to close', 10_000);
}

export function hoverText(hovers: readonly vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n')
    .replace(/\\(.)/g, '$1');
}

export function lineOf(document: vscode.TextDocument, fragment: string): number {
  for (let line = 0; line < document.lineCount; line++) if (document.lineAt(line).text.includes(fragment)) return line;
  assert.fail(`no line with ${fragment}`);
}
