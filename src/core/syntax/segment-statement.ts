/** `SENDER -> RECEIVER: SEGMENT`, `SENDER -x RECEIVER: SEGMENT`, `SENDER ~> RECEIVER: SEGMENT as LABEL`. */
import type { SegmentStatement } from './ast';
import type { Token } from '../text/range';
import type { ArrowAt } from './arrows';
import type { LineContext } from './line-context';
import { endpointName } from './names';
import { parseSegmentSpec } from './segment-spec';
import { SegmentLine } from './nodes';

/**
 * Parses a line whose head holds `arrow`; `headEnd` is where its first `:`
 * (or `"`) stands. Returns no statement when an endpoint name is missing.
 */
export function parseSegmentStatement(ctx: LineContext, arrowAt: ArrowAt, headEnd: number): SegmentStatement | undefined {
  const { source, text } = ctx;
  const arrow = ctx.token(arrowAt.arrow, arrowAt.start, arrowAt.end);

  const senderEnd = ctx.trimEnd(source.start, arrowAt.start);
  let sender: Token<string> | undefined;
  if (senderEnd === source.start) ctx.report('expected-sender', arrow.range, { arrow: arrow.text });
  else sender = endpointName(ctx, source.start, senderEnd);

  const hasColon = text[headEnd] === ':';
  const receiverStart = ctx.skipSpaces(arrowAt.end, headEnd);
  const receiverEnd = hasColon ? ctx.trimEnd(receiverStart, headEnd) : ctx.runEnd(receiverStart, headEnd, '');
  let receiver: Token<string> | undefined;
  if (receiverStart === receiverEnd) ctx.report('expected-endpoint', arrow.range, { after: `'${arrow.text}'` });
  else receiver = endpointName(ctx, receiverStart, receiverEnd);

  // Without the colon, what follows the receiver is still read as the
  // segment, so that its own mistakes are reported in the same pass.
  const colon = hasColon ? ctx.range(headEnd, headEnd + 1) : (receiver ?? arrow).range;
  if (!hasColon) {
    const found = ctx.skipSpaces(receiverEnd);
    const foundEnd = ctx.runEnd(found, ctx.end, '');
    ctx.report('expected-colon', found < ctx.end ? ctx.range(found, foundEnd) : colon, { after: `'${(receiver ?? arrow).text}'` });
  }
  const parsed = parseSegmentSpec(ctx, hasColon ? headEnd + 1 : receiverEnd, ctx.end, colon);

  let flightLabel = parsed.flightLabel;
  if (arrow.value === '~>' && !flightLabel) ctx.report('missing-flight-label', arrow.range);
  if (arrow.value !== '~>' && flightLabel) {
    ctx.report('flight-label-on-arrow', parsed.flightLabelRange!, { label: flightLabel.value });
    flightLabel = undefined;
  }
  if (!sender || !receiver) return undefined;
  return new SegmentLine(
    source,
    ctx.hasError,
    sender.value,
    senderEnd,
    arrowAt.arrow,
    arrowAt.start,
    receiver.value,
    receiverStart,
    receiverEnd,
    parsed.spec,
    flightLabel,
  );
}
