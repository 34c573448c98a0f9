/**
 * Activation time without a running VS Code: `require` the built
 * dist/extension.js with a stand-in `vscode` module and call `activate` with
 * a fake context, in a fresh process. Usage: activation EXTENSION_JS
 */
import { readFileSync } from 'node:fs';
import Module from 'node:module';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { report } from '../measure';

const [extensionJs] = process.argv.slice(2);
if (!extensionJs) throw new Error('usage: activation EXTENSION_JS');

/**
 * Any property of the stand-in is another stand-in, any call returns one,
 * and it turns into '' or 0 where a primitive is wanted. Calls whose result
 * the extension relies on keep their meaning: `l10n.t` returns its message
 * and a configuration's `get(key, fallback)` returns the fallback.
 */
function standIn(path: string): unknown {
  const cache = new Map<PropertyKey, unknown>();
  const target = function () {} as unknown as object;
  return new Proxy(target, {
    get(_t, key) {
      if (key === 'then') return undefined; // not a promise
      if (key === Symbol.toPrimitive) return (hint: string) => (hint === 'number' ? 0 : '');
      if (key === Symbol.iterator) return function* () {};
      if (!cache.has(key)) cache.set(key, standIn(`${path}.${String(key)}`));
      return cache.get(key);
    },
    apply(_t, _this, args: unknown[]) {
      if (path.endsWith('.t') && typeof args[0] === 'string') return args[0];
      if (path.endsWith('.get') && args.length >= 2) return args[1];
      return standIn(`${path}()`);
    },
    construct() {
      return standIn(`new ${path}`) as object;
    },
  });
}

/**
 * The module itself is a plain object with every name the real API exports
 * (read from @types/vscode), because bundled ES imports copy the module's
 * own properties: a bare Proxy would arrive empty.
 */
const API_NAMES = [...readFileSync(join(process.cwd(), 'node_modules/@types/vscode/index.d.ts'), 'utf8').matchAll(/^\texport (?:namespace|class|enum|function|const|let|var) (\w+)/gm)].map((m) => m[1]!);
const vscode = Object.fromEntries(API_NAMES.map((name) => [name, standIn(`vscode.${name}`)]));
const load = (Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown })._load;
(Module as unknown as { _load: typeof load })._load = function (request: string, ...rest: unknown[]) {
  return request === 'vscode' ? vscode : load.call(this, request, ...rest);
};

const context = new Proxy(
  { subscriptions: [] as unknown[], extensionPath: process.cwd(), asAbsolutePath: (p: string) => p },
  { get: (t, key) => (key in t ? t[key as keyof typeof t] : (standIn(`context.${String(key)}`) as never)) },
);

const start = performance.now();
const extension = Module.createRequire(extensionJs)(extensionJs) as { activate?: (context: unknown) => unknown };
const required = performance.now();
void Promise.resolve(extension.activate?.(context)).then(() => {
  const activated = performance.now();
  report({ requireMs: required - start, activateMs: activated - required, totalMs: activated - start, subscriptions: context.subscriptions.length });
});
