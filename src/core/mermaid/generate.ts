/**
 * The exchange as Mermaid sequence-diagram text, shared by the preview and
 * `tcpflow mermaid`. Alongside the text it returns which source line each
 * drawn message and note comes from, in drawing order, so that a click on
 * the diagram can reveal its line and the cursor can highlight its message.
 */
import type { Analysis, Step, Transmission } from '../analysis/model';
import type { Diagnostic } from '../diagnostics/diagnostic';
import type { Locale } from '../l10n/locale';
import { renderMessage, renderPhrase } from '../diagnostics/render';
import { crossingsOf } from './crossings';
import { escapeMermaidLines, escapeMermaidText } from './escape';

export interface MermaidOptions {
  readonly locale: Locale;
  /** Draw state changes as notes (the toolbar's toggle). */
  readonly showStates?: boolean;
  /**
   * Mermaid fails past roughly 50,000 characters of source, about 1,300
   * messages; beyond this many steps a window of the flow is drawn.
   */
  readonly maxSteps?: number;
  /** The line the window centres on (the cursor). */
  readonly aroundLine?: number;
  /** The fill of illegal lines (the theme's error colour, as a CSS rgba). */
  readonly errorFill?: string;
}

export interface DiagramItem {
  readonly line: number;
}

export interface MermaidDiagram {
  readonly source: string;
  /** The source line of each message, in the order Mermaid draws them. */
  readonly messages: readonly DiagramItem[];
  /** The source line of each note, in drawing order. */
  readonly notes: readonly DiagramItem[];
  /** Present when only part of a long flow is drawn. */
  readonly window?: { readonly firstLine: number; readonly lastLine: number; readonly totalSteps: number };
}

export const DEFAULT_MAX_STEPS = 600;
const DEFAULT_ERROR_FILL = 'rgba(229, 20, 0, 0.18)';
/** Columns of a note between the two endpoints (a diagnostic, the window notice). */
const WIDE_NOTE_COLUMNS = 50;

/**
 * Where a long note goes: between the lanes, from the first endpoint's. Not
 * `over P0,P1`: Mermaid sizes such a note by the lanes and spreads the lanes
 * by only half its text, so long text overflows the box; a note right of an
 * endpoint spreads the lanes to its whole width.
 */
const WIDE_NOTE = 'Note right of P0';

/** The diagram's text as it is written, one statement a line, with its drawn items. */
class DiagramWriter {
  readonly lines: string[] = ['sequenceDiagram'];
  readonly messages: DiagramItem[] = [];
  readonly notes: DiagramItem[] = [];
  private depth = 1;

  statement(text: string): void {
    this.lines.push(`${'  '.repeat(this.depth)}${text}`);
  }

  message(line: number, text: string): void {
    this.statement(text);
    this.messages.push({ line });
  }

  note(line: number, text: string): void {
    this.statement(text);
    this.notes.push({ line });
  }

  /** A Mermaid block (`rect`, `par`): its body is indented, then `end` closes it. */
  block(opening: string, body: () => void): void {
    this.statement(opening);
    this.depth++;
    body();
    this.depth--;
    this.statement('end');
  }

  /** Between the sections of a `par` block. */
  section(): void {
    this.depth--;
    this.statement('and');
    this.depth++;
  }
}

interface Context {
  readonly ids: readonly string[];
  readonly names: readonly string[];
  readonly locale: Locale;
  readonly showStates: boolean;
  readonly errorFill: string;
  readonly errorsByLine: ReadonlyMap<number, readonly Diagnostic[]>;
}

