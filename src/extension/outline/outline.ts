/**
 * The outline of an exchange: the title and the two endpoints, then the
 * phases of the connection (establishment, data transfer, termination,
 * reset) with their segments inside. Folding follows the same phases, plus
 * comment blocks and `# region` markers.
 */
import { PHASE_PHRASES, phasesOf, renderPhrase, type Analysis, type Range, type Step } from '../../core/index';
import type { Localizer } from '../l10n/localizer';

export type OutlineKind = 'title' | 'endpoint' | 'phase' | 'segment';

export interface OutlineSymbol {
  readonly name: string;
  readonly detail: string;
  readonly kind: OutlineKind;
  readonly range: Range;
  readonly selectionRange: Range;
  readonly children: readonly OutlineSymbol[];
}

/** Past this many segments the outline lists the phases only: a huge capture would drown the view. */
export const MAX_SEGMENT_SYMBOLS = 5000;

function lineSpan(analysis: Analysis, firstStep: number, lastStep: number): Range {
  return { start: analysis.steps[firstStep]!.statement.range.start, end: analysis.steps[lastStep]!.statement.range.end };
}

function segmentSymbol(analysis: Analysis, step: Step): OutlineSymbol | undefined {
  const statement = step.statement;
  if (statement.kind === 'segment') {
    const name = `${statement.senderValue} ${statement.arrowValue} ${statement.receiverValue}: ${statement.segment.text}`;
    return { name, detail: step.changes.map((c) => `${analysis.endpoints[c.endpoint]?.name ?? '?'}: ${c.to}`).join(', '), kind: 'segment', range: statement.range, selectionRange: statement.range, children: [] };
  }
  if (statement.kind === 'deliver') {
    return { name: `deliver ${statement.label.value}`, detail: step.transmission?.text ?? '', kind: 'segment', range: statement.range, selectionRange: statement.range, children: [] };
  }
  return undefined;
}

export function outlineOf(analysis: Analysis, localizer: Localizer): OutlineSymbol[] {
  const symbols: OutlineSymbol[] = [];
  for (const statement of analysis.document.statements) {
    if (statement.kind === 'title') {
      symbols.push({ name: statement.title.value, detail: '', kind: 'title', range: statement.range, selectionRange: statement.title.range, children: [] });
    } else if (statement.kind === 'declaration') {
      const state = statement.state?.value ?? (statement.role.value === 'client' ? 'CLOSED' : 'LISTEN');
      symbols.push({ name: statement.name.value, detail: `${statement.role.value} · ${state}`, kind: 'endpoint', range: statement.range, selectionRange: statement.name.range, children: [] });
    }
  }
  const withSegments = analysis.transmissions.length <= MAX_SEGMENT_SYMBOLS;
  for (const phase of phasesOf(analysis)) {
    const children: OutlineSymbol[] = [];
    if (withSegments) {
      for (let i = phase.firstStep; i <= phase.lastStep; i++) {
        const symbol = segmentSymbol(analysis, analysis.steps[i]!);
        if (symbol) children.push(symbol);
      }
    }
    const range = lineSpan(analysis, phase.firstStep, phase.lastStep);
    const lines = phase.startLine === phase.endLine ? String(phase.startLine + 1) : `${phase.startLine + 1}–${phase.endLine + 1}`;
    symbols.push({
      name: renderPhrase({ key: PHASE_PHRASES[phase.kind] }, localizer.locale),
      detail: localizer.t('lines {0}', lines),
      kind: 'phase',
      range,
      selectionRange: analysis.steps[phase.firstStep]!.statement.range,
      children,
    });
  }
  // The outline is read top to bottom: a title written after the declarations stays where it is.
  return symbols.sort((a, b) => a.range.start.line - b.range.start.line);
}

export interface Fold {
  readonly start: number;
  readonly end: number;
  readonly kind?: 'comment' | 'region';
}

const COMMENT_LINE = /^\s*#/;
const REGION_START = /^\s*#\s*region\b/;
const REGION_END = /^\s*#\s*endregion\b/;

/** Folds by line: phases, runs of comment lines, and `# region` … `# endregion`. */
export function foldsOf(analysis: Analysis, lineAt: (line: number) => string, lineCount: number): Fold[] {
  const folds: Fold[] = [];
  for (const phase of phasesOf(analysis)) {
    if (phase.endLine > phase.startLine) folds.push({ start: phase.startLine, end: phase.endLine });
  }
  const regions: number[] = [];
  let commentStart: number | undefined;
  for (let line = 0; line <= lineCount; line++) {
    const text = line < lineCount ? lineAt(line) : '';
    const isComment = line < lineCount && COMMENT_LINE.test(text);
    if (REGION_START.test(text)) regions.push(line);
    else if (REGION_END.test(text) && regions.length > 0) folds.push({ start: regions.pop()!, end: line, kind: 'region' });
    const plainComment = isComment && !REGION_START.test(text) && !REGION_END.test(text);
    if (plainComment && commentStart === undefined) commentStart = line;
    if (!plainComment && commentStart !== undefined) {
      if (line - 1 > commentStart) folds.push({ start: commentStart, end: line - 1, kind: 'comment' });
      commentStart = undefined;
    }
  }
  return folds;
}
