/**
 * `npm run bench`: measures the core, the CLI, the editor's per-keystroke
 * path, the preview, pathological inputs and the bundles, and prints one
 * table. Figures only: nothing here fails a build, and no test asserts time.
 */
import { rmSync } from 'node:fs';
import { cpus } from 'node:os';
import { WORK_DIR, bundleWorkers, runWorker } from './child';
import { SIZES, cliRows, coreRows, type FlowFile } from './sections/core';
import { editorRows, largeFileRows } from './sections/editor';
import { pathologicalRows } from './sections/pathological';
import { previewRows } from './sections/preview';
import { sizeRows } from './sections/size';
import { formatTable, type Row } from './table';

async function main(): Promise<void> {
  await bundleWorkers();
  const files = runWorker<Record<string, FlowFile>>('generate', [WORK_DIR, ...SIZES]);
  const flows = Object.fromEntries(Object.entries(files).map(([k, v]) => [Number(k), v])) as Record<number, FlowFile>;

  const rows: Row[] = [];
  const section = async (name: string, make: () => Row[] | Promise<Row[]>) => {
    process.stderr.write(`bench: ${name}…\n`);
    try {
      rows.push(...(await make()));
    } catch (error) {
      rows.push({ area: name, measure: `failed: ${String(error instanceof Error ? error.message : error).split('\n')[0]}`, value: '', verdict: 'MISS' });
    }
  };
  await section('Core', () => coreRows(flows));
  await section('CLI', () => cliRows(flows[100_000]!));
  await section('Editor', () => editorRows([flows[1_000]!, flows[10_000]!]));
  await section('Editor', () => largeFileRows());
  await section('Preview', () => previewRows());
  await section('Pathological', () => pathologicalRows());
  await section('Size', () => sizeRows());

  console.log(formatTable(rows));
  console.log(`\nNode ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}; each figure is a median of several runs.`);
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => rmSync(WORK_DIR, { recursive: true, force: true }));
