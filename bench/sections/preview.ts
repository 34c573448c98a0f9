/**
 * The preview in headless Chromium, on the built dist/webview.js in the page
 * the extension serves (test/webview/preview-page.ts). For each size: the
 * host's work (the analysis, resumed from the previous version's as in the
 * editor, and the render message with its Mermaid text), then the
 * webview's, from the message to the new SVG painted; against Mermaid's own
 * `render` of the same text in the same page, inserted and painted alike.
 */
import * as esbuild from 'esbuild';
import type { Page } from 'playwright-core';
import { analyze, type Analysis } from '../../src/core/index';
import { prepareRender, type RenderMessage } from '../../src/extension/preview/render-message';
import { longFlow } from '../../test/support/flow-generator';
import { PreviewPage, launchBrowser } from '../../test/webview/preview-page';
import { median } from '../measure';
import { count, ms, times, verdict, type Row } from '../table';

const SIZES = [20, 200, 1_000] as const;
const WINDOWED = 5_000;
const REPAINTS = 9;
const OVERHEAD_GOAL = 1.1;
const REPAINT_200_GOAL_MS = 300;
const WINDOWED_GOAL_MS = 1_000;

/** Mermaid as a page global, from the same package the webview bundles. */
async function referenceMermaid(): Promise<string> {
  const built = await esbuild.build({
    stdin: { contents: "import mermaid from 'mermaid'; (globalThis as any).__referenceMermaid = mermaid;", loader: 'ts', resolveDir: process.cwd() },
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'error',
  });
  return built.outputFiles[0]!.text;
}

/** A flow of about `segments` segments whose title differs by one character between versions. */
function versions(segments: number): [string, string] {
  const flow = longFlow(segments).text;
  return [`title: Bench 1\n${flow}`, `title: Bench 2\n${flow}`];
}

/**
 * The host's work for one edit, as the extension does it: the document's
 * analysis resumes from the previous version's (the editor's scheduler keeps
 * it), then the render message is prepared.
 */
function hostRender(text: string, previous: { analysis?: Analysis }): { message: RenderMessage; ms: number } {
  const start = performance.now();
  const analysis = analyze(text, previous.analysis);
  previous.analysis = analysis;
  const message = prepareRender(analysis, { uri: 'file:///bench.tcpflow', locale: 'en', locked: false, showStates: true }).message;
  return { message, ms: performance.now() - start };
}

/** In the page: post the render message and wait until its SVG replaced the old one and a frame was painted. */
function webviewRender(page: Page, message: RenderMessage): Promise<number> {
  return page.evaluate(async (m) => {
    const viewport = document.getElementById('viewport')!;
    const old = viewport.querySelector('svg');
    const start = performance.now();
    const swapped = new Promise<void>((resolve) => {
      const observer = new MutationObserver(() => {
        const svg = viewport.querySelector('svg');
        if (svg && svg !== old) {
          observer.disconnect();
          resolve();
        }
      });
      observer.observe(viewport, { childList: true });
    });
    window.postMessage(m, '*');
    await swapped;
    // Two frames: the first callback runs before the paint, the second after it.
    await new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
    return performance.now() - start;
  }, message);
}

/** In the page: Mermaid's own render of the same text, inserted into a container of the same size and painted. */
function mermaidRender(page: Page, source: string, run: number): Promise<number> {
  return page.evaluate(
    async ({ source, run }) => {
      const mermaid = (globalThis as unknown as { __referenceMermaid: { initialize(c: object): void; render(id: string, text: string): Promise<{ svg: string }> } }).__referenceMermaid;
      let host = document.getElementById('reference');
      if (!host) {
        host = document.createElement('div');
        host.id = 'reference';
        host.style.cssText = 'position:absolute;inset:0;overflow:auto;visibility:visible;pointer-events:none';
        document.body.append(host);
      }
      const start = performance.now();
      mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', theme: 'base', sequence: { useMaxWidth: false, showSequenceNumbers: false } });
      const { svg } = await mermaid.render(`reference-${run}`, source);
      host.innerHTML = svg;
      await new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
      const elapsed = performance.now() - start;
      host.replaceChildren();
      return elapsed;
    },
    { source, run },
  );
}

