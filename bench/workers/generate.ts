/**
 * Writes the long legal flows that the bench reads, one file per size.
 * Usage: generate DIR SEGMENTS...
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { longFlow } from '../../test/support/flow-generator';
import { report } from '../measure';

const [dir, ...sizes] = process.argv.slice(2);
if (!dir || sizes.length === 0) throw new Error('usage: generate DIR SEGMENTS...');

const files: Record<string, { path: string; lines: number; bytes: number }> = {};
for (const size of sizes) {
  const text = longFlow(Number(size)).text;
  const path = join(dir, `flow-${size}.tcpflow`);
  writeFileSync(path, text);
  files[size] = { path, lines: text.split('\n').length - 1, bytes: Buffer.byteLength(text) };
}
report(files);
