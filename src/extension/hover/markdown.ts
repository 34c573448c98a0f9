/** Markdown for hovers: text from the core or the user is escaped, never interpreted. */

export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~]/g, '\\$&');
}

/** Inline code; backticks inside are impossible in our tokens, so a single pair is enough. */
export function code(text: string): string {
  return `\`${text.replace(/`/g, "'")}\``;
}

export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}
