/**
 * What every event handler of the validator shares: both TCBs, the symbol
 * table, the diagnostics being collected, and the writing of numbers in the
 * writer's terms.
 */
import type { Range } from '../text/range';
import type { Diagnostic, Fix, MessageArg, Phrase, RelatedLocation } from '../diagnostics/diagnostic';
import { DIAGNOSTICS, diagnosticOf, type DiagnosticCode } from '../diagnostics/catalogue';
import type { Owed } from '../analysis/model';
import { seqAdd } from '../tcp/sequence-numbers';
import { SymbolTable } from './symbols';
import { statementsAbove } from '../syntax/statement-lines';
import type { Tcb } from './tcb';
import type { Arrival } from './segment-arrives';
import { TCP_STATES } from '../tcp/states';

/** A segment as it travels: every number resolved (RFC 9293 §3.1 header fields). */
export interface WireSegment {
  readonly line: number;
  readonly seq: number;
  /** Present only when the ACK bit is set. */
  readonly ack: number | undefined;
  readonly syn: boolean;
  readonly ackFlag: boolean;
  readonly fin: boolean;
  readonly rst: boolean;
  /** Payload bytes. */
  readonly len: number;
  readonly win: number | undefined;
}

/** SEG.LEN of RFC 9293 §3.4: the payload plus one for SYN and one for FIN. */
export function segmentLength(segment: WireSegment): number {
  return segment.len + (segment.syn ? 1 : 0) + (segment.fin ? 1 : 0);
}

export interface ReportExtras {
  readonly related?: readonly RelatedLocation[];
  readonly fixes?: readonly Fix[];
  readonly tags?: readonly 'unnecessary'[];
}

/**
 * Default values for numbers the writer left free: the ISS of each opening
 * (100, 300, 500, … as in the RFC's figures), and a starting point for
 * endpoints declared in a synchronized state whose numbers no line shows.
 */
class FreeNumbers {
  constructor(private openings = 0) {}
  copy(): FreeNumbers {
    return new FreeNumbers(this.openings);
  }
  nextIss(): number {
    return 100 + 200 * this.openings++;
  }
  /** The ISS the next opening would get, without taking it (for suggested text). */
  nextIssPreview(): number {
    return 100 + 200 * this.openings;
  }
  unknownStart(endpoint: number): number {
    return 1000 + 4000 * endpoint;
  }
}

/** What statements change in the context besides the TCBs and the diagnostics. */
export interface ContextState {
  readonly symbols: SymbolTable;
  readonly free: FreeNumbers;
  readonly linesWithErrors: ReadonlySet<number>;
}

export class Context {
  readonly symbols: SymbolTable;
  readonly free: FreeNumbers;
  private readonly linesWithErrors: Set<number>;
  /**
   * Segments processed so far, by receiver, states before and after, and
   * debt (see segmentArrives). Not filled: a slot never written reads as
   * undefined, and filling a thousand slots took the engine longer than
   * analysing a ten-line file.
   */
  readonly arrivals: (Arrival | undefined)[] = new Array<Arrival | undefined>(2 * TCP_STATES.length * TCP_STATES.length * OWED_SLOTS);

  constructor(
    readonly tcbs: readonly [Tcb, Tcb],
    readonly names: readonly [string, string],
    /** The document's statements in line order, for related locations that point at a line. */
    private readonly statements: readonly { readonly line: number; readonly range: Range }[],
    /** The protocol diagnostics, in the order reported. */
    readonly diagnostics: Diagnostic[] = [],
    /** Where an earlier run stopped (copied, never changed), or a fresh start. */
    state?: ContextState,
  ) {
    this.symbols = state ? state.symbols.copy() : new SymbolTable();
    this.free = state ? state.free.copy() : new FreeNumbers();
    this.linesWithErrors = new Set(state?.linesWithErrors);
  }

  /** A copy of what statements change, to resume from later. */
  copyState(): ContextState {
    return { symbols: this.symbols.copy(), free: this.free.copy(), linesWithErrors: new Set(this.linesWithErrors) };
  }

  /** How much `copyState` copies. */
  get stateSize(): number {
    return this.symbols.size + this.linesWithErrors.size;
  }

