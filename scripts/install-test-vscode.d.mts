// Types for the plain-JavaScript installer, which runs before anything is built.
export interface InstalledTestVsCode {
  codeServer: string;
  vscode: string;
  nodeModulesAbi: string;
  /** code-server's entry point, run with this Node. */
  entry: string;
  installedAt: string;
}
export const CODE_SERVER_VERSION: string;
export const cacheDir: string;
export const installDir: string;
export const stampFile: string;
export const chromiumPath: string;
export function onPath(command: string): string | undefined;
export function readInstalled(): InstalledTestVsCode | undefined;
export function ensureTestVsCode(options?: { chromium?: boolean; force?: boolean }): InstalledTestVsCode;
