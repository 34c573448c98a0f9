/**
 * One preview panel: which document it draws, whether it is locked to it,
 * and the traffic with its webview. Edits are drawn at most every
 * RENDER_THROTTLE_MS; the webview swaps diagrams without flicker.
 */
import * as vscode from 'vscode';
import { DEFAULT_MAX_STEPS, localeFrom, type Analysis, type MermaidDiagram } from '../../core/index';
import { tracked, type DocumentAnalyses } from '../documents';
import type { ExportFormat, FromWebview, PreviewState, ToWebview } from '../../../webview/protocol';
import { cursorLeftWindow, prepareRender } from './render-message';
import { newNonce, previewHtml } from './webview-html';
import { fromWebviewMessage } from './webview-messages';
import { webviewStrings } from './webview-strings';
import { saveExport } from './export-file';

export const PREVIEW_VIEW_TYPE = 'tcpflow.preview';
export const RENDER_THROTTLE_MS = 150;
/** A window narrower than this would hardly show an exchange (the setting's minimum). */
const MIN_WINDOW_STEPS = 50;

export class PreviewPanel {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private diagram: MermaidDiagram | undefined;
  private cursorLine: number | undefined;
  private disposed = false;
  /** Renders are asynchronous (the analysis may wait for typing to pause): only the latest posts. */
  private latestRender = 0;
  private pendingExport: ExportFormat | undefined;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    readonly panel: vscode.WebviewPanel,
    private readonly analyses: DocumentAnalyses,
    extensionUri: vscode.Uri,
    private documentUri: vscode.Uri,
    private locked: boolean,
    private showStates: boolean,
    private readonly onDisposed: (panel: PreviewPanel) => void,
  ) {
    const dist = vscode.Uri.joinPath(extensionUri, 'dist');
    panel.webview.options = { enableScripts: true, localResourceRoots: [dist] };
    panel.iconPath = vscode.Uri.joinPath(extensionUri, 'media', 'tcpflow-light.svg');
    panel.webview.html = previewHtml({
      cspSource: panel.webview.cspSource,
      scriptUri: panel.webview.asWebviewUri(vscode.Uri.joinPath(dist, 'webview.js')).toString(),
      nonce: newNonce(),
      lang: vscode.env.language,
      strings: webviewStrings((message, ...args) => vscode.l10n.t(message, ...args)),
    });
    this.disposables.push(
      panel.webview.onDidReceiveMessage((data: unknown) => {
        const message = fromWebviewMessage(data);
        if (message) void this.receive(message);
      }),
      panel.onDidDispose(() => this.dispose()),
    );
    this.updateTitle();
  }

  get uri(): vscode.Uri {
    return this.documentUri;
  }

  get isLocked(): boolean {
    return this.locked;
  }

  get source(): string | undefined {
    return this.diagram?.source;
  }

  /** An unlocked preview follows the active editor. */
  show(uri: vscode.Uri): void {
    if (uri.toString() === this.documentUri.toString()) return;
    this.documentUri = uri;
    this.diagram = undefined;
    this.cursorLine = undefined;
    this.updateTitle();
    this.renderNow();
  }

  toggleLock(): void {
    this.locked = !this.locked;
    this.updateTitle();
    this.renderNow();
  }

  /** The document changed: draw again, at most every RENDER_THROTTLE_MS. */
  scheduleRender(): void {
    if (this.timer !== undefined) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.renderNow();
    }, RENDER_THROTTLE_MS);
  }

  /** The cursor moved in the previewed document. */
  cursorMoved(line: number): void {
    this.cursorLine = line;
    if (cursorLeftWindow(this.diagram, line)) this.scheduleRender();
    else this.post({ type: 'highlight', line });
  }

  requestExport(format: ExportFormat): void {
    if (this.panel.visible) {
      this.post({ type: 'export', format });
      return;
    }
    // A hidden webview is not running: show it, and ask once it has drawn.
    this.exportWhenDrawn(format);
    this.panel.reveal(undefined, true);
  }

  /** For a panel whose webview is not running yet (just created, or hidden): export after its next render. */
  exportWhenDrawn(format: ExportFormat): void {
    this.pendingExport = format;
  }

  copySource(): void {
    const source = this.source;
    if (source !== undefined) void copyToClipboard(source);
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    if (this.timer !== undefined) clearTimeout(this.timer);
    for (const d of this.disposables) d.dispose();
    this.panel.dispose();
    this.onDisposed(this);
  }

  private document(): vscode.TextDocument | undefined {
    const key = this.documentUri.toString();
    return vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
  }

  private renderNow(): void {
    void this.render(++this.latestRender);
  }

  private async render(id: number): Promise<void> {
    if (this.disposed) return;
    let analysis: Analysis;
    try {
      // Revived after a reload, the document may not be open yet.
      const document = this.document() ?? (await vscode.workspace.openTextDocument(this.documentUri));
      analysis = await this.analyses.fresh(tracked(document));
    } catch {
      // Closed or deleted meanwhile: the last diagram stays.
      return;
    }
    if (id !== this.latestRender || this.disposed) return;
    const { message, diagram } = prepareRender(analysis, {
      uri: this.documentUri.toString(),
      locale: localeFrom(vscode.env.language),
      locked: this.locked,
      showStates: this.showStates,
      maxSteps: previewSettings(this.documentUri).maxSteps,
      ...(this.cursorLine !== undefined ? { cursorLine: this.cursorLine } : {}),
    });
    this.diagram = diagram;
    this.post(message);
    if (this.pendingExport) this.post({ type: 'export', format: this.pendingExport });
    this.pendingExport = undefined;
  }

  private post(message: ToWebview): void {
    if (!this.disposed) void this.panel.webview.postMessage(message);
  }

  private updateTitle(): void {
    const name = this.documentUri.path.split('/').pop() ?? '';
    this.panel.title = this.locked ? vscode.l10n.t('[Locked] Preview {0}', name) : vscode.l10n.t('Preview {0}', name);
  }

  private async receive(message: FromWebview): Promise<void> {
    switch (message.type) {
      case 'ready':
        this.renderNow();
        return;
      case 'reveal':
        await this.reveal(message.line);
        return;
      case 'toggle-states':
        this.showStates = !this.showStates;
        this.renderNow();
        return;
      case 'toggle-lock':
        this.toggleLock();
        return;
      case 'copy-source':
        this.copySource();
        return;
      case 'exported':
        await saveExport(this.documentUri, message.format, message.data);
        return;
    }
  }

  /** Selects the clicked item's line in the editor, opening one beside the preview if none shows it. */
  private async reveal(line: number): Promise<void> {
    const document = this.document() ?? (await vscode.workspace.openTextDocument(this.documentUri));
    if (line >= document.lineCount) return;
    const shown = vscode.window.visibleTextEditors.find((e) => e.document === document);
    const range = document.lineAt(line).range;
    const editor = await vscode.window.showTextDocument(document, {
      viewColumn: shown?.viewColumn ?? vscode.ViewColumn.One,
      selection: new vscode.Selection(range.start, range.end),
      preserveFocus: false,
    });
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }
}

export async function copyToClipboard(source: string): Promise<void> {
  await vscode.env.clipboard.writeText(source);
  vscode.window.setStatusBarMessage(vscode.l10n.t('Mermaid source copied.'), 3000);
}

/** The user's `tcpflow.preview.*` settings for a document. */
export function previewSettings(uri: vscode.Uri): { readonly showStates: boolean; readonly maxSteps: number } {
  const configuration = vscode.workspace.getConfiguration('tcpflow.preview', uri);
  return {
    showStates: configuration.get<boolean>('showStates', true),
    maxSteps: Math.max(MIN_WINDOW_STEPS, configuration.get<number>('maxSteps', DEFAULT_MAX_STEPS)),
  };
}

/** Reads back what a revived panel's webview saved; anything malformed falls back to defaults. */
export function restoredState(state: unknown): PreviewState {
  if (typeof state !== 'object' || state === null) return {};
  const fields = state as Record<string, unknown>;
  return {
    ...(typeof fields['uri'] === 'string' ? { uri: fields['uri'] } : {}),
    ...(typeof fields['locked'] === 'boolean' ? { locked: fields['locked'] } : {}),
    ...(typeof fields['showStates'] === 'boolean' ? { showStates: fields['showStates'] } : {}),
  };
}
