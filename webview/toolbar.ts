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
  /** A 16×16 outline icon (SVG markup, ours), or a short text; the localized name goes to the tooltip and aria-label. */
  readonly icon: string;
  readonly label: (strings: WebviewStrings, locked: boolean) => string;
}

const icon = (paths: string): string =>
  `<svg width="16" height="16" viewBox="0 0 16 16" fill="none" stroke="currentColor" stroke-width="1.3" stroke-linecap="round" aria-hidden="true">${paths}</svg>`;
const MAGNIFIER = '<circle cx="7" cy="7" r="4.5"/><path d="M10.5 10.5l4 4"/>';
const LOCKED = icon('<rect x="3" y="7" width="10" height="7" rx="1"/><path d="M5 7V5a3 3 0 0 1 6 0v2"/>');
const UNLOCKED = icon('<rect x="3" y="7" width="10" height="7" rx="1"/><path d="M5 7V5a3 3 0 0 1 6 0"/>');

const BUTTONS: readonly ButtonSpec[] = [
  { action: 'zoom-out', icon: icon(`${MAGNIFIER}<path d="M5 7h4"/>`), label: (s) => s.zoomOut },
  { action: 'zoom-in', icon: icon(`${MAGNIFIER}<path d="M5 7h4M7 5v4"/>`), label: (s) => s.zoomIn },
  { action: 'zoom-fit', icon: icon('<path d="M2 6V2h4M10 2h4v4M14 10v4h-4M6 14H2v-4"/>'), label: (s) => s.zoomFit },
  { action: 'toggle-states', icon: icon('<rect x="1.5" y="2.5" width="6" height="4" rx="1"/><rect x="8.5" y="9.5" width="6" height="4" rx="1"/><path d="M4.5 6.5v5h4"/>'), label: (s) => s.toggleStates },
  { action: 'export-svg', icon: 'SVG', label: (s) => s.exportSvg },
  { action: 'export-png', icon: 'PNG', label: (s) => s.exportPng },
  { action: 'copy-source', icon: icon('<rect x="5.5" y="5.5" width="8" height="8" rx="1"/><path d="M3.5 10.5h-1v-8h8v1"/>'), label: (s) => s.copySource },
  { action: 'toggle-lock', icon: UNLOCKED, label: (s, locked) => (locked ? s.unlock : s.lock) },
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
    // Our own constant markup, never user text.
    button.innerHTML = spec.icon;
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
        button.innerHTML = locked ? LOCKED : UNLOCKED;
        button.setAttribute('aria-pressed', String(locked));
      }
      relabel();
    },
    setShowStates(show) {
      buttons.get('toggle-states')?.setAttribute('aria-pressed', String(show));
    },
  };
}
