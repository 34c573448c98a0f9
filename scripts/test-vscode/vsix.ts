// Packages the extension exactly as a user receives it: `npm run package`
// (@vscode/vsce, offline), so the suites test the .vsix, not the work tree.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repositoryRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export function packageExtension(outFile: string): string {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['run', '--silent', 'package', '--', '--out', outFile], {
    cwd: repositoryRoot,
    encoding: 'utf8',
    timeout: 300_000,
  });
  if (result.status !== 0 || !existsSync(outFile)) {
    throw new Error(`npm run package failed (${result.status ?? result.signal}):\n${result.stdout}${result.stderr}`);
  }
  return outFile;
}

export const examplesFolder = join(repositoryRoot, 'examples');
