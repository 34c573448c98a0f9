/**
 * Escaping user text for Mermaid sequence-diagram source. Anything beyond a
 * small safe set becomes a Mermaid entity (`#35;`), so that `;`, `#`, `%%`,
 * `<`, `>`, quotes, colons, arrows and non-ASCII text can neither end a
 * statement nor reach the SVG as markup; the keyword `end` is broken up for
 * the same reason.
 */
const SAFE = /[A-Za-z0-9 .,=+_()/?!'*\[\]-]/;
const MAX_LABEL = 200;

export function escapeMermaidText(text: string): string {
  const shortened = [...text].length > MAX_LABEL ? `${[...text].slice(0, MAX_LABEL - 1).join('')}…` : text;
  let out = '';
  for (const char of shortened) {
    if (char === '\n' || char === '\r' || char === '\t') out += ' ';
    else if (SAFE.test(char)) out += char;
    else out += `#${char.codePointAt(0)};`;
  }
  // `end` closes Mermaid blocks wherever the lexer sees it as a word.
  return out.replace(/\bend\b/gi, (word) => `#${word.charCodeAt(0)};${word.slice(1)}`);
}
