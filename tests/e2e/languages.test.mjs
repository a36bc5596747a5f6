// No English inside bokmål or nynorsk: the whole page as a reader meets it in each Norwegian
// language (text, tooltips, labels for screen readers, the uncertainty report, a chosen
// milestone's explanation, what is wrong with a file someone opens), checked for common English
// words, as tests/languages.rs checks the data and the file errors. Run: BASE_URL=… node --test tests/e2e/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { englishWords, open as openIn, prose, useBrowser } from './harness.mjs';

const chromium = useBrowser();
const open = (t, options) => openIn(chromium.browser, t, options);

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
      const hits = englishWords(value);
      if (hits.length > 0) {
        const line = value.split('\n').find((l) => hits.some((h) => new RegExp(`\\b${h}\\b`, 'i').test(l))) ?? value;
        english.push(`${where}: ${hits.join(', ')} in "${line.trim().slice(0, 160)}"`);
      }
    }
    assert.deepEqual(english, []);
    assert.deepEqual(problems, []);
  });
}

// What is wrong with a file someone opens is said in the page's language (by the reader worker),
// code aside: ids, field paths and what to write are quoted as the file has them.
const SAID = {
  nb: {
    roadmap: "unknown_field.toml: innføringsløp 'kj_kommune', felt 'celing': ukjent felt `celing`, ventet én av `id`,",
    scenario: [
      "mine.toml: felt 'actors.fastlege.delay': 99 måneder er mer enn 48",
      "mine.toml: felt 'milestones.nope': ingen milepæl har denne id-en",
    ],
  },
  nn: {
    roadmap: "unknown_field.toml: innføringsløp 'kj_kommune', felt 'celing': ukjent felt `celing`, venta ein av `id`,",
    scenario: [
      "mine.toml: felt 'actors.fastlege.delay': 99 månader er meir enn 48",
      "mine.toml: felt 'milestones.nope': ingen milepæl har denne id-en",
    ],
  },
};

/** The problems listed under `selector`, once the reader worker has answered. */
async function problemsShown(page, selector) {
  await page.waitForSelector(`${selector} li`);
  return page.locator(`${selector} li`).allTextContents();
}

for (const lang of ['nb', 'nn']) {
  test(`a malformed roadmap or scenario file is refused in ${lang}, with no English`, async (t) => {
    const { page, problems } = await open(t, { query: `?lang=${lang}` });
    await page.setInputFiles('#roadmap-file', {
      name: 'unknown_field.toml',
      mimeType: 'application/toml',
      buffer: await readFile('tests/malformed/unknown_field.toml'),
    });
    const roadmap = await problemsShown(page, '#roadmap-errors');
    assert.equal(roadmap.length, 1);
    assert.ok(roadmap[0].startsWith(SAID[lang].roadmap), roadmap[0]);

    await page.setInputFiles('#import-scenario', {
      name: 'mine.toml',
      mimeType: 'application/toml',
      buffer: Buffer.from('version = 2\n[actors.fastlege]\ndelay = 99\n[milestones.nope]\ndelay = 1\n'),
    });
    const scenario = await problemsShown(page, '#import-errors');
    assert.deepEqual(scenario, SAID[lang].scenario);

    const english = [...roadmap, ...scenario].filter((line) => englishWords(prose(line)).length > 0);
    assert.deepEqual(english, []);
    // The check has teeth: the same line as the command line prints it is found.
    assert.deepEqual(englishWords(prose("x.toml: field 'a': 99 months is more than 48")), ['is', 'than']);

    // Said in one language, they are not shown in another after a switch.
    const other = lang === 'nb' ? 'nn' : 'nb';
    await page.click(`#lang-${other}`);
    await page.waitForFunction((l) => document.documentElement.lang === l, other);
    assert.equal(await page.locator('#roadmap-errors, #import-errors').count(), 0);
    assert.deepEqual(problems, []);
  });
}
