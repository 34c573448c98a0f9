/**
 * What completion offers at the cursor: the words the language allows there
 * (flags, fields, states, actions, endpoint names, labels still in flight),
 * the numbers the core expects next, the segment an endpoint owes, and the
 * classic scenarios as snippets.
 */
import {
  ACTIONS,
  FIELD_NAMES,
  STATEMENT_KEYWORDS,
  TCP_FLAGS,
  TCP_STATES,
  nextNumbers,
  renderPhrase,
  type Analysis,
  type FieldName,
  type NextNumbers,
  type TcpState,
} from '../../core/index';
import { firstIndexFrom } from '../analysis/lookup';
import type { Localizer } from '../l10n/localizer';
import { SCENARIOS, scenarioDeclarations } from '../snippets/scenarios';
import { typingContext, type Span, type TypingContext } from './typing-context';

export type SuggestionKind = 'keyword' | 'endpoint' | 'arrow' | 'flag' | 'field' | 'number' | 'state' | 'action' | 'label' | 'segment' | 'snippet';

export interface Suggestion {
  readonly label: string;
  readonly kind: SuggestionKind;
  /** Plain text, or VS Code snippet syntax when `snippet` is set. */
  readonly insertText: string;
  readonly snippet?: boolean;
  /** The characters of the line that the suggestion replaces. */
  readonly replace: Span;
  readonly detail?: string;
  /** Plain text. */
  readonly documentation?: string;
  /** Orders suggestions; those without one come after. */
  readonly sortText?: string;
  readonly preselect?: boolean;
}

type NextNumbersOf = (analysis: Analysis, line: number, sender: string) => NextNumbers;

export function completionsAt(
  analysis: Analysis,
  lineText: string,
  position: { readonly line: number; readonly character: number },
  localizer: Localizer,
  // The core resumes from the analysis's checkpoints: a long capture costs a few statements' replay, not all of them.
  numbersOf: NextNumbersOf = nextNumbers,
): Suggestion[] {
  const context = typingContext(lineText, position.character);
  const line = position.line;
  switch (context.kind) {
    case 'line-start':
      return lineStart(analysis, line, context.word, localizer, numbersOf);
    case 'arrow':
      return arrows(analysis, context.sender, context.word, localizer);
    case 'receiver':
      return endpointNames(analysis, context.word, context.sender, ': ');
    case 'segment':
      return segmentWords(analysis, line, context, localizer, numbersOf);
    case 'number':
      return numberValue(analysis, line, context.sender, context.field, context.word, localizer, numbersOf);
    case 'state-or-action':
      return [...states(context.word, localizer, stateBefore(analysis, line, context.endpoint)), ...actions(context.word, localizer)];
    case 'declared-state':
      return states(context.word, localizer, undefined);
    case 'flight-label':
      return labelsInFlight(analysis, line, context.word, localizer);
    case 'none':
      return [];
  }
}

// ── The start of a statement ────────────────────────────────────────────

function lineStart(analysis: Analysis, line: number, word: Span, localizer: Localizer, numbersOf: NextNumbersOf): Suggestion[] {
  const { t } = localizer;
  const suggestions: Suggestion[] = [];
  // What an endpoint owes is the likeliest next line: offer it whole, first.
  for (const endpoint of analysis.endpoints) {
    const owed = numbersOf(analysis, line, endpoint.name).owedLine;
    if (owed) {
      suggestions.push({
        label: owed,
        kind: 'segment',
        insertText: owed,
        replace: word,
        detail: t('{0} owes this segment', endpoint.name),
        sortText: '0',
        preselect: true,
      });
    }
  }
  suggestions.push(...endpointNames(analysis, word, undefined, ' '));
  const details: Record<(typeof STATEMENT_KEYWORDS)[number], string> = {
    client: t('Declares the endpoint that opens actively (starts in CLOSED)'),
    server: t('Declares the endpoint that opens passively (starts in LISTEN)'),
    title: t("The diagram's title"),
    deliver: t('Delivers a segment sent with ~> ... as LABEL'),
  };
  const inFlight = labelsAwaiting(analysis, line).length > 0;
  for (const keyword of STATEMENT_KEYWORDS) {
    if (keyword === 'deliver' && !inFlight) continue;
    suggestions.push({ label: keyword, kind: 'keyword', insertText: keyword === 'title' ? 'title: ' : `${keyword} `, replace: word, detail: details[keyword], sortText: '2' });
  }
  suggestions.push(...scenarioSnippets(analysis, word, localizer));
  return suggestions;
}

