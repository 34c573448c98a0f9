/** `SENDER -> RECEIVER: SEGMENT`, `SENDER -x RECEIVER: SEGMENT`, `SENDER ~> RECEIVER: SEGMENT as LABEL`. */
import type { SegmentStatement } from './ast';
import { arrowAt } from './arrows';
import type { LineContext } from './line-context';
import { endpointNameValue } from './names';
import { parseSegmentSpec } from './segment-spec';
import { SegmentLine } from './nodes';

/**
 * Parses a line whose head holds an arrow at arrowStart; `headEnd` is where
 * its first `:` (or `"`) stands. Returns no statement when an endpoint name
 * is missing.
 */
export function parseSegmentStatement(ctx: LineContext, arrowStart: number, headEnd: number): SegmentStatement | undefined {
  const { source, text } = ctx;
  const arrow = arrowAt(text, arrowStart, headEnd)!;
  const arrowEnd = arrowStart + 2;
  // Tokens are made only for what is reported: a segment keeps columns and values.
  const senderEnd = ctx.trimEnd(source.start, arrowStart);
  let sender: string | undefined;
  if (senderEnd === source.start) ctx.report('expected-sender', ctx.range(arrowStart, arrowEnd), { arrow: text.slice(arrowStart, arrowEnd) });
  else sender = endpointNameValue(ctx, source.start, senderEnd);

  const hasColon = text.charCodeAt(headEnd) === 0x3a; /* : */
  const receiverStart = ctx.skipSpaces(arrowEnd, headEnd);
  const receiverEnd = hasColon ? ctx.trimEnd(receiverStart, headEnd) : ctx.runEnd(receiverStart, headEnd, '');
  let receiver: string | undefined;
  if (receiverStart === receiverEnd) ctx.report('expected-endpoint', ctx.range(arrowStart, arrowEnd), { after: `'${text.slice(arrowStart, arrowEnd)}'` });
  else receiver = endpointNameValue(ctx, receiverStart, receiverEnd);

  // Without the colon, what follows the receiver is still read as the
  // segment, so that its own mistakes are reported in the same pass.
  const colonStart = hasColon ? headEnd : receiver !== undefined ? receiverStart : arrowStart;
  const colonEnd = hasColon ? headEnd + 1 : receiver !== undefined ? receiverEnd : arrowEnd;
  if (!hasColon) {
    const found = ctx.skipSpaces(receiverEnd);
    const foundEnd = ctx.runEnd(found, ctx.end, '');
    const where = found < ctx.end ? ctx.range(found, foundEnd) : ctx.range(colonStart, colonEnd);
    ctx.report('expected-colon', where, { after: `'${receiver ?? text.slice(arrowStart, arrowEnd)}'` });
  }
  const parsed = parseSegmentSpec(ctx, hasColon ? headEnd + 1 : receiverEnd, ctx.end, colonStart, colonEnd);

  let flightLabel = parsed.flightLabel;
  if (arrow === '~>' && !flightLabel) ctx.report('missing-flight-label', ctx.range(arrowStart, arrowEnd));
  if (arrow !== '~>' && flightLabel) {
    ctx.report('flight-label-on-arrow', parsed.flightLabelRange!, { label: flightLabel.value });
    flightLabel = undefined;
  }
  if (sender === undefined || receiver === undefined) return undefined;
  return new SegmentLine(
    source,
    ctx.hasError,
    sender,
    senderEnd,
    arrow,
    arrowStart,
    receiver,
    receiverStart,
    receiverEnd,
    parsed.spec,
    flightLabel,
  );
}
