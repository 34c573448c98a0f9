/**
 * One analysis per document version, shared by diagnostics, hovers, inlay
 * hints, completion, quick fixes and the outline.
 *
 * A normal document is re-analysed on the keystroke itself, so squiggles
 * never lag. A document whose last analysis was slow (a pasted capture of
 * megabytes) is re-analysed only once typing pauses: analysing it on every
 * keystroke would queue work faster than it completes and freeze the host.
 */
import { analyze, type Analysis } from '../../core/index';

/** What the scheduler needs of a document: VS Code's TextDocument has it. */
export interface VersionedText {
  /** Stable identity, such as the URI as a string. */
  readonly key: string;
  readonly version: number;
  getText(): string;
}

/** Analyses faster than this run on every keystroke. */
export const INSTANT_ANALYSIS_MS = 50;
const MIN_PAUSE_MS = 150;
const MAX_PAUSE_MS = 2000;

/**
 * How long after the last keystroke to re-analyse, given how long the last
 * analysis of that document took: never less than the analysis itself
 * would block, so the host stays responsive between analyses.
 */
export function reanalysisDelay(lastDurationMs: number): number {
  if (lastDurationMs < INSTANT_ANALYSIS_MS) return 0;
  return Math.min(MAX_PAUSE_MS, Math.max(MIN_PAUSE_MS, Math.round(lastDurationMs * 2)));
}

interface Waiter {
  readonly resolve: (analysis: Analysis) => void;
  readonly reject: (error: unknown) => void;
}

interface Entry<S extends VersionedText> {
  source: S;
  analysis?: Analysis;
  analyzedVersion?: number;
  lastDurationMs: number;
  timer?: ReturnType<typeof setTimeout>;
  waiters: Waiter[];
}

export type AnalysisListener<S extends VersionedText> = (key: string, analysis: Analysis, source: S) => void;

export interface SchedulerOptions {
  /** Given the document's previous analysis, which it may resume from. */
  readonly analyze?: (text: string, previous?: Analysis) => Analysis;
  readonly now?: () => number;
  /** Told when the core throws, which it must not; the document keeps its last analysis. */
  readonly onError?: (error: unknown) => void;
}

export class AnalysisScheduler<S extends VersionedText = VersionedText> {
  private readonly entries = new Map<string, Entry<S>>();
  private readonly listeners = new Set<AnalysisListener<S>>();
  private readonly analyzeText: (text: string, previous?: Analysis) => Analysis;
  private readonly now: () => number;
  private readonly onError: (error: unknown) => void;

  constructor(options: SchedulerOptions = {}) {
    this.analyzeText = options.analyze ?? analyze;
    this.now = options.now ?? (() => performance.now());
    this.onError = options.onError ?? (() => undefined);
  }

  onDidAnalyze(listener: AnalysisListener<S>): { dispose(): void } {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  }

  /** The document was opened or edited. */
  changed(source: S): void {
    const entry = this.entryFor(source);
    if (entry.analyzedVersion === source.version) return;
    const delay = reanalysisDelay(entry.lastDurationMs);
    if (entry.timer !== undefined) clearTimeout(entry.timer);
    entry.timer = undefined;
    if (delay === 0) {
      this.run(entry);
    } else {
      entry.timer = setTimeout(() => {
        entry.timer = undefined;
        this.run(entry);
      }, delay);
    }
  }

  /**
   * The analysis of this version of the document. While a slow document
   * waits for its pause, this waits too rather than analysing it again.
   */
  fresh(source: S): Promise<Analysis> {
    const entry = this.entryFor(source);
    if (entry.analysis && entry.analyzedVersion === source.version) return Promise.resolve(entry.analysis);
    if (entry.timer !== undefined) {
      return new Promise((resolve, reject) => entry.waiters.push({ resolve, reject }));
    }
    this.run(entry);
    return entry.analysis && entry.analyzedVersion === source.version ? Promise.resolve(entry.analysis) : Promise.reject(new Error('analysis failed'));
  }

  /** The last analysis made of the document, which may be of an earlier version. */
  latest(key: string): Analysis | undefined {
    return this.entries.get(key)?.analysis;
  }

  /** True while a slow document waits for typing to pause. */
  isPending(key: string): boolean {
    return this.entries.get(key)?.timer !== undefined;
  }

  closed(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    if (entry.timer !== undefined) clearTimeout(entry.timer);
    for (const waiter of entry.waiters) waiter.reject(new Error('document closed'));
    this.entries.delete(key);
  }

  dispose(): void {
    for (const key of [...this.entries.keys()]) this.closed(key);
    this.listeners.clear();
  }

  private entryFor(source: S): Entry<S> {
    let entry = this.entries.get(source.key);
    if (!entry) {
      entry = { source, lastDurationMs: 0, waiters: [] };
      this.entries.set(source.key, entry);
    }
    entry.source = source;
    return entry;
  }

  /**
   * The core's analysis of `text`, resumed from `previous`. Should resuming
   * ever fail, the text is analysed afresh, so that one fault in reusing an
   * analysis cannot leave a document's problems stale; each failure is told.
   */
  private analyzed(text: string, previous: Analysis | undefined): Analysis | Error {
    try {
      // The previous analysis lets the core redo only what the edit changed.
      return this.analyzeText(text, previous);
    } catch (error) {
      this.onError(error);
      if (previous === undefined) return error instanceof Error ? error : new Error(String(error));
      return this.analyzed(text, undefined);
    }
  }

  private run(entry: Entry<S>): void {
    const source = entry.source;
    const version = source.version;
    const waiters = entry.waiters;
    entry.waiters = [];
    const started = this.now();
    const analysis = this.analyzed(source.getText(), entry.analysis);
    entry.lastDurationMs = this.now() - started;
    if (analysis instanceof Error) {
      for (const waiter of waiters) waiter.reject(analysis);
      return;
    }
    entry.analysis = analysis;
    entry.analyzedVersion = version;
    for (const waiter of waiters) waiter.resolve(analysis);
    for (const listener of this.listeners) {
      try {
        listener(source.key, analysis, source);
      } catch (error) {
        this.onError(error);
      }
    }
  }
}
