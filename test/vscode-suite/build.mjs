// Bundles the extension-host suite into dist/vscode-suite/index.js (see index.ts).
import * as esbuild from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
await esbuild.build({
  entryPoints: [join(root, 'test', 'vscode-suite', 'index.ts')],
  outfile: join(root, 'dist', 'vscode-suite', 'index.js'),
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: 'inline',
  external: ['vscode', 'mocha'],
  logLevel: 'warning',
});
