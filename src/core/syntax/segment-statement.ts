/** `SENDER -> RECEIVER: SEGMENT`, `SENDER -x RECEIVER: SEGMENT`, `SENDER ~> RECEIVER: SEGMENT as LABEL`. */
import type { SegmentStatement } from './ast';
import type { ArrowAt } from './arrows';
import type { LineContext } from './line-context';
import { endpointNameValue } from './names';
import { parseSegmentSpec } from './segment-spec';
import { SegmentLine } from './nodes';

/**
 * Parses a line whose head holds `arrow`; `headEnd` is where its first `:`
 * (or `"`) stands. Returns no statement when an endpoint name is missing.
 */
export function parseSegmentStatement(ctx: LineContext, arrowAt: ArrowAt, headEnd: number): SegmentStatement | undefined {
  const { source, text } = ctx;
  // Tokens are made only for what is reported: a segment keeps columns and values.
  const senderEnd = ctx.trimEnd(source.start, arrowAt.start);
  let sender: string | undefined;
  if (senderEnd === source.start) ctx.report('expected-sender', arrowRange(ctx, arrowAt), { arrow: arrowText(ctx, arrowAt) });
  else sender = endpointNameValue(ctx, source.start, senderEnd);

  const hasColon = text.charCodeAt(headEnd) === 0x3a; /* : */
  const receiverStart = ctx.skipSpaces(arrowAt.end, headEnd);
  const receiverEnd = hasColon ? ctx.trimEnd(receiverStart, headEnd) : ctx.runEnd(receiverStart, headEnd, '');
  let receiver: string | undefined;
  if (receiverStart === receiverEnd) ctx.report('expected-endpoint', arrowRange(ctx, arrowAt), { after: `'${arrowText(ctx, arrowAt)}'` });
  else receiver = endpointNameValue(ctx, receiverStart, receiverEnd);

  // Without the colon, what follows the receiver is still read as the
  // segment, so that its own mistakes are reported in the same pass.
  const colonStart = hasColon ? headEnd : receiver !== undefined ? receiverStart : arrowAt.start;
  const colonEnd = hasColon ? headEnd + 1 : receiver !== undefined ? receiverEnd : arrowAt.end;
  if (!hasColon) {
    const found = ctx.skipSpaces(receiverEnd);
    const foundEnd = ctx.runEnd(found, ctx.end, '');
    const where = found < ctx.end ? ctx.range(found, foundEnd) : ctx.range(colonStart, colonEnd);
    ctx.report('expected-colon', where, { after: `'${receiver ?? arrowText(ctx, arrowAt)}'` });
  }
  const parsed = parseSegmentSpec(ctx, hasColon ? headEnd + 1 : receiverEnd, ctx.end, colonStart, colonEnd);

  let flightLabel = parsed.flightLabel;
  if (arrowAt.arrow === '~>' && !flightLabel) ctx.report('missing-flight-label', arrowRange(ctx, arrowAt));
  if (arrowAt.arrow !== '~>' && flightLabel) {
    ctx.report('flight-label-on-arrow', parsed.flightLabelRange!, { label: flightLabel.value });
    flightLabel = undefined;
  }
  if (sender === undefined || receiver === undefined) return undefined;
  return new SegmentLine(
    source,
    ctx.hasError,
    sender,
    senderEnd,
    arrowAt.arrow,
    arrowAt.start,
    receiver,
    receiverStart,
    receiverEnd,
    parsed.spec,
    flightLabel,
  );
}

function arrowRange(ctx: LineContext, arrowAt: ArrowAt) {
  return ctx.range(arrowAt.start, arrowAt.end);
}

function arrowText(ctx: LineContext, arrowAt: ArrowAt): string {
  return ctx.text.slice(arrowAt.start, arrowAt.end);
}
