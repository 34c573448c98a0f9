/** Which documents are ours, and how the analysis scheduler sees a VS Code document. */
import type * as vscode from 'vscode';
import type { VersionedText } from './analysis/analysis-scheduler';
import { AnalysisScheduler } from './analysis/analysis-scheduler';

export const LANGUAGE_ID = 'tcpflow';

/** Every scheme: saved files, untitled documents and virtual workspaces alike. */
export const TCPFLOW_SELECTOR: vscode.DocumentSelector = { language: LANGUAGE_ID };

export interface TrackedDocument extends VersionedText {
  readonly document: vscode.TextDocument;
}

export function isTcpflow(document: vscode.TextDocument): boolean {
  return document.languageId === LANGUAGE_ID;
}

export function tracked(document: vscode.TextDocument): TrackedDocument {
  return {
    key: document.uri.toString(),
    // Read live, so a scheduled analysis takes the text and version current when it runs.
    get version() {
      return document.version;
    },
    getText: () => document.getText(),
    document,
  };
}

export type DocumentAnalyses = AnalysisScheduler<TrackedDocument>;
