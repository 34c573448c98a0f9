import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, type Analysis } from '../../../src/core/index';
import { AnalysisScheduler, INSTANT_ANALYSIS_MS, reanalysisDelay, type VersionedText } from '../../../src/extension/analysis/analysis-scheduler';

class Doc implements VersionedText {
  constructor(
    readonly key: string,
    public text: string,
    public version = 1,
  ) {}
  getText(): string {
    return this.text;
  }
  edit(text: string): void {
    this.text = text;
    this.version++;
  }
}

/** A clock under the test's control: each analysis "takes" `cost` ms. */
function costlyClock(cost: () => number): { now: () => number } {
  let time = 0;
  let odd = false;
  return {
    now: () => {
      odd = !odd;
      if (!odd) time += cost();
      return time;
    },
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

test('a fast document is analysed on the keystroke itself', () => {
  const published: Array<[string, Analysis]> = [];
  const scheduler = new AnalysisScheduler();
  scheduler.onDidAnalyze((key, analysis) => published.push([key, analysis]));
  const doc = new Doc('a', 'A -> B: SYN seq=x\n');
  scheduler.changed(doc);
  assert.equal(published.length, 1);
  doc.edit('A -> B: SYN seq=x\nA: ESTABLISHED\n');
  scheduler.changed(doc);
  assert.equal(published.length, 2);
  assert.ok(published[1]![1].diagnostics.some((d) => d.code === 'state-mismatch'));
  assert.ok(!published[0]![1].diagnostics.some((d) => d.code === 'state-mismatch'));
  // The same version again is not re-analysed.
  scheduler.changed(doc);
  assert.equal(published.length, 2);
  scheduler.dispose();
});

test('each edit is analysed from the analysis of the version before it, and of that document only', () => {
  const given: Array<Analysis | undefined> = [];
  const scheduler = new AnalysisScheduler({ analyze: (text, previous) => (given.push(previous), analyze(text, previous)) });
  const published: Analysis[] = [];
  scheduler.onDidAnalyze((_key, analysis) => published.push(analysis));
  const a = new Doc('a', 'A -> B: SYN seq=x\n');
  const b = new Doc('b', 'B -> A: SYN seq=y\n');
  scheduler.changed(a);
  scheduler.changed(b);
  a.edit('A -> B: SYN seq=x\nA: SYN_SENT\n');
  scheduler.changed(a);
  assert.deepEqual(given, [undefined, undefined, published[0]]);
  // Closed and opened again, a document starts afresh.
  scheduler.closed('a');
  scheduler.changed(new Doc('a', a.text, a.version + 1));
  assert.equal(given[3], undefined);
  scheduler.dispose();
});

test('a slow document waits for typing to pause, and providers wait with it', async () => {
  let runs = 0;
  const clock = costlyClock(() => 60); // just above the instant limit: a 150 ms pause
  const scheduler = new AnalysisScheduler({ analyze: (text) => (runs++, analyze(text)), now: clock.now });
  const doc = new Doc('big', 'A -> B: SYN seq=x\n');
  scheduler.changed(doc);
  assert.equal(runs, 1, 'the first analysis is immediate');
  for (let i = 0; i < 5; i++) {
    doc.edit(`${doc.text}A: SYN_SENT\n`);
    scheduler.changed(doc);
  }
  assert.equal(runs, 1, 'keystrokes within the pause are not analysed one by one');
  assert.ok(scheduler.isPending('big'));
  const fresh = await scheduler.fresh(doc);
  assert.equal(runs, 2, 'one analysis for the burst of edits');
  assert.equal(fresh.document.statements.length, 6);
  assert.equal(scheduler.isPending('big'), false);
  scheduler.dispose();
});

test('fresh() analyses at once when nothing is pending, and reuses the analysis of the same version', async () => {
  let runs = 0;
  const scheduler = new AnalysisScheduler({ analyze: (text) => (runs++, analyze(text)) });
  const doc = new Doc('k', 'A -> B: SYN\n');
  const first = await scheduler.fresh(doc);
  const second = await scheduler.fresh(doc);
  assert.equal(runs, 1);
  assert.equal(first, second);
  assert.equal(scheduler.latest('k'), first);
});

test('closing a document drops its analysis and fails the providers still waiting', async () => {
  const clock = costlyClock(() => 100);
  const scheduler = new AnalysisScheduler({ now: clock.now });
  const doc = new Doc('c', 'A -> B: SYN\n');
  scheduler.changed(doc);
  doc.edit('A -> B: SYN seq=1\n');
  scheduler.changed(doc);
  const waiting = scheduler.fresh(doc);
  scheduler.closed('c');
  await assert.rejects(waiting);
  assert.equal(scheduler.latest('c'), undefined);
  await sleep(250);
  assert.equal(scheduler.latest('c'), undefined, 'no analysis lands after close');
});

test('should resuming from the previous analysis fail, the document is analysed afresh and the failure reported', () => {
  const errors: unknown[] = [];
  const scheduler = new AnalysisScheduler({
    analyze: (text, previous) => {
      if (previous) throw new Error('resume bug');
      return analyze(text);
    },
    onError: (error) => errors.push(error),
  });
  const published: Analysis[] = [];
  scheduler.onDidAnalyze((_key, analysis) => published.push(analysis));
  const doc = new Doc('r', 'A -> B: SYN seq=x\n');
  scheduler.changed(doc);
  doc.edit('A -> B: SYN seq=x\nA: ESTABLISHED\n');
  scheduler.changed(doc);
  assert.equal(errors.length, 1);
  assert.equal(published.length, 2);
  assert.ok(published[1]!.diagnostics.some((d) => d.code === 'state-mismatch'), 'the edit is judged, not left stale');
});

test('a core that throws is reported, never thrown into the editor', async () => {
  const errors: unknown[] = [];
  const scheduler = new AnalysisScheduler({
    analyze: () => {
      throw new Error('core bug');
    },
    onError: (error) => errors.push(error),
  });
  const doc = new Doc('e', 'anything');
  assert.doesNotThrow(() => scheduler.changed(doc));
  assert.equal(errors.length, 1);
  await assert.rejects(scheduler.fresh(doc));
  // A listener that throws does not stop the others either.
  const healthy = new AnalysisScheduler({ onError: (error) => errors.push(error) });
  let told = false;
  healthy.onDidAnalyze(() => {
    throw new Error('listener bug');
  });
  healthy.onDidAnalyze(() => (told = true));
  healthy.changed(new Doc('f', 'A -> B: SYN\n'));
  assert.ok(told);
});

test('the pause grows with the cost of an analysis, within bounds', () => {
  assert.equal(reanalysisDelay(0), 0);
  assert.equal(reanalysisDelay(INSTANT_ANALYSIS_MS - 1), 0);
  const costs = [INSTANT_ANALYSIS_MS, 100, 300, 700, 5000, 60000];
  const delays = costs.map(reanalysisDelay);
  for (let i = 0; i < costs.length; i++) {
    assert.ok(delays[i]! >= Math.min(costs[i]!, 2000), `pause ${delays[i]} for an analysis of ${costs[i]} ms`);
    if (i > 0) assert.ok(delays[i]! >= delays[i - 1]!);
  }
  assert.equal(delays.at(-1), 2000);
});
