/** The webview bundle works offline under the webview CSP: one file, Mermaid inside, nothing loaded later. */
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const DIST = join(import.meta.dirname, '..', '..', 'dist');

it('dist/webview.js is one script with Mermaid 11 inside and no dynamic import or chunk', () => {
  const bundle = readFileSync(join(DIST, 'webview.js'), 'utf8');
  assert.doesNotMatch(bundle, /\bimport\s*\(/, 'a dynamic import would fetch a chunk the CSP forbids');
  assert.doesNotMatch(bundle, /^\s*(?:import|export)\s[^(]/m, 'an IIFE, not a module');
  assert.match(bundle, /sequenceDiagram/);
  const version = (JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'node_modules', 'mermaid', 'package.json'), 'utf8')) as { version: string }).version;
  assert.match(version, /^11\./);
  assert.deepEqual(readdirSync(DIST).filter((f) => f.startsWith('webview') && f.endsWith('.js')), ['webview.js']);
  assert.doesNotMatch(bundle, /https:\/\/cdn\.jsdelivr|unpkg\.com/);
});
