/** Every string a user sees from the extension exists in English and Simplified Chinese. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { translatedMessages } from './support/l10n-keys';
import { bundle } from './support/localizer';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const json = (name: string) => JSON.parse(readFileSync(join(ROOT, name), 'utf8')) as Record<string, unknown>;

test('every message the extension translates has a zh-cn translation with the same placeholders', () => {
  const { messages, dynamic } = translatedMessages();
  // The only non-literal messages: scenario data (listed by translatedMessages) and functions that forward to vscode.l10n.t.
  assert.deepEqual(
    dynamic.map((d) => d.replace(/^.*src\/extension\//, '')).filter((d) => !d.endsWith(': vscode.l10n.t(message, ...args)')),
    ['completion/completion-items.ts: t(scenario.title)', 'completion/completion-items.ts: t(scenario.description)'],
  );
  const zh = bundle('zh-cn');
  const placeholders = (s: string) => [...s.matchAll(/\{\d+\}/g)].map((m) => m[0]).sort();
  for (const message of messages) {
    assert.ok(zh[message], `no zh-cn translation for: ${message}`);
    assert.deepEqual(placeholders(zh[message]!), placeholders(message), message);
  }
  assert.ok(messages.size > 40);
});

test('package.json contributions are localized in both languages', () => {
  const manifest = readFileSync(join(ROOT, 'package.json'), 'utf8');
  const keys = [...manifest.matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]!);
  assert.ok(keys.includes('tcpflow.command.newExercise'));
  const english = json('package.nls.json');
  const chinese = json('package.nls.zh-cn.json');
  for (const key of keys) {
    assert.ok(typeof english[key] === 'string', `package.nls.json lacks ${key}`);
    assert.ok(typeof chinese[key] === 'string', `package.nls.zh-cn.json lacks ${key}`);
  }
  assert.deepEqual(Object.keys(chinese).sort(), Object.keys(english).sort());
});

test('the manifest runs in untrusted and virtual workspaces and activates only on the language or the commands', () => {
  const manifest = json('package.json') as {
    capabilities: { untrustedWorkspaces: { supported: unknown }; virtualWorkspaces: unknown };
    activationEvents: string[];
    l10n: string;
  };
  assert.equal(manifest.capabilities.untrustedWorkspaces.supported, true);
  assert.equal(manifest.capabilities.virtualWorkspaces, true);
  // onWebviewPanel restores a preview left open when VS Code restarts: still ours, still no `*`.
  const ours = (e: string) => e === 'onLanguage:tcpflow' || e.startsWith('onCommand:tcpflow.') || e.startsWith('onWebviewPanel:tcpflow.');
  assert.ok(manifest.activationEvents.includes('onLanguage:tcpflow'));
  assert.ok(manifest.activationEvents.every(ours), manifest.activationEvents.join());
  assert.equal(manifest.l10n, './l10n');
});
