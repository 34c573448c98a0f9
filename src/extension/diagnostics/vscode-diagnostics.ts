/**
 * Core diagnostics as VS Code diagnostics: message in the user's language,
 * severity, stable code, related lines to jump to, and the 'unnecessary'
 * tag that greys out a segment the receiver drops.
 */
import * as vscode from 'vscode';
import { renderMessage, renderPhrase, type Analysis, type Diagnostic, type Severity } from '../../core/index';
import { toVscodeRange } from '../ranges';
import type { Localizer } from '../l10n/localizer';
import { selectDiagnostics, type DiagnosticSettings } from './selection';

export const DIAGNOSTIC_SOURCE = 'tcpflow';

function severityOf(severity: Severity): vscode.DiagnosticSeverity {
  switch (severity) {
    case 'error':
      return vscode.DiagnosticSeverity.Error;
    case 'warning':
      return vscode.DiagnosticSeverity.Warning;
    case 'information':
      return vscode.DiagnosticSeverity.Information;
  }
}

export function toVscodeDiagnostic(diagnostic: Diagnostic, uri: vscode.Uri, localizer: Localizer): vscode.Diagnostic {
  const result = new vscode.Diagnostic(toVscodeRange(diagnostic.range), renderMessage(diagnostic, localizer.locale), severityOf(diagnostic.severity));
  result.code = diagnostic.code;
  result.source = DIAGNOSTIC_SOURCE;
  if (diagnostic.related && diagnostic.related.length > 0) {
    result.relatedInformation = diagnostic.related.map(
      (related) => new vscode.DiagnosticRelatedInformation(new vscode.Location(uri, toVscodeRange(related.range)), renderPhrase(related.message, localizer.locale)),
    );
  }
  if (diagnostic.tags?.includes('unnecessary')) result.tags = [vscode.DiagnosticTag.Unnecessary];
  return result;
}

/** What the Problems view gets for one analysis, with a notice when the cap left some out. */
export function vscodeDiagnosticsFor(analysis: Analysis, uri: vscode.Uri, settings: DiagnosticSettings, localizer: Localizer): vscode.Diagnostic[] {
  const { shown, omitted } = selectDiagnostics(analysis.diagnostics, settings);
  const result = shown.map((d) => toVscodeDiagnostic(d, uri, localizer));
  if (omitted > 0) {
    const notice = new vscode.Diagnostic(
      new vscode.Range(0, 0, 0, 0),
      localizer.t(
        '{0} more problems in this file are not listed: only the first {1} are shown. The setting tcpflow.diagnostics.maxProblems changes this limit.',
        omitted,
        shown.length,
      ),
      vscode.DiagnosticSeverity.Information,
    );
    notice.source = DIAGNOSTIC_SOURCE;
    result.unshift(notice);
  }
  return result;
}

export function readDiagnosticSettings(scope: vscode.ConfigurationScope | undefined): DiagnosticSettings {
  const configuration = vscode.workspace.getConfiguration('tcpflow.diagnostics', scope);
  return {
    showWarnings: configuration.get<boolean>('showWarnings', true),
    showInformation: configuration.get<boolean>('showInformation', true),
    maxProblems: configuration.get<number>('maxProblems', 1000),
  };
}
