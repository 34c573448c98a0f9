/** The webview's strings in the user's language (the page itself has no l10n). */
import type { Translate } from '../l10n/localizer';
import type { WebviewStrings } from '../../../webview/protocol';

/** `t` is `vscode.l10n.t`; tests pass one that reads the bundles. */
export function webviewStrings(t: Translate): WebviewStrings {
  return {
    zoomIn: t('Zoom In'),
    zoomOut: t('Zoom Out'),
    zoomFit: t('Fit to Width'),
    toggleStates: t('Show or Hide States'),
    exportSvg: t('Export Diagram as SVG'),
    exportPng: t('Export Diagram as PNG'),
    copySource: t('Copy Mermaid Source'),
    lock: t('Lock Preview'),
    unlock: t('Unlock Preview'),
    syntaxErrors: t('Syntax errors on line {0}: showing the last correct diagram.', '{0}'),
    renderFailed: t('The diagram could not be drawn: {0}', '{0}'),
    empty: t('Nothing to draw yet.'),
  };
}
