/**
 * Keeps the Problems view in step with every open .tcpflow document, saved,
 * unsaved or untitled: analysed on open and on each change, cleared on close,
 * re-filtered when the settings change.
 */
import * as vscode from 'vscode';
import { isTcpflow, tracked, type DocumentAnalyses } from '../documents';
import type { Localizer } from '../l10n/localizer';
import { readDiagnosticSettings, vscodeDiagnosticsFor } from './vscode-diagnostics';

export function registerDiagnostics(analyses: DocumentAnalyses, localizer: Localizer): vscode.Disposable[] {
  const collection = vscode.languages.createDiagnosticCollection('tcpflow');
  const publish = (document: vscode.TextDocument): void => {
    const analysis = analyses.latest(document.uri.toString());
    if (!analysis || document.isClosed) return;
    collection.set(document.uri, vscodeDiagnosticsFor(analysis, document.uri, readDiagnosticSettings(document), localizer));
  };
  const track = (document: vscode.TextDocument): void => {
    if (isTcpflow(document)) analyses.changed(tracked(document));
  };
  const forget = (document: vscode.TextDocument): void => {
    collection.delete(document.uri);
    analyses.closed(document.uri.toString());
  };

  const subscriptions: vscode.Disposable[] = [
    collection,
    analyses.onDidAnalyze((_key, _analysis, source) => publish(source.document)),
    vscode.workspace.onDidOpenTextDocument(track),
    vscode.workspace.onDidChangeTextDocument((e) => track(e.document)),
    vscode.workspace.onDidCloseTextDocument(forget),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (!e.affectsConfiguration('tcpflow.diagnostics')) return;
      for (const document of vscode.workspace.textDocuments) if (isTcpflow(document)) publish(document);
    }),
  ];
  for (const document of vscode.workspace.textDocuments) track(document);
  return subscriptions;
}
