// One end-to-end session: the packaged extension installed into the test
// VS Code, a scratch copy of the fixture workspace opened in it, and Debian's
// Chromium showing the workbench. close() stops all of it.
import type { Browser, Page } from 'playwright-core';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium } from '../../../scripts/test-vscode/chromium';
import { startCodeServer, type RunningCodeServer } from '../../../scripts/test-vscode/code-server';
import { packageExtension, repositoryRoot } from '../../../scripts/test-vscode/vsix';
import { Workbench } from './workbench';

export const artifactsDir = join(repositoryRoot, 'test-artifacts', 'e2e');
export const fixturesDir = join(repositoryRoot, 'test', 'e2e', 'fixtures');

export interface Session {
  readonly server: RunningCodeServer;
  readonly browser: Browser;
  readonly page: Page;
  readonly workbench: Workbench;
  /** The scratch workspace on disk: tests read saved files from here. */
  readonly workspace: string;
  close(): Promise<void>;
}

let packaged: string | undefined;

/**
 * The .vsix: the one `npm run test:e2e` packaged up front, or, when a suite
 * runs alone, one packaged once per test process.
 */
function vsix(): string {
  packaged ??= process.env.TCPFLOW_E2E_VSIX ?? packageExtension(join(artifactsDir, 'tcpflow.vsix'));
  return packaged;
}

/**
 * Typing in a test must produce exactly the keys typed: suggestions accepted
 * by Enter, auto-closed quotes and pop-ups that cover the editor would not.
 */
const typingSettings = {
  'editor.quickSuggestions': { other: 'off', comments: 'off', strings: 'off' },
  'editor.suggestOnTriggerCharacters': false,
  'editor.acceptSuggestionOnEnter': 'off',
  'editor.autoClosingBrackets': 'never',
  'editor.autoClosingQuotes': 'never',
  'editor.parameterHints.enabled': false,
  'editor.minimap.enabled': false,
  'editor.hover.delay': 200,
  'files.autoSave': 'off',
  'workbench.colorTheme': 'Default Light Modern',
};

export async function openSession(): Promise<Session> {
  const scratch = mkdtempSync(join(tmpdir(), 'tcpflow-e2e-'));
  const workspace = join(scratch, 'workspace');
  cpSync(join(fixturesDir, 'workspace'), workspace, { recursive: true });
  mkdirSync(artifactsDir, { recursive: true });

  let server: RunningCodeServer | undefined;
  let browser: Browser | undefined;
  const close = async () => {
    await browser?.close().catch(() => undefined);
    await server?.stop();
    rmSync(scratch, { recursive: true, force: true, maxRetries: 3 });
  };
  try {
    server = await startCodeServer({
      folder: workspace,
      vsix: [vsix()],
      settings: typingSettings,
      stateDir: join(scratch, 'vscode'),
    });
    browser = await launchChromium();
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const workbench = new Workbench(page, artifactsDir);
    await workbench.open(server.url);
    return { server, browser, page, workbench, workspace, close };
  } catch (error) {
    await close();
    throw error;
  }
}