function scenarioSnippets(analysis: Analysis, word: Span, localizer: Localizer): Suggestion[] {
  const { t } = localizer;
  const client = analysis.endpoints.find((e) => e.role === 'client') ?? analysis.endpoints[0];
  const peer = analysis.endpoints.find((e) => e !== client);
  const a = client?.name ?? 'A';
  const b = peer?.name ?? (a === 'B' ? 'A' : 'B');
  const declared = analysis.endpoints.length > 0;
  return SCENARIOS.map((scenario) => {
    const lines = [...(declared ? [] : scenarioDeclarations(scenario, a, b)), ...scenario.body(a, b)];
    return {
      label: scenario.prefix,
      kind: 'snippet',
      insertText: `${lines.join('\n')}\n$0`,
      snippet: true,
      replace: word,
      detail: t(scenario.title),
      documentation: t(scenario.description),
      sortText: '3',
    };
  });
}

function endpointNames(analysis: Analysis, word: Span, except: string | undefined, after: string): Suggestion[] {
  return analysis.endpoints
    .filter((e) => e.name !== except)
    .map((e) => ({
      label: e.name,
      kind: 'endpoint',
      insertText: `${e.name}${after}`,
      replace: word,
      detail: `${e.role} ${e.name}${e.label !== undefined ? ` "${e.label}"` : ''}`,
      sortText: '1',
    }));
}

function arrows(analysis: Analysis, sender: string, word: Span, localizer: Localizer): Suggestion[] {
  const { t } = localizer;
  const receiver = analysis.endpoints.find((e) => e.name !== sender)?.name;
  const to = receiver ? ` ${receiver}: ` : ' ';
  return [
    { label: `->${to}`.trimEnd(), kind: 'arrow', insertText: `->${to}`, replace: word, detail: t('Sends a segment that arrives now'), sortText: '0' },
    { label: `-x${to}`.trimEnd(), kind: 'arrow', insertText: `-x${to}`, replace: word, detail: t('Sends a segment that the network loses'), sortText: '1' },
    { label: `~>${to}`.trimEnd(), kind: 'arrow', insertText: `~>${to}`, replace: word, detail: t('Sends a segment that stays in flight until deliver LABEL'), sortText: '2' },
    { label: ':', kind: 'arrow', insertText: ': ', replace: word, detail: t('A state to check, or an action'), sortText: '3' },
  ];
}

// ── Inside a segment ────────────────────────────────────────────────────

type SegmentContext = Extract<TypingContext, { kind: 'segment' }>;

const COMMON_FLAGS = new Set(['SYN', 'ACK', 'FIN', 'RST', 'PSH']);

function segmentWords(analysis: Analysis, line: number, context: SegmentContext, localizer: Localizer, numbersOf: NextNumbersOf): Suggestion[] {
  const { t } = localizer;
  const word = context.word;
  const suggestions: Suggestion[] = [];
  const next = numbersOf(analysis, line, context.sender);

  if (context.fields.size === 0) {
    // The owed segment, when this is the line that pays it.
    const owedHead = `${context.sender} -> ${context.receiver}: `;
    if (context.flags.size === 0 && next.owedLine?.startsWith(owedHead) && context.arrow === '->') {
      const body = next.owedLine.slice(owedHead.length);
      suggestions.push({ label: body, kind: 'segment', insertText: body, replace: word, detail: t('{0} owes this segment', context.sender), sortText: '0', preselect: true });
    }
    for (const flag of TCP_FLAGS) {
      if (context.flags.has(flag)) continue;
      suggestions.push({
        label: flag,
        kind: 'flag',
        insertText: flag,
        replace: word,
        documentation: renderPhrase({ key: `flag-explain-${flag}` }, localizer.locale),
        sortText: COMMON_FLAGS.has(flag) ? '1' : '4',
      });
    }
  }
  if (context.flags.size > 0 || context.fields.size > 0) {
    for (const field of FIELD_NAMES) {
      if (context.fields.has(field)) continue;
      // RFC 9293 §3.1: the acknowledgment field is significant only when ACK is set.
      if (field === 'ack' && !context.flags.has('ACK')) continue;
      const value = field === 'seq' ? next.seq : field === 'ack' ? next.ack : undefined;
      suggestions.push(fieldSuggestion(field, value, word, localizer));
    }
    if (context.arrow === '~>') {
      suggestions.push({ label: 'as', kind: 'keyword', insertText: 'as ${1:label}', snippet: true, replace: word, detail: t('Names the segment in flight, for deliver'), sortText: '3' });
    }
  }
  return suggestions;
}

