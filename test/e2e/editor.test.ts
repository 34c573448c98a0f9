// The editor as a user meets it: the packaged .vsix installed into a real
// VS Code workbench (code-server) in Chromium, fixture files opened from
// the explorer's folder. What the core computes for each fixture is the
// expectation; the test checks that the editor shows exactly that.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, renderMessage, renderPhrase, type Diagnostic } from '../../src/core/index';
import { fixturesDir, openSession, type Session } from './harness/session';

const fixture = (name: string) => readFileSync(join(fixturesDir, 'workspace', name), 'utf8');

/** A diagnostic as the Problems panel lists it: 1-based, English. */
function asProblem(file: string, d: Diagnostic) {
  const severity = d.severity === 'information' ? 'info' : d.severity;
  return { file, severity, message: renderMessage(d, 'en'), line: d.range.start.line + 1, column: d.range.start.character + 1 };
}

describe('the tcpflow editor in VS Code', () => {
  let session: Session;

  before(async () => {
    session = await openSession();
  });

  after(async () => {
    await session?.close();
  });

  test('opening a .tcpflow file activates the extension and sets the TCP Flow language mode', async () => {
    const { workbench, page } = session;
    await workbench.openFile('ack-too-high.tcpflow');
    assert.equal(await workbench.languageMode(), 'TCP Flow');

    await workbench.runCommand('Developer: Show Running Extensions');
    const row = page.locator('.runtime-extensions-editor .monaco-list-row', { hasText: 'TCP Flow' });
    await row.waitFor({ timeout: 30_000 });
    assert.match(await row.innerText(), /Activation/, 'the Running Extensions view lists TCP Flow as activated');
    await page.keyboard.press('Control+W');
  });

  test('an illegal example shows its error in the Problems panel on the right line with the right message', async () => {
    const { workbench } = session;
    const name = 'ack-too-high.tcpflow';
    const expected = analyze(fixture(name)).diagnostics.map((d) => asProblem(name, d));
    // The fixture's only mistake: B acknowledges bytes past the 10 that A sent (line 8).
    assert.deepEqual(expected.map((p) => [p.severity, p.line]), [['error', 8]], 'the fixture has one error, on line 8');

    await workbench.openFile(name);
    const problems = await workbench.problemsWhen((found) => found.some((p) => p.file === name));
    assert.deepEqual(problems.filter((p) => p.file === name), expected);
    await workbench.screenshot('editor-with-error');
  });

  test('a legal example shows no problems', async () => {
    const { workbench } = session;
    const name = 'handshake.tcpflow';
    assert.equal(analyze(fixture(name)).legal, true, 'the fixture is legal');
    await workbench.openFile(name);
    // The other file's error is listed, so the checker has run; this one has none.
    const problems = await workbench.problemsWhen((found) => found.length > 0);
    assert.ok(problems.length > 0, 'the illegal file open in the other tab still shows its error');
    assert.deepEqual(problems.filter((p) => p.file === name), []);
  });

  test('hovering a segment line shows both endpoints\' states before and after it', async () => {
    const { workbench } = session;
    const name = 'handshake.tcpflow';
    const line = 7; // A -> B: ACK seq=x+1 ack=y+1, the ACK that completes the handshake
    const step = analyze(fixture(name)).steps.find((s) => s.line === line - 1);
    assert.ok(step, 'the core has a step for the line');
    assert.deepEqual(step.before.map((s) => s.state), ['ESTABLISHED', 'SYN_RCVD']);
    assert.deepEqual(step.after.map((s) => s.state), ['ESTABLISHED', 'ESTABLISHED']);

    await workbench.openFile(name);
    await workbench.goTo(line, 1);
    const hover = await workbench.hoverAtCursor();
    // The states table: B goes SYN_RCVD → ESTABLISHED; A stays ESTABLISHED.
    assert.match(hover, /^B\s+SYN_RCVD\s+→\s+ESTABLISHED$/m);
    assert.match(hover, /^A\s+ESTABLISHED\b[^→\n]*ESTABLISHED$/m);
    // The hover fades in: let it finish before the picture for reviewers.
    await session.page.waitForTimeout(500);
    await workbench.screenshot('hover');
    await session.page.keyboard.press('Escape');
  });

  test('the quick fix repairs the line and the error disappears', async () => {
    const { workbench, workspace } = session;
    const name = 'ack-too-high.tcpflow';
    const [diagnostic] = analyze(fixture(name)).diagnostics;
    const fix = diagnostic?.fixes?.[0];
    assert.ok(diagnostic && fix, 'the core offers a fix for the wrong ack');
    const [edit] = fix.edits;
    assert.ok(edit);
    const lines = fixture(name).split('\n');
    const line = lines[edit.range.start.line]!;
    const repaired = line.slice(0, edit.range.start.character) + edit.newText + line.slice(edit.range.end.character);
    assert.equal(repaired, 'B -> A: ACK seq=301 ack=111');

    await workbench.openFile(name);
    await workbench.goTo(diagnostic.range.start.line + 1, diagnostic.range.start.character + 1);
    await workbench.applyQuickFix(renderPhrase(fix.title, 'en'));
    await workbench.save();
    const saved = readFileSync(join(workspace, name), 'utf8').split('\n');
    assert.equal(saved[edit.range.start.line], repaired);
    const problems = await workbench.problemsWhen((found) => !found.some((p) => p.file === name));
    assert.deepEqual(problems.filter((p) => p.file === name), []);
  });
});
