/**
 * A Localizer like the extension's, reading the real l10n bundle, so tests
 * see what a user of each language sees. In Chinese, a message missing from
 * the bundle fails loudly instead of falling back to English.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locale } from '../../../../src/core/index';
import type { Localizer } from '../../../../src/extension/l10n/localizer';

export const L10N_DIR = join(import.meta.dirname, '..', '..', '..', '..', 'l10n');

export function bundle(locale: Locale): Record<string, string> {
  if (locale === 'en') return {};
  return JSON.parse(readFileSync(join(L10N_DIR, `bundle.l10n.${locale}.json`), 'utf8')) as Record<string, string>;
}

/** `{0}`-style placeholders, as vscode.l10n.t fills them. */
export function format(message: string, args: readonly unknown[]): string {
  return message.replace(/\{(\d+)\}/g, (whole, index: string) => (Number(index) < args.length ? String(args[Number(index)]) : whole));
}

export function localizer(locale: Locale): Localizer {
  const messages = bundle(locale);
  return {
    locale,
    t: (message, ...args) => {
      if (locale !== 'en' && messages[message] === undefined) throw new Error(`no ${locale} translation for: ${message}`);
      return format(messages[message] ?? message, args);
    },
  };
}

export const en = localizer('en');
export const zh = localizer('zh-cn');
