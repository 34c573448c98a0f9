/** Saves an exported diagram where the user chooses, next to the document by default. */
import * as vscode from 'vscode';
import type { ExportFormat } from '../../../webview/protocol';

const PNG_PREFIX = 'data:image/png;base64,';

export async function saveExport(documentUri: vscode.Uri, format: ExportFormat, data: string): Promise<void> {
  const defaultUri = documentUri.with({ path: documentUri.path.replace(/(\.tcpflow)?$/, `.${format}`) });
  const target = await vscode.window.showSaveDialog({
    defaultUri,
    filters: format === 'svg' ? { [vscode.l10n.t('SVG image')]: ['svg'] } : { [vscode.l10n.t('PNG image')]: ['png'] },
    title: format === 'svg' ? vscode.l10n.t('Export Diagram as SVG') : vscode.l10n.t('Export Diagram as PNG'),
  });
  if (!target) return;
  const bytes = format === 'svg' ? new TextEncoder().encode(data) : Buffer.from(data.slice(PNG_PREFIX.length), 'base64');
  try {
    await vscode.workspace.fs.writeFile(target, bytes);
    void vscode.window.showInformationMessage(vscode.l10n.t('Diagram saved to {0}.', target.fsPath || target.toString()));
  } catch (error) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Could not save the diagram: {0}', error instanceof Error ? error.message : String(error)));
  }
}
