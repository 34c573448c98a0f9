/**
 * What the preview sends its webview for one version of a document: the
 * core's Mermaid text with the line of every drawn item, and the syntax
 * errors that make the webview keep its last good diagram. Pure (no
 * `vscode`), so tests build exactly the message the panel posts.
 */
import { renderMessage, toMermaid, type Analysis, type Locale, type MermaidDiagram } from '../../core/index';
import type { ToWebview } from '../../../webview/protocol';

export type RenderMessage = Extract<ToWebview, { type: 'render' }>;

export interface RenderOptions {
  readonly uri: string;
  readonly locale: Locale;
  readonly locked: boolean;
  readonly showStates: boolean;
  /** The cursor's line: a long flow is drawn around it, and its message is highlighted. */
  readonly cursorLine?: number;
  readonly maxSteps?: number;
}

export interface PreparedRender {
  readonly message: RenderMessage;
  readonly diagram: MermaidDiagram;
}

export function prepareRender(analysis: Analysis, options: RenderOptions): PreparedRender {
  const diagram = toMermaid(analysis, {
    locale: options.locale,
    showStates: options.showStates,
    ...(options.cursorLine !== undefined ? { aroundLine: options.cursorLine } : {}),
    ...(options.maxSteps !== undefined ? { maxSteps: options.maxSteps } : {}),
  });
  const errors = analysis.document.diagnostics
    .filter((d) => d.severity === 'error')
    .map((d) => ({ line: d.range.start.line, message: renderMessage(d, options.locale) }));
  const message: RenderMessage = {
    type: 'render',
    uri: options.uri,
    source: diagram.source,
    messages: diagram.messages,
    notes: diagram.notes,
    errors,
    locked: options.locked,
    showStates: options.showStates,
    ...(options.cursorLine !== undefined ? { cursorLine: options.cursorLine } : {}),
  };
  return { message, diagram };
}

/** True when the cursor has left the drawn window of a long flow, so the window must move. */
export function cursorLeftWindow(diagram: MermaidDiagram | undefined, line: number): boolean {
  const window = diagram?.window;
  return window !== undefined && (line < window.firstLine || line > window.lastLine);
}
