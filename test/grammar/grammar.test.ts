/**
 * The TextMate grammar: the hand-written scope assertions in *.test.tcpflow
 * (vscode-tmgrammar-test), and a check that every flag, state and action the
 * core knows is coloured, so that the grammar cannot fall behind the core.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { TCP_FLAGS, TCP_STATES, ACTIONS } from '../../src/core/index';

const root = join(import.meta.dirname, '..', '..');
const grammarPath = join(root, 'syntaxes', 'tcpflow.tmLanguage.json');
const require = createRequire(import.meta.url);

test('the scope assertions in test/grammar/*.test.tcpflow hold', () => {
  const cli = join(root, 'node_modules', 'vscode-tmgrammar-test', 'dist', 'unit.js');
  const run = spawnSync(process.execPath, [cli, '--compact', '-g', grammarPath, 'test/grammar/*.test.tcpflow'], { cwd: root, encoding: 'utf8' });
  assert.equal(run.status, 0, `${run.stdout}\n${run.stderr}`);
  assert.match(run.stdout, /run successfuly|✓/);
});

interface Token {
  readonly text: string;
  readonly scopes: readonly string[];
}

async function tokenizer(): Promise<(line: string) => Token[]> {
  const textmate = require('vscode-textmate') as typeof import('vscode-textmate');
  const oniguruma = require('vscode-oniguruma') as typeof import('vscode-oniguruma');
  const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new textmate.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (s: string) => new oniguruma.OnigString(s),
    }),
    loadGrammar: async () => textmate.parseRawGrammar(readFileSync(grammarPath, 'utf8'), grammarPath),
  });
  const grammar = await registry.loadGrammar('source.tcpflow');
  assert.ok(grammar);
  return (line) =>
    grammar.tokenizeLine(line, textmate.INITIAL).tokens.map((t) => ({ text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes }));
}

function scopeOf(tokens: readonly Token[], text: string): readonly string[] {
  const token = tokens.find((t) => t.text === text);
  assert.ok(token, `no token '${text}' in ${JSON.stringify(tokens.map((t) => t.text))}`);
  return token.scopes;
}

test('every flag, state and action of the core gets its scope, in any case', async () => {
  const tokenize = await tokenizer();
  for (const flag of TCP_FLAGS) {
    for (const written of [flag, flag.toLowerCase()]) {
      assert.ok(scopeOf(tokenize(`A -> B: ${written} seq=1`), written).includes('constant.language.flag.tcpflow'), written);
    }
  }
  for (const state of TCP_STATES) {
    for (const written of [state, state.toLowerCase(), state.replace(/_/g, '-')]) {
      // `A: listen` is the action (a passive open), so the lower-case state is tested in a declaration only.
      if (written !== 'listen') assert.ok(scopeOf(tokenize(`A: ${written}`), written).includes('variable.other.enummember.state.tcpflow'), written);
      assert.ok(scopeOf(tokenize(`server B ${written}`), written).includes('variable.other.enummember.state.tcpflow'), written);
    }
  }
  for (const action of ACTIONS) {
    assert.ok(scopeOf(tokenize(`A: ${action}`), action).includes('support.function.action.tcpflow'), action);
  }
});

test('words that only look like keywords are not coloured as such', async () => {
  const tokenize = await tokenizer();
  // An endpoint may be called `client`; `client` is a keyword only where a declaration starts.
  const tokens = tokenize('client -> server: SYN');
  assert.ok(scopeOf(tokens, 'client').includes('entity.name.type.endpoint.tcpflow'));
  assert.ok(!scopeOf(tokens, 'client').includes('storage.type.role.tcpflow'));
  // A state name inside a comment stays a comment.
  const comment = tokenize('A: ESTABLISHED # not yet CLOSED');
  assert.ok(!comment.some((t) => t.text.includes('CLOSED') && t.scopes.includes('variable.other.enummember.state.tcpflow')));
  // `ack=` with a symbol is the field, not the flag.
  assert.ok(scopeOf(tokenize('A -> B: ACK ack=y+1'), 'ack').includes('support.type.property-name.field.tcpflow'));
});

test('the word pattern keeps FIN_WAIT_1, x+1 and names in any script whole, and stops at = : ->', () => {
  const configuration = JSON.parse(readFileSync(join(root, 'syntaxes', 'language-configuration.json'), 'utf8')) as {
    wordPattern: { pattern: string; flags: string };
    comments: { lineComment: string };
    autoClosingPairs: Array<{ open: string; close: string }>;
  };
  // VS Code adds the global flag when it scans a line for words.
  const words = (line: string) => line.match(new RegExp(configuration.wordPattern.pattern, `${configuration.wordPattern.flags}g`)) ?? [];
  assert.deepEqual(words('A: FIN_WAIT_1'), ['A', 'FIN_WAIT_1']);
  assert.deepEqual(words('B -> A: SYN, ACK seq=y ack=isn_a+101'), ['B', 'A', 'SYN', 'ACK', 'seq', 'y', 'ack', 'isn_a+101']);
  assert.deepEqual(words('客户端->host-2: ACK seq=x-1'), ['客户端', 'host-2', 'ACK', 'seq', 'x-1']);
  assert.equal(configuration.comments.lineComment, '#');
  assert.ok(configuration.autoClosingPairs.some((p) => p.open === '"' && p.close === '"'));
});
