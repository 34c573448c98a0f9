/**
 * The one table that `npm run bench` prints: each figure with what it is
 * compared against, the ratio, the goal and whether the goal is met.
 */

export type Verdict = 'PASS' | 'MISS' | 'n/a' | 'info';

export interface Row {
  readonly area: string;
  readonly measure: string;
  readonly value: string;
  /** What the value is compared with, measured in the same run. */
  readonly reference?: string;
  readonly ratio?: string;
  readonly goal?: string;
  readonly verdict: Verdict;
}

export function verdict(met: boolean | undefined): Verdict {
  if (met === undefined) return 'n/a';
  return met ? 'PASS' : 'MISS';
}

export const ms = (value: number) => (Number.isFinite(value) ? (value >= 100 ? `${value.toFixed(0)} ms` : `${value.toFixed(value >= 10 ? 1 : 2)} ms`) : '-');
export const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
export const times = (ratio: number) => (Number.isFinite(ratio) ? `${ratio.toFixed(2)}×` : '-');
export const count = (n: number) => n.toLocaleString('en-US');
export const perSecond = (n: number) => `${n >= 1e6 ? `${(n / 1e6).toFixed(2)} M` : `${(n / 1e3).toFixed(0)} k`}/s`;

const COLUMNS: readonly [keyof Row, string][] = [
  ['area', 'Area'],
  ['measure', 'Measure'],
  ['value', 'Median'],
  ['reference', 'Against'],
  ['ratio', 'Ratio'],
  ['goal', 'Goal'],
  ['verdict', ''],
];

/** Plain text, aligned in columns; also valid Markdown so the README can take it as is. */
export function formatTable(rows: readonly Row[]): string {
  const cells = rows.map((row) => COLUMNS.map(([key]) => String(row[key] ?? '')));
  const header = COLUMNS.map(([, title]) => title);
  const widths = header.map((title, i) => Math.max(title.length, ...cells.map((c) => c[i]!.length)));
  const line = (values: readonly string[]) => `| ${values.map((v, i) => v.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...cells.map(line)].join('\n');
}
