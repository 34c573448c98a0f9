import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/index';
import { SCENARIOS, expandSnippet, scenarioDeclarations } from '../../../src/extension/snippets/scenarios';
import { newExerciseText } from '../../../src/extension/new-exercise/template';
import { en, zh } from './support/localizer';

test('the issue’s seven scenarios are there', () => {
  assert.deepEqual(
    SCENARIOS.map((s) => s.prefix),
    ['handshake', 'teardown', 'fin-ack-shortcut', 'simultaneous-open', 'simultaneous-close', 'old-duplicate-syn', 'half-close'],
  );
});

for (const scenario of SCENARIOS) {
  test(`the ${scenario.prefix} snippet is legal in an empty file and with renamed endpoints`, () => {
    for (const [a, b] of [['A', 'B'], ['client-1', 'web_server']] as const) {
      const text = expandSnippet([...scenarioDeclarations(scenario, a, b), ...scenario.body(a, b)].join('\n'));
      const analysis = analyze(text);
      const unexpected = analysis.diagnostics.filter((d) => !(scenario.prefix === 'old-duplicate-syn' && d.code === 'dropped'));
      assert.deepEqual(unexpected.map((d) => `${d.range.start.line + 1}: ${d.code}`), [], text);
    }
  });
}

test('the scenarios that start from ESTABLISHED follow a handshake in the same file', () => {
  const handshake = SCENARIOS.find((s) => s.prefix === 'handshake')!;
  for (const scenario of SCENARIOS.filter((s) => s.start === 'established')) {
    const text = expandSnippet(['client A', 'server B', ...handshake.body('A', 'B'), ...scenario.body('A', 'B')].join('\n'));
    const analysis = analyze(text);
    assert.deepEqual(analysis.diagnostics.map((d) => d.code), [], `${scenario.prefix}:\n${text}`);
  }
});

test('a placeholder used twice is one tab stop, so renaming x renames it everywhere', () => {
  const handshake = SCENARIOS.find((s) => s.prefix === 'handshake')!.body('A', 'B').join('\n');
  const renamed = expandSnippet(handshake.replace(/\$\{1:x\}/g, '${1:isn_a}'));
  assert.ok(analyze(renamed).legal);
  assert.equal(expandSnippet('a ${1:x} b ${2:y} $0'), 'a x b y ');
});

test('New Exercise: commented in the user language, parses, and leaves the SYN+ACK to the student', () => {
  for (const localizer of [en, zh]) {
    const text = newExerciseText(localizer.t);
    const analysis = analyze(text);
    assert.deepEqual(analysis.diagnostics.map((d) => d.code), ['owed-at-end'], text);
    assert.equal(analysis.endpoints.length, 2);
    const comments = text.split('\n').filter((l) => l.startsWith('#'));
    assert.ok(comments.length >= 8);
  }
  assert.match(newExerciseText(zh.t), /每行一个事件/);
  assert.match(newExerciseText(en.t), /one event per line/);
  assert.match(newExerciseText(zh.t), /title: 三次握手/);
});
