/**
 * The VS Code providers: each waits for the document's analysis, asks a
 * pure module what to show, and converts the answer. No TCP here.
 */
import * as vscode from 'vscode';
import type { Analysis } from '../core/index';
import { completionsAt, type Suggestion, type SuggestionKind } from './completion/completion-items';
import { TCPFLOW_SELECTOR, tracked, type DocumentAnalyses } from './documents';
import { hoverAt } from './hover/hover-text';
import { stateChangeHints } from './inlay-hints/state-change-hints';
import type { Localizer } from './l10n/localizer';
import { foldsOf, outlineOf, type OutlineKind, type OutlineSymbol } from './outline/outline';
import { quickFixesIn } from './quick-fixes/quick-fixes';
import { fromVscodePosition, fromVscodeRange, toVscodePosition, toVscodeRange } from './ranges';

/** The analysis of this version, or undefined when the request was cancelled or the document closed. */
async function analysisOf(analyses: DocumentAnalyses, document: vscode.TextDocument, token: vscode.CancellationToken): Promise<Analysis | undefined> {
  try {
    const analysis = await analyses.fresh(tracked(document));
    return token.isCancellationRequested ? undefined : analysis;
  } catch {
    return undefined;
  }
}

/**
 * The outline view, breadcrumbs and sticky scroll all ask for symbols and
 * folds of the same version: on a long capture, compute them once.
 */
const symbolsByAnalysis = new WeakMap<Analysis, vscode.DocumentSymbol[]>();
const foldsByAnalysis = new WeakMap<Analysis, vscode.FoldingRange[]>();

function once<T>(cache: WeakMap<Analysis, T>, analysis: Analysis, compute: () => T): T {
  let value = cache.get(analysis);
  if (value === undefined) {
    value = compute();
    cache.set(analysis, value);
  }
  return value;
}

export function registerLanguageFeatures(analyses: DocumentAnalyses, localizer: Localizer): vscode.Disposable[] {
  const inlayHints = new InlayHints(analyses);
  return [
    vscode.languages.registerHoverProvider(TCPFLOW_SELECTOR, {
      async provideHover(document, position, token) {
        const analysis = await analysisOf(analyses, document, token);
        const hover = analysis && hoverAt(analysis, fromVscodePosition(position), localizer);
        return hover ? new vscode.Hover(new vscode.MarkdownString(hover.markdown), toVscodeRange(hover.range)) : undefined;
      },
    }),
    vscode.languages.registerInlayHintsProvider(TCPFLOW_SELECTOR, inlayHints),
    inlayHints,
    vscode.languages.registerCodeActionsProvider(
      TCPFLOW_SELECTOR,
      {
        async provideCodeActions(document, range, context, token) {
          if (context.only && !context.only.contains(vscode.CodeActionKind.QuickFix)) return [];
          const analysis = await analysisOf(analyses, document, token);
          if (!analysis) return [];
          return quickFixesIn(analysis, fromVscodeRange(range), localizer).map((fix) => {
            const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
            const edit = new vscode.WorkspaceEdit();
            for (const e of fix.edits) edit.replace(document.uri, toVscodeRange(e.range), e.newText);
            action.edit = edit;
            const fixed = toVscodeRange(fix.diagnostic.range);
            action.diagnostics = context.diagnostics.filter((d) => d.code === fix.diagnostic.code && d.range.isEqual(fixed));
            action.isPreferred = fix.preferred;
            return action;
          });
        },
      },
      { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] },
    ),
    vscode.languages.registerCompletionItemProvider(
      TCPFLOW_SELECTOR,
      {
        async provideCompletionItems(document, position, token) {
          const analysis = await analysisOf(analyses, document, token);
          if (!analysis) return [];
          const line = document.lineAt(position.line).text;
          return completionsAt(analysis, line, fromVscodePosition(position), localizer).map((s) => completionItem(s, position.line));
        },
      },
      ':',
      '=',
      '>',
      ' ',
      ',',
    ),
    vscode.languages.registerDocumentSymbolProvider(TCPFLOW_SELECTOR, {
      async provideDocumentSymbols(document, token) {
        const analysis = await analysisOf(analyses, document, token);
        return analysis ? once(symbolsByAnalysis, analysis, () => outlineOf(analysis, localizer).map(documentSymbol)) : [];
      },
    }),
    vscode.languages.registerFoldingRangeProvider(TCPFLOW_SELECTOR, {
      async provideFoldingRanges(document, _context, token) {
        const analysis = await analysisOf(analyses, document, token);
        if (!analysis) return [];
        return once(foldsByAnalysis, analysis, () =>
          foldsOf(analysis, (line) => document.lineAt(line).text, document.lineCount).map(
            (f) => new vscode.FoldingRange(f.start, f.end, f.kind === 'comment' ? vscode.FoldingRangeKind.Comment : f.kind === 'region' ? vscode.FoldingRangeKind.Region : undefined),
          ),
        );
      },
    }),
  ];
}

