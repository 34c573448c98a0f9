// Every diagnostic and phrase speaks both languages, with the same
// placeholders, so no message ever shows an unfilled {name} in one of them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DIAGNOSTICS, PHRASES, localeFrom } from '../../../src/core/index';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

test('every diagnostic has an English and a Chinese message with the same placeholders', () => {
  for (const [code, entry] of Object.entries(DIAGNOSTICS)) {
    assert.match(code, /^[a-z]+(-[a-z]+)*$/, 'codes are stable kebab-case words');
    assert.ok(entry.en.length > 0 && entry['zh-cn'].length > 0, code);
    assert.deepEqual(placeholders(entry['zh-cn']), placeholders(entry.en), code);
    assert.ok(['error', 'warning', 'information'].includes(entry.severity), code);
  }
});

test('every phrase has both languages with the same placeholders', () => {
  for (const [key, entry] of Object.entries(PHRASES)) {
    assert.deepEqual(placeholders(entry['zh-cn']), placeholders(entry.en), key);
    if (key !== 'empty') assert.ok(entry.en.length > 0 && entry['zh-cn'].length > 0, key);
  }
});

test('the Chinese catalogue is Chinese, not an English copy', () => {
  const untranslated = Object.entries(DIAGNOSTICS).filter(([, e]) => !/[\u4e00-\u9fff]/.test(e['zh-cn']) && !/^\{\w+\}[::]\s*\{\w+\}$/.test(e['zh-cn']));
  assert.deepEqual(untranslated.map(([c]) => c), []);
});

test('language tags from VS Code, POSIX LANG and BCP 47 choose the catalogue', () => {
  assert.equal(localeFrom('zh-cn'), 'zh-cn');
  assert.equal(localeFrom('zh_CN.UTF-8'), 'zh-cn');
  assert.equal(localeFrom('zh-Hans'), 'zh-cn');
  assert.equal(localeFrom('en_US.UTF-8'), 'en');
  assert.equal(localeFrom('fr'), 'en');
  assert.equal(localeFrom('zhx'), 'en');
  assert.equal(localeFrom(undefined), 'en');
});
