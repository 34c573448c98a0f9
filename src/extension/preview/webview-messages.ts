/**
 * Checks a message from the preview's webview before the host acts on it:
 * the page is untrusted, so only the protocol's exact shapes get through.
 */
import type { FromWebview } from '../../../webview/protocol';

export function fromWebviewMessage(data: unknown): FromWebview | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const fields = data as Record<string, unknown>;
  switch (fields['type']) {
    case 'ready':
    case 'toggle-states':
    case 'toggle-lock':
    case 'copy-source':
      return { type: fields['type'] };
    case 'reveal': {
      const line = fields['line'];
      return Number.isInteger(line) && (line as number) >= 0 ? { type: 'reveal', line: line as number } : undefined;
    }
    case 'exported': {
      const format = fields['format'];
      const payload = fields['data'];
      if (typeof payload !== 'string') return undefined;
      if (format === 'svg' && payload.trimStart().startsWith('<svg')) return { type: 'exported', format, data: payload };
      if (format === 'png' && payload.startsWith('data:image/png;base64,')) return { type: 'exported', format, data: payload };
      return undefined;
    }
    default:
      return undefined;
  }
}
