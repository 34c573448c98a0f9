/**
 * The drawn diagram: Mermaid renders into an off-screen stage and the result
 * replaces the visible SVG only once it is complete, so an edit never
 * flickers. A newer render makes an older one stale; stale results are
 * dropped. Zoom and scroll survive each swap.
 */
import mermaid from 'mermaid';
import type { DiagramItem } from './protocol';
import { naturalSize } from './export';
import { mermaidThemeVariables } from './theme';

export const MIN_ZOOM = 0.1;
const MAX_SOURCE_LENGTH = 2_000_000;
export const MAX_ZOOM = 8;
const HIGHLIGHT = 'tcpflow-highlight';

export interface DrawnItems {
  readonly messages: readonly DiagramItem[];
  readonly notes: readonly DiagramItem[];
}

export type RenderOutcome = { readonly kind: 'drawn' } | { readonly kind: 'stale' } | { readonly kind: 'failed'; readonly message: string };

export class DiagramView {
  private latestRender = 0;
  private zoomFactor = 1;
  /**
   * Until the user picks a zoom, the diagram fits the panel's width (never
   * enlarged), as the Markdown preview's images do: a narrow panel beside
   * the editor shows both endpoints at once instead of a scroll bar.
   */
  private fitting = true;
  private highlighted: number | undefined;

  constructor(
    private readonly viewport: HTMLElement,
    private readonly stage: HTMLElement,
    onReveal: (line: number) => void,
    onZoom: (zoom: number) => void,
  ) {
    const revealTarget = (target: EventTarget | null): void => {
      const item = target instanceof Element ? target.closest('[data-line]') : null;
      const line = Number(item?.getAttribute('data-line'));
      if (item && Number.isInteger(line)) onReveal(line);
    };
    viewport.addEventListener('click', (event) => revealTarget(event.target));
    // Messages and notes take focus with Tab: Enter or Space reveals their line too.
    viewport.addEventListener('keydown', (event) => {
      if (event.key !== 'Enter' && event.key !== ' ') return;
      event.preventDefault();
      revealTarget(event.target);
    });
    // Ctrl+wheel (pinch on a trackpad) zooms, as in VS Code's image preview.
    viewport.addEventListener(
      'wheel',
      (event) => {
        if (!event.ctrlKey) return;
        event.preventDefault();
        this.setZoom(this.zoomFactor * Math.exp(-event.deltaY / 300));
        onZoom(this.zoomFactor);
      },
      { passive: false },
    );
    new ResizeObserver(() => {
      if (this.fitting) this.applyZoom();
    }).observe(viewport);
  }

  get svg(): SVGSVGElement | undefined {
    return this.viewport.querySelector('svg') ?? undefined;
  }

  get zoom(): number {
    return this.zoomFactor;
  }

  /** With `keepScroll` false (another document), the new diagram shows from its top. */
  async render(source: string, items: DrawnItems, keepScroll = true): Promise<RenderOutcome> {
    const id = ++this.latestRender;
    mermaid.initialize({
      startOnLoad: false,
      securityLevel: 'strict',
      theme: 'base',
      themeVariables: mermaidThemeVariables(),
      sequence: { useMaxWidth: false, showSequenceNumbers: false },
      // Mermaid's guard against long text (50,000 characters) would draw a long
      // capture with long labels as an error box. What makes a sequence diagram
      // slow is its rows, which the generator's window bounds (600 steps of
      // labels cut at 200 characters), so the guard only needs to stop the absurd.
      maxTextSize: MAX_SOURCE_LENGTH,
    });
    let svgText: string;
    try {
      ({ svg: svgText } = await mermaid.render(`tcpflow-render-${id}`, source, this.stage));
    } catch (error) {
      this.stage.replaceChildren();
      if (id !== this.latestRender) return { kind: 'stale' };
      return { kind: 'failed', message: error instanceof Error ? error.message : String(error) };
    }
    if (id !== this.latestRender) return { kind: 'stale' };
    const holder = document.createElement('div');
    holder.innerHTML = svgText;
    const svg = holder.querySelector('svg');
    if (!svg) return { kind: 'failed', message: 'no SVG' };
    markItems(svg, items);
    const { scrollLeft, scrollTop } = this.viewport;
    this.viewport.replaceChildren(svg);
    centreTitle(svg);
    coverDrawing(svg);
    this.applyZoom();
    this.viewport.scrollLeft = keepScroll ? scrollLeft : 0;
    this.viewport.scrollTop = keepScroll ? scrollTop : 0;
    if (this.highlighted !== undefined) this.highlight(this.highlighted, false);
    return { kind: 'drawn' };
  }

