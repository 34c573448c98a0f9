/**
 * The public face of the core, shared by the extension host, the webview and
 * the CLI. Pure TypeScript: no `vscode`, no Node, no DOM.
 */
import { parse } from './syntax/parser';
import { validate } from './validator/validate';
import type { Analysis } from './analysis/model';

/**
 * Parses and validates a document. Pass the analysis of the document's
 * previous version and only what the edit changed is parsed and validated
 * again; the result is the same as without it.
 */
export function analyze(text: string, previous?: Analysis): Analysis {
  return validate(parse(text, previous?.document), previous);
}

export { parse, STATEMENT_KEYWORDS } from './syntax/parser';
export { nearMiss } from './syntax/near-miss';
export { FIELD_NAMES } from './syntax/ast';
export { validate, nextNumbers, type NextNumbers } from './validator/validate';
export { phasesOf, PHASE_PHRASES, type Phase, type PhaseKind } from './analysis/phases';
export { renderMessage, renderPhrase } from './diagnostics/render';
export { DIAGNOSTICS, DIAGNOSTIC_CODES, type DiagnosticCode } from './diagnostics/catalogue';
export { PHRASES, type PhraseKey } from './l10n/phrases';
export { localeFrom, LOCALES, type Locale } from './l10n/locale';
export { TCP_STATES, stateNamed, isSynchronized, type TcpState } from './tcp/states';
export { TCP_FLAGS, flagNamed, type Flag } from './tcp/flags';
export { ACTIONS, actionNamed, type Action } from './tcp/actions';
export type * from './analysis/model';
export type * from './syntax/ast';
export type * from './diagnostics/diagnostic';
export type * from './text/range';
export { toMermaid, DEFAULT_MAX_STEPS, type MermaidOptions, type MermaidDiagram, type DiagramItem } from './mermaid/generate';
export { escapeMermaidText, escapeMermaidLines } from './mermaid/escape';
