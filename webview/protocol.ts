/**
 * The messages between the preview panel (extension host) and its webview.
 * Both sides import these types (the extension with `import type` only, so no
 * browser code reaches the host bundle), and each side checks what it
 * receives before acting on it: a webview is a separate, untrusted page.
 */

/** A source line (0-based) that a drawn message or note comes from. */
export interface DiagramItem {
  readonly line: number;
}

/** A syntax error the banner lists while the last good diagram stays up. */
export interface BannerError {
  readonly line: number;
  readonly message: string;
}

/** Every string the webview shows, localized by the extension and written into the page (`data-strings` on its body). */
export interface WebviewStrings {
  readonly zoomIn: string;
  readonly zoomOut: string;
  readonly zoomFit: string;
  readonly toggleStates: string;
  readonly exportSvg: string;
  readonly exportPng: string;
  readonly copySource: string;
  readonly lock: string;
  readonly unlock: string;
  /** `{0}` is replaced by the line numbers. */
  readonly syntaxErrors: string;
  /** `{0}` is replaced by Mermaid's own message. */
  readonly renderFailed: string;
  readonly empty: string;
}

/** What the webview keeps across reloads (`vscode.setState`), read back by the serializer. */
export interface PreviewState {
  readonly uri?: string;
  readonly locked?: boolean;
  readonly showStates?: boolean;
  readonly zoom?: number;
}

export type ExportFormat = 'svg' | 'png';

/** Extension → webview. */
export type ToWebview =
  | {
      readonly type: 'render';
      /** The document the diagram is of, for the persisted state. */
      readonly uri: string;
      readonly source: string;
      readonly messages: readonly DiagramItem[];
      readonly notes: readonly DiagramItem[];
      /** Syntax errors: when present the webview keeps its last good diagram. */
      readonly errors: readonly BannerError[];
      readonly locked: boolean;
      readonly showStates: boolean;
      /** The cursor's line, highlighted once the diagram is drawn. */
      readonly cursorLine?: number;
    }
  | { readonly type: 'highlight'; readonly line: number }
  | { readonly type: 'export'; readonly format: ExportFormat };

/** Webview → extension. */
export type FromWebview =
  | { readonly type: 'ready' }
  | { readonly type: 'reveal'; readonly line: number }
  /** The SVG markup, or the PNG as a `data:image/png;base64,` URL. */
  | { readonly type: 'exported'; readonly format: ExportFormat; readonly data: string }
  | { readonly type: 'toggle-states' }
  | { readonly type: 'toggle-lock' }
  | { readonly type: 'copy-source' };
