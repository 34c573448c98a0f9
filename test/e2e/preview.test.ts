// The live preview as a user meets it in VS Code: opened beside the editor,
// redrawn as they type, clicked to find a line, recoloured with the theme,
// and back after a window reload. The diagram lives in a webview, two
// iframes deep; Playwright reaches it through page.frames().
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame } from 'playwright-core';
import { analyze } from '../../src/core/index';
import { commandTitle } from './harness/contributions';
import { fixturesDir, openSession, type Session } from './harness/session';

const FILE = 'handshake.tcpflow';
const text = () => readFileSync(join(fixturesDir, 'workspace', FILE), 'utf8');
/** A message of the diagram: Mermaid draws each as a text over an arrow. */
const MESSAGE = 'svg .messageText';

async function messageCount(frame: Frame, expected: number): Promise<number> {
  const deadline = Date.now() + 30_000;
  let count = await frame.locator(MESSAGE).count();
  while (count !== expected && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    count = await frame.locator(MESSAGE).count();
  }
  return count;
}

/** Relative luminance (0 dark … 1 light) of a CSS rgb() colour. */
function luminance(color: string): number {
  const [r, g, b] = (color.match(/[\d.]+/g) ?? []).map(Number);
  if (r === undefined || g === undefined || b === undefined) throw new Error(`not an rgb colour: ${color}`);
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
}

/** The fill of the first message's text; a redraw swaps the SVG, so ask again until one is attached. */
async function messageColour(frame: Frame): Promise<string> {
  for (let attempt = 0; attempt < 40; attempt++) {
    const fill = await frame.locator(MESSAGE).first().evaluate((e) => (e.isConnected ? getComputedStyle(e).fill : ''), undefined, { timeout: 5_000 }).catch(() => '');
    if (fill) return fill;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error('no message of the diagram has a colour');
}

describe('the tcpflow preview in VS Code', () => {
  let session: Session;
  let preview: Frame;
  const segments = analyze(text()).transmissions.length;

  before(async () => {
    session = await openSession();
  });

  after(async () => {
    await session?.close();
  });

  test('"Open Preview to the Side" draws one message per segment line', async () => {
    assert.equal(segments, 6, 'the fixture has six segment lines');
    const { workbench } = session;
    await workbench.openFile(FILE);
    await workbench.runCommand(commandTitle('tcpflow.preview.openToSide'));
    preview = await workbench.webviewFrame(MESSAGE);
    assert.equal(await messageCount(preview, segments), segments);
    // Beside the editor: two editor groups, the text still open in the first.
    assert.equal(await session.page.locator('.editor-group-container').count(), 2);
    await workbench.screenshot('preview');
  });

  test('typing a new segment line adds a message', async () => {
    const { workbench } = session;
    await workbench.openFile(FILE);
    await workbench.appendLine('B -> A: FIN, ACK seq=y+21 ack=x+101');
    assert.equal(await messageCount(preview, segments + 1), segments + 1);
    const added = preview.locator(MESSAGE).last();
    assert.match(await added.textContent() ?? '', /FIN/);
    await workbench.save();
  });

  test('clicking a message moves the editor cursor to its line', async () => {
    const { workbench } = session;
    // The first message is the SYN on line 5; the cursor starts elsewhere.
    await workbench.openFile(FILE);
    await workbench.goTo(2, 1);
    const syn = preview.locator(MESSAGE).first();
    assert.match(await syn.textContent() ?? '', /SYN/);
    await syn.click();
    const deadline = Date.now() + 10_000;
    let cursor = await workbench.cursor().catch(() => undefined);
    while (cursor?.line !== 5 && Date.now() < deadline) {
      await session.page.waitForTimeout(250);
      cursor = await workbench.cursor().catch(() => undefined);
    }
    assert.equal(cursor?.line, 5);
  });

  test('switching to a dark theme recolours the diagram', async () => {
    const { workbench } = session;
    const light = await messageColour(preview);
    assert.ok(luminance(light) < 0.5, `dark text on the light theme (${light})`);
    await workbench.runCommand('Preferences: Color Theme');
    await workbench.pick('Dark Modern');
    const deadline = Date.now() + 15_000;
    let dark = await messageColour(preview);
    while (dark === light && Date.now() < deadline) {
      await session.page.waitForTimeout(250);
      dark = await messageColour(preview);
    }
    assert.ok(luminance(dark) > 0.5, `light text on the dark theme (${dark})`);
    await workbench.screenshot('preview-dark');
  });

  test('reloading the window restores the preview', async () => {
    const { workbench, page } = session;
    await workbench.runCommand('Developer: Reload Window');
    await page.waitForLoadState('load');
    await workbench.waitUntilReady();
    const restored = await workbench.webviewFrame(MESSAGE, 60_000);
    assert.equal(await messageCount(restored, segments + 1), segments + 1);
  });
});
