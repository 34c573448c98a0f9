// One end-to-end session: the packaged extension installed into the test
// VS Code, a scratch copy of the fixture workspace opened in it, and Debian's
// Chromium showing the workbench. close() stops all of it.
import { chromium, type Browser, type Page } from 'playwright-core';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumPath } from '../../../scripts/install-test-vscode.mjs';
import { startCodeServer, type RunningCodeServer } from '../../../scripts/test-vscode/code-server';
import { packageExtension, repositoryRoot } from '../../../scripts/test-vscode/vsix';
import { Workbench } from './workbench';

export const artifactsDir = join(repositoryRoot, 'test-artifacts', 'e2e');
export const fixturesDir = join(repositoryRoot, 'test', 'e2e', 'fixtures');

/** The flags this machine's closed network needs (see the README of the test setup). */
export const chromiumArgs = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export interface Session {
  readonly server: RunningCodeServer;
  readonly browser: Browser;
  readonly page: Page;
  readonly workbench: Workbench;
  /** The scratch workspace on disk: tests read saved files from here. */
  readonly workspace: string;
  close(): Promise<void>;
}

export interface SessionOptions {
  /** Settings over the harness's own. */
  settings?: Record<string, unknown>;
  locale?: string;
  env?: Record<string, string>;
  /** The folder to open instead of a scratch copy of the fixture workspace. */
  folder?: string;
  /** Query parameters of the workbench URL (a development payload, say). */
  query?: (server: RunningCodeServer) => Record<string, string>;
  /** Called before the workbench loads, e.g. to listen to the page's console. */
  onPage?: (page: Page) => void;
  /** Skip installing the packaged extension (a suite that loads it otherwise). */
  withoutVsix?: boolean;
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

export async function openSession(options: SessionOptions = {}): Promise<Session> {
  const scratch = mkdtempSync(join(tmpdir(), 'tcpflow-e2e-'));
  const workspace = options.folder ?? join(scratch, 'workspace');
  if (!options.folder) cpSync(join(fixturesDir, 'workspace'), workspace, { recursive: true });
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
      vsix: options.withoutVsix ? [] : [vsix()],
      settings: { ...typingSettings, ...options.settings },
      ...(options.locale ? { locale: options.locale } : {}),
      ...(options.env ? { env: options.env } : {}),
      stateDir: join(scratch, 'vscode'),
    });
    browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    options.onPage?.(page);
    const workbench = new Workbench(page, artifactsDir);
    await workbench.open(server.workbenchUrl(options.query?.(server)));
    return { server, browser, page, workbench, workspace, close };
  } catch (error) {
    await close();
    throw error;
  }
}
