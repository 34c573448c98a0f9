/** What the preview panel posts to its webview, and what it accepts back. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/index';
import { cursorLeftWindow, prepareRender } from '../../../src/extension/preview/render-message';
import { fromWebviewMessage } from '../../../src/extension/preview/webview-messages';

const options = { uri: 'file:///a.tcpflow', locale: 'en', locked: false, showStates: true } as const;

describe('prepareRender', () => {
  it('sends the diagram with the line of every drawn item and no errors for a text that parses', () => {
    const { message } = prepareRender(analyze('client A\nserver B\nA -> B: SYN seq=1\n'), options);
    assert.equal(message.type, 'render');
    assert.deepEqual(message.messages, [{ line: 2 }]);
    assert.deepEqual(message.errors, []);
    assert.match(message.source, /^sequenceDiagram\n/);
  });

  it('lists syntax errors (with their line and message) so the webview keeps its last good diagram; protocol errors are drawn instead', () => {
    const syntax = prepareRender(analyze('client A\nserver B\nA -> B: SYN seq=1\nA ->> : ?\n'), options).message;
    assert.ok(syntax.errors.length >= 1);
    assert.ok(syntax.errors.every((e) => e.line === 3 && e.message.length > 0), JSON.stringify(syntax.errors));
    const illegal = prepareRender(analyze('client A\nserver B\nA -> B: SYN seq=100\nA -> B: FIN seq=101\n'), options).message;
    assert.deepEqual(illegal.errors, []);
    assert.match(illegal.source, /rect /);
  });

  it('says in Chinese what is wrong for a Chinese user', () => {
    const message = prepareRender(analyze('client A\nserver B\nA ->> : ?\n'), { ...options, locale: 'zh-cn' }).message;
    assert.match(message.errors[0]!.message, /[\u4e00-\u9fff]/);
  });

  it('moves the window of a long flow when the cursor leaves it', () => {
    const lines = ['client A', 'server B', 'A -> B: SYN seq=0', 'B -> A: SYN, ACK seq=0 ack=1', 'A -> B: ACK seq=1 ack=1'];
    for (let i = 0; i < 200; i++) lines.push('A -> B: ACK len=10', 'B -> A: ACK');
    const { diagram } = prepareRender(analyze(lines.join('\n')), { ...options, cursorLine: 300, maxSteps: 50 });
    assert.ok(diagram.window);
    assert.equal(cursorLeftWindow(diagram, 300), false);
    assert.equal(cursorLeftWindow(diagram, diagram.window.firstLine - 1), true);
    assert.equal(cursorLeftWindow(diagram, diagram.window.lastLine + 1), true);
    assert.equal(cursorLeftWindow(prepareRender(analyze(lines.slice(0, 10).join('\n')), options).diagram, 9999), false);
  });
});

describe('fromWebviewMessage', () => {
  it('accepts the protocol’s messages', () => {
    for (const message of [
      { type: 'ready' },
      { type: 'reveal', line: 3 },
      { type: 'toggle-lock' },
      { type: 'toggle-states' },
      { type: 'copy-source' },
      { type: 'exported', format: 'svg', data: '<svg xmlns="http://www.w3.org/2000/svg"></svg>' },
      { type: 'exported', format: 'png', data: 'data:image/png;base64,iVBORw0KGgo=' },
    ]) {
      assert.deepEqual(fromWebviewMessage(message), message);
    }
  });

  it('rejects anything else, and drops fields it does not know', () => {
    for (const junk of [null, 'reveal', 42, {}, { type: 'reveal' }, { type: 'reveal', line: -1 }, { type: 'reveal', line: 1.5 }, { type: 'reveal', line: '3' }, { type: 'exported', format: 'svg', data: '<script>' }, { type: 'exported', format: 'png', data: 'file:///etc/passwd' }, { type: 'exported', format: 'gif', data: '<svg' }, { type: 'run', command: 'rm' }]) {
      assert.equal(fromWebviewMessage(junk), undefined, JSON.stringify(junk));
    }
    assert.deepEqual(fromWebviewMessage({ type: 'ready', extra: 1 }), { type: 'ready' });
  });
});