function fieldSuggestion(field: FieldName, value: string | undefined, word: Span, localizer: Localizer): Suggestion {
  const { t } = localizer;
  const details: Record<FieldName, string> = {
    seq: t('Sequence number'),
    ack: t('Acknowledgment number: the next sequence number expected'),
    len: t('Payload length in bytes'),
    data: t('Payload text; sets len to its length in bytes'),
    win: t('Advertised receive window'),
  };
  if (value !== undefined) {
    return { label: `${field}=${value}`, kind: 'field', insertText: `${field}=${value}`, replace: word, detail: details[field], sortText: '2' };
  }
  const insertText = field === 'data' ? 'data="$1"' : `${field}=$1`;
  return { label: `${field}=`, kind: 'field', insertText, snippet: true, replace: word, detail: details[field], sortText: '2' };
}

function numberValue(
  analysis: Analysis,
  line: number,
  sender: string,
  field: 'seq' | 'ack',
  word: Span,
  localizer: Localizer,
  numbersOf: NextNumbersOf,
): Suggestion[] {
  const value = numbersOf(analysis, line, sender)[field];
  if (value === undefined) return [];
  const detail =
    field === 'seq'
      ? localizer.t('The next sequence number {0} sends (SND.NXT)', sender)
      : localizer.t('Everything {0} has received so far, plus one (RCV.NXT)', sender);
  return [{ label: value, kind: 'number', insertText: value, replace: word, detail, sortText: '0', preselect: true }];
}

// ── States, actions, labels ─────────────────────────────────────────────

/** The state `endpoint` is in just before `line`, for preselecting it in an assertion. */
function stateBefore(analysis: Analysis, line: number, endpoint: string): TcpState | undefined {
  const index = analysis.endpoints.findIndex((e) => e.name === endpoint);
  if (index < 0) return undefined;
  const at = firstIndexFrom(analysis.steps, (s) => s.line, line);
  const previous = analysis.steps[at - 1];
  return previous ? previous.after[index]?.state : analysis.endpoints[index]!.initialState;
}

function states(word: Span, localizer: Localizer, current: TcpState | undefined): Suggestion[] {
  return TCP_STATES.map((state) => ({
    label: state,
    kind: 'state',
    insertText: state,
    replace: word,
    ...(state === current ? { detail: localizer.t('The state it is in here'), preselect: true, sortText: '0' } : { sortText: '1' }),
    documentation: renderPhrase({ key: `state-explain-${state}` }, localizer.locale),
  }));
}

function actions(word: Span, localizer: Localizer): Suggestion[] {
  return ACTIONS.map((action) => ({
    label: action,
    kind: 'action',
    insertText: action,
    replace: word,
    documentation: renderPhrase({ key: `action-explain-${action}` }, localizer.locale),
    sortText: '2',
  }));
}

interface AwaitingLabel {
  readonly label: string;
  readonly sentLine: number;
  readonly text: string;
}

/** Segments sent with `~>` above `line` and not yet delivered there. */
function labelsAwaiting(analysis: Analysis, line: number): AwaitingLabel[] {
  const awaiting: AwaitingLabel[] = [];
  for (const transmission of analysis.transmissions) {
    if (transmission.sentLine >= line) break;
    if (transmission.label === undefined) continue;
    if (transmission.deliveredLine !== undefined && transmission.deliveredLine < line) continue;
    awaiting.push({ label: transmission.label, sentLine: transmission.sentLine, text: transmission.text });
  }
  return awaiting;
}

function labelsInFlight(analysis: Analysis, line: number, word: Span, localizer: Localizer): Suggestion[] {
  return labelsAwaiting(analysis, line).map((awaiting, i) => ({
    label: awaiting.label,
    kind: 'label',
    insertText: awaiting.label,
    replace: word,
    detail: localizer.t('Sent on line {0}: {1}', awaiting.sentLine + 1, awaiting.text),
    sortText: String(i).padStart(6, '0'),
  }));
}
