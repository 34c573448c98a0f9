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
import { escapeMermaidText } from './escape';

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

export function toMermaid(analysis: Analysis, options: MermaidOptions): MermaidDiagram {
  const out: string[] = ['sequenceDiagram'];
  const messages: DiagramItem[] = [];
  const notes: DiagramItem[] = [];
  const locale = options.locale;
  const showStates = options.showStates ?? true;
  const ids = analysis.endpoints.map((_, i) => `P${i}`);
  const names = analysis.endpoints.map((e) => e.name);

  if (analysis.title) out.push(`  title ${escapeMermaidText(analysis.title)}`);
  analysis.endpoints.forEach((endpoint, i) => {
    const role = renderPhrase({ key: endpoint.role === 'client' ? 'diagram-client' : 'diagram-server' }, locale);
    const label = endpoint.label ? `${endpoint.label} (${endpoint.name}, ${role})` : `${endpoint.name} (${role})`;
    out.push(`  participant ${ids[i]} as ${escapeMermaidText(label)}`);
  });

  const errorsByLine = new Map<number, Diagnostic>();
  for (const d of analysis.diagnostics) {
    if (d.severity === 'error' && !errorsByLine.has(d.range.start.line)) errorsByLine.set(d.range.start.line, d);
  }

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
    if (ids.length === 2) {
      const text = renderPhrase({ key: 'diagram-window', args: { first: window.firstLine + 1, last: window.lastLine + 1, total: window.totalSteps } }, locale);
      out.push(`  Note over ${ids[0]},${ids[1]}: ${escapeMermaidText(text)}`);
      notes.push({ line: window.firstLine });
    }
  }

  for (const step of steps) {
    const error = errorsByLine.get(step.line);
    const body: string[] = [];
    drawStep(step, ids, names, locale, showStates, body, messages, notes);
    if (error && body.length > 0 && ids.length === 2) {
      out.push(`  rect ${options.errorFill ?? DEFAULT_ERROR_FILL}`);
      out.push(...body.map((l) => `  ${l}`));
      out.push(`    Note over ${ids[0]},${ids[1]}: ${escapeMermaidText(`⚠ ${renderMessage(error, locale)}`)}`);
      notes.push({ line: step.line });
      out.push('  end');
    } else {
      out.push(...body);
    }
  }
  return { source: `${out.join('\n')}\n`, messages, notes, ...(window ? { window } : {}) };
}

function drawStep(step: Step, ids: readonly string[], names: readonly string[], locale: Locale, showStates: boolean, out: string[], messages: DiagramItem[], notes: DiagramItem[]): void {
  const statement = step.statement;
  const transmission = step.transmission;
  const sentInFlight = statement.kind === 'segment' && statement.arrow.value === '~>';
  if (transmission && !sentInFlight) {
    out.push(`  ${messageLine(transmission, ids, locale)}`);
    messages.push({ line: step.line });
  } else if (transmission) {
    // Sent now, drawn where it is delivered: here only a note marks the send.
    const text = renderPhrase({ key: 'diagram-in-flight', args: { line: step.line + 1, label: transmission.label ?? '' } }, locale);
    out.push(`  Note over ${ids[transmission.sender]}: ${escapeMermaidText(text)}`);
    notes.push({ line: step.line });
  }
  if (statement.kind === 'action') {
    const endpoint = names.indexOf(statement.endpoint.value);
    if (endpoint >= 0) {
      out.push(`  Note over ${ids[endpoint]}: ${escapeMermaidText(statement.action.value)}`);
      notes.push({ line: step.line });
    }
  }
  if (showStates) {
    for (const change of step.changes) {
      const side = change.endpoint === 0 ? 'left of' : 'right of';
      out.push(`  Note ${side} ${ids[change.endpoint]}: ${escapeMermaidText(change.to)}`);
      notes.push({ line: step.line });
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
