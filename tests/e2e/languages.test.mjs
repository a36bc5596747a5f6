// No English inside bokmål or nynorsk: the whole page as a reader meets it in each Norwegian
// language (text, tooltips, labels for screen readers, the uncertainty report, a chosen
// milestone's explanation), checked for common English words, as tests/languages.rs checks the
// data. Run: BASE_URL=… node --test tests/e2e/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { open as openIn, useBrowser } from './harness.mjs';

const chromium = useBrowser();
const open = (t, options) => openIn(chromium.browser, t, options);

/** The same list as tests/languages.rs: words common in English and not in Norwegian. */
const ENGLISH = new Set([
  'the', 'and', 'of', 'is', 'are', 'was', 'with', 'from', 'which', 'not', 'only', 'before',
  'after', 'each', 'every', 'their', 'its', 'by', 'guess', 'fitted', 'assumed', 'share',
  'within', 'than', 'would', 'there', 'this', 'that', 'these', 'found', 'year', 'years',
]);

/** Every text a reader of the page meets, with where it was found. */
const everything = (page) =>
  page.evaluate(() => {
    const found = [['body', document.body.innerText]];
    for (const el of document.querySelectorAll('[title], [aria-label], [data-note], [alt]')) {
      for (const name of ['title', 'aria-label', 'data-note', 'alt']) {
        const value = el.getAttribute(name);
        if (value) found.push([`${el.tagName.toLowerCase()}#${el.id}[${name}]`, value]);
      }
    }
    return found;
  });

for (const lang of ['nb', 'nn']) {
  test(`the page in ${lang} has no English in it`, async (t) => {
    // A changed lever, a chosen milestone (its explanation) and the worker's finished report.
    const { page, problems } = await open(t, { query: `?v=2&lang=${lang}&a1d=12&ms=m8` });
    await page.waitForFunction(() => document.querySelector('#risk')?.dataset.complete === 'true', null, { timeout: 60_000 });
    await page.waitForSelector('#chain-summary');
    await page.waitForSelector('html[data-notes="loaded"]');
    const english = [];
    for (const [where, value] of await everything(page)) {
      // URLs and file names are not words of a language.
      const words = value.replace(/https?:\/\/\S+/g, ' ').split(/[^\p{L}\p{N}_]+/u).map((w) => w.toLowerCase());
      const hits = [...new Set(words.filter((w) => ENGLISH.has(w)))];
      if (hits.length > 0) {
        const line = value.split('\n').find((l) => hits.some((h) => new RegExp(`\\b${h}\\b`, 'i').test(l))) ?? value;
        english.push(`${where}: ${hits.join(', ')} in "${line.trim().slice(0, 160)}"`);
      }
    }
    assert.deepEqual(english, []);
    assert.deepEqual(problems, []);
  });
}
