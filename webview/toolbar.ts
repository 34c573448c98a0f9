/**
 * The preview's toolbar. The only module that knows about
 * @vscode/webview-ui-toolkit (archived upstream): replacing the toolkit means
 * rewriting this file alone.
 */
import { provideVSCodeDesignSystem, vsCodeButton } from '@vscode/webview-ui-toolkit';
import type { WebviewStrings } from './protocol';

export type ToolbarAction = 'zoom-in' | 'zoom-out' | 'zoom-fit' | 'toggle-states' | 'export-svg' | 'export-png' | 'copy-source' | 'toggle-lock';

export interface Toolbar {
  setStrings(strings: WebviewStrings): void;
  setLocked(locked: boolean): void;
  setShowStates(show: boolean): void;
}

interface ButtonSpec {
  readonly action: ToolbarAction;
  /** Shown inside the button; the localized name goes to its tooltip and aria-label. */
  readonly glyph: string;
  readonly label: (strings: WebviewStrings, locked: boolean) => string;
}

const BUTTONS: readonly ButtonSpec[] = [
  { action: 'zoom-out', glyph: '−', label: (s) => s.zoomOut },
  { action: 'zoom-in', glyph: '+', label: (s) => s.zoomIn },
  { action: 'zoom-fit', glyph: '⤢', label: (s) => s.zoomFit },
  { action: 'toggle-states', glyph: 'S', label: (s) => s.toggleStates },
  { action: 'export-svg', glyph: 'SVG', label: (s) => s.exportSvg },
  { action: 'export-png', glyph: 'PNG', label: (s) => s.exportPng },
  { action: 'copy-source', glyph: '⧉', label: (s) => s.copySource },
  { action: 'toggle-lock', glyph: '🔓', label: (s, locked) => (locked ? s.unlock : s.lock) },
];

export function createToolbar(host: HTMLElement, onAction: (action: ToolbarAction) => void): Toolbar {
  provideVSCodeDesignSystem().register(vsCodeButton());
  const buttons = new Map<ToolbarAction, HTMLElement>();
  let strings: WebviewStrings | undefined;
  let locked = false;
  for (const spec of BUTTONS) {
    const button = document.createElement('vscode-button');
    button.setAttribute('appearance', 'icon');
    button.dataset['action'] = spec.action;
    button.textContent = spec.glyph;
    button.addEventListener('click', () => onAction(spec.action));
    host.append(button);
    buttons.set(spec.action, button);
  }
  const relabel = (): void => {
    if (!strings) return;
    for (const spec of BUTTONS) {
      const label = spec.label(strings, locked);
      buttons.get(spec.action)?.setAttribute('title', label);
      buttons.get(spec.action)?.setAttribute('aria-label', label);
    }
  };
  return {
    setStrings(next) {
      strings = next;
      relabel();
    },
    setLocked(next) {
      locked = next;
      const button = buttons.get('toggle-lock');
      if (button) {
        button.textContent = locked ? '🔒' : '🔓';
        button.setAttribute('aria-pressed', String(locked));
      }
      relabel();
    },
    setShowStates(show) {
      buttons.get('toggle-states')?.setAttribute('aria-pressed', String(show));
    },
  };
}
