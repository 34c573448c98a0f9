/**
 * Checks a message posted to the webview before it is acted on: anything
 * that is not exactly one of the protocol's shapes is ignored.
 */
import type { BannerError, DiagramItem, ToWebview, WebviewStrings } from './protocol';

type Fields = Record<string, unknown>;

const isObject = (value: unknown): value is Fields => typeof value === 'object' && value !== null;
const isLine = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;
const isItem = (value: unknown): value is DiagramItem => isObject(value) && isLine(value['line']);
const isBannerError = (value: unknown): value is BannerError => isObject(value) && isLine(value['line']) && typeof value['message'] === 'string';
const isListOf = <T>(value: unknown, check: (item: unknown) => item is T): value is T[] => Array.isArray(value) && value.every(check);

const STRING_KEYS: readonly (keyof WebviewStrings)[] = [
  'zoomIn', 'zoomOut', 'zoomFit', 'toggleStates', 'exportSvg', 'exportPng', 'copySource', 'lock', 'unlock', 'syntaxErrors', 'renderFailed', 'empty',
];

function isStrings(value: unknown): value is WebviewStrings {
  return isObject(value) && STRING_KEYS.every((key) => typeof value[key] === 'string');
}

/**
 * The page's strings, from its body's `data-strings`. A page without them
 * (never served by the extension) shows the keys rather than failing.
 */
export function pageStrings(body: HTMLElement): WebviewStrings {
  try {
    const parsed: unknown = JSON.parse(body.dataset['strings'] ?? '');
    if (isStrings(parsed)) return parsed;
  } catch {
    // fall through
  }
  return Object.fromEntries(STRING_KEYS.map((key) => [key, key])) as unknown as WebviewStrings;
}

export function toWebviewMessage(data: unknown): ToWebview | undefined {
  if (!isObject(data)) return undefined;
  switch (data['type']) {
    case 'render':
      return typeof data['uri'] === 'string' &&
        typeof data['source'] === 'string' &&
        isListOf(data['messages'], isItem) &&
        isListOf(data['notes'], isItem) &&
        isListOf(data['errors'], isBannerError) &&
        typeof data['locked'] === 'boolean' &&
        typeof data['showStates'] === 'boolean' &&
        (data['cursorLine'] === undefined || isLine(data['cursorLine']))
        ? (data as ToWebview)
        : undefined;
    case 'highlight':
      return isLine(data['line']) ? (data as ToWebview) : undefined;
    case 'export':
      return data['format'] === 'svg' || data['format'] === 'png' ? (data as ToWebview) : undefined;
    default:
      return undefined;
  }
}
