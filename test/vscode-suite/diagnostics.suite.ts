import * as assert from 'node:assert/strict';
import { rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { analyze, localeFrom, renderMessage } from '../../src/core/index';
import { closeAll, diagnosticsOf, diagnosticsSettled, eventually, lineOf, openExample, openUntitled } from './helpers';

const locale = () => localeFrom(vscode.env.language);
const SEVERITY = { error: vscode.DiagnosticSeverity.Error, warning: vscode.DiagnosticSeverity.Warning, information: vscode.DiagnosticSeverity.Information };

/** What the core says of the document, as VS Code should show it. */
function expected(document: vscode.TextDocument) {
  return analyze(document.getText()).diagnostics.map((d) => ({
    code: d.code,
    severity: SEVERITY[d.severity],
    line: d.range.start.line,
    character: d.range.start.character,
    message: renderMessage(d, locale()),
  }));
}

function shown(diagnostics: readonly vscode.Diagnostic[]) {
  return diagnostics.map((d) => ({ code: d.code, severity: d.severity, line: d.range.start.line, character: d.range.start.character, message: d.message }));
}

describe('diagnostics', () => {
  afterEach(closeAll);

  it('a saved file shows exactly the core diagnostics, in the user language', async () => {
    const document = await openExample('10-mistake-ack-of-syn.tcpflow');
    const diagnostics = await diagnosticsSettled(document, (d) => d.length > 0, 'diagnostics of the example');
    const byPosition = (a: { line: number; character: number }, b: { line: number; character: number }) => a.line - b.line || a.character - b.character;
    assert.deepEqual(shown(diagnostics).sort(byPosition), expected(document).sort(byPosition));
    assert.ok(diagnostics.some((d) => d.severity === vscode.DiagnosticSeverity.Error));
  });

  it('a wrong state assertion links to the line that caused the real state', async () => {
    const document = await openExample('11-mistake-fin-wait-2-too-early.tcpflow');
    const [mismatch] = await diagnosticsSettled(document, (d) => d.some((x) => x.code === 'state-mismatch'), 'state-mismatch').then((d) => d.filter((x) => x.code === 'state-mismatch'));
    const related = mismatch!.relatedInformation ?? [];
    assert.equal(related.length, 1);
    assert.equal(related[0]!.location.uri.toString(), document.uri.toString());
    assert.equal(related[0]!.location.range.start.line, lineOf(document, 'FIN, ACK seq=u'));
  });

  it('a segment the receiver drops is a warning tagged unnecessary', async () => {
    const document = await openUntitled('client A\nserver B\nA -> B: RST seq=5\n');
    const diagnostics = await diagnosticsSettled(document, (d) => d.some((x) => x.code === 'dropped'), 'dropped');
    const dropped = diagnostics.find((d) => d.code === 'dropped')!;
    assert.equal(dropped.severity, vscode.DiagnosticSeverity.Warning);
    assert.deepEqual(dropped.tags, [vscode.DiagnosticTag.Unnecessary]);
  });

  it('an untitled document is checked as it is edited, and cleared when closed', async () => {
    const document = await openUntitled('client A\nserver B\nA -> B: SYN seq=x\nA: ESTABLISHED\n');
    await diagnosticsSettled(document, (d) => d.some((x) => x.code === 'state-mismatch'), 'the wrong assertion');
    const edit = new vscode.WorkspaceEdit();
    const line = lineOf(document, 'A: ESTABLISHED');
    edit.replace(document.uri, new vscode.Range(line, 3, line, 14), 'SYN_SENT');
    assert.ok(await vscode.workspace.applyEdit(edit));
    await diagnosticsSettled(document, (d) => !d.some((x) => x.code === 'state-mismatch'), 'the fixed assertion (unsaved)');
    assert.deepEqual(shown(diagnosticsOf(document)), expected(document));
    const uri = document.uri;
    await closeAll();
    await diagnosticsSettled(document, () => vscode.languages.getDiagnostics(uri).length === 0, 'diagnostics cleared on close');
  });

  it('the settings turn warnings and information off and on', async () => {
    const configuration = vscode.workspace.getConfiguration('tcpflow.diagnostics');
    const document = await openExample('08-lost-syn-retransmitted.tcpflow');
    await diagnosticsSettled(document, (d) => d.some((x) => x.severity === vscode.DiagnosticSeverity.Information), 'the retransmission note');
    try {
      await configuration.update('showInformation', false, vscode.ConfigurationTarget.Global);
      await diagnosticsSettled(document, (d) => d.length === 0, 'information hidden');
    } finally {
      await configuration.update('showInformation', undefined, vscode.ConfigurationTarget.Global);
    }
    await diagnosticsSettled(document, (d) => d.length === 1, 'information shown again');
  });

  it('a flood of problems is capped, with a notice', async () => {
    const lines = ['client A', 'server B'];
    for (let i = 0; i < 1500; i++) lines.push('A: LISTEN');
    const document = await openUntitled(`${lines.join('\n')}\n`);
    const diagnostics = await diagnosticsSettled(document, (d) => d.length > 0, 'the capped problems');
    assert.equal(diagnostics.length, 1001);
    assert.ok(diagnostics.some((d) => d.code === undefined && d.message.includes('500')));
  });
});

describe('a 10 MB capture', () => {
  afterEach(closeAll);

  it('is checked without losing the host: problems capped with a notice, hovers still answered', async function () {
    this.timeout(300_000);
    const lines = ['client A', 'server B', 'A -> B: SYN seq=100', 'B -> A: SYN, ACK seq=300 ack=101', 'A -> B: ACK seq=101 ack=301'];
    let a = 101;
    let size = 0;
    for (let i = 0; size < 10_000_000; i++) {
      // Every 50th pair carries a wrong assertion, so there are thousands of problems.
      const segment = i % 50 === 49 ? 'A: LISTEN' : `A -> B: ACK, PSH seq=${a} ack=301 len=10`;
      if (!segment.startsWith('A:')) a += 10;
      const answer = `B -> A: ACK seq=301 ack=${a}`;
      lines.push(segment, answer);
      size += segment.length + answer.length + 2;
    }
    const file = join(tmpdir(), `tcpflow-capture-${process.pid}.tcpflow`);
    writeFileSync(file, `${lines.join('\n')}\n`);
    try {
      const document = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
      await vscode.window.showTextDocument(document);
      const diagnostics = await eventually(() => diagnosticsOf(document), (d) => d.length > 0, 'problems of the capture', 240_000);
      assert.equal(diagnostics.length, 1001);
      assert.ok(diagnostics.some((d) => d.code === undefined && /\d+/.test(d.message)), 'the notice of problems left out');
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, new vscode.Position(3, 1));
      assert.ok(hovers.length > 0);
    } finally {
      rmSync(file, { force: true });
    }
  });
});
