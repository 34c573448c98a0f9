/**
 * What the validator computes for a document: the endpoints, a before/after
 * snapshot of both endpoints for every statement, each segment's resolved
 * numbers and fate, and the diagnostics. Hover, inlay hints, completion,
 * quick fixes and the diagram all read this; none of them re-derives TCP.
 */
import type { Range } from '../text/range';
import type { TcpState } from '../tcp/states';
import type { Flag } from '../tcp/flags';
import type { ParsedDocument, Role, Statement } from '../syntax/ast';
import type { Diagnostic, Phrase } from '../diagnostics/diagnostic';

export interface EndpointInfo {
  readonly name: string;
  readonly role: Role;
  /** The quoted label of its declaration, if any. */
  readonly label?: string;
  /** The name in its declaration; absent for endpoints inferred from the first segment. */
  readonly declaredAt?: Range;
  readonly initialState: TcpState;
  readonly finalState: TcpState;
}

/** What an endpoint owes its peer after processing a segment (RFC 9293 §3.10.7). */
export type Owed = 'SYN+ACK' | 'ACK' | 'RST';

export interface EndpointSnapshot {
  readonly state: TcpState;
  /** What it must still send, if anything. */
  readonly owes?: Owed;
}

/** A sequence or acknowledgement number as written and as computed. */
export interface ResolvedNumber {
  /** The value modulo 2^32. */
  readonly value: number;
  /** The expression as the writer wrote it (`x+1`), absent when omitted. */
  readonly written?: string;
  /** True when the writer omitted the field and the correct value was assumed. */
  readonly assumed: boolean;
}

export type Fate = 'delivered' | 'lost' | 'in-flight';

/** One segment on the wire, from its send line to its delivery (if any). */
export interface Transmission {
  /** Endpoint indices (0 or 1, declaration order). */
  readonly sender: number;
  readonly receiver: number;
  readonly sentLine: number;
  /** The line where the receiver processes it; for `->` the send line itself. */
  readonly deliveredLine?: number;
  readonly fate: Fate;
  /** The `as LABEL` of an in-flight segment. */
  readonly label?: string;
  readonly flags: readonly Flag[];
  readonly seq: ResolvedNumber;
  readonly ack?: ResolvedNumber;
  readonly len: number;
  readonly win?: number;
  /** The segment as written, for diagram labels. */
  readonly text: string;
  /** What the receiver did with it (absent while in flight or lost). */
  readonly outcome?: Phrase;
  /** True when the receiver dropped it without any change (reported as a warning). */
  readonly dropped: boolean;
}

export interface StateChange {
  readonly endpoint: number;
  readonly from: TcpState;
  readonly to: TcpState;
}

/** One statement and its effect. */
export interface Step {
  readonly line: number;
  readonly statement: Statement;
  /** Both endpoints, in declaration order, before and after this statement. */
  readonly before: readonly EndpointSnapshot[];
  readonly after: readonly EndpointSnapshot[];
  readonly changes: readonly StateChange[];
  /** The segment sent on this line, or delivered on this line by `deliver`. */
  readonly transmission?: Transmission;
}

export interface Analysis {
  readonly document: ParsedDocument;
  readonly title?: string;
  /** Exactly two once the file names them; fewer while it is being written. */
  readonly endpoints: readonly EndpointInfo[];
  /** One per statement, in line order. */
  readonly steps: readonly Step[];
  readonly transmissions: readonly Transmission[];
  /** Syntax and protocol diagnostics, sorted by position. */
  readonly diagnostics: readonly Diagnostic[];
  /** No diagnostic of severity error. */
  readonly legal: boolean;
}
