/** `SENDER -> RECEIVER: SEGMENT`, `SENDER -x RECEIVER: SEGMENT`, `SENDER ~> RECEIVER: SEGMENT as LABEL`. */
import type { Arrow, SegmentSpec, SegmentStatement } from './ast';
import { arrowAt } from './arrows';
import { LineContext } from './line-context';
import { endpointNameValue } from './names';
import { LineSegment, parseSegmentSpec, type SegmentParts } from './segment-spec';
import { LineStatement, movedMaybe } from './nodes';
import type { SourceLine } from './source-lines';
import type { Token } from '../text/range';

/**
 * Parses a line whose head holds an arrow at arrowStart; `headEnd` is where
 * its first `:` (or `"`) stands. Returns no statement when an endpoint name
 * is missing.
 */
export function parseSegmentStatement(ctx: LineContext, arrowStart: number, headEnd: number): SegmentStatement | undefined {
  const { source, text } = ctx;
  const arrow = arrowAt(ctx, arrowStart, headEnd)!;
  const arrowEnd = arrowStart + 2;
  // Tokens are made only for what is reported: a segment keeps columns and values.
  const senderEnd = ctx.trimEnd(source.start, arrowStart);
  let sender: string | undefined;
  if (senderEnd === source.start) ctx.report('expected-sender', ctx.range(arrowStart, arrowEnd), { arrow: text.slice(arrowStart, arrowEnd) });
  else sender = endpointNameValue(ctx, source.start, senderEnd);

  const hasColon = ctx.code(headEnd) === 0x3a; /* : */
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
  return new SegmentLine(source, ctx.hasError, sender, arrow, arrowStart, receiver, parsed, flightLabel);
}

/**
 * `SENDER -> RECEIVER: SEGMENT`, one object a line: the statement keeps
 * its segment's values itself (SegmentValues, SegmentParts), and makes its
 * `segment` node when asked. A capture has one such line per segment, and
 * a line kept as a statement, a segment and a record of its line was three
 * objects for the collector to copy instead of one.
 *
 * The sender starts the statement, the arrow takes two columns, and the
 * receiver is the first word after it; the names are their text. So the
 * arrow's column alone places the three tokens of the head.
 */
export class SegmentLine extends LineStatement implements SegmentStatement {
  readonly kind = 'segment';
  readonly #arrowStart: number;
  readonly flagBits: number;
  readonly payloadLength: number;
  readonly seqName: string | undefined;
  readonly seqNumber: number;
  readonly ackName: string | undefined;
  readonly ackNumber: number;
  readonly winValue: number | undefined;
  // What its segment node is made from besides the values above (see SegmentParts); offsets in the line's text.
  readonly #segmentStart: number;
  readonly #segmentEnd: number;
  readonly #reportedBefore: number;
  constructor(
    on: SourceLine,
    hasSyntaxError: boolean,
    readonly senderValue: string,
    readonly arrowValue: Arrow,
    arrowStart: number,
    readonly receiverValue: string,
    parts: SegmentParts,
    readonly flightLabel: Token<string> | undefined,
  ) {
    super(on, hasSyntaxError);
    this.#arrowStart = arrowStart;
    this.flagBits = parts.flagBits;
    this.payloadLength = parts.payloadLength;
    this.seqName = parts.seqName;
    this.seqNumber = parts.seqNumber;
    this.ackName = parts.ackName;
    this.ackNumber = parts.ackNumber;
    this.winValue = parts.winValue;
    this.#segmentStart = parts.segmentStart;
    this.#segmentEnd = parts.segmentEnd;
    this.#reportedBefore = parts.reportedBefore;
  }
  get sender(): Token<string> {
    const start = this.startColumn();
    return this.tokenAt(this.senderValue, start, start + this.senderValue.length);
  }
  get arrow(): Token<Arrow> {
    return this.tokenAt(this.arrowValue, this.#arrowStart, this.#arrowStart + 2);
  }
  get receiver(): Token<string> {
    // Where the parser found it: the first column after the arrow that is not blank.
    const start = new LineContext(this.sourceLine()).skipSpaces(this.#arrowStart + 2);
    return this.tokenAt(this.receiverValue, start, start + this.receiverValue.length);
  }
  get segment(): SegmentSpec {
    return new LineSegment(this.parts(), this.sourceLine());
  }
  // TypeScript's private rather than #parts: a class with a # method gives each instance a field more (its brand).
  private parts(): SegmentParts {
    return {
      flagBits: this.flagBits,
      payloadLength: this.payloadLength,
      seqName: this.seqName,
      seqNumber: this.seqNumber,
      ackName: this.ackName,
      ackNumber: this.ackNumber,
      winValue: this.winValue,
      segmentStart: this.#segmentStart,
      segmentEnd: this.#segmentEnd,
      reportedBefore: this.#reportedBefore,
    };
  }
  protected madeOn(line: SourceLine): SegmentLine {
    return new SegmentLine(
      line,
      this.hasSyntaxError,
      this.senderValue,
      this.arrowValue,
      this.#arrowStart,
      this.receiverValue,
      this.parts(),
      movedMaybe(this.flightLabel, line),
    );
  }
}

