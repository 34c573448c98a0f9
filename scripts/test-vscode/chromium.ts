// Debian's Chromium, launched the way this machine's closed network needs:
// without the background-networking flags it keeps trying to reach Google's
// hosts. Playwright gives each launch a fresh, temporary profile.
import { chromium, type Browser } from 'playwright-core';
import { chromiumPath } from '../install-test-vscode.mjs';

export const chromiumArgs = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
}
