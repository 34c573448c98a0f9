/**
 * The statements that are not segments: `title: TEXT`, `client|server NAME
 * ["LABEL"] [STATE]`, `deliver LABEL`, and `NAME: STATE` / `NAME: ACTION`.
 */
import type { ActionStatement, AssertionStatement, DeclarationStatement, DeliverStatement, Role, TitleStatement } from './ast';
import type { Token } from '../text/range';
import { stateNamed, TCP_STATES, type TcpState } from '../tcp/states';
import { ACTIONS, actionNamed } from '../tcp/actions';
import type { LineContext } from './line-context';
import { ActionLine, AssertionLine, DeclarationLine, DeliverLine, TitleLine } from './nodes';
import { endpointName, flightLabel } from './names';
import { nearMiss } from './near-miss';
import { readQuoted } from './values';

/** The RFC's own spellings that are near misses worth suggesting too. */
const STATE_WORDS: readonly string[] = [...TCP_STATES, 'SYN_RECEIVED'];
const STATE_OR_ACTION_WORDS: readonly string[] = [...STATE_WORDS, ...ACTIONS];

/** Reports anything left after a complete statement. */
function expectEnd(ctx: LineContext, from: number): void {
  const rest = ctx.skipSpaces(from);
  if (rest < ctx.end) ctx.report('unexpected-text', ctx.range(rest, ctx.end), { text: ctx.quote(rest, ctx.end) });
}

/** `title: TEXT`; `colon` is the column of the colon after the keyword. */
export function parseTitle(ctx: LineContext, colon: number): TitleStatement {
  const start = ctx.skipSpaces(colon + 1);
  const title = ctx.token(ctx.text.slice(start, ctx.end), start, ctx.end);
  return new TitleLine(ctx.source, ctx.hasError, title);
}

/** `client NAME ["LABEL"] [STATE]`, the keyword in [keywordStart, keywordEnd). */
export function parseDeclaration(ctx: LineContext, role: Role, keywordEnd: number): DeclarationStatement | undefined {
  const keyword = ctx.token(role, ctx.source.start, keywordEnd);
  const nameStart = ctx.skipSpaces(keywordEnd);
  const nameEnd = ctx.runEnd(nameStart, ctx.end, '"');
  if (nameStart === nameEnd) {
    ctx.report('expected-endpoint', keyword.range, { after: `'${keyword.text}'` });
    return undefined;
  }
  const name = endpointName(ctx, nameStart, nameEnd);
  let at = ctx.skipSpaces(nameEnd);
  let label: Token<string> | undefined;
  if (ctx.text[at] === '"') {
    const quoted = readQuoted(ctx, at, ctx.end);
    label = ctx.token(quoted.value, at, quoted.end);
    at = ctx.skipSpaces(quoted.end);
  }
  let state: Token<TcpState> | undefined;
  if (at < ctx.end) {
    const stateEnd = ctx.runEnd(at, ctx.end, '');
    const named = stateNamed(ctx.text.slice(at, stateEnd));
    if (named) state = ctx.token(named, at, stateEnd);
    else ctx.reportWord('unknown-state', at, stateEnd, nearMiss(ctx.text.slice(at, stateEnd), STATE_WORDS), 'expected-state');
    at = stateEnd;
  }
  expectEnd(ctx, at);
  if (!name) return undefined;
  return new DeclarationLine(ctx.source, ctx.hasError, keyword, name, label, state);
}

/** `deliver LABEL`. */
export function parseDeliver(ctx: LineContext, keywordEnd: number): DeliverStatement | undefined {
  const keyword = ctx.token('deliver', ctx.source.start, keywordEnd);
  const labelStart = ctx.skipSpaces(keywordEnd);
  const labelEnd = ctx.runEnd(labelStart, ctx.end, '');
  const label = flightLabel(ctx, labelStart, labelEnd, keyword);
  expectEnd(ctx, labelEnd);
  if (!label) return undefined;
  return new DeliverLine(ctx.source, ctx.hasError, keyword, label);
}

/** `NAME: STATE` or `NAME: ACTION`; the name ends at `nameEnd`, the colon stands at `colon`. */
export function parseAssertionOrAction(ctx: LineContext, nameEnd: number, colon: number): AssertionStatement | ActionStatement | undefined {
  const endpoint = endpointName(ctx, ctx.source.start, nameEnd);
  const wordStart = ctx.skipSpaces(colon + 1);
  const wordEnd = ctx.runEnd(wordStart, ctx.end, '');
  if (wordStart === wordEnd) {
    ctx.report('expected-state-or-action', ctx.range(colon, colon + 1));
    return undefined;
  }
  const word = ctx.text.slice(wordStart, wordEnd);
  // `listen` is both an action and, case-insensitively, the state LISTEN:
  // written in capitals it asserts the state, otherwise it is the call.
  const asAction = actionNamed(word);
  const asState = stateNamed(word);
  const action = asAction && !(asState && word === word.toUpperCase()) ? asAction : undefined;
  const state = action ? undefined : asState;
  if (!state && !action) {
    ctx.reportWord('unknown-state-or-action', wordStart, wordEnd, nearMiss(word, STATE_OR_ACTION_WORDS), 'expected-state-or-action');
  }
  expectEnd(ctx, wordEnd);
  if (!endpoint) return undefined;
  if (state) return new AssertionLine(ctx.source, ctx.hasError, endpoint, ctx.token(state, wordStart, wordEnd));
  if (action) return new ActionLine(ctx.source, ctx.hasError, endpoint, ctx.token(action, wordStart, wordEnd));
  return undefined;
}
