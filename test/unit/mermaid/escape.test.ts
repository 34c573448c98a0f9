/** Escaping user text for Mermaid: nothing the user writes can end a statement or become markup. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { escapeMermaidLines, escapeMermaidText } from '../../../src/core/index';
import { decodeEntities } from './entities';

/**
 * Safe ASCII, printable non-ASCII, and entities; nothing else. No control,
 * format or separator character, no space but U+0020, and none of the
 * characters Mermaid uses to carry entities (ﬂ ° ¶ ß).
 */
const ESCAPED = /^(?:[A-Za-z0-9 .,=+_()/?!'*[\]-]|(?![\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}\uFB02\u00B0\u00B6\u00DF])[^\x00-\x7F]|#\d+;)*$/u;

describe('escapeMermaidText', () => {
  it('turns every character that means something to Mermaid or HTML into an entity', () => {
    const cases: Array<[string, string]> = [
      ['<script>', '#60;script#62;'],
      ['a;b', 'a#59;b'],
      ['#35;', '#35;35#59;'],
      ['100%% {init}', '100#37;#37; #123;init#125;'],
      ['A -->> B: x', 'A --#62;#62; B#58; x'],
      ['say "hi"', 'say #34;hi#34;'],
      ['a&b', 'a#38;b'],
    ];
    for (const [input, expected] of cases) assert.equal(escapeMermaidText(input), expected, input);
  });

  it('breaks up the word `end`, which closes Mermaid blocks, in any case', () => {
    assert.equal(escapeMermaidText('end'), '#101;nd');
    assert.equal(escapeMermaidText('the END'), 'the #69;ND');
    assert.equal(escapeMermaidText('endpoint bend'), 'endpoint bend', 'only the whole word');
  });

  it('keeps printable non-ASCII text as it is, so Mermaid measures it at its true width', () => {
    assert.equal(escapeMermaidText('客户端 → ✓ 😀'), '客户端 → ✓ 😀');
  });

  it('turns invisible and look-alike non-ASCII characters into entities of whole code points', () => {
    const cases: Array<[string, string]> = [
      ['a\u202Eb', 'a#8238;b'], // right-to-left override
      ['a\u200Bb', 'a#8203;b'], // zero-width space
      ['a\u00A0b\u3000c', 'a#160;b#12288;c'], // spaces the lexer reads as \s
      ['a\u2028b', 'a#8232;b'], // line separator
      ['\uFB02\u00B0\u00B060\u00B6\u00DF', '#64258;#176;#176;60#182;#223;'], // Mermaid's own entity marks
      ['\u{E000}', '#57344;'], // private use
      ['\uD800', '#55296;'], // a lone surrogate
    ];
    for (const [input, expected] of cases) assert.equal(escapeMermaidText(input), expected, JSON.stringify(input));
  });

  it('keeps a label on one line', () => {
    assert.equal(escapeMermaidText('a\nb\r\nc\td'), 'a b  c d');
  });

  it('shortens very long text to 200 characters ending in an ellipsis', () => {
    const shown = decodeEntities(escapeMermaidText('x'.repeat(5000)));
    assert.equal([...shown].length, 200);
    assert.ok(shown.endsWith('…'));
  });

  it('for any text: only safe characters and entities come out, and they read back as the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.oneof(fc.constantFrom('end', 'END', 'ß', '°', 'ﬂ', '\u2028', '#', ';', '%%'), fc.string({ unit: 'binary', maxLength: 1 })), maxLength: 60 }), (text) => {
        const escaped = escapeMermaidText(text);
        assert.match(escaped, ESCAPED);
        assert.doesNotMatch(escaped, /\bend\b/i);
        assert.equal(decodeEntities(escaped), text.replace(/[\r\n\t]/g, ' '));
      }),
      { numRuns: 500 },
    );
  });

  describe('escapeMermaidLines (long notes)', () => {
    const lines = (text: string, width: number) => decodeEntities(escapeMermaidLines(text, width)).split('<br/>');
    const columns = (line: string) => [...line].reduce((sum, c) => sum + (/[\u4E00-\u9FFF\uFF08-\uFF1B]/.test(c) ? 2 : 1), 0);

    it('breaks English at spaces into lines no wider than asked', () => {
      const text = 'ack must be x+1: a SYN+ACK acknowledges the SYN it answers (the SYN at line 10 takes one sequence number)';
      const broken = lines(text, 40);
      assert.ok(broken.length >= 3, broken.join(' | '));
      for (const line of broken) assert.ok(line.length <= 40 && line === line.trim(), JSON.stringify(line));
      assert.equal(broken.join(' '), text);
    });

    it('breaks Chinese between ideographs, counting each as two columns', () => {
      const text = '第 10 行的 SYN 占用一个序号,所以 SYN+ACK 必须确认 x+1 而不是 x,否则 A 会拒绝它';
      const broken = lines(text, 24);
      assert.ok(broken.length >= 3, broken.join(' | '));
      for (const line of broken) assert.ok(columns(line) <= 24, `${line}: ${columns(line)}`);
      assert.equal(broken.join('').replace(/ /g, ''), text.replace(/ /g, ''));
    });

    it('cuts a word longer than a line', () => {
      assert.deepEqual(lines('x'.repeat(25), 10), ['xxxxxxxxxx', 'xxxxxxxxxx', 'xxxxx']);
    });

    it('for any text: each line is escaped, and only the generator’s own line break joins them', () => {
      fc.assert(
        fc.property(fc.string({ unit: 'binary', maxLength: 300 }), fc.integer({ min: 4, max: 80 }), (text, width) => {
          for (const line of escapeMermaidLines(text, width).split('<br/>')) {
            assert.match(line, ESCAPED);
            assert.doesNotMatch(line, /\bend\b/i);
          }
        }),
        { numRuns: 300 },
      );
    });
  });
});
