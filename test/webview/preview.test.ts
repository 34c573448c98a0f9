/** The preview webview, built, in headless Chromium, driven as the extension drives it. */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import type { Locale } from '../../src/core/index';
import { FIXTURES, PreviewPage, fixture, launchBrowser, renderMessageFor } from './preview-page';

const HANDSHAKE = fixture('figure-06-basic-handshake.tcpflow');

let browser: Browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

async function withPage<T>(run: (preview: PreviewPage) => Promise<T>, theme: 'light' | 'dark' = 'light', locale: Locale = 'en'): Promise<T> {
  const preview = await PreviewPage.open(browser, theme, locale);
  try {
    const result = await run(preview);
    assert.deepEqual(preview.pageErrors, [], 'the page logged errors');
    return result;
  } finally {
    await preview.close();
  }
}

const counts = (preview: PreviewPage) =>
  preview.page.evaluate(() => ({
    messages: document.querySelectorAll('#viewport .messageText').length,
    notes: document.querySelectorAll('#viewport rect.note').length,
    marked: [...document.querySelectorAll('#viewport [data-line]')].map((e) => Number(e.getAttribute('data-line'))),
  }));

describe('the preview webview', () => {
  it('draws every RFC 9293 figure with one arrow per message and one box per note, each tied to its line', async () => {
    await withPage(async (preview) => {
      for (const name of readdirSync(FIXTURES).filter((f) => f.endsWith('.tcpflow'))) {
        const message = renderMessageFor(fixture(name));
        assert.ok(message.messages.length > 0, `${name} has messages`);
        await preview.render(message);
        const drawn = await counts(preview);
        assert.equal(drawn.messages, message.messages.length, `${name}: messages`);
        assert.equal(drawn.notes, message.notes.length, `${name}: notes`);
        const expected = new Set([...message.messages, ...message.notes].map((i) => i.line));
        assert.deepEqual(new Set(drawn.marked), expected, `${name}: lines`);
      }
    });
  });

  it('posts a reveal of the source line when a message or a note is clicked, or focused and Enter pressed', async () => {
    await withPage(async (preview) => {
      const message = renderMessageFor(HANDSHAKE);
      await preview.render(message);
      await preview.page.locator('#viewport .messageText').nth(1).click();
      await preview.page.locator('#viewport .noteText').nth(0).click();
      await preview.page.locator('#viewport .messageText').nth(2).focus();
      await preview.page.keyboard.press('Enter');
      const reveals = (await preview.posted()).filter((m) => m.type === 'reveal');
      assert.deepEqual(reveals, [
        { type: 'reveal', line: message.messages[1]!.line },
        { type: 'reveal', line: message.notes[0]!.line },
        { type: 'reveal', line: message.messages[2]!.line },
      ]);
    });
  });

  it('keeps the zoom and the scroll position when an edit redraws the diagram', async () => {
    await withPage(async (preview) => {
      await preview.render(renderMessageFor(HANDSHAKE));
      const width = () => preview.page.evaluate(() => document.querySelector<SVGSVGElement>('#viewport svg')!.getBoundingClientRect().width);
      const scale = () => preview.page.evaluate(() => {
        const svg = document.querySelector<SVGSVGElement>('#viewport svg')!;
        return svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
      });
      const before = await width();
      // Fitted to the panel at first, the diagram then takes the zoom the user picks.
      const picked = (await scale()) * 1.5625;
      await preview.page.locator('vscode-button[data-action="zoom-in"]').click();
      await preview.page.locator('vscode-button[data-action="zoom-in"]').click();
      const zoomed = await width();
      assert.ok(Math.abs(zoomed / before - 1.5625) < 0.01, `zoomed ${zoomed} from ${before}`);
      // Ctrl+wheel zooms out and back in by the same amount.
      await preview.page.locator('#viewport').hover();
      await preview.page.keyboard.down('Control');
      await preview.page.mouse.wheel(0, 120);
      const wheeled = await width();
      await preview.page.mouse.wheel(0, -120);
      await preview.page.keyboard.up('Control');
      assert.ok(wheeled < zoomed * 0.8, `ctrl+wheel zoomed out to ${wheeled} from ${zoomed}`);
      assert.ok(Math.abs((await width()) / zoomed - 1) < 0.01, 'and back in');
      await preview.page.evaluate(() => {
        const viewport = document.getElementById('viewport')!;
        viewport.scrollTop = 120;
        viewport.scrollLeft = 60;
      });
      // The same exchange with one more line: the diagram grows by one message.
      await preview.render(renderMessageFor(`${HANDSHAKE}\nA -> B: ACK seq=101 ack=301 len=5\n`));
      const after = await preview.page.evaluate(() => {
        const svg = document.querySelector<SVGSVGElement>('#viewport svg')!;
        const viewport = document.getElementById('viewport')!;
        return { ratio: svg.getBoundingClientRect().width / svg.viewBox.baseVal.width, top: viewport.scrollTop, left: viewport.scrollLeft };
      });
      assert.ok(Math.abs(after.ratio - picked) < 0.01, `zoom after the update: ${after.ratio}, picked ${picked}`);
      assert.deepEqual([after.top, after.left], [120, 60]);
      const state = await preview.page.evaluate(() => (window as unknown as { __state: { zoom?: number } }).__state);
      assert.ok(Math.abs((state.zoom ?? 0) - picked) < 0.01, 'the zoom is kept for a reload');
    });
  });

  it('fits a wide diagram to the panel’s width until the user zooms, never enlarging a small one', async () => {
    await withPage(async (preview) => {
      const fits = () =>
        preview.page.evaluate(() => {
          const svg = document.querySelector<SVGSVGElement>('#viewport svg')!;
          const viewport = document.getElementById('viewport')!;
          return { width: svg.getBoundingClientRect().width, room: viewport.clientWidth - 16, scale: svg.getBoundingClientRect().width / svg.viewBox.baseVal.width };
        });
      await preview.page.setViewportSize({ width: 420, height: 700 });
      await preview.render(renderMessageFor(fixture('figure-07-simultaneous-open.tcpflow')));
      const narrow = await fits();
      assert.ok(narrow.scale < 1 && Math.abs(narrow.width - narrow.room) < 2, `${narrow.width} px in ${narrow.room} px`);
      // The panel widens: the diagram follows, up to its natural size.
      await preview.page.setViewportSize({ width: 2000, height: 700 });
      await preview.page.waitForFunction(() => {
        const svg = document.querySelector<SVGSVGElement>('#viewport svg')!;
        return Math.abs(svg.getBoundingClientRect().width - svg.viewBox.baseVal.width) < 1;
      });
      // A zoom the user picks stays when the panel narrows again; Fit brings the fitting back.
      await preview.page.locator('vscode-button[data-action="zoom-out"]').click();
      const picked = (await fits()).scale;
      await preview.page.setViewportSize({ width: 420, height: 700 });
      await new Promise((resolve) => setTimeout(resolve, 200));
      assert.ok(Math.abs((await fits()).scale - picked) < 0.001);
      await preview.page.locator('vscode-button[data-action="zoom-fit"]').click();
      const fitted = await fits();
      assert.ok(Math.abs(fitted.width - fitted.room) < 2, `${fitted.width} px in ${fitted.room} px`);
      const state = await preview.page.evaluate(() => (window as unknown as { __state: { zoom?: number } }).__state);
      assert.equal(state.zoom, undefined, 'a reloaded panel fits too');
    });
  });

  it('shows hostile labels as text: no markup gets in, and the diagram still draws', async () => {
    await withPage(async (preview) => {
      const hostile = [
        'title: <script>window.__pwned = 1</script> #; %% end -->> "quoted" : colon',
        'client A "<img src=x onerror=window.__pwned=2> end %%{init: {}}%% 日本語 ✓"',
        'server B "B;#35;\'; -->> A: SYN"',
        'A -> B: SYN seq=100',
        'B -> A: SYN, ACK seq=300 ack=101',
        'A -> B: ACK seq=101 ack=301',
      ].join('\n');
      const message = renderMessageFor(hostile);
      await preview.render(message);
      const page = await preview.page.evaluate(() => ({
        injected: document.querySelectorAll('#viewport script, #viewport img, #viewport iframe, #viewport foreignObject').length,
        pwned: (window as unknown as { __pwned?: number }).__pwned,
        text: document.querySelector('#viewport svg')!.textContent ?? '',
        messages: document.querySelectorAll('#viewport .messageText').length,
      }));
      assert.equal(page.injected, 0);
      assert.equal(page.pwned, undefined);
      assert.equal(page.messages, 3);
      for (const shown of ['<script>window.__pwned = 1</script>', '<img src=x onerror=window.__pwned=2>', '日本語 ✓', '-->> A: SYN']) {
        assert.ok(page.text.includes(shown), `shows ${shown} as text in: ${page.text}`);
      }
    });
  });

  it('keeps the last good diagram and shows the syntax errors’ lines in a banner', async () => {
    await withPage(async (preview) => {
      await preview.render(renderMessageFor(HANDSHAKE));
      await preview.page.evaluate(() => document.querySelector('#viewport svg')!.setAttribute('data-kept', ''));
      const broken = renderMessageFor(`${HANDSHAKE}\nA -> : nonsense\n`);
      assert.ok(broken.errors.length > 0, 'the text has a syntax error');
      await preview.post(broken);
      await preview.page.waitForSelector('#banner:not([hidden])');
      const shown = await preview.page.evaluate(() => ({
        kept: document.querySelector('#viewport svg')?.hasAttribute('data-kept'),
        banner: document.getElementById('banner')!.textContent,
      }));
      assert.equal(shown.kept, true);
      const line = broken.errors[0]!.line + 1;
      assert.equal(shown.banner, `Syntax errors on line ${line}: showing the last correct diagram.`);
      // Fixed again: the banner goes and the new diagram replaces the old.
      await preview.render(renderMessageFor(HANDSHAKE));
      assert.equal(await preview.page.locator('#banner').isHidden(), true);
    });
  });

  it('speaks Chinese to a Chinese user: the banner and the toolbar’s names', async () => {
    await withPage(
      async (preview) => {
        await preview.render(renderMessageFor(HANDSHAKE, { locale: 'zh-cn' }));
        const broken = renderMessageFor(`${HANDSHAKE}\nA -> : nonsense\n`, { locale: 'zh-cn' });
        await preview.post(broken);
        await preview.page.waitForSelector('#banner:not([hidden])');
        const banner = await preview.page.locator('#banner').textContent();
        assert.equal(banner, `第 ${broken.errors[0]!.line + 1} 行有语法错误:显示的是上一次正确的时序图。`);
        assert.equal(await preview.page.locator('vscode-button[data-action="zoom-in"]').getAttribute('aria-label'), '放大');
        assert.equal(await preview.page.locator('vscode-button[data-action="toggle-lock"]').getAttribute('title'), '锁定预览');
      },
      'light',
      'zh-cn',
    );
  });

  it('does not keep another file’s diagram when the followed file has syntax errors', async () => {
    await withPage(async (preview) => {
      await preview.render(renderMessageFor(HANDSHAKE, { uri: 'file:///first.tcpflow' }));
      const broken = renderMessageFor('client A\nserver B\nA -> B: SYN seq=1\nA -> : nonsense\n', { uri: 'file:///second.tcpflow' });
      await preview.render(broken);
      assert.equal((await counts(preview)).messages, broken.messages.length);
      assert.equal(await preview.page.locator('#banner').isVisible(), true);
    });
  });

  it('highlights the messages of the cursor’s line', async () => {
    await withPage(async (preview) => {
      const message = renderMessageFor(HANDSHAKE);
      await preview.render(message);
      const line = message.messages[2]!.line;
      await preview.post({ type: 'highlight', line });
      await preview.page.waitForSelector('#viewport .tcpflow-highlight');
      const highlighted = await preview.page.evaluate(() => [...document.querySelectorAll('#viewport .tcpflow-highlight')].map((e) => e.getAttribute('data-line')));
      assert.ok(highlighted.length >= 1);
      assert.ok(highlighted.every((l) => l === String(line)));
    });
  });

  it('ignores messages that are not the protocol’s', async () => {
    await withPage(async (preview) => {
      await preview.render(renderMessageFor(HANDSHAKE));
      await preview.page.evaluate(() => document.querySelector('#viewport svg')!.setAttribute('data-kept', ''));
      for (const junk of [{ type: 'render', source: 5 }, { type: 'highlight', line: -1 }, { type: 'nope' }, { source: 'sequenceDiagram' }]) await preview.post(junk);
      await preview.post({ type: 'render', uri: 'x', source: 'sequenceDiagram\n  A->>B: hi\n', messages: 'all', notes: [], errors: [], locked: false, showStates: true });
      await new Promise((resolve) => setTimeout(resolve, 300));
      assert.equal(await preview.page.evaluate(() => document.querySelector('#viewport svg')?.hasAttribute('data-kept')), true);
    });
  });

  it('exports a standalone SVG and a PNG when the extension asks', async () => {
    await withPage(async (preview) => {
      await preview.render(renderMessageFor(HANDSHAKE));
      await preview.post({ type: 'export', format: 'svg' });
      await preview.post({ type: 'export', format: 'png' });
      await preview.page.waitForFunction(() => (window as unknown as { __posted: { type: string }[] }).__posted.filter((m) => m.type === 'exported').length === 2);
      const exported = (await preview.posted()).filter((m) => m.type === 'exported');
      const svg = exported.find((m) => m.format === 'svg')!.data;
      assert.match(svg, /^<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
      assert.ok(!svg.includes('data-line'), 'no preview marks in the file');
      assert.ok(svg.includes('SYN'));
      const png = exported.find((m) => m.format === 'png')!.data;
      assert.match(png, /^data:image\/png;base64,/);
      assert.ok(png.length > 2000, 'the PNG has content');
    });
  });

  it('exports the diagram it was just sent, once drawn (an export asked of a panel just shown)', async () => {
    await withPage(async (preview) => {
      const message = renderMessageFor(HANDSHAKE);
      await preview.page.evaluate((render) => {
        window.postMessage(render, '*');
        window.postMessage({ type: 'export', format: 'svg' }, '*');
      }, message);
      await preview.page.waitForFunction(() => (window as unknown as { __posted: { type: string }[] }).__posted.some((m) => m.type === 'exported'));
      const exported = (await preview.posted()).find((m) => m.type === 'exported');
      assert.equal(exported?.type === 'exported' && (exported.data.match(/class="messageText"/g) ?? []).length, message.messages.length);
    });
  });

  it('asks the extension to lock, toggle states and copy from the toolbar', async () => {
    await withPage(async (preview) => {
      await preview.render(renderMessageFor(HANDSHAKE));
      for (const action of ['toggle-lock', 'toggle-states', 'copy-source']) await preview.page.locator(`vscode-button[data-action="${action}"]`).click();
      const asked = (await preview.posted()).map((m) => m.type).filter((t) => t !== 'ready');
      assert.deepEqual(asked, ['toggle-lock', 'toggle-states', 'copy-source']);
    });
  });

  it('draws the whole title, however wide', async () => {
    await withPage(async (preview) => {
      await preview.render(renderMessageFor(fixture('figure-07-simultaneous-open.tcpflow')));
      const fits = await preview.page.evaluate(() => {
        const svg = document.querySelector<SVGSVGElement>('#viewport svg')!;
        const title = svg.querySelector('text:not(.messageText):not(.noteText):not(.actor)') as SVGGraphicsElement;
        const box = svg.viewBox.baseVal;
        const drawn = title.getBBox();
        return drawn.x >= box.x && drawn.x + drawn.width <= box.x + box.width;
      });
      assert.equal(fits, true);
    });
  });

  it('tints an illegal line with the theme’s error colour and says why in a note', async () => {
    await withPage(async (preview) => {
      // A FIN from SYN_SENT: RFC 9293 allows it only once synchronized.
      const message = renderMessageFor('client A\nserver B\nA -> B: SYN seq=100\nA -> B: FIN seq=101\n');
      await preview.render(message);
      const shown = await preview.page.evaluate(() => ({
        fills: [...document.querySelectorAll('#viewport rect.rect')].map((r) => getComputedStyle(r).fill),
        notes: [...document.querySelectorAll('#viewport .noteText')].map((t) => t.textContent ?? ''),
      }));
      assert.ok(shown.fills.length >= 1, 'an error block is drawn');
      // The light theme's --vscode-editorError-foreground, #e51400, at 18 %.
      for (const fill of shown.fills) assert.match(fill, /^color\(srgb 0\.898\d* 0\.078\d* 0 \/ 0\.18\)$/);
      assert.ok(shown.notes.some((n) => n.startsWith('⚠')), `a warning note among ${shown.notes.join(' | ')}`);
    });
  });

  it('draws again in the new colours when VS Code switches theme', async () => {
    await withPage(async (preview) => {
      await preview.render(renderMessageFor(HANDSHAKE));
      const actorFill = () => preview.page.evaluate(() => getComputedStyle(document.querySelector('#viewport .actor')!).fill);
      assert.equal(await actorFill(), 'rgb(248, 248, 248)');
      await preview.page.evaluate(() => {
        document.body.className = 'vscode-dark';
      });
      await preview.page.waitForFunction(() => getComputedStyle(document.querySelector('#viewport .actor')!).fill === 'rgb(32, 32, 32)', undefined, { timeout: 10_000 });
    });
  });

  it('draws only the newest of renders that arrive together', async () => {
    await withPage(async (preview) => {
      const older = renderMessageFor(fixture('figure-12-normal-close.tcpflow'));
      const newer = renderMessageFor(HANDSHAKE);
      assert.notEqual(older.messages.length, newer.messages.length);
      const swaps = await preview.page.evaluate(async ([first, second]) => {
        const viewport = document.getElementById('viewport')!;
        let count = 0;
        new MutationObserver((records) => {
          count += records.filter((r) => [...r.addedNodes].some((n) => n.nodeName === 'svg')).length;
        }).observe(viewport, { childList: true });
        window.postMessage(first, '*');
        window.postMessage(second, '*');
        // (No named functions in here: tsx would wrap them in a helper the page lacks.)
        while (viewport.querySelectorAll('.messageText').length !== second.messages.length) await new Promise((resolve) => setTimeout(resolve, 20));
        // Give the older render every chance to land late.
        await new Promise((resolve) => setTimeout(resolve, 500));
        return count;
      }, [older, newer] as const);
      assert.equal(swaps, 1, 'only the newer diagram was swapped in');
      assert.equal((await counts(preview)).messages, newer.messages.length);
    });
  });

  it('draws again when VS Code switches between two themes of the same kind (only the variables change)', async () => {
    await withPage(async (preview) => {
      await preview.render(renderMessageFor(HANDSHAKE));
      const actorFill = () => preview.page.evaluate(() => getComputedStyle(document.querySelector('#viewport .actor')!).fill);
      assert.equal(await actorFill(), 'rgb(32, 32, 32)');
      // What VS Code does for another dark theme: the body keeps vscode-dark, the root's style gets new variables.
      await preview.page.evaluate(() => document.documentElement.style.setProperty('--vscode-editorWidget-background', '#272822'));
      await preview.page.waitForFunction(() => getComputedStyle(document.querySelector('#viewport .actor')!).fill === 'rgb(39, 40, 34)', undefined, { timeout: 10_000 });
    }, 'dark');
  });

  it('draws labels in VS Code’s UI font and sizes every note to its text, long diagnostics included', async () => {
    await withPage(async (preview) => {
      // The SYN+ACK acknowledges the SYN itself: a long diagnostic; and a wrong assertion.
      const text = `${readFileSync(join(import.meta.dirname, '..', '..', 'examples', '10-mistake-ack-of-syn.tcpflow'), 'utf8')}\nA: FIN_WAIT_2\n`;
      // A UI font wider than Mermaid's own default, which it would otherwise measure with.
      await preview.page.evaluate(() => document.documentElement.style.setProperty('--vscode-font-family', 'monospace'));
      await preview.render(renderMessageFor(text));
      const overflows = await preview.page.evaluate(() =>
        [...document.querySelectorAll<SVGRectElement>('#viewport rect.note')].flatMap((rect) => {
          const box = rect.getBBox();
          return [...rect.parentElement!.querySelectorAll<SVGTextElement>('text')]
            .map((t) => t.getBBox())
            .filter((t) => t.x < box.x - 1 || t.x + t.width > box.x + box.width + 1)
            .map((t) => `${t.x}+${t.width} outside ${box.x}+${box.width}`);
        }),
      );
      assert.deepEqual(overflows, []);
      const fonts = await preview.page.evaluate(() => [...document.querySelectorAll('#viewport .noteText, #viewport .messageText, #viewport text.actor')].map((t) => getComputedStyle(t).fontFamily));
      assert.deepEqual([...new Set(fonts)], ['monospace'], 'labels are drawn in the UI font');
      const notes = await preview.page.evaluate(() => [...document.querySelectorAll('#viewport .noteText')].map((t) => t.textContent ?? ''));
      assert.ok(notes.filter((n) => n.startsWith('⚠')).length >= 2, notes.join(' | '));
    });
  });

  it('draws crossing SYNs in a par block, and centres the title over the participants', async () => {
    await withPage(async (preview) => {
      await preview.render(renderMessageFor(fixture('figure-07-simultaneous-open.tcpflow')));
      const drawn = await preview.page.evaluate(() => {
        const svg = document.querySelector<SVGSVGElement>('#viewport svg')!;
        const title = [...svg.children].find((e) => e instanceof SVGTextElement && !e.hasAttribute('class')) as SVGTextElement;
        const actors = [...svg.querySelectorAll<SVGGraphicsElement>('rect.actor-top')].map((r) => r.getBBox());
        const box = title.getBBox();
        return {
          labels: [...svg.querySelectorAll('.labelText')].map((t) => t.textContent),
          sections: [...svg.querySelectorAll('.loopText')].map((t) => t.textContent),
          titleCentre: box.x + box.width / 2,
          actorsCentre: (Math.min(...actors.map((a) => a.x)) + Math.max(...actors.map((a) => a.x + a.width))) / 2,
        };
      });
      assert.deepEqual(drawn.labels, ['par', 'par']);
      assert.ok(drawn.sections.every((t) => t === '[crossing in flight]'), drawn.sections.join());
      assert.ok(Math.abs(drawn.titleCentre - drawn.actorsCentre) < 2, `title at ${drawn.titleCentre}, participants at ${drawn.actorsCentre}`);
    });
  });

  it('draws in the theme’s colours, light and dark (screenshots in test-artifacts/)', async () => {
    const artifacts = join(import.meta.dirname, '..', '..', 'test-artifacts');
    mkdirSync(artifacts, { recursive: true });
    const backgrounds: string[] = [];
    for (const theme of ['light', 'dark'] as const) {
      await withPage(async (preview) => {
        await preview.render(renderMessageFor(fixture('figure-07-simultaneous-open.tcpflow')));
        backgrounds.push(await preview.page.evaluate(() => getComputedStyle(document.querySelector('#viewport .actor')!).fill));
        await preview.page.setViewportSize({ width: 1000, height: 1100 });
        await preview.page.screenshot({ path: join(artifacts, `preview-${theme}.png`) });
      }, theme);
    }
    assert.deepEqual(backgrounds, ['rgb(248, 248, 248)', 'rgb(32, 32, 32)']);
  });
});

describe('a 5,000-segment capture', () => {
  const lines = ['client A', 'server B', 'A -> B: SYN seq=0', 'B -> A: SYN, ACK seq=0 ack=1', 'A -> B: ACK seq=1 ack=1'];
  for (let i = 0; i < 2500; i++) lines.push('A -> B: ACK len=10', 'B -> A: ACK');
  const capture = lines.join('\n');

  it('draws a window of long segments, past Mermaid’s 50,000-character default, as a diagram', async () => {
    const payload = 'GET /index.html HTTP/1.1 Host: example.org User-Agent: tcpflow Accept: */*'.repeat(2);
    const long = ['client A', 'server B', 'A -> B: SYN seq=0', 'B -> A: SYN, ACK seq=0 ack=1', 'A -> B: ACK seq=1 ack=1'];
    for (let i = 0; i < 1000; i++) long.push(`A -> B: ACK, PSH data="${payload}"`, 'B -> A: ACK');
    await withPage(async (preview) => {
      const message = renderMessageFor(long.join('\n'), { cursorLine: 1000 });
      assert.ok(message.source.length > 50_000, `${message.source.length} characters`);
      await preview.render(message);
      assert.equal((await counts(preview)).messages, message.messages.length);
    });
  });

  it('draws a window around the cursor, says so, and follows the cursor to the end', async () => {
    await withPage(async (preview) => {
      for (const cursorLine of [4000, lines.length - 1]) {
        const message = renderMessageFor(capture, { cursorLine });
        assert.ok(message.source.length < 50_000, 'within what Mermaid accepts');
        await preview.render(message); // how fast: `npm run bench` (preview), not a test
        const shown = await preview.page.evaluate(() => ({
          messages: document.querySelectorAll('#viewport .messageText').length,
          first: document.querySelector('#viewport .noteText')?.textContent ?? '',
          highlighted: [...document.querySelectorAll('#viewport .tcpflow-highlight')].map((e) => Number(e.getAttribute('data-line'))),
        }));
        assert.equal(shown.messages, message.messages.length);
        assert.ok(shown.messages < 5000 && shown.messages >= 500, `${shown.messages} messages drawn`);
        assert.match(shown.first, /5005/, 'the note says how long the whole flow is');
        assert.ok(shown.highlighted.length > 0 && shown.highlighted.every((l) => l === cursorLine), 'the cursor’s message is highlighted');
      }
    });
  });
});
