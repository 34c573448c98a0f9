/**
 * The phases of an exchange, as textbooks divide a connection's life
 * (RFC 9293 §3.5 establishment, §3.6 closing, §3.5.2 reset), for the
 * editor's outline and folding. A phase is a run of consecutive steps.
 */
import type { Analysis, Step } from './model';
import type { TcpState } from '../tcp/states';
import type { PhraseKey } from '../l10n/phrases';

export type PhaseKind = 'establishment' | 'data-transfer' | 'termination' | 'reset';

export interface Phase {
  readonly kind: PhaseKind;
  /** Index in Analysis.steps of its first and last step. */
  readonly firstStep: number;
  readonly lastStep: number;
  readonly startLine: number;
  readonly endLine: number;
}

export const PHASE_PHRASES: Readonly<Record<PhaseKind, PhraseKey>> = {
  establishment: 'phase-establishment',
  'data-transfer': 'phase-data-transfer',
  termination: 'phase-termination',
  reset: 'phase-reset',
};

/** States that exist only because a FIN was sent or received (RFC 9293 §3.6). */
const CLOSING_STATES: ReadonlySet<TcpState> = new Set<TcpState>(['FIN_WAIT_1', 'FIN_WAIT_2', 'CLOSE_WAIT', 'CLOSING', 'LAST_ACK', 'TIME_WAIT']);

/**
 * The phase a step belongs to, or undefined when the step by itself says
 * nothing (an assertion or a segment that changes no state keeps the phase
 * around it).
 */
function phaseOfStep(step: Step): PhaseKind | undefined {
  const statement = step.statement;
  if (statement.kind === 'title' || statement.kind === 'declaration') return undefined;
  if (statement.kind === 'action') {
    if (statement.action.value === 'abort') return 'reset';
    if (statement.action.value === 'close') return 'termination';
  }
  // A RST that tears a connection down to CLOSED; a RST that sends a half-open
  // SYN_RCVD back to LISTEN is part of the handshake's recovery (RFC 9293 Figure 9).
  if (step.transmission?.flags.includes('RST') && step.changes.some((c) => c.to === 'CLOSED')) return 'reset';
  const states = [...step.before, ...step.after].map((s) => s.state);
  if (states.some((s) => CLOSING_STATES.has(s))) return 'termination';
  if (states.every((s) => s === 'ESTABLISHED')) return step.transmission ? 'data-transfer' : undefined;
  if (step.changes.length === 0 && !step.transmission) return undefined;
  return 'establishment';
}

export function phasesOf(analysis: Analysis): Phase[] {
  const phases: Phase[] = [];
  let open: { kind: PhaseKind; firstStep: number; lastStep: number } | undefined;
  const close = (): void => {
    if (!open) return;
    const { kind, firstStep, lastStep } = open;
    phases.push({ kind, firstStep, lastStep, startLine: analysis.steps[firstStep]!.line, endLine: analysis.steps[lastStep]!.line });
    open = undefined;
  };
  analysis.steps.forEach((step, index) => {
    const kind = phaseOfStep(step);
    if (kind === undefined) {
      // Titles and declarations stand outside the exchange; a neutral step joins the phase it is in.
      if (open && step.statement.kind !== 'title' && step.statement.kind !== 'declaration') open.lastStep = index;
      return;
    }
    if (open && open.kind === kind) {
      open.lastStep = index;
      return;
    }
    close();
    open = { kind, firstStep: index, lastStep: index };
  });
  close();
  return phases;
}
