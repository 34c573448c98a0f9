/**
 * The live preview: commands, panels that follow the active .tcpflow editor
 * unless locked, and their revival after a window reload.
 */
import * as vscode from 'vscode';
import { localeFrom } from '../../core/index';
import { LANGUAGE_ID, tracked, type DocumentAnalyses } from '../documents';
import { PREVIEW_VIEW_TYPE, PreviewPanel, copyToClipboard, previewSettings, restoredState } from './preview-panel';
import { prepareRender } from './render-message';
import type { ExportFormat } from '../../../webview/protocol';

export const PREVIEW_COMMANDS = {
  openToSide: 'tcpflow.preview.openToSide',
  open: 'tcpflow.preview.open',
  toggleLock: 'tcpflow.preview.toggleLock',
  exportSvg: 'tcpflow.preview.exportSvg',
  exportPng: 'tcpflow.preview.exportPng',
  copySource: 'tcpflow.preview.copySource',
} as const;

class Previews {
  private readonly panels = new Set<PreviewPanel>();
  /** The panel last focused: the one the palette's lock, export and copy act on. */
  private current: PreviewPanel | undefined;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly analyses: DocumentAnalyses,
  ) {}

  open(column: vscode.ViewColumn, uri: vscode.Uri | undefined): PreviewPanel | undefined {
    const target = uri ?? activeTcpflowUri();
    if (!target) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open a .tcpflow file to preview it.'));
      return undefined;
    }
    const key = target.toString();
    const existing = [...this.panels].find((p) => p.uri.toString() === key) ?? [...this.panels].find((p) => !p.isLocked);
    if (existing) {
      existing.show(target);
      existing.panel.reveal(column, true);
      return existing;
    }
    const panel = vscode.window.createWebviewPanel(PREVIEW_VIEW_TYPE, '', { viewColumn: column, preserveFocus: true }, { enableScripts: true });
    return this.adopt(panel, target, false, previewSettings(target).showStates);
  }

  adopt(panel: vscode.WebviewPanel, uri: vscode.Uri, locked: boolean, showStates: boolean): PreviewPanel {
    const preview = new PreviewPanel(panel, this.analyses, this.extensionUri, uri, locked, showStates, (gone) => {
      this.panels.delete(gone);
      if (this.current === gone) this.current = undefined;
    });
    this.panels.add(preview);
    this.current = preview;
    panel.onDidChangeViewState(() => {
      if (panel.active) this.current = preview;
    });
    return preview;
  }

  /**
   * The panel a palette command acts on: the focused preview, else the
   * preview of the .tcpflow file being edited, else the last one focused.
   */
  target(): PreviewPanel | undefined {
    const focused = [...this.panels].find((p) => p.panel.active);
    const editing = activeTcpflowUri();
    const found = focused ?? (editing && this.forDocument(editing).at(0)) ?? this.current ?? [...this.panels].at(-1);
    if (!found) void vscode.window.showInformationMessage(vscode.l10n.t('Open the TCP Flow preview first.'));
    return found;
  }

  /** The preview's Mermaid text; from a .tcpflow editor without a preview, the text its preview would draw. */
  async copySource(): Promise<void> {
    const editing = activeTcpflowUri();
    const shown = [...this.panels].find((p) => p.panel.active) ?? (editing && this.forDocument(editing).at(0));
    const editor = vscode.window.activeTextEditor;
    if (shown || !editing || !editor) {
      this.target()?.copySource();
      return;
    }
    const settings = previewSettings(editing);
    const { diagram } = prepareRender(await this.analyses.fresh(tracked(editor.document)), {
      uri: editing.toString(),
      locale: localeFrom(vscode.env.language),
      locked: false,
      showStates: settings.showStates,
      maxSteps: settings.maxSteps,
      cursorLine: editor.selection.active.line,
    });
    await copyToClipboard(diagram.source);
  }

  /** Exporting needs the drawn diagram: from a .tcpflow editor without one, a preview opens beside it first. */
  exportDiagram(format: ExportFormat): void {
    const editing = activeTcpflowUri();
    const shown = [...this.panels].find((p) => p.panel.active) ?? (editing && this.forDocument(editing).at(0));
    if (shown || !editing) {
      this.target()?.requestExport(format);
      return;
    }
    this.open(vscode.ViewColumn.Beside, editing)?.exportWhenDrawn(format);
  }

  forDocument(uri: vscode.Uri): PreviewPanel[] {
    const key = uri.toString();
    return [...this.panels].filter((p) => p.uri.toString() === key);
  }

  followEditor(editor: vscode.TextEditor | undefined): void {
    if (editor?.document.languageId !== LANGUAGE_ID) return;
    for (const panel of this.panels) if (!panel.isLocked) panel.show(editor.document.uri);
  }

  dispose(): void {
    for (const panel of [...this.panels]) panel.dispose();
  }
}

function activeTcpflowUri(): vscode.Uri | undefined {
  const document = vscode.window.activeTextEditor?.document;
  return document?.languageId === LANGUAGE_ID ? document.uri : undefined;
}

/** A command run from the explorer or editor title gets the file's URI. */
const asUri = (argument: unknown): vscode.Uri | undefined => (argument instanceof vscode.Uri ? argument : undefined);

/** `analyses` is the extension's shared scheduler: the preview redraws when it has analysed an edit. */
export function registerPreview(context: vscode.ExtensionContext, analyses: DocumentAnalyses): void {
  const previews = new Previews(context.extensionUri, analyses);
  context.subscriptions.push(
    { dispose: () => previews.dispose() },
    vscode.commands.registerCommand(PREVIEW_COMMANDS.openToSide, (uri?: unknown) => previews.open(vscode.ViewColumn.Beside, asUri(uri))),
    vscode.commands.registerCommand(PREVIEW_COMMANDS.open, (uri?: unknown) => previews.open(vscode.ViewColumn.Active, asUri(uri))),
    vscode.commands.registerCommand(PREVIEW_COMMANDS.toggleLock, () => previews.target()?.toggleLock()),
    vscode.commands.registerCommand(PREVIEW_COMMANDS.exportSvg, () => previews.exportDiagram('svg')),
    vscode.commands.registerCommand(PREVIEW_COMMANDS.exportPng, () => previews.exportDiagram('png')),
    vscode.commands.registerCommand(PREVIEW_COMMANDS.copySource, () => previews.copySource()),
    vscode.window.registerWebviewPanelSerializer(PREVIEW_VIEW_TYPE, {
      async deserializeWebviewPanel(panel, state: unknown) {
        const restored = restoredState(state);
        const uri = restored.uri ? vscode.Uri.parse(restored.uri) : activeTcpflowUri();
        if (!uri) {
          panel.dispose();
          return;
        }
        previews.adopt(panel, uri, restored.locked ?? false, restored.showStates ?? true);
      },
    }),
    analyses.onDidAnalyze((_key, _analysis, source) => {
      for (const panel of previews.forDocument(source.document.uri)) panel.scheduleRender();
    }),
    vscode.window.onDidChangeActiveTextEditor((editor) => previews.followEditor(editor)),
    vscode.window.onDidChangeTextEditorSelection((event) => {
      const line = event.selections[0]?.active.line;
      if (line === undefined) return;
      for (const panel of previews.forDocument(event.textEditor.document.uri)) panel.cursorMoved(line);
    }),
  );
}