/** Inlay hints, refreshed when their setting changes. */
class InlayHints implements vscode.InlayHintsProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeInlayHints = this.changed.event;
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly analyses: DocumentAnalyses) {
    this.subscriptions = [
      this.changed,
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('tcpflow.inlayHints')) this.changed.fire();
      }),
    ];
  }

  async provideInlayHints(document: vscode.TextDocument, range: vscode.Range, token: vscode.CancellationToken): Promise<vscode.InlayHint[]> {
    if (!vscode.workspace.getConfiguration('tcpflow.inlayHints', document).get<boolean>('enabled', true)) return [];
    const analysis = await analysisOf(this.analyses, document, token);
    if (!analysis) return [];
    return stateChangeHints(analysis, range.start.line, range.end.line).map((h) => {
      const hint = new vscode.InlayHint(toVscodePosition(h.position), h.label);
      hint.paddingLeft = true;
      return hint;
    });
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
  }
}

const COMPLETION_KINDS: Readonly<Record<SuggestionKind, vscode.CompletionItemKind>> = {
  keyword: vscode.CompletionItemKind.Keyword,
  endpoint: vscode.CompletionItemKind.Variable,
  arrow: vscode.CompletionItemKind.Operator,
  flag: vscode.CompletionItemKind.Constant,
  field: vscode.CompletionItemKind.Field,
  number: vscode.CompletionItemKind.Value,
  state: vscode.CompletionItemKind.EnumMember,
  action: vscode.CompletionItemKind.Function,
  label: vscode.CompletionItemKind.Reference,
  segment: vscode.CompletionItemKind.Event,
  snippet: vscode.CompletionItemKind.Snippet,
};

function completionItem(suggestion: Suggestion, line: number): vscode.CompletionItem {
  const item = new vscode.CompletionItem(suggestion.label, COMPLETION_KINDS[suggestion.kind]);
  item.insertText = suggestion.snippet ? new vscode.SnippetString(suggestion.insertText) : suggestion.insertText;
  item.range = new vscode.Range(line, suggestion.replace.start, line, suggestion.replace.end);
  if (suggestion.detail !== undefined) item.detail = suggestion.detail;
  if (suggestion.documentation !== undefined) item.documentation = suggestion.documentation;
  if (suggestion.sortText !== undefined) item.sortText = suggestion.sortText;
  if (suggestion.preselect) item.preselect = true;
  return item;
}

const SYMBOL_KINDS: Readonly<Record<OutlineKind, vscode.SymbolKind>> = {
  title: vscode.SymbolKind.String,
  endpoint: vscode.SymbolKind.Object,
  phase: vscode.SymbolKind.Namespace,
  segment: vscode.SymbolKind.Event,
};

function documentSymbol(symbol: OutlineSymbol): vscode.DocumentSymbol {
  const result = new vscode.DocumentSymbol(symbol.name, symbol.detail, SYMBOL_KINDS[symbol.kind], toVscodeRange(symbol.range), toVscodeRange(symbol.selectionRange));
  result.children = symbol.children.map(documentSymbol);
  return result;
}
