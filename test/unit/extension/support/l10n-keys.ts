/**
 * The English messages the extension passes to `vscode.l10n.t` (or to the
 * Translate function that stands for it), found in the source by syntax.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { SCENARIOS } from '../../../../src/extension/snippets/scenarios';

export const EXTENSION_SOURCE = join(import.meta.dirname, '..', '..', '..', '..', 'src', 'extension');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return entry.endsWith('.ts') ? [path] : [];
  });
}

function isTranslateCall(node: ts.CallExpression): boolean {
  const callee = node.expression;
  if (ts.isIdentifier(callee)) return callee.text === 't';
  return ts.isPropertyAccessExpression(callee) && callee.name.text === 't';
}

/** Every literal message, and the calls whose message is not a literal (which no bundle can cover). */
export function translatedMessages(dir = EXTENSION_SOURCE): { messages: Set<string>; dynamic: string[] } {
  const messages = new Set<string>();
  const dynamic: string[] = [];
  for (const file of sourceFiles(dir)) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (ts.isCallExpression(node) && isTranslateCall(node)) {
        const first = node.arguments[0];
        if (first && (ts.isStringLiteral(first) || ts.isNoSubstitutionTemplateLiteral(first))) messages.add(first.text);
        else if (first) dynamic.push(`${file}: ${node.getText()}`);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  // Scenario titles and descriptions reach t() through a variable; they are data, listed here.
  for (const scenario of SCENARIOS) {
    messages.add(scenario.title);
    messages.add(scenario.description);
  }
  return { messages, dynamic };
}
