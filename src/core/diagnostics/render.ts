/** Turns diagnostics and phrases into text in one language. */
import { DIAGNOSTICS } from './catalogue';
import { PHRASES } from '../l10n/phrases';
import { fillTemplate, type Locale } from '../l10n/locale';
import type { Diagnostic, MessageArg, Phrase } from './diagnostic';

function renderArgs(args: Readonly<Record<string, MessageArg>> | undefined, locale: Locale): Record<string, string> {
  const out: Record<string, string> = {};
  if (!args) return out;
  for (const [name, value] of Object.entries(args)) {
    out[name] = typeof value === 'object' ? renderPhrase(value, locale) : String(value);
  }
  return out;
}

export function renderPhrase(phrase: Phrase, locale: Locale): string {
  return fillTemplate(PHRASES[phrase.key][locale], renderArgs(phrase.args, locale));
}

export function renderMessage(diagnostic: Diagnostic, locale: Locale): string {
  return fillTemplate(DIAGNOSTICS[diagnostic.code][locale], renderArgs(diagnostic.args, locale));
}