export function toMermaid(analysis: Analysis, options: MermaidOptions): MermaidDiagram {
  const out = new DiagramWriter();
  const locale = options.locale;
  const ids = analysis.endpoints.map((_, i) => `P${i}`);
  const bothEndpoints = ids.length === 2;

  if (analysis.title) out.statement(`title ${escapeMermaidText(analysis.title)}`);
  analysis.endpoints.forEach((endpoint, i) => {
    const role = renderPhrase({ key: endpoint.role === 'client' ? 'diagram-client' : 'diagram-server' }, locale);
    const label = endpoint.label ? `${endpoint.label} (${endpoint.name}, ${role})` : `${endpoint.name} (${role})`;
    out.statement(`participant ${ids[i]} as ${escapeMermaidText(label)}`);
  });

  const errorsByLine = new Map<number, Diagnostic[]>();
  for (const d of analysis.diagnostics) {
    if (d.severity !== 'error') continue;
    const line = d.range.start.line;
    errorsByLine.set(line, [...(errorsByLine.get(line) ?? []), d]);
  }
  const context: Context = {
    ids,
    names: analysis.endpoints.map((e) => e.name),
    locale,
    showStates: options.showStates ?? true,
    errorFill: options.errorFill ?? DEFAULT_ERROR_FILL,
    errorsByLine,
  };

  let steps = analysis.steps;
  let window: MermaidDiagram['window'];
  const maxSteps = options.maxSteps ?? DEFAULT_MAX_STEPS;
  if (steps.length > maxSteps) {
    const around = options.aroundLine ?? 0;
    const next = steps.findIndex((s) => s.line >= around);
    // Past the last statement (the cursor on a trailing blank line) means the end of the flow.
    const centre = next < 0 ? steps.length - 1 : next;
    const start = Math.max(0, Math.min(centre - Math.floor(maxSteps / 2), steps.length - maxSteps));
    steps = steps.slice(start, start + maxSteps);
    window = { firstLine: steps[0]!.line, lastLine: steps.at(-1)!.line, totalSteps: analysis.steps.length };
    if (bothEndpoints) {
      const text = renderPhrase({ key: 'diagram-window', args: { first: window.firstLine + 1, last: window.lastLine + 1, total: window.totalSteps } }, locale);
      out.note(window.firstLine, `${WIDE_NOTE}: ${escapeMermaidLines(text, WIDE_NOTE_COLUMNS)}`);
    }
  }

  const crossings = bothEndpoints ? crossingsOf(steps) : [];
  let crossing = 0;
  for (let i = 0; i < steps.length; i++) {
    const span = crossings[crossing];
    if (span?.first !== i) {
      drawStep(steps[i]!, context, out);
      continue;
    }
    // The arrows that crossed on the wire, side by side in time.
    out.block(`par ${escapeMermaidText(renderPhrase({ key: 'diagram-crossing' }, locale))}`, () => {
      for (let j = span.first; j < span.last; j++) drawStep(steps[j]!, context, out);
      out.section();
      drawStep(steps[span.last]!, context, out);
    });
    i = span.last;
    crossing++;
  }
  return { source: `${out.lines.join('\n')}\n`, messages: out.messages, notes: out.notes, ...(window ? { window } : {}) };
}

/** One statement's arrows and notes; an illegal one in a tinted block with its diagnostics. */
function drawStep(step: Step, context: Context, out: DiagramWriter): void {
  const errors = context.errorsByLine.get(step.line);
  // A wrong assertion draws nothing of its own, yet its error is shown all the same.
  if (!errors || context.ids.length !== 2) {
    drawEffects(step, context, out);
    return;
  }
  out.block(`rect ${context.errorFill}`, () => {
    drawEffects(step, context, out);
    const text = errors.map((e) => escapeMermaidLines(`⚠ ${renderMessage(e, context.locale)}`, WIDE_NOTE_COLUMNS)).join('<br/>');
    out.note(step.line, `${WIDE_NOTE}: ${text}`);
  });
}

function drawEffects(step: Step, { ids, names, locale, showStates }: Context, out: DiagramWriter): void {
  const statement = step.statement;
  const transmission = step.transmission;
  const sentInFlight = statement.kind === 'segment' && statement.arrowValue === '~>';
  if (transmission && !sentInFlight) {
    out.message(step.line, messageLine(transmission, ids, locale));
  } else if (transmission) {
    // Sent now, drawn where it is delivered: here only a note marks the send.
    const text = renderPhrase({ key: 'diagram-in-flight', args: { line: step.line + 1, label: transmission.label ?? '' } }, locale);
    out.note(step.line, `Note over ${ids[transmission.sender]}: ${escapeMermaidText(text)}`);
  }
  if (statement.kind === 'action') {
    const endpoint = names.indexOf(statement.endpoint.value);
    if (endpoint >= 0) out.note(step.line, `Note over ${ids[endpoint]}: ${escapeMermaidText(statement.action.value)}`);
  }
  if (showStates) {
    for (const change of step.changes) {
      const side = change.endpoint === 0 ? 'left of' : 'right of';
      out.note(step.line, `Note ${side} ${ids[change.endpoint]}: ${escapeMermaidText(change.to)}`);
    }
  }
}

/** `P0->>P1: [3] SYN seq=x`; lost segments get a cross, late ones an open arrow and both lines. */
function messageLine(t: Transmission, ids: readonly string[], locale: Locale): string {
  const from = ids[t.sender];
  const to = ids[t.receiver];
  const lines = t.deliveredLine !== undefined && t.deliveredLine !== t.sentLine ? `${t.sentLine + 1}→${t.deliveredLine + 1}` : `${t.sentLine + 1}`;
  let label = `[${lines}] ${t.text}`;
  if (t.fate === 'lost') label += ` ${renderPhrase({ key: 'diagram-lost' }, locale)}`;
  if (t.dropped) label += ` ${renderPhrase({ key: 'diagram-dropped' }, locale)}`;
  const arrow = t.fate === 'lost' ? '-x' : t.deliveredLine !== t.sentLine ? '-)' : '->>';
  return `${from}${arrow}${to}: ${escapeMermaidText(label)}`;
}
