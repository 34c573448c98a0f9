/** Escaping user text for Mermaid: nothing the user writes can end a statement or become markup. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { escapeMermaidText } from '../../../src/core/index';
import { decodeEntities } from './entities';


/** Plain safe characters and entities, nothing else. */
const ESCAPED = /^(?:[A-Za-z0-9 .,=+_()/?!'*[\]-]|#\d+;)*$/;

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

  it('keeps non-ASCII text as entities of whole code points', () => {
    assert.equal(escapeMermaidText('客户端'), '#23458;#25143;#31471;');
    assert.equal(escapeMermaidText('😀'), '#128512;');
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
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        const escaped = escapeMermaidText(text);
        assert.match(escaped, ESCAPED);
        assert.doesNotMatch(escaped, /\bend\b/i);
        assert.equal(decodeEntities(escaped), text.replace(/[\r\n\t]/g, ' '));
      }),
      { numRuns: 500 },
    );
  });
});
