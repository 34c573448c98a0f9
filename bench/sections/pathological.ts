/**
 * Pathological inputs, each at two sizes in fresh processes: time per MB
 * against the floor, and whether the time per MB holds as the input grows
 * (a quadratic step shows as a per-MB time that climbs with size).
 */
import { runWorker } from '../child';
import { PATHOLOGICAL_KINDS } from '../../test/unit/robustness/pathological-inputs';
import { count, ms, times, verdict, type Row } from '../table';

const MB = 1024 * 1024;
const SIZES_MB = [1, 8] as const;
/** Eight times the input: a linear step keeps its time per MB (give or take the GC), a quadratic one multiplies it by eight. */
const LINEAR_SPREAD = 2;

interface PathologicalResult {
  bytes: number;
  lines: number;
  diagnostics: number;
  floorMs: number;
  coreMs: number;
}

export function pathologicalRows(): Row[] {
  return PATHOLOGICAL_KINDS.map((kind) => {
    const results = SIZES_MB.map((size) => runWorker<PathologicalResult>('pathological', [kind, size * MB, 3], { timeoutSeconds: 120 }));
    const perMb = results.map((r) => r.coreMs / (r.bytes / MB));
    const floorPerMb = results.map((r) => r.floorMs / (r.bytes / MB));
    const spread = perMb[1]! / perMb[0]!;
    const last = results[results.length - 1]!;
    return {
      area: 'Pathological',
      measure: `${kind}: ${SIZES_MB.join(' → ')} MB (${count(last.lines)} lines, ${count(last.diagnostics)} diagnostics at ${SIZES_MB[SIZES_MB.length - 1]} MB)`,
      value: `${perMb.map((v) => ms(v)).join(' → ')} per MB`,
      reference: `floor ${ms(floorPerMb[1]!)}/MB`,
      ratio: `${times(perMb[1]! / floorPerMb[1]!)} floor, ${times(spread)} growth`,
      goal: `linear (≤ ${LINEAR_SPREAD}×)`,
      verdict: verdict(spread <= LINEAR_SPREAD),
    };
  });
}
