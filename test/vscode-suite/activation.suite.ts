import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { TcpflowApi } from '../../src/extension/extension';
import { EXTENSION_ID, closeAll, openUntitled } from './helpers';

describe('activation', () => {
  after(closeAll);

  it('a tcpflow document activates the extension, which shares its analyses', async () => {
    const document = await openUntitled('A -> B: SYN seq=x\n');
    assert.equal(document.languageId, 'tcpflow');
    const extension = vscode.extensions.getExtension<TcpflowApi>(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is installed`);
    const api = await extension.activate();
    assert.ok(extension.isActive);
    const analysis = await api.analyses.fresh({ key: document.uri.toString(), version: document.version, getText: () => document.getText(), document });
    assert.equal(analysis.endpoints.length, 2);
  });

  it('*.tcpflow files are the tcpflow language, with # comments', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID)!;
    const manifest = extension.packageJSON as { contributes: { languages: Array<{ id: string; extensions: string[] }> } };
    assert.deepEqual(manifest.contributes.languages.find((l) => l.id === 'tcpflow')?.extensions, ['.tcpflow']);
    const document = await openUntitled('A -> B: SYN seq=x\n');
    vscode.window.activeTextEditor!.selection = new vscode.Selection(0, 0, 0, 0);
    await vscode.commands.executeCommand('editor.action.commentLine');
    assert.match(document.getText(), /^# A -> B: SYN seq=x/);
  });

  it('"TCP Flow: New Exercise" opens an untitled tcpflow document with a commented template', async () => {
    const document = await vscode.commands.executeCommand<vscode.TextDocument>('tcpflow.newExercise');
    assert.ok(document);
    assert.equal(document.languageId, 'tcpflow');
    assert.equal(document.isUntitled, true);
    assert.equal(vscode.window.activeTextEditor?.document, document);
    assert.match(document.getText(), /^# /);
    assert.match(document.getText(), /\nclient A\nserver B\n/);
  });
});