  /** A zoom the user chose: it stays through edits. */
  setZoom(zoom: number): void {
    this.fitting = false;
    this.zoomFactor = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, zoom));
    this.applyZoom();
  }

  /** Back to fitting the panel's width, now and after each edit or resize. */
  fitToWidth(): void {
    this.fitting = true;
    this.applyZoom();
  }

  /** The zoom at which the whole diagram's width fits the panel, at most 1. */
  private fitZoom(svg: SVGSVGElement): number {
    const style = getComputedStyle(this.viewport);
    const room = this.viewport.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    return Math.max(MIN_ZOOM, Math.min(1, room / naturalSize(svg).width));
  }

  /** Marks every message and note drawn from `line`; with `scroll`, brings the first into view. */
  highlight(line: number, scroll = true): void {
    this.highlighted = line;
    for (const old of this.viewport.querySelectorAll(`.${HIGHLIGHT}`)) old.classList.remove(HIGHLIGHT);
    const marked = [...this.viewport.querySelectorAll(`[data-line="${line}"]`)];
    for (const element of marked) element.classList.add(HIGHLIGHT);
    if (scroll) marked[0]?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }

  private applyZoom(): void {
    const svg = this.svg;
    if (!svg) return;
    if (this.fitting) this.zoomFactor = this.fitZoom(svg);
    const { width, height } = naturalSize(svg);
    svg.removeAttribute('width');
    svg.removeAttribute('height');
    svg.style.maxWidth = 'none';
    svg.style.width = `${width * this.zoomFactor}px`;
    svg.style.height = `${height * this.zoomFactor}px`;
  }
}

/**
 * Mermaid puts a sequence diagram's title right of the middle: centre it
 * over the participants. (The title is the SVG's only unclassed text child.)
 */
function centreTitle(svg: SVGSVGElement): void {
  const title = [...svg.children].find((e): e is SVGTextElement => e instanceof SVGTextElement && !e.hasAttribute('class'));
  const actors = [...svg.querySelectorAll<SVGGraphicsElement>('rect.actor-top')].map((r) => r.getBBox());
  if (!title || actors.length === 0) return;
  const left = Math.min(...actors.map((b) => b.x));
  const right = Math.max(...actors.map((b) => b.x + b.width));
  title.setAttribute('x', String((left + right) / 2));
  title.setAttribute('text-anchor', 'middle');
}

/**
 * Mermaid sizes a sequence diagram by its lanes, so a title wider than them
 * is cut off: widen the view box to everything drawn.
 */
function coverDrawing(svg: SVGSVGElement): void {
  const box = svg.viewBox.baseVal;
  const drawn = svg.getBBox();
  if (!box || drawn.width === 0) return;
  const margin = 8;
  const left = Math.min(box.x, drawn.x - margin);
  const top = Math.min(box.y, drawn.y - margin);
  const right = Math.max(box.x + box.width, drawn.x + drawn.width + margin);
  const bottom = Math.max(box.y + box.height, drawn.y + drawn.height + margin);
  svg.setAttribute('viewBox', `${left} ${top} ${right - left} ${bottom - top}`);
}

/**
 * Tags each drawn message (its text and its arrow) and each note with the
 * source line it comes from. Mermaid draws them in source order, the order
 * the generator listed them in.
 */
function markItems(svg: SVGSVGElement, items: DrawnItems): void {
  const texts = svg.querySelectorAll('.messageText');
  const arrows = svg.querySelectorAll('.messageLine0, .messageLine1');
  const focusable = (element: Element | null | undefined, line: number): void => {
    element?.setAttribute('data-line', String(line));
    element?.setAttribute('tabindex', '0');
    element?.setAttribute('role', 'button');
  };
  items.messages.forEach((item, i) => {
    focusable(texts[i], item.line);
    arrows[i]?.setAttribute('data-line', String(item.line));
  });
  const notes = svg.querySelectorAll('rect.note');
  items.notes.forEach((item, i) => {
    // A note is a group of its box and its text lines: the group takes the click.
    focusable(notes[i]?.parentElement, item.line);
  });
}
