/** The preview page: a strict CSP, and strings that cannot break out of their attribute. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { newNonce, previewHtml } from '../../../src/extension/preview/webview-html';
import { webviewStrings } from '../../../src/extension/preview/webview-strings';
import { localizer } from '../extension/support/localizer';

const page = (strings = webviewStrings(localizer('en').t)) =>
  previewHtml({ cspSource: 'https://webview.example', scriptUri: 'https://webview.example/dist/webview.js', nonce: 'N0nce', lang: 'en', strings });

describe('previewHtml', () => {
  it('allows only the nonce’d bundle to run, and nothing from elsewhere', () => {
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(page())?.[1] ?? '';
    const directives = new Map(csp.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));
    assert.deepEqual(directives.get('default-src'), ["'none'"]);
    assert.deepEqual(directives.get('script-src'), ["'nonce-N0nce'"]);
    assert.deepEqual(directives.get('style-src'), ['https://webview.example', "'unsafe-inline'"]);
    assert.deepEqual(directives.get('img-src'), ['https://webview.example', 'data:', 'blob:']);
    const scripts = [...page().matchAll(/<script([^>]*)>/g)].map((m) => m[1]);
    assert.deepEqual(scripts, [' nonce="N0nce" src="https://webview.example/dist/webview.js"']);
  });

  it('writes the localized strings into an attribute that text cannot escape from', () => {
    const hostile = { ...webviewStrings(localizer('zh-cn').t), empty: '"><script>alert(1)</script>&amp;' };
    const html = page(hostile);
    const attribute = /<body data-strings="([^"]*)">/.exec(html)?.[1];
    assert.ok(attribute, 'one attribute');
    assert.ok(!html.includes('<script>alert'));
    const decoded = attribute.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
    assert.deepEqual(JSON.parse(decoded), hostile);
    assert.equal(hostile.zoomIn, '放大');
  });

  it('makes a fresh 32-character nonce each time', () => {
    const nonces = new Set(Array.from({ length: 50 }, () => newNonce()));
    assert.equal(nonces.size, 50);
    for (const nonce of nonces) assert.match(nonce, /^[A-Za-z0-9]{32}$/);
  });
});
