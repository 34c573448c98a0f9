/** The compact strip above the diagram that says why it is not up to date. */
import type { BannerError } from './protocol';

export class Banner {
  constructor(private readonly element: HTMLElement) {}

  syntaxErrors(errors: readonly BannerError[], template: string): void {
    const lines = [...new Set(errors.map((e) => e.line + 1))].sort((a, b) => a - b);
    this.element.textContent = template.replace('{0}', lines.join(', '));
    // The full messages, one per line, for a hover.
    this.element.title = errors.map((e) => `${e.line + 1}: ${e.message}`).join('\n');
    this.element.hidden = false;
  }

  failure(message: string, template: string): void {
    this.element.textContent = template.replace('{0}', message);
    this.element.title = message;
    this.element.hidden = false;
  }

  clear(): void {
    this.element.hidden = true;
    this.element.textContent = '';
    this.element.title = '';
  }
}
