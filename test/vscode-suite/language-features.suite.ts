import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAll, diagnosticsSettled, eventually, hoverText, lineOf, openExample, openUntitled } from './helpers';

const OPENED = 'client A\nserver B\nA -> B: SYN seq=x\nB -> A: SYN, ACK seq=y ack=x+1\nA -> B: ACK seq=x+1 ack=y+1\n';

describe('hover, quick fixes, completion, inlay hints, outline', () => {
  afterEach(closeAll);

  it('hover on a segment line: states before → after, resolved numbers, the receiver’s reaction', async () => {
    const document = await openUntitled(OPENED);
    const line = lineOf(document, 'SYN, ACK');
    const hovers = await eventually(
      () => vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, new vscode.Position(line, 1)),
      (h) => h.length > 0,
      'a hover',
    );
    const text = hoverText(hovers);
    assert.match(text, /ack = x\+1 = \d+/);
    assert.match(text, /SYN_SENT/);
    assert.match(text, /ESTABLISHED/);
  });

  it('hover on a flag explains it', async () => {
    const document = await openUntitled(OPENED);
    const line = lineOf(document, 'SYN, ACK');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, new vscode.Position(line, 9));
    assert.match(hoverText(hovers), /SYN/);
  });

  it('a quick fix is offered for a wrong number and makes the line legal', async () => {
    const document = await openExample('10-mistake-ack-of-syn.tcpflow');
    const line = lineOf(document, 'SYN, ACK seq=y ack=x');
    const diagnostics = await diagnosticsSettled(document, (d) => d.some((x) => x.range.start.line === line), 'the stale ack');
    const target = diagnostics.find((d) => d.range.start.line === line && d.code === 'syn-not-acknowledged')!;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, target.range, vscode.CodeActionKind.QuickFix.value);
    // The command hands back no diagnostics with its actions, so the title identifies the fix.
    const fix = actions.find((a) => /x\+1/.test(a.title));
    assert.ok(fix?.edit, JSON.stringify(actions.map((a) => a.title)));
    assert.equal(fix.kind?.value, vscode.CodeActionKind.QuickFix.value);
    assert.equal(fix.isPreferred, true);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    await diagnosticsSettled(document, (d) => d.length === 0, 'a legal file after the fix');
  });

  it('completion offers the next seq in the file’s own symbols', async () => {
    const document = await openUntitled(`${OPENED}B -> A: ACK seq=\n`);
    const line = document.lineCount - 2;
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, new vscode.Position(line, document.lineAt(line).text.length));
    const labels = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    assert.ok(labels.includes('y+1'), labels.join());
  });

  it('completion after a colon offers every state and action', async () => {
    const document = await openUntitled(`${OPENED}A: \n`);
    const line = document.lineCount - 2;
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, new vscode.Position(line, 3));
    const labels = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    for (const expected of ['ESTABLISHED', 'TIME_WAIT', 'close', 'timeout']) assert.ok(labels.includes(expected), expected);
  });

  it('inlay hints show the state changes of each line', async () => {
    const document = await openUntitled(OPENED);
    const hints = await vscode.commands.executeCommand<vscode.InlayHint[]>('vscode.executeInlayHintProvider', document.uri, new vscode.Range(0, 0, document.lineCount, 0));
    const labels = hints.map((h) => (typeof h.label === 'string' ? h.label : h.label.map((p) => p.value).join('')));
    assert.ok(labels.includes('A: CLOSED → SYN_SENT, B: LISTEN → SYN_RCVD'), labels.join(' | '));
    assert.ok(labels.includes('A: SYN_SENT → ESTABLISHED'));
  });

  it('the outline lists the endpoints and the phases', async () => {
    const document = await openExample('02-four-way-teardown.tcpflow');
    const symbols = await eventually(
      () => vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri),
      (s) => Array.isArray(s) && s.length > 0,
      'document symbols',
    );
    const kinds = symbols.map((s) => s.kind);
    assert.ok(kinds.filter((k) => k === vscode.SymbolKind.Namespace).length === 3, symbols.map((s) => s.name).join());
    assert.ok(symbols.some((s) => s.name === 'A' && s.kind === vscode.SymbolKind.Object));
  });
});

describe('settings and folding', () => {
  afterEach(closeAll);

  it('the inlay hint setting turns the hints off', async () => {
    const document = await openUntitled(OPENED);
    const range = new vscode.Range(0, 0, document.lineCount, 0);
    const configuration = vscode.workspace.getConfiguration('tcpflow.inlayHints');
    try {
      await configuration.update('enabled', false, vscode.ConfigurationTarget.Global);
      const hints = await vscode.commands.executeCommand<vscode.InlayHint[]>('vscode.executeInlayHintProvider', document.uri, range);
      assert.deepEqual(hints, []);
    } finally {
      await configuration.update('enabled', undefined, vscode.ConfigurationTarget.Global);
    }
    const hints = await vscode.commands.executeCommand<vscode.InlayHint[]>('vscode.executeInlayHintProvider', document.uri, range);
    assert.ok(hints.length >= 3);
  });

  it('folding ranges cover each phase and each block of comments', async () => {
    const document = await openExample('02-four-way-teardown.tcpflow');
    const ranges = await eventually(
      () => vscode.commands.executeCommand<vscode.FoldingRange[]>('vscode.executeFoldingRangeProvider', document.uri),
      (r) => Array.isArray(r) && r.length > 0,
      'folding ranges',
    );
    assert.ok(ranges.some((r) => r.start === 0 && r.kind === vscode.FoldingRangeKind.Comment), JSON.stringify(ranges));
    assert.ok(ranges.some((r) => r.start === lineOf(document, 'FIN, ACK seq=u') && r.end === lineOf(document, 'A: CLOSED')));
  });
});
