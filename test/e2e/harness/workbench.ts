// What a user does in the VS Code workbench, in the words of its UI: open a
// file, run a command, read the Problems panel, hover, apply a quick fix.
// Selectors are VS Code 1.99's; they live here only, so a VS Code update
// touches one file.
import type { Frame, Locator, Page } from 'playwright-core';
import { join } from 'node:path';

export interface Problem {
  /** The file's name as the panel shows it. */
  readonly file: string;
  readonly severity: 'error' | 'warning' | 'info';
  readonly message: string;
  /** 1-based, as the Problems panel shows it. */
  readonly line: number;
  readonly column: number;
}

export interface CursorPosition {
  readonly line: number;
  readonly column: number;
}

const TIMEOUT = 30_000;
const isMac = process.platform === 'darwin';
const mod = isMac ? 'Meta' : 'Control';

export class Workbench {
  constructor(readonly page: Page, private readonly artifactsDir: string) {}

  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await this.waitUntilReady();
  }

  /** The workbench is usable once the explorer has listed the folder. */
  async waitUntilReady(): Promise<void> {
    await this.page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    await this.page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 60_000 });
  }

  async screenshot(name: string): Promise<string> {
    const path = join(this.artifactsDir, `${name}.png`);
    await this.page.screenshot({ path });
    return path;
  }

  private get quickInput(): Locator {
    return this.page.locator('.quick-input-widget');
  }

  private get quickInputBox(): Locator {
    return this.quickInput.locator('input[type="text"]');
  }

  /**
   * Types `query` into the open quick input and accepts the entry whose label
   * is `label` (a keybinding may follow it after a comma). The list ranks
   * partial matches too, so the entry is chosen by its label, not its rank.
   */
  private async accept(query: string, label: string): Promise<void> {
    const input = this.quickInputBox;
    await input.waitFor({ state: 'visible', timeout: TIMEOUT });
    await input.fill(query);
    const matches = (ariaLabel: string | null) => ariaLabel === label || ariaLabel?.startsWith(`${label},`) === true;
    const rows = this.quickInput.locator('.monaco-list-row');
    const deadline = Date.now() + TIMEOUT;
    while (!(await rows.evaluateAll((e) => e.map((r) => r.getAttribute('aria-label')))).some(matches)) {
      if (Date.now() > deadline) throw new Error(`the quick input offers no ${JSON.stringify(label)} for ${JSON.stringify(query)}`);
      await this.page.waitForTimeout(100);
    }
    for (let moves = await rows.count(); moves >= 0; moves--) {
      if (matches(await this.quickInput.locator('.monaco-list-row.focused').getAttribute('aria-label'))) {
        await this.page.keyboard.press('Enter');
        // Accepted: the input closes, or shows the next step's picker.
        await this.page.waitForFunction((typed) => {
          const widget = document.querySelector<HTMLElement>('.quick-input-widget');
          const box = widget?.querySelector<HTMLInputElement>('input[type="text"]');
          return !widget || widget.style.display === 'none' || box?.value !== typed;
        }, query, { timeout: TIMEOUT });
        return;
      }
      await this.page.keyboard.press('ArrowDown');
    }
    throw new Error(`could not focus ${JSON.stringify(label)} in the quick input`);
  }

  /** Runs a command from the Command Palette by its title, as a user would. */
  async runCommand(title: string): Promise<void> {
    await this.page.keyboard.press('F1');
    await this.accept(`>${title}`, title);
  }

  /** Picks one entry of an open quick pick (a theme, a language). */
  async pick(label: string): Promise<void> {
    await this.accept(label, label);
  }

  /** Opens a workspace file with Quick Open and waits until its editor has focus. */
  async openFile(name: string): Promise<void> {
    await this.page.keyboard.press(`${mod}+P`);
    await this.accept(name, name);
    await this.page.locator(`.editor-group-container.active .tab.active[data-resource-name="${name}"]`).waitFor({ timeout: TIMEOUT });
    await this.activeEditor.locator('.monaco-editor.focused').waitFor({ timeout: TIMEOUT });
  }

  get activeEditor(): Locator {
    return this.page.locator('.editor-group-container.active .editor-instance');
  }

  async statusBarItem(id: string): Promise<string> {
    const item = this.page.locator(`[id="${id}"]`);
    await item.waitFor({ timeout: TIMEOUT });
    return (await item.innerText()).trim();
  }

  /** The language mode the status bar shows for the active editor. */
  languageMode(): Promise<string> {
    return this.statusBarItem('status.editor.mode');
  }

  /** Where the cursor is, from the status bar's "Ln 7, Col 3". */
  async cursor(): Promise<CursorPosition> {
    const text = await this.statusBarItem('status.editor.selection');
    const match = /(\d+)\D+(\d+)/.exec(text);
    if (!match) throw new Error(`unexpected cursor position text: ${text}`);
    return { line: Number(match[1]), column: Number(match[2]) };
  }

  /** Moves the cursor with Go to Line/Column. */
  async goTo(line: number, column = 1): Promise<void> {
    await this.page.keyboard.press('Control+G');
    const input = this.quickInputBox;
    await input.waitFor({ state: 'visible', timeout: TIMEOUT });
    await input.fill(`:${line}:${column}`);
    await this.page.keyboard.press('Enter');
    await this.quickInput.waitFor({ state: 'hidden', timeout: TIMEOUT });
  }

  /** The problems of the Problems panel, in its order, each with its file. */
  async problems(): Promise<Problem[]> {
    await this.showProblemsPanel();
    const rows = this.page.locator('.markers-panel .monaco-list-row[aria-label]');
    const labels = await rows.evaluateAll((elements) => elements.map((e) => e.getAttribute('aria-label') ?? ''));
    return parseProblemsPanel(labels);
  }

  async showProblemsPanel(): Promise<void> {
    if (await this.page.locator('.markers-panel').isVisible()) return;
    await this.runCommand('Problems: Focus on Problems View');
    await this.page.locator('.markers-panel').waitFor({ timeout: TIMEOUT });
  }

  /** Waits until the Problems panel satisfies `ready`, then returns its problems. */
  async problemsWhen(ready: (problems: Problem[]) => boolean, timeoutMs = TIMEOUT): Promise<Problem[]> {
    const deadline = Date.now() + timeoutMs;
    let problems = await this.problems();
    while (!ready(problems)) {
      if (Date.now() > deadline) return problems;
      await this.page.waitForTimeout(250);
      problems = await this.problems();
    }
    return problems;
  }

  /** Shows the hover at the cursor (Show or Focus Hover) and returns its text. */
  async hoverAtCursor(): Promise<string> {
    await this.runCommand('Show or Focus Hover');
    const hover = this.page.locator('.monaco-hover:not(.hidden) .monaco-hover-content, .monaco-hover:not(.hidden) .hover-contents').first();
    await hover.waitFor({ timeout: TIMEOUT });
    return (await hover.innerText()).trim();
  }

  /** Opens the quick fixes at the cursor and applies the one titled `title`, with the keyboard. */
  async applyQuickFix(title: string): Promise<void> {
    await this.page.keyboard.press(`${mod}+.`);
    const rows = this.page.locator('.action-widget .monaco-list-row.action');
    await rows.first().waitFor({ timeout: TIMEOUT });
    const count = await rows.count();
    for (let i = 0; i < count; i++) {
      const focused = await this.page.locator('.action-widget .monaco-list-row.action.focused').getAttribute('aria-label');
      if (focused === title) {
        await this.page.keyboard.press('Enter');
        await this.page.locator('.action-widget').waitFor({ state: 'hidden', timeout: TIMEOUT });
        // The edit lands a moment after the menu closes; saving earlier would save the old text.
        await this.page.locator('.editor-group-container.active .tab.active.dirty').waitFor({ timeout: TIMEOUT });
        return;
      }
      await this.page.keyboard.press('ArrowDown');
    }
    const offered = await rows.evaluateAll((elements) => elements.map((e) => e.getAttribute('aria-label')));
    await this.page.keyboard.press('Escape');
    throw new Error(`no quick fix titled ${JSON.stringify(title)}; offered: ${JSON.stringify(offered)}`);
  }

  async save(): Promise<void> {
    await this.page.keyboard.press(`${mod}+S`);
    await this.page.locator('.tabs-container .tab.active.dirty').waitFor({ state: 'detached', timeout: TIMEOUT });
  }

  /** Types at the end of the active file, on a new line. */
  async appendLine(text: string): Promise<void> {
    await this.activeEditor.locator('.monaco-editor').first().click();
    await this.page.keyboard.press(`${mod}+End`);
    await this.page.keyboard.press('End');
    await this.page.keyboard.press('Enter');
    await this.page.keyboard.type(text, { delay: 10 });
  }

  /** Every frame of every webview whose document matches `selector`. */
  async webviewFrames(selector: string): Promise<Frame[]> {
    const found: Frame[] = [];
    for (const frame of this.page.frames()) {
      if (frame === this.page.mainFrame()) continue;
      if (await frame.locator(selector).count().catch(() => 0)) found.push(frame);
    }
    return found;
  }

  /** Waits for the first webview frame holding `selector`. */
  async webviewFrame(selector: string, timeoutMs = TIMEOUT): Promise<Frame> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const [frame] = await this.webviewFrames(selector);
      if (frame) return frame;
      if (Date.now() > deadline) throw new Error(`no webview shows ${selector} after ${timeoutMs / 1000} s`);
      await this.page.waitForTimeout(250);
    }
  }
}

/**
 * The Problems panel's rows say everything in their aria-labels: a file row
 * ("1 problems in file a.tcpflow of folder .") and, below it, one row per
 * problem ("Error: MESSAGE at line 8 and character 25. ..."), then its related
 * locations. The labels are in the workbench's language (English here).
 */
export function parseProblemsPanel(labels: readonly string[]): Problem[] {
  const problems: Problem[] = [];
  let file = '';
  for (const label of labels) {
    const fileRow = /^\d+ problems? in file (.+?) of folder /.exec(label);
    if (fileRow) {
      file = fileRow[1]!;
      continue;
    }
    const row = /^(Error|Warning|Info): (.*) at line (\d+) and character (\d+)\./s.exec(label);
    if (!row) continue;
    const severity = row[1] === 'Error' ? 'error' : row[1] === 'Warning' ? 'warning' : 'info';
    problems.push({ file, severity, message: row[2]!.trim(), line: Number(row[3]), column: Number(row[4]) });
  }
  return problems;
}
