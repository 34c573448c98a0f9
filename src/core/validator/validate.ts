/**
 * The validator: runs both endpoints' TCP state machines (RFC 9293 §3.3.2,
 * §3.10) over the statements in order, and records what each line did.
 */
import type { ParsedDocument, Statement } from '../syntax/ast';
import type { Analysis, EndpointInfo } from '../analysis/model';
import type { Diagnostic } from '../diagnostics/diagnostic';
import { resolveEndpoints, type Endpoint } from './endpoints';
import { Connection } from './connection';
import { RecordedViews } from './steps';
import { statementsAbove } from '../syntax/statement-lines';

/**
 * Validates a document. Given the analysis of an earlier version of it, the
 * run resumes from the last checkpoint before the first statement that
 * changed, instead of replaying the whole file: on a keystroke, the TCP
 * state machines run over what follows the edit only.
 */
export function validate(document: ParsedDocument, previous?: Analysis): Analysis {
  const title = lastTitle(document.statements);
  const { endpoints, diagnostics: endpointDiagnostics } = resolveEndpoints(document);
  if (endpoints.length < 2) {
    const diagnostics = [...document.diagnostics, ...endpointDiagnostics];
    return {
      document,
      ...(title !== undefined ? { title } : {}),
      endpoints: endpoints.map((e) => ({ ...endpointInfo(e), finalState: e.initialState })),
      steps: [],
      transmissions: [],
      diagnostics: sortDiagnostics(diagnostics),
      legal: !diagnostics.some((d) => d.severity === 'error'),
    };
  }
  const connection = Connection.resume(document, endpoints, previous) ?? Connection.start(document, endpoints);
  const statements = document.statements;
  for (let i = connection.applied; i < statements.length; i++) connection.apply(statements[i]!);
  connection.finish();

  const ctx = connection.ctx;
  const diagnostics = sortDiagnostics([...document.diagnostics, ...endpointDiagnostics, ...ctx.diagnostics]);
  // Made when first read: checking a file reads only its diagnostics (see run-record.ts).
  const views = new RecordedViews(connection.record, document.statements);
  const analysis: Analysis = {
    document,
    ...(title !== undefined ? { title } : {}),
    endpoints: endpoints.map((e, i) => ({ ...endpointInfo(e), finalState: ctx.tcbs[i]!.state })),
    get steps() {
      return views.steps();
    },
    get transmissions() {
      return views.transmissions();
    },
    diagnostics,
    legal: !diagnostics.some((d) => d.severity === 'error'),
  };
  connection.leaveCheckpoints(analysis, endpoints);
  return analysis;
}

function endpointInfo(e: Endpoint): Omit<EndpointInfo, 'finalState'> {
  return {
    name: e.name,
    role: e.role,
    ...(e.label !== undefined ? { label: e.label } : {}),
    ...(e.declaredAt ? { declaredAt: e.declaredAt } : {}),
    initialState: e.initialState,
  };
}

/** What an endpoint's next segment should carry, written in the file's own terms (for completion). */
export interface NextNumbers {
  readonly seq?: string;
  readonly ack?: string;
  /** The whole segment line the endpoint owes, when it owes one. */
  readonly owedLine?: string;
}

/**
 * The numbers `sender`'s next segment needs on `line`: the validator is
 * replayed over the statements above that line, so the answer is exactly
 * what the check of that line would expect.
 */
export function nextNumbers(analysis: Analysis, line: number, sender: string): NextNumbers {
  const document = analysis.document;
  const { endpoints } = resolveEndpoints(document);
  if (endpoints.length < 2) return {};
  // The analysis's own checkpoints spare replaying all but the last few statements above the line.
  const above = statementsAbove(document.statements, line);
  const connection = Connection.resume(document, endpoints, analysis, above) ?? Connection.start(document, endpoints);
  for (let i = connection.applied; i < above; i++) connection.apply(document.statements[i]!);
  const ctx = connection.ctx;
  const index = ctx.names.indexOf(sender);
  if (index < 0) return {};
  const tcb = ctx.tcbs[index]!;
  const peer = 1 - index;
  const owedLine = ctx.owedSegmentText(index);
  const opening = tcb.state === 'CLOSED' || tcb.state === 'LISTEN';
  const seq = opening ? undefined : tcb.sndNxt !== undefined ? ctx.write(tcb.sndNxt, index) : tcb.iss !== undefined ? ctx.write(tcb.iss, index) : undefined;
  const ack = tcb.rcvNxt !== undefined ? ctx.write(tcb.rcvNxt, peer) : undefined;
  return { ...(seq !== undefined ? { seq } : {}), ...(ack !== undefined ? { ack } : {}), ...(owedLine ? { owedLine } : {}) };
}

function lastTitle(statements: readonly Statement[]): string | undefined {
  let title: string | undefined;
  // By index: once per analysis is too few runs for the engine to make an iterator free.
  for (let i = 0; i < statements.length; i++) {
    const s = statements[i]!;
    if (s.kind === 'title') title = s.title.value;
  }
  return title;
}

function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics
    .map((d, i) => [d, i] as const)
    .sort(([a, i], [b, j]) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character || i - j)
    .map(([d]) => d);
}
