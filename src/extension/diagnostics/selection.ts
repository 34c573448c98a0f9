/**
 * Which of the core's diagnostics the editor shows: the user may hide
 * warnings and information, and a pasted capture with thousands of
 * problems is cut to the first few so that the Problems view stays usable.
 */
import type { Diagnostic } from '../../core/index';

export interface DiagnosticSettings {
  readonly showWarnings: boolean;
  readonly showInformation: boolean;
  /** At most this many are shown; the rest are counted. */
  readonly maxProblems: number;
}

export const DEFAULT_DIAGNOSTIC_SETTINGS: DiagnosticSettings = { showWarnings: true, showInformation: true, maxProblems: 1000 };

export interface DiagnosticSelection {
  readonly shown: readonly Diagnostic[];
  /** How many the settings let through but the cap left out. */
  readonly omitted: number;
}

export function selectDiagnostics(diagnostics: readonly Diagnostic[], settings: DiagnosticSettings): DiagnosticSelection {
  const limit = Math.max(1, Math.floor(settings.maxProblems));
  const shown: Diagnostic[] = [];
  let omitted = 0;
  for (const diagnostic of diagnostics) {
    if (diagnostic.severity === 'warning' && !settings.showWarnings) continue;
    if (diagnostic.severity === 'information' && !settings.showInformation) continue;
    if (shown.length < limit) shown.push(diagnostic);
    else omitted++;
  }
  return { shown, omitted };
}
