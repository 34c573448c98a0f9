/** "TCP Flow: New Exercise": an untitled .tcpflow document with a commented template. */
import * as vscode from 'vscode';
import { LANGUAGE_ID } from '../documents';
import type { Localizer } from '../l10n/localizer';
import { newExerciseText } from './template';

export const NEW_EXERCISE_COMMAND = 'tcpflow.newExercise';

export function registerNewExercise(localizer: Localizer): vscode.Disposable {
  return vscode.commands.registerCommand(NEW_EXERCISE_COMMAND, async () => {
    const document = await vscode.workspace.openTextDocument({ language: LANGUAGE_ID, content: newExerciseText(localizer.t) });
    const editor = await vscode.window.showTextDocument(document);
    const end = document.lineAt(document.lineCount - 1).range.end;
    editor.selection = new vscode.Selection(end, end);
    return document;
  });
}
