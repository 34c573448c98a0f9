/**
 * Activation (on the tcpflow language or our commands): wires the core's
 * analysis to VS Code. Mermaid is not imported here; it lives only in the
 * preview's webview bundle.
 */
import * as vscode from 'vscode';
import { localeFrom } from '../core/index';
import { AnalysisScheduler } from './analysis/analysis-scheduler';
import { registerDiagnostics } from './diagnostics/diagnostics-feature';
import type { DocumentAnalyses, TrackedDocument } from './documents';
import { registerLanguageFeatures } from './language-features';
import type { Localizer } from './l10n/localizer';
import { registerNewExercise } from './new-exercise/new-exercise-command';
import { registerPreview } from './preview/index';

export interface TcpflowApi {
  /** One analysis per document version, shared with the preview. */
  readonly analyses: DocumentAnalyses;
}

export function activate(context: vscode.ExtensionContext): TcpflowApi {
  const localizer: Localizer = {
    locale: localeFrom(vscode.env.language),
    t: (message, ...args) => vscode.l10n.t(message, ...args),
  };
  const output = vscode.window.createOutputChannel('TCP Flow', { log: true });
  const analyses: DocumentAnalyses = new AnalysisScheduler<TrackedDocument>({
    onError: (error) => output.error(error instanceof Error ? error : String(error)),
  });
  context.subscriptions.push(
    output,
    { dispose: () => analyses.dispose() },
    ...registerDiagnostics(analyses, localizer),
    ...registerLanguageFeatures(analyses, localizer),
    registerNewExercise(localizer),
  );
  registerPreview(context, analyses);
  return { analyses };
}

export function deactivate(): void {}
