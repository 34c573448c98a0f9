// Command titles as the Command Palette shows them in English, read from the
// extension's own manifest, so a renamed command needs no test edit.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repositoryRoot } from '../../../scripts/test-vscode/vsix';

interface CommandContribution {
  command: string;
  title: string;
  category?: string;
}

function readJson(name: string): unknown {
  return JSON.parse(readFileSync(join(repositoryRoot, name), 'utf8'));
}

function localized(text: string, nls: Record<string, string>): string {
  const key = /^%(.+)%$/.exec(text)?.[1];
  return key === undefined ? text : nls[key] ?? text;
}

export function commandTitle(id: string): string {
  const manifest = readJson('package.json') as { contributes?: { commands?: CommandContribution[] } };
  const nls = readJson('package.nls.json') as Record<string, string>;
  const command = manifest.contributes?.commands?.find((c) => c.command === id);
  if (!command) throw new Error(`package.json contributes no command ${id}`);
  const title = localized(command.title, nls);
  return command.category ? `${localized(command.category, nls)}: ${title}` : title;
}