interface PreviewFigures {
  drawn: number;
  window: boolean;
  hostMs: number;
  webviewMs: number;
  mermaidMs: number;
  /** Each repaint against Mermaid's render right after it, the median of those ratios (as the core's, see pairedRounds). */
  ratio: number;
}

async function measureSize(page: Page, segments: number, reference: { run: number }): Promise<PreviewFigures> {
  const texts = versions(segments);
  const previous = {};
  await webviewRender(page, hostRender(texts[1], previous).message); // the diagram is up: what follows are repaints
  const host: number[] = [];
  const webview: number[] = [];
  const direct: number[] = [];
  const ratios: number[] = [];
  let last: RenderMessage | undefined;
  for (let run = 0; run < REPAINTS; run++) {
    const { message, ms: hostMs } = hostRender(texts[run % 2]!, previous);
    const webviewMs = await webviewRender(page, message);
    const mermaidMs = await mermaidRender(page, message.source, reference.run++);
    host.push(hostMs);
    webview.push(webviewMs);
    direct.push(mermaidMs);
    ratios.push((hostMs + webviewMs) / mermaidMs);
    last = message;
  }
  return {
    drawn: last!.messages.length,
    window: last!.messages.length < segments * 0.9,
    hostMs: median(host),
    webviewMs: median(webview),
    mermaidMs: median(direct),
    ratio: median(ratios),
  };
}

export async function previewRows(): Promise<Row[]> {
  const browser = await launchBrowser();
  try {
    const preview = await PreviewPage.open(browser);
    const cdp = await preview.page.context().newCDPSession(preview.page);
    // Through the debugger protocol, which the page's CSP does not govern.
    await cdp.send('Runtime.evaluate', { expression: await referenceMermaid() });
    const reference = { run: 0 };
    const rows: Row[] = [];
    for (const size of SIZES) {
      const f = await measureSize(preview.page, size, reference);
      const total = f.hostMs + f.webviewMs;
      rows.push({
        area: 'Preview',
        measure: `${count(size)} segments (${count(f.drawn)} messages drawn${f.window ? ', windowed' : ''}): new text → painted SVG, host ${ms(f.hostMs)} + webview ${ms(f.webviewMs)}`,
        value: ms(total),
        reference: `mermaid.render ${ms(f.mermaidMs)}`,
        ratio: times(f.ratio),
        goal: size === 200 ? `≤ ${OVERHEAD_GOAL}×, < ${REPAINT_200_GOAL_MS} ms` : `≤ ${OVERHEAD_GOAL}×`,
        verdict: verdict(f.ratio <= OVERHEAD_GOAL && (size !== 200 || total < REPAINT_200_GOAL_MS)),
      });
    }
    const windowed = await measureSize(preview.page, WINDOWED, reference);
    const total = windowed.hostMs + windowed.webviewMs;
    rows.push({
      area: 'Preview',
      measure: `${count(WINDOWED)} segments, windowed to ${count(windowed.drawn)} messages: host ${ms(windowed.hostMs)} + webview ${ms(windowed.webviewMs)}`,
      value: ms(total),
      reference: `mermaid.render ${ms(windowed.mermaidMs)}`,
      ratio: times(windowed.ratio),
      goal: `< ${WINDOWED_GOAL_MS} ms`,
      verdict: verdict(windowed.window && total < WINDOWED_GOAL_MS),
    });
    if (preview.pageErrors.length > 0) rows.push({ area: 'Preview', measure: `page errors: ${preview.pageErrors.slice(0, 3).join(' | ')}`, value: '', verdict: 'MISS' });
    await preview.close();
    return rows;
  } finally {
    await browser.close();
  }
}
