import type { Range } from '../text/range';
import type { DiagnosticCode } from './catalogue';
import type { PhraseKey } from '../l10n/phrases';

export type Severity = 'error' | 'warning' | 'information';

/**
 * A localizable piece of text: a key of the phrase catalogue and its
 * arguments. Diagnostics carry phrases, not strings, so that each front end
 * renders them in its user's language.
 */
export interface Phrase {
  readonly key: PhraseKey;
  readonly args?: Readonly<Record<string, MessageArg>>;
}

export type MessageArg = string | number | Phrase;

export interface TextEdit {
  readonly range: Range;
  readonly newText: string;
}

/** A repair the core knows to be right (the editor offers it as a quick fix). */
export interface Fix {
  readonly title: Phrase;
  readonly edits: readonly TextEdit[];
}

export interface RelatedLocation {
  readonly range: Range;
  readonly message: Phrase;
}

export interface Diagnostic {
  readonly code: DiagnosticCode;
  readonly severity: Severity;
  readonly range: Range;
  readonly args: Readonly<Record<string, MessageArg>>;
  readonly related?: readonly RelatedLocation[];
  /** 'unnecessary' greys out text that has no effect (a segment the receiver drops). */
  readonly tags?: readonly 'unnecessary'[];
  readonly fixes?: readonly Fix[];
}
