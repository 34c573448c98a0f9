/** The webview's strings in the user's language (the page itself has no l10n). */
import * as vscode from 'vscode';
import type { WebviewStrings } from '../../../webview/protocol';

export function webviewStrings(): WebviewStrings {
  return {
    zoomIn: vscode.l10n.t('Zoom In'),
    zoomOut: vscode.l10n.t('Zoom Out'),
    zoomFit: vscode.l10n.t('Fit to Width'),
    toggleStates: vscode.l10n.t('Show or Hide States'),
    exportSvg: vscode.l10n.t('Export Diagram as SVG'),
    exportPng: vscode.l10n.t('Export Diagram as PNG'),
    copySource: vscode.l10n.t('Copy Mermaid Source'),
    lock: vscode.l10n.t('Lock Preview'),
    unlock: vscode.l10n.t('Unlock Preview'),
    syntaxErrors: vscode.l10n.t('Syntax errors on line {0}: showing the last correct diagram.', '{0}'),
    renderFailed: vscode.l10n.t('The diagram could not be drawn: {0}', '{0}'),
    empty: vscode.l10n.t('Nothing to draw yet.'),
  };
}
