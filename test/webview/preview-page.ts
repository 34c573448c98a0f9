/**
 * The preview webview in headless Chromium: the built dist/webview.js in the
 * very page the extension serves (same HTML, same CSP), with a stand-in for
 * `acquireVsCodeApi` that records what the webview posts, and VS Code's
 * theme variables for a light and a dark theme.
 */
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type Page } from 'playwright-core';
import { analyze } from '../../src/core/index';
import { newNonce, previewHtml } from '../../src/extension/preview/webview-html';
import { prepareRender, type RenderMessage, type RenderOptions } from '../../src/extension/preview/render-message';
import type { FromWebview, ToWebview } from '../../webview/protocol';
import { webviewStrings } from '../../src/extension/preview/webview-strings';
import type { Locale } from '../../src/core/index';
import { localizer } from '../unit/extension/support/localizer';

const ROOT = join(import.meta.dirname, '..', '..');
export const FIXTURES = join(ROOT, 'test', 'fixtures', 'rfc9293');

/** On the root element, where VS Code sets them (the body only carries the theme's class). */
const THEMES = `
  html:has(> body.vscode-light) { --vscode-foreground: #3b3b3b; --vscode-editor-background: #ffffff; --vscode-editor-foreground: #3b3b3b; --vscode-editorWidget-background: #f8f8f8; --vscode-editorWidget-border: #c8c8c8; --vscode-editorHoverWidget-background: #f8f8f8; --vscode-editorHoverWidget-foreground: #3b3b3b; --vscode-editorHoverWidget-border: #c8c8c8; --vscode-editorError-foreground: #e51400; --vscode-focusBorder: #005fb8; --vscode-font-family: sans-serif; }
  html:has(> body.vscode-dark) { --vscode-foreground: #cccccc; --vscode-editor-background: #1f1f1f; --vscode-editor-foreground: #cccccc; --vscode-editorWidget-background: #202020; --vscode-editorWidget-border: #454545; --vscode-editorHoverWidget-background: #202020; --vscode-editorHoverWidget-foreground: #cccccc; --vscode-editorHoverWidget-border: #454545; --vscode-editorError-foreground: #f85149; --vscode-focusBorder: #0078d4; --vscode-font-family: sans-serif; }
`;

/** The stand-in for the API VS Code injects into webviews. */
const FAKE_VSCODE_API = `
  window.__posted = [];
  window.__state = undefined;
  window.acquireVsCodeApi = () => ({
    postMessage: (message) => window.__posted.push(message),
    getState: () => window.__state,
    setState: (state) => { window.__state = state; },
  });
`;

function servePage(theme: 'light' | 'dark', locale: Locale): Promise<{ server: Server; url: string }> {
  const script = readFileSync(join(ROOT, 'dist', 'webview.js'));
  return new Promise((resolve) => {
    const server = createServer((request, response) => {
      const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      if (request.url === '/webview.js') {
        response.writeHead(200, { 'content-type': 'text/javascript' }).end(script);
        return;
      }
      const nonce = newNonce();
      const strings = webviewStrings(localizer(locale).t);
      const html = previewHtml({ cspSource: origin, scriptUri: `${origin}/webview.js`, nonce, lang: locale, strings })
        .replace('</head>', `<style>${THEMES}</style></head>`)
        .replace(/<body([^>]*)>/, `<body class="vscode-${theme}"$1><script nonce="${nonce}">${FAKE_VSCODE_API}</script>`);
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
    });
    server.listen(0, '127.0.0.1', () => resolve({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/` }));
  });
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export class PreviewPage {
  private constructor(
    readonly page: Page,
    private readonly server: Server,
    /** Errors the page threw or logged: a test fails on any. */
    readonly pageErrors: string[],
  ) {}

  static async open(browser: Browser, theme: 'light' | 'dark' = 'light', locale: Locale = 'en'): Promise<PreviewPage> {
    const { server, url } = await servePage(theme, locale);
    const page = await browser.newPage({ viewport: { width: 900, height: 700 } });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(url);
    const preview = new PreviewPage(page, server, errors);
    await page.waitForFunction(() => (window as unknown as { __posted: FromWebview[] }).__posted.some((m) => m.type === 'ready'));
    return preview;
  }

  async post(message: ToWebview | Record<string, unknown>): Promise<void> {
    await this.page.evaluate((m) => window.postMessage(m, '*'), message);
  }

  /** Posts a render and waits until the diagram in the viewport is the one drawn from it. */
  async render(message: RenderMessage): Promise<void> {
    await this.page.evaluate(() => document.querySelector('#viewport svg')?.setAttribute('data-old', ''));
    await this.post(message);
    await this.page.waitForFunction(() => {
      const svg = document.querySelector('#viewport svg');
      return svg !== null && !svg.hasAttribute('data-old');
    }, undefined, { timeout: 20_000 });
  }

  posted(): Promise<FromWebview[]> {
    return this.page.evaluate(() => (window as unknown as { __posted: FromWebview[] }).__posted);
  }

  async close(): Promise<void> {
    await this.page.close();
    await new Promise((resolve) => this.server.close(resolve));
  }
}

export function renderMessageFor(text: string, options: Partial<RenderOptions> = {}): RenderMessage {
  return prepareRender(analyze(text), { uri: 'file:///exercise.tcpflow', locale: 'en', locked: false, showStates: true, ...options }).message;
}

export function fixture(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8');
}
