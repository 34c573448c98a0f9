/**
 * What a hover says, computed from the analysis alone: on a flag or a state
 * name, what it means; on a segment line, both endpoints' states before and
 * after, the numbers as written and as resolved, and what the receiver did.
 */
import {
  renderPhrase,
  type Analysis,
  type EndpointSnapshot,
  type Flag,
  type Position,
  type Range,
  type ResolvedNumber,
  type Statement,
  type Step,
  type TcpState,
  type Token,
  type Transmission,
} from '../../core/index';
import { statementAt, stepAt } from '../analysis/lookup';
import type { Localizer } from '../l10n/localizer';
import { code, escapeMarkdown, table } from './markdown';

export interface HoverText {
  readonly markdown: string;
  readonly range: Range;
}

function contains(range: Range, position: Position): boolean {
  const { start, end } = range;
  if (position.line < start.line || position.line > end.line) return false;
  if (position.line === start.line && position.character < start.character) return false;
  if (position.line === end.line && position.character > end.character) return false;
  return true;
}

export function stateExplanation(state: TcpState, localizer: Localizer): string {
  return `**${code(state)}**\n\n${escapeMarkdown(renderPhrase({ key: `state-explain-${state}` }, localizer.locale))}`;
}

export function flagExplanation(flag: Flag, localizer: Localizer): string {
  return `**${code(flag)}**\n\n${escapeMarkdown(renderPhrase({ key: `flag-explain-${flag}` }, localizer.locale))}`;
}

function stateToken(statement: Statement): Token<TcpState> | undefined {
  if (statement.kind === 'assertion') return statement.state;
  if (statement.kind === 'declaration') return statement.state;
  return undefined;
}

export function hoverAt(analysis: Analysis, position: Position, localizer: Localizer): HoverText | undefined {
  const statement = statementAt(analysis, position.line);
  if (!statement || !contains(statement.range, position)) return undefined;

  if (statement.kind === 'segment') {
    const mention = statement.segment.flags.find((f) => contains(f.range, position));
    if (mention) return { markdown: flagExplanation(mention.flag, localizer), range: mention.range };
  }
  const state = stateToken(statement);
  if (state && contains(state.range, position)) return { markdown: stateExplanation(state.value, localizer), range: state.range };

  if (statement.kind === 'declaration') {
    const markdown = declarationHover(analysis, statement.name.value, localizer);
    return markdown ? { markdown, range: statement.name.range } : undefined;
  }
  const step = stepAt(analysis, position.line);
  if (!step || statement.hasSyntaxError) return undefined;
  const parts: string[] = [];
  if (step.transmission) parts.push(...segmentParts(analysis, step, step.transmission, localizer));
  if (statement.kind !== 'title') parts.push(statesTable(analysis, step, localizer));
  return parts.length > 0 ? { markdown: parts.join('\n\n'), range: statement.range } : undefined;
}

function declarationHover(analysis: Analysis, name: string, localizer: Localizer): string | undefined {
  const endpoint = analysis.endpoints.find((e) => e.name === name);
  if (!endpoint) return undefined;
  const { t } = localizer;
  const opens = endpoint.role === 'client' ? t('{0} opens actively (client).', code(name)) : t('{0} opens passively (server).', code(name));
  return `${opens}\n\n${t('It starts in {0} and ends in {1}.', code(endpoint.initialState), code(endpoint.finalState))}`;
}

function nameOf(analysis: Analysis, endpoint: number): string {
  return analysis.endpoints[endpoint]?.name ?? '?';
}

function segmentParts(analysis: Analysis, step: Step, transmission: Transmission, localizer: Localizer): string[] {
  const { t } = localizer;
  const sender = nameOf(analysis, transmission.sender);
  const receiver = nameOf(analysis, transmission.receiver);
  const parts = [`**${code(sender)} → ${code(receiver)}**: ${code(transmission.flags.join(', '))}`];

  const numbers = [numberLine('seq', transmission.seq, localizer)];
  if (transmission.ack) numbers.push(numberLine('ack', transmission.ack, localizer));
  if (transmission.len > 0) numbers.push(code(`len = ${transmission.len}`));
  parts.push(numbers.join(' · '));

  const deliveredHere = transmission.deliveredLine === step.line;
  if (transmission.fate === 'lost') {
    parts.push(escapeMarkdown(t('Lost in the network: {0} never receives it.', receiver)));
  } else if (!deliveredHere) {
    parts.push(
      transmission.deliveredLine !== undefined
        ? escapeMarkdown(t('In flight until line {0}, where {1} receives it.', transmission.deliveredLine + 1, receiver))
        : escapeMarkdown(t('Still in flight when the exchange ends: {0} never receives it.', receiver)),
    );
  } else if (transmission.sentLine !== step.line) {
    parts.push(escapeMarkdown(t('Sent on line {0}; {1} receives it here.', transmission.sentLine + 1, receiver)));
  }
  if (deliveredHere && transmission.outcome) parts.push(escapeMarkdown(renderPhrase(transmission.outcome, localizer.locale)));
  return parts;
}

/** `seq = x+1 = 101`, or the value alone when the writer wrote just that number. */
export function numberLine(field: 'seq' | 'ack', number: ResolvedNumber, localizer: Localizer): string {
  if (number.assumed || number.written === undefined) {
    return `${code(`${field} = ${number.value}`)} ${escapeMarkdown(localizer.t('(not written: the correct value is assumed)'))}`;
  }
  const written = number.written.replace(/\s+/g, '');
  return written === String(number.value) ? code(`${field} = ${number.value}`) : code(`${field} = ${written} = ${number.value}`);
}

function snapshotCell(snapshot: EndpointSnapshot | undefined, localizer: Localizer): string {
  if (!snapshot) return '';
  const state = code(snapshot.state);
  return snapshot.owes ? `${state} ${escapeMarkdown(localizer.t('(owes {0})', snapshot.owes))}` : state;
}

function statesTable(analysis: Analysis, step: Step, localizer: Localizer): string {
  const { t } = localizer;
  const rows = analysis.endpoints.map((endpoint, i) => {
    const before = step.before[i];
    const after = step.after[i];
    const changed = before?.state !== after?.state;
    return [code(endpoint.name), snapshotCell(before, localizer), changed ? '→' : '', snapshotCell(after, localizer)];
  });
  return table([t('Endpoint'), t('Before'), '', t('After')], rows);
}