  report(code: DiagnosticCode, range: Range, args: Readonly<Record<string, MessageArg>>, extras: ReportExtras = {}): void {
    if (DIAGNOSTICS[code].severity === 'error') this.linesWithErrors.add(range.start.line);
    this.diagnostics.push(diagnosticOf(code, range, args, extras));
  }

  /** The statement's range on `line`: found by bisection, as only a diagnostic's related location asks. */
  rangeOfLine(line: number): Range {
    const statement = this.statements[statementsAbove(this.statements, line)];
    return statement?.line === line ? statement.range : { start: { line, character: 0 }, end: { line, character: 0 } };
  }

  hasError(line: number): boolean {
    return this.linesWithErrors.has(line);
  }

  /** A value in the writer's terms, in the sequence space of `endpoint`. */
  write(value: number, endpoint: number): string {
    return this.symbols.write(value, endpoint);
  }

  /** SND.NXT, choosing a starting point the first time it is needed for an endpoint whose numbers are unknown. */
  sndNxtOf(endpoint: number): number {
    const tcb = this.tcbs[endpoint]!;
    if (tcb.sndNxt === undefined) {
      tcb.sndNxt = this.free.unknownStart(endpoint);
      tcb.sndUna ??= tcb.sndNxt;
    }
    return tcb.sndNxt;
  }

  rcvNxtOf(endpoint: number): number {
    const tcb = this.tcbs[endpoint]!;
    tcb.rcvNxt ??= this.free.unknownStart(1 - endpoint);
    return tcb.rcvNxt;
  }

  /**
   * The text of the segment `endpoint` owes, written with the file's own
   * symbols, for quick fixes that insert it (`B -> A: SYN, ACK seq=y ack=x+1`).
   */
  owedSegmentText(endpoint: number): string | undefined {
    const tcb = this.tcbs[endpoint]!;
    const debt = tcb.debt;
    if (!debt) return undefined;
    const peer = 1 - endpoint;
    const head = `${this.names[endpoint]} -> ${this.names[peer]}: `;
    const ack = (): string => this.write(this.rcvNxtOf(endpoint), peer);
    switch (debt.owed) {
      case 'SYN+ACK': {
        const seq =
          tcb.iss !== undefined
            ? this.write(tcb.iss, endpoint)
            : this.symbols.usesSymbols
              ? this.symbols.freshName(endpoint === 0 ? ['x', 'a', 'isn_a'] : ['y', 'b', 'isn_b'])
              : String(this.free.nextIssPreview());
        return `${head}SYN, ACK seq=${seq} ack=${ack()}`;
      }
      case 'ACK':
        return `${head}ACK seq=${this.write(this.sndNxtOf(endpoint), endpoint)} ack=${ack()}`;
      case 'RST': {
        const answers = debt.answers;
        if (!answers) return `${head}RST seq=${this.write(this.sndNxtOf(endpoint), endpoint)}`;
        if (answers.ack !== undefined) return `${head}RST seq=${this.write(answers.ack, endpoint)}`;
        return `${head}RST, ACK seq=0 ack=${this.write(seqAdd(answers.seq, answers.length), peer)}`;
      }
    }
  }
}

/** What an endpoint owes, in words; phrases are values, so each is made once and shared. */
const OWED_PHRASES: Readonly<Record<Owed, Phrase>> = {
  'SYN+ACK': { key: 'owed-synack' },
  ACK: { key: 'owed-ack' },
  RST: { key: 'owed-rst' },
};

export function owedPhrase(owed: Owed): Phrase {
  return OWED_PHRASES[owed];
}

/** What an endpoint owes as a number from 0 (nothing) to 3, for tables keyed by it (OWED_SLOTS of them). */
const OWED_OF_SLOT: readonly (Owed | undefined)[] = [undefined, 'SYN+ACK', 'ACK', 'RST'];
export const OWED_SLOTS = OWED_OF_SLOT.length;

/** Where `owed` stands in OWED_OF_SLOT; a switch, as every arrival asks (see fateNumber in run-record.ts). */
export function owedSlot(owed: Owed | undefined): number {
  switch (owed) {
    case undefined:
      return 0;
    case 'SYN+ACK':
      return 1;
    case 'ACK':
      return 2;
    case 'RST':
      return 3;
  }
}

/** What slot `slot` stands for (the inverse of owedSlot). */
export function owedOfSlot(slot: number): Owed | undefined {
  return OWED_OF_SLOT[slot];
}
