/**
 * Inputs that a careless parser or validator handles in quadratic time, or
 * not at all: shared by the robustness tests (which check that a result
 * comes back) and the bench (which times them per megabyte).
 */
import { longFlow } from '../../support/flow-generator';

export const PATHOLOGICAL_KINDS = ['single-line', 'labels-in-flight', 'never-delivered', 'unknown-delivers', 'repeated-arrows', 'nul-bytes', 'invalid-utf8'] as const;
export type PathologicalKind = (typeof PATHOLOGICAL_KINDS)[number];

const HEADER = 'client A\nserver B\nA -> B: SYN seq=x\nB -> A: SYN, ACK seq=y ack=x+1\nA -> B: ACK seq=x+1 ack=y+1\n';

function repeatTo(unit: string, bytes: number): string {
  return unit.repeat(Math.max(1, Math.ceil(bytes / unit.length)));
}

/** A deterministic byte stream (xorshift), so every run decodes the same text. */
function pseudoRandomBytes(length: number, seed = 0x9e3779b9): Uint8Array {
  const bytes = new Uint8Array(length);
  let s = seed >>> 0;
  for (let i = 0; i < length; i++) {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    bytes[i] = s & 0xff;
  }
  return bytes;
}

/**
 * One segment line in flight per label, then the delivers: of every label in
 * the order sent ('all'), of none ('none'), or of every label followed by as
 * many delivers of labels never sent ('then-unknown').
 */
export function labelsInFlight(labels: number, delivered: 'all' | 'none' | 'then-unknown' = 'all'): string {
  const parts = [HEADER];
  for (let i = 0; i < labels; i++) parts.push(`A ~> B: ACK, PSH seq=x+${1 + i} ack=y+1 len=1 as l${i}\n`);
  if (delivered !== 'none') for (let i = 0; i < labels; i++) parts.push(`deliver l${i}\n`);
  if (delivered === 'then-unknown') for (let i = 0; i < labels; i++) parts.push(`deliver m${i}\n`);
  return parts.join('');
}

/**
 * About `bytes` of text of one kind. Invalid UTF-8 is decoded the way the CLI
 * reads a file (`readFileSync(path, 'utf8')`): every bad byte becomes U+FFFD.
 */
export function pathologicalText(kind: PathologicalKind, bytes: number): string {
  switch (kind) {
    case 'single-line':
      return `${HEADER}A -> B: ACK ${repeatTo('PSH seq=x+1 ack=y+1 len=10 data="a,b" win=5 ', bytes)}\n`;
    case 'labels-in-flight':
      // About 60 bytes per label across its send and its deliver line.
      return labelsInFlight(Math.max(1, Math.round(bytes / 60)));
    case 'never-delivered':
      return labelsInFlight(Math.max(1, Math.round(bytes / 48)), 'none');
    case 'unknown-delivers':
      return labelsInFlight(Math.max(1, Math.round(bytes / 72)), 'then-unknown');
    case 'repeated-arrows':
      return HEADER + repeatTo(`A ${'-> ~> -x '.repeat(30)}B: ACK\n`, bytes);
    case 'nul-bytes': {
      // A legal exchange with a NUL in place of every seventh character.
      const text = longFlow(Math.max(8, Math.round(bytes / 30))).text.slice(0, bytes);
      return text.replace(/[^]{6}./g, (chunk) => `${chunk.slice(0, 6)}\u0000`);
    }
    case 'invalid-utf8':
      return Buffer.from(pseudoRandomBytes(bytes)).toString('utf8');
  }
}
