/**
 * The preview page. A strict Content Security Policy: the one bundled script
 * runs by nonce; styles may be inline because Mermaid writes its own into the
 * SVG; images only from the bundle or data URLs (the PNG export draws one).
 * Pure, so the webview tests load the very same page.
 */
import type { WebviewStrings } from '../../../webview/protocol';

export interface PreviewPage {
  /** `webview.cspSource`. */
  readonly cspSource: string;
  /** `webview.asWebviewUri(dist/webview.js)`. */
  readonly scriptUri: string;
  readonly nonce: string;
  /** BCP 47 language of the page, such as `zh-cn`. */
  readonly lang: string;
  readonly strings: WebviewStrings;
}

const escapeAttribute = (text: string): string => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function newNonce(random: () => number = Math.random): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  let nonce = '';
  for (let i = 0; i < 32; i++) nonce += alphabet.charAt(Math.floor(random() * alphabet.length));
  return nonce;
}

const STYLE = `
  html, body { height: 100%; margin: 0; padding: 0; overflow: hidden; }
  body { display: flex; flex-direction: column; background: var(--vscode-editor-background); color: var(--vscode-editor-foreground); font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); }
  #toolbar { display: flex; gap: 2px; padding: 2px 6px; border-bottom: 1px solid var(--vscode-panel-border, transparent); flex: none; }
  #banner { flex: none; padding: 3px 8px; color: var(--vscode-inputValidation-errorForeground, var(--vscode-editor-foreground)); background: var(--vscode-inputValidation-errorBackground, rgba(229, 20, 0, 0.15)); border-bottom: 1px solid var(--vscode-inputValidation-errorBorder, var(--vscode-editorError-foreground, #e51400)); white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
  #viewport { flex: 1; overflow: auto; padding: 8px; }
  #viewport svg { display: block; }
  #empty { padding: 16px; opacity: 0.7; }
  #stage { position: absolute; left: -100000px; top: 0; visibility: hidden; }
  [data-line] { cursor: pointer; }
  [data-line]:focus { outline: 1px solid var(--vscode-focusBorder, #0078d4); outline-offset: 2px; }
  .messageLine0[data-line], .messageLine1[data-line] { pointer-events: stroke; stroke-width: 2px; }
  text.tcpflow-highlight { fill: var(--vscode-editorLink-activeForeground, var(--vscode-focusBorder, #0078d4)) !important; font-weight: bold; }
  line.tcpflow-highlight { stroke: var(--vscode-focusBorder, #0078d4) !important; stroke-width: 3px !important; }
  g.tcpflow-highlight > rect.note { stroke: var(--vscode-focusBorder, #0078d4) !important; stroke-width: 2px !important; }
  /* The generator puts illegal lines in rect blocks: tint them with the theme's error colour. */
  #viewport rect.rect { fill: color-mix(in srgb, var(--vscode-editorError-foreground, #e51400) 18%, transparent) !important; }
`;

export function previewHtml(page: PreviewPage): string {
  const csp = [
    "default-src 'none'",
    `img-src ${page.cspSource} data: blob:`,
    `style-src ${page.cspSource} 'unsafe-inline'`,
    `font-src ${page.cspSource}`,
    `script-src 'nonce-${page.nonce}'`,
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="${escapeAttribute(page.lang)}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<style>${STYLE}</style>
</head>
<body data-strings="${escapeAttribute(JSON.stringify(page.strings))}">
<div id="toolbar" role="toolbar"></div>
<div id="banner" role="status" hidden></div>
<div id="viewport"><div id="empty"></div></div>
<div id="stage" aria-hidden="true"></div>
<script nonce="${page.nonce}" src="${page.scriptUri}"></script>
</body>
</html>`;
}
