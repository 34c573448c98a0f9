/**
 * The extension's own conversion of an analysis to what the Problems view
 * gets (vscodeDiagnosticsFor, with its default cap), for bench workers that
 * are bundled with `vscode` aliased to test/unit/extension/support/fake-vscode.ts.
 */
import type { Analysis } from '../src/core/index';
import { DEFAULT_DIAGNOSTIC_SETTINGS } from '../src/extension/diagnostics/selection';
import { vscodeDiagnosticsFor } from '../src/extension/diagnostics/vscode-diagnostics';
import type { Localizer } from '../src/extension/l10n/localizer';

const localizer: Localizer = { locale: 'en', t: (message, ...args) => message.replace(/\{(\d+)\}/g, (_, i: string) => String(args[Number(i)])) };
const uri = { toString: () => 'file:///bench.tcpflow' };

/** How many diagnostics the editor publishes for this analysis. */
export function publishDiagnostics(analysis: Analysis): number {
  return vscodeDiagnosticsFor(analysis, uri as never, DEFAULT_DIAGNOSTIC_SETTINGS, localizer).length;
}
