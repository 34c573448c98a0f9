/**
 * Text a user types into segment labels reaches Mermaid and then the page:
 * whatever it holds (markup, Mermaid's own syntax, directives, quotes,
 * Unicode, or sheer length) is drawn as text and never breaks the diagram.
 * preview.test.ts covers titles and endpoint labels; this covers the arrows'
 * labels, keywords standing alone, and very long text.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { PreviewPage, launchBrowser, renderMessageFor } from './preview-page';

const OPENING = ['client A', 'server B', 'A -> B: SYN seq=x', 'B -> A: SYN, ACK seq=y ack=x+1'];

/** A legal exchange whose third segment carries `payload` as its data, so that it is drawn as the label of an arrow. */
function withPayload(payload: string, title = 'Hostile labels'): string {
  return [`title: ${title}`, ...OPENING, `A -> B: ACK, PSH seq=x+1 ack=y+1 data="${payload}"`, ''].join('\n');
}

interface Drawn {
  readonly injected: number;
  readonly pwned: unknown;
  readonly messages: string[];
  /** Every text element's content, the title's among them. */
  readonly texts: string[];
  /** The fill of the participant boxes, which a theme directive would change. */
  readonly actorFill: string;
}

let browser: Browser;
let preview: PreviewPage;
before(async () => {
  browser = await launchBrowser();
  preview = await PreviewPage.open(browser);
});
after(async () => {
  await preview?.close();
  await browser?.close();
});

async function draw(text: string): Promise<Drawn> {
  const message = renderMessageFor(text);
  assert.deepEqual(message.errors, [], 'the exchange parses');
  await preview.render(message);
  const drawn = await preview.page.evaluate(() => ({
    injected: document.querySelectorAll('#viewport script, #viewport img, #viewport iframe, #viewport foreignObject, #viewport a, #viewport style:not(svg > style)').length,
    pwned: (window as unknown as { __pwned?: unknown }).__pwned,
    messages: [...document.querySelectorAll('#viewport .messageText')].map((t) => t.textContent ?? ''),
    texts: [...document.querySelectorAll('#viewport svg text')].map((t) => t.textContent ?? ''),
    actorFill: getComputedStyle(document.querySelector('#viewport rect.actor')!).fill,
  }));
  assert.deepEqual(preview.pageErrors, [], 'the page logged errors');
  return drawn;
}

describe('hostile text in the preview', () => {
  const payloads: readonly [string, string][] = [
    ['markup', '<script>window.__pwned = 1</script><img src=x onerror=window.__pwned=2><br/>after'],
    ['Mermaid statements', "x; B ->> A: forged; Note over A: forged; end; loop x"],
    ['Mermaid arrows and separators', 'A -->> B: y #59; #quot; : ; -x --x -) ->>+'],
    ['a directive and a comment', "%%{init: {'theme': 'dark'}}%% %% not a comment"],
    ['entities and quotes', "#35; &amp; &lt;b&gt; 'single' `back` \\n \\\\"],
    ['Unicode', 'Ünïcödé 日本語 العربية עברית 👩‍💻 e\u0301 \u200B zero-width'],
  ];
  for (const [what, payload] of payloads) {
    it(`draws ${what} in an arrow's label as text`, async () => {
      const drawn = await draw(withPayload(payload));
      assert.equal(drawn.injected, 0, 'no element came from the label');
      assert.equal(drawn.pwned, undefined, 'no script ran');
      assert.equal(drawn.messages.length, 3, `three arrows: ${JSON.stringify(drawn.messages)}`);
      assert.ok(drawn.messages[2]!.includes(`data="${payload}"`), `the label reads as typed: ${drawn.messages[2]}`);
    });
  }

  it('a title that is only a Mermaid keyword is drawn as the title', async () => {
    for (const keyword of ['end', 'sequenceDiagram', 'participant', '%%']) {
      const drawn = await draw(withPayload('x', keyword));
      assert.equal(drawn.messages.length, 3, keyword);
      assert.ok(drawn.texts.includes(keyword), `title ${keyword} among ${JSON.stringify(drawn.texts)}`);
    }
  });

  it('a directive in a label does not restyle the diagram', async () => {
    const plain = await draw(withPayload('plain'));
    const directive = await draw(withPayload("%%{init: {'theme': 'dark', 'themeVariables': {'primaryColor': '#ff0000', 'actorBkg': '#ff0000'}}}%%"));
    assert.notEqual(plain.actorFill, '');
    assert.equal(directive.actorFill, plain.actorFill);
  });

  it('very long labels and titles are cut short with an ellipsis, and the diagram still draws', async () => {
    const long = 'segment-label-'.repeat(300); // 4,200 characters
    const title = `T${'itle '.repeat(600)}`;
    const drawn = await draw(withPayload(long, title));
    assert.equal(drawn.injected, 0);
    assert.equal(drawn.messages.length, 3);
    const label = drawn.messages[2]!;
    assert.ok(label.includes(`data="${long.slice(0, 100)}`) && label.endsWith('…') && label.length < 300, `label: ${label}`);
    const shownTitle = drawn.texts.find((t) => t.startsWith('Title itle'));
    assert.ok(shownTitle?.endsWith('…') && shownTitle.length < 300, `title: ${shownTitle}`);
  });
});
