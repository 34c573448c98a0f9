/**
 * How the adapter's pure modules speak the user's language: core phrases by
 * locale, and the adapter's own strings through a function shaped like
 * `vscode.l10n.t` (so Node tests can pass one that reads the bundles).
 */
import type { Locale } from '../../core/index';

export type Translate = (message: string, ...args: Array<string | number | boolean>) => string;

export interface Localizer {
  readonly locale: Locale;
  readonly t: Translate;
}
