/**
 * `npm run bench`: measures the core, the CLI, the editor's per-keystroke
 * path, the preview, pathological inputs and the bundles, and prints one
 * table. Figures only: nothing here fails a build, and no test asserts time.
 *
 * `npm run bench -- core preview` runs only the sections named (core, cli,
 * editor, large-file, preview, pathological, size).
 */
import { rmSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { WORK_DIR, bundleWorkers, runWorker } from './child';
import { SIZES, cliRows, coreRows, type FlowFile } from './sections/core';
import { editorRows, largeFileRows } from './sections/editor';
import { pathologicalRows } from './sections/pathological';
import { previewRows } from './sections/preview';
import { sizeRows } from './sections/size';
import { formatTable, type Row } from './table';

const SECTIONS = ['core', 'cli', 'editor', 'large-file', 'preview', 'pathological', 'size'] as const;
type SectionName = (typeof SECTIONS)[number];

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const unknown = only.filter((name) => !(SECTIONS as readonly string[]).includes(name));
  if (unknown.length > 0) throw new Error(`unknown bench section ${unknown.join(', ')}: choose from ${SECTIONS.join(', ')}`);
  const loadBefore = loadavg()[0]!;
  await bundleWorkers();
  const files = runWorker<Record<string, FlowFile>>('generate', [WORK_DIR, ...SIZES], { heapMb: 12_288 });
  const flows = Object.fromEntries(Object.entries(files).map(([k, v]) => [Number(k), v])) as Record<number, FlowFile>;

  const rows: Row[] = [];
  const section = async (name: SectionName, make: () => Row[] | Promise<Row[]>) => {
    if (only.length > 0 && !only.includes(name)) return;
    process.stderr.write(`bench: ${name}…\n`);
    try {
      rows.push(...(await make()));
    } catch (error) {
      rows.push({ area: name, measure: `failed: ${String(error instanceof Error ? error.message : error).split('\n')[0]}`, value: '', verdict: 'MISS' });
    }
  };
  await section('core', () => coreRows(flows));
  await section('cli', () => cliRows(flows[100_000]!));
  await section('editor', () => editorRows([flows[1_000]!, flows[10_000]!]));
  await section('large-file', () => largeFileRows());
  await section('preview', () => previewRows());
  await section('pathological', () => pathologicalRows());
  await section('size', () => sizeRows());

  console.log(formatTable(rows));
  console.log(`\nNode ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}; each figure is a median of several runs.`);
  // Other work on the machine slows every figure alike, the floor included: the ratios hold up better than the times.
  console.log(`Load average (1 min): ${loadBefore.toFixed(1)} at the start, ${loadavg()[0]!.toFixed(1)} at the end.`);
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => rmSync(WORK_DIR, { recursive: true, force: true }));
