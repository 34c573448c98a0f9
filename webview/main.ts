/**
 * The preview webview: draws what the extension sends, tells it which line
 * was clicked, and hands it exports. Everything TCP is decided in the
 * extension host; this page only draws.
 */
import { Banner } from './banner';
import { DiagramView } from './diagram-view';
import { naturalSize, pngDataUrl, standaloneSvg } from './export';
import { pageStrings, toWebviewMessage } from './incoming';
import type { ExportFormat, FromWebview, PreviewState, ToWebview } from './protocol';
import { watchTheme } from './theme';
import { createToolbar, type ToolbarAction } from './toolbar';

interface VsCodeApi {
  postMessage(message: FromWebview): void;
  getState(): PreviewState | undefined;
  setState(state: PreviewState): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const ZOOM_STEP = 1.25;

type RenderMessage = Extract<ToWebview, { type: 'render' }>;

function element(id: string): HTMLElement {
  const found = document.getElementById(id);
  if (found) return found;
  const created = document.createElement('div');
  created.id = id;
  document.body.append(created);
  return created;
}

function start(): void {
  const vscode = acquireVsCodeApi();
  let state: PreviewState = vscode.getState() ?? {};
  const saveState = (change: Partial<PreviewState>): void => {
    state = { ...state, ...change };
    vscode.setState(state);
  };

  const strings = pageStrings(document.body);
  const toolbar = createToolbar(element('toolbar'), onToolbar);
  toolbar.setStrings(strings);
  const banner = new Banner(element('banner'));
  const empty = element('empty');
  const view = new DiagramView(
    element('viewport'),
    element('stage'),
    (line) => vscode.postMessage({ type: 'reveal', line }),
    (zoom) => saveState({ zoom }),
  );
  if (state.zoom !== undefined) view.setZoom(state.zoom);
  let lastGood: RenderMessage | undefined;
  let latest: RenderMessage | undefined;

  async function draw(message: RenderMessage): Promise<void> {
    latest = message;
    saveState({ uri: message.uri, locked: message.locked, showStates: message.showStates });
    toolbar.setLocked(message.locked);
    toolbar.setShowStates(message.showStates);
    const hasErrors = message.errors.length > 0;
    // An unlocked preview that moved to another file starts afresh: another
    // file's diagram is no "last good" one, and its scroll means nothing here.
    const sameDocument = lastGood === undefined || lastGood.uri === message.uri;
    if (!sameDocument) lastGood = undefined;
    if (hasErrors) banner.syntaxErrors(message.errors, strings.syntaxErrors);
    // The last correct diagram stays while the text does not parse; with
    // none yet, the partial diagram beats an empty panel.
    if (hasErrors && lastGood) {
      if (message.cursorLine !== undefined) view.highlight(message.cursorLine);
      return;
    }
    const outcome = await view.render(message.source, message, sameDocument);
    if (outcome.kind === 'failed') {
      banner.failure(outcome.message, strings.renderFailed);
      return;
    }
    if (outcome.kind === 'stale') return;
    empty.hidden = true;
    if (!hasErrors) {
      lastGood = message;
      banner.clear();
    }
    if (message.cursorLine !== undefined) view.highlight(message.cursorLine);
  }

  // A burst of renders (the host catching up after a pause) draws only its last.
  let queued: RenderMessage | undefined;
  /** Settles once the queued render is drawn: an export asked for meanwhile waits for it. */
  let drawn: Promise<void> = Promise.resolve();
  function drawSoon(message: RenderMessage): void {
    const first = queued === undefined;
    queued = message;
    if (!first) return;
    drawn = new Promise((resolve) =>
      setTimeout(() => {
        const next = queued!;
        queued = undefined;
        void draw(next).finally(resolve);
      }, 0),
    );
  }

  async function exportAs(format: ExportFormat): Promise<void> {
    await drawn;
    const svg = view.svg;
    if (!svg) return;
    const background = getComputedStyle(document.body).getPropertyValue('--vscode-editor-background').trim() || getComputedStyle(document.body).backgroundColor;
    const text = standaloneSvg(svg, background);
    if (format === 'svg') {
      vscode.postMessage({ type: 'exported', format, data: text });
      return;
    }
    try {
      vscode.postMessage({ type: 'exported', format, data: await pngDataUrl(text, naturalSize(svg), background) });
    } catch (error) {
      banner.failure(error instanceof Error ? error.message : String(error), strings.renderFailed);
    }
  }

  function onToolbar(action: ToolbarAction): void {
    switch (action) {
      case 'zoom-in':
      case 'zoom-out':
        view.setZoom(action === 'zoom-in' ? view.zoom * ZOOM_STEP : view.zoom / ZOOM_STEP);
        saveState({ zoom: view.zoom });
        return;
      case 'zoom-fit':
        view.fitToWidth();
        // No zoom saved: a reloaded panel fits its width too.
        saveState({ zoom: undefined });
        return;
      case 'export-svg':
      case 'export-png':
        void exportAs(action === 'export-svg' ? 'svg' : 'png');
        return;
      case 'toggle-states':
      case 'toggle-lock':
      case 'copy-source':
        vscode.postMessage({ type: action });
        return;
    }
  }

  window.addEventListener('message', (event: MessageEvent<unknown>) => {
    const message = toWebviewMessage(event.data);
    if (!message) return;
    switch (message.type) {
      case 'render':
        drawSoon(message);
        return;
      case 'highlight':
        view.highlight(message.line);
        return;
      case 'export':
        void exportAs(message.format);
        return;
    }
  });

  // A new theme changes Mermaid's colours, which only a new render applies.
  watchTheme(() => {
    const current = lastGood ?? latest;
    if (current) void view.render(current.source, current);
  });

  empty.textContent = strings.empty;
  vscode.postMessage({ type: 'ready' });
}

start();
