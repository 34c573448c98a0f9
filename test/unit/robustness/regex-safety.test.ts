// Every line a user types goes through our regular expressions, on every
// keystroke. One that backtracks catastrophically freezes the extension host
// (or the CLI) on a crafted line, so each regex in src/ and webview/ is
// checked here by recheck's automaton-based ReDoS checker, and a RegExp built
// from a non-constant string, which nothing can check, fails the test too.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { checkSync } from 'recheck';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const SCANNED = ['src', 'webview'];

interface FoundRegex {
  readonly where: string;
  readonly source: string;
  readonly flags: string;
}

interface Uncheckable {
  readonly where: string;
  readonly text: string;
}

function sourceFiles(dir: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|mts|js|mjs)$/.test(entry) && !entry.endsWith('.d.ts') ? [path] : [];
  });
}

function constantString(node: ts.Expression | undefined): string | undefined {
  if (node === undefined) return '';
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  return undefined;
}

/** Regex literals and `RegExp(...)` / `new RegExp(...)` calls in one file. */
function regexesIn(fileName: string, text: string): { found: FoundRegex[]; uncheckable: Uncheckable[] } {
  const file = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
  const found: FoundRegex[] = [];
  const uncheckable: Uncheckable[] = [];
  const where = (node: ts.Node) => `${relative(ROOT, fileName)}:${file.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const literal = node.getText();
      const end = literal.lastIndexOf('/');
      found.push({ where: where(node), source: literal.slice(1, end), flags: literal.slice(end + 1) });
    } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') {
      const [patternArg, flagsArg] = node.arguments ?? [];
      const source = patternArg && ts.isRegularExpressionLiteral(patternArg) ? undefined : constantString(patternArg);
      const flags = constantString(flagsArg);
      // new RegExp(/literal/) is already checked as a literal.
      if (patternArg && ts.isRegularExpressionLiteral(patternArg)) {
        if (flags === undefined) uncheckable.push({ where: where(node), text: node.getText() });
      } else if (source === undefined || flags === undefined) {
        uncheckable.push({ where: where(node), text: node.getText() });
      } else {
        found.push({ where: where(node), source, flags });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return { found, uncheckable };
}

function allRegexes() {
  const found: FoundRegex[] = [];
  const uncheckable: Uncheckable[] = [];
  for (const dir of SCANNED) {
    for (const path of sourceFiles(join(ROOT, dir))) {
      const result = regexesIn(path, readFileSync(path, 'utf8'));
      found.push(...result.found);
      uncheckable.push(...result.uncheckable);
    }
  }
  return { found, uncheckable };
}

// The pure-JS checker, in this process: it needs neither Java, nor the
// native binary, nor a worker thread, so CI and every developer machine give
// the same answer. recheck reads this at each call.
process.env['RECHECK_SYNC_BACKEND'] = 'pure';

function verdict(regex: { source: string; flags: string }) {
  return checkSync(regex.source, regex.flags, { timeout: 10_000 });
}

test('the checker itself tells a catastrophic regex from a safe one', () => {
  // Guards against a checker that says "safe" to everything (or a scanner
  // that finds nothing): both directions are exercised on the same code path.
  const { found } = regexesIn('probe.ts', 'const a = /^(a+)+$/; const b = new RegExp("(x|x)*y", "i"); const c = /^[A-Z]+$/;');
  assert.deepEqual(
    found.map((r) => [r.source, r.flags, verdict(r).status]),
    [
      ['^(a+)+$', '', 'vulnerable'],
      ['(x|x)*y', 'i', 'vulnerable'],
      ['^[A-Z]+$', '', 'safe'],
    ],
  );
  const dynamic = regexesIn('probe.ts', 'const d = new RegExp(userText);');
  assert.equal(dynamic.uncheckable.length, 1);
});

test('no regular expression in src/ or webview/ can backtrack catastrophically', () => {
  const { found, uncheckable } = allRegexes();
  assert.ok(found.length > 0, 'the scan found no regex at all: is it looking in the right place?');
  const unsafe = found
    .map((r) => ({ ...r, result: verdict(r) }))
    .filter((r) => r.result.status !== 'safe')
    .map((r) => `${r.where}: /${r.source}/${r.flags} is ${r.result.status}${r.result.status === 'vulnerable' ? ` (${r.result.complexity.summary}; attack ${JSON.stringify(r.result.attack.pattern)})` : ''}`);
  assert.deepEqual(unsafe, [], `regexes that can backtrack catastrophically:\n${unsafe.join('\n')}`);
  assert.deepEqual(
    uncheckable.map((u) => `${u.where}: ${u.text}`),
    [],
    'RegExp built from a non-constant pattern cannot be checked: write it as a literal',
  );
});
