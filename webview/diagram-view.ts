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
  /** The viewport's content width, as last observed: fitting reads it without forcing a layout. */
  private room: number | undefined;
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
    new ResizeObserver((entries) => {
      this.room = entries[entries.length - 1]!.contentRect.width;
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
    // Each read of a geometry after a change lays the whole diagram out again
    // (tens of ms for hundreds of messages): read once, then only write.
    fitTitleAndDrawing(svg);
    this.applyZoom();
    // Setting a scroll position lays out too; at the top-left there is nothing to restore.
    if (keepScroll && (scrollLeft !== 0 || scrollTop !== 0)) {
      this.viewport.scrollLeft = scrollLeft;
      this.viewport.scrollTop = scrollTop;
    } else if (!keepScroll) this.viewport.scrollTo(0, 0);
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
    const room = this.room ?? this.measuredRoom();
    return Math.max(MIN_ZOOM, Math.min(1, room / naturalSize(svg).width));
  }

  /** Before the first resize observation: the content width, measured. */
  private measuredRoom(): number {
    const style = getComputedStyle(this.viewport);
    return this.viewport.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
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
 * Two fixes to Mermaid's layout. It puts a sequence diagram's title right of
 * the middle: centre it over the participants (the title is the SVG's only
 * unclassed text child). And it sizes the view box by the lanes, so a title
 * or note wider than them is cut off: widen the view box to all that is drawn.
 * Every box is read before anything moves, so the diagram is laid out once.
 */
function fitTitleAndDrawing(svg: SVGSVGElement): void {
  const box = svg.viewBox.baseVal;
  const title = [...svg.children].find((e): e is SVGTextElement => e instanceof SVGTextElement && !e.hasAttribute('class'));
  const actors = [...svg.querySelectorAll<SVGGraphicsElement>('rect.actor-top')].map((r) => r.getBBox());
  let drawn: Box = svg.getBBox();
  if (title && actors.length > 0) {
    const before = title.getBBox();
    const centre = (Math.min(...actors.map((b) => b.x)) + Math.max(...actors.map((b) => b.x + b.width))) / 2;
    title.setAttribute('x', String(centre));
    title.setAttribute('text-anchor', 'middle');
    // Where the title alone made a side of the drawing, that side is unknown without it: measure again.
    const titleMadeASide = near(before.x, drawn.x) || near(before.x + before.width, drawn.x + drawn.width);
    drawn = titleMadeASide ? svg.getBBox() : union(drawn, { x: centre - before.width / 2, y: before.y, width: before.width, height: before.height });
  }
  if (!box || drawn.width === 0) return;
  const margin = 8;
  const left = Math.min(box.x, drawn.x - margin);
  const top = Math.min(box.y, drawn.y - margin);
  const right = Math.max(box.x + box.width, drawn.x + drawn.width + margin);
  const bottom = Math.max(box.y + box.height, drawn.y + drawn.height + margin);
  svg.setAttribute('viewBox', `${left} ${top} ${right - left} ${bottom - top}`);
}

interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

function union(a: Box, b: Box): Box {
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return { x, y, width: Math.max(a.x + a.width, b.x + b.width) - x, height: Math.max(a.y + a.height, b.y + b.height) - y };
}

function near(a: number, b: number): boolean {
  return Math.abs(a - b) < 0.5;
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
