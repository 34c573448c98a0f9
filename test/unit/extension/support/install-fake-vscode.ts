/**
 * Import this first: afterwards `require('vscode')` loads fake-vscode.ts.
 * Test files run as CommonJS under tsx, so the resolver can be redirected.
 */
import Module from 'node:module';
import { join } from 'node:path';

const resolver = Module as unknown as { _resolveFilename: (request: string, ...rest: unknown[]) => string };
const resolve = resolver._resolveFilename;
resolver._resolveFilename = function (request: string, ...rest: unknown[]): string {
  if (request === 'vscode') return join(import.meta.dirname, 'fake-vscode.ts');
  return resolve.call(this, request, ...rest);
};
