/**
 * What users download and what VS Code loads before the first keystroke:
 * the bundles, the .vsix and the activation time.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { ROOT, WORK_DIR, runWorker, wallTime } from '../child';
import { median } from '../measure';
import { kb, mb, ms, verdict, type Row } from '../table';

const EXTENSION_GOAL = 200 * 1024;
const VSIX_GOAL = 5 * 1024 * 1024;
/** Packages that only the preview may carry: Mermaid and what it pulls in. */
const PREVIEW_ONLY = /node_modules\/(mermaid|@mermaid-js|d3|d3-[a-z-]+|dagre-d3-es|dompurify|khroma|cytoscape[a-z-]*|katex|elkjs)\//;

/**
 * Which preview-only packages the extension host bundle draws in, from
 * esbuild's own account of its inputs, plus a look for Mermaid's API object
 * in the built file itself.
 */
async function previewOnlyInputs(): Promise<string[]> {
  const built = await esbuild.build({
    entryPoints: [join(ROOT, 'src/extension/extension.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    external: ['vscode'],
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const inputs = Object.keys(built.metafile.inputs).filter((input) => PREVIEW_ONLY.test(input));
  const packages = [...new Set(inputs.map((input) => PREVIEW_ONLY.exec(input)![1]!))];
  if (readFileSync(join(ROOT, 'dist/extension.js'), 'utf8').includes('mermaidAPI')) packages.push('mermaidAPI in dist/extension.js');
  return packages;
}

interface ActivationResult {
  requireMs: number;
  activateMs: number;
  totalMs: number;
  subscriptions: number;
}

/**
 * Packs the .vsix with the project's own `npm run package`, whose
 * vscode:prepublish leaves the shipped (production) bundles in dist/.
 * Returns its size, or why there is none.
 */
function packageVsix(): { size: number } | { failure: string } {
  const scripts = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts?: Record<string, string> }).scripts ?? {};
  if (!scripts['package']) return { failure: '`npm run package` does not exist yet' };
  const out = join(WORK_DIR, 'tcpflow.vsix');
  const packed = wallTime('npm', ['run', 'package', '--', '--out', out]);
  if (packed.status !== 0 || !existsSync(out)) return { failure: '`npm run package` failed' };
  return { size: statSync(out).size };
}

export async function sizeRows(): Promise<Row[]> {
  const vsix = packageVsix();
  const shipped = 'size' in vsix ? 'shipped, minified' : 'npm run build, not minified';
  try {
    const extension = statSync(join(ROOT, 'dist/extension.js')).size;
    const webview = statSync(join(ROOT, 'dist/webview.js')).size;
    const previewOnly = await previewOnlyInputs();
    const activations = Array.from({ length: 5 }, () => runWorker<ActivationResult>('activation', [join(ROOT, 'dist/extension.js')]));
    const activation = median(activations.map((a) => a.totalMs));
    return [
      { area: 'Size', measure: `dist/extension.js (${shipped})`, value: kb(extension), goal: '< 200 kB', verdict: verdict(extension < EXTENSION_GOAL) },
      {
        area: 'Size',
        measure: 'dist/extension.js carries no Mermaid',
        value: previewOnly.length ? `contains ${previewOnly.join(', ')}` : 'none found',
        goal: 'no Mermaid',
        verdict: verdict(previewOnly.length === 0),
      },
      { area: 'Size', measure: `dist/webview.js (${shipped}, Mermaid inside)`, value: kb(webview), verdict: 'info' },
      'size' in vsix
        ? { area: 'Size', measure: '.vsix (npm run package)', value: mb(vsix.size), goal: '< 5 MB', verdict: verdict(vsix.size < VSIX_GOAL) }
        : { area: 'Size', measure: `.vsix: ${vsix.failure}, not measured`, value: '-', goal: '< 5 MB', verdict: 'MISS' },
      {
        area: 'Size',
        measure: `activation: require dist/extension.js + activate() (stand-in vscode, ${median(activations.map((a) => a.subscriptions))} subscriptions)`,
        value: ms(activation),
        reference: `require ${ms(median(activations.map((a) => a.requireMs)))}`,
        verdict: 'info',
      },
    ];
  } finally {
    // Leave dist/ as `npm run build` makes it (with source maps) for everyone else.
    wallTime(process.execPath, ['esbuild.config.mjs']);
  }
}
