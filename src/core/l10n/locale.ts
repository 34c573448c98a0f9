/** The languages tcpflow speaks. */
export type Locale = 'en' | 'zh-cn';

export const LOCALES: readonly Locale[] = ['en', 'zh-cn'];

/**
 * The locale for a language tag such as VS Code's `zh-cn`, a POSIX LANG such
 * as `zh_CN.UTF-8`, or a BCP 47 tag such as `zh-Hans`. Chinese in any form
 * gets Simplified Chinese, the only Chinese catalogue we have; the rest English.
 */
export function localeFrom(tag: string | undefined): Locale {
  if (!tag) return 'en';
  return /^zh([-_.@]|$)/i.test(tag.trim()) ? 'zh-cn' : 'en';
}

/** Fills `{name}` placeholders; unknown ones stay visible so a gap is noticed. */
export function fillTemplate(template: string, args: Readonly<Record<string, string>>): string {
  return template.replace(/\{([A-Za-z0-9_]+)\}/g, (whole, name: string) => args[name] ?? whole);
}
