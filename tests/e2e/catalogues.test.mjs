// Nynorsk and English are catalogues fetched beside the app (src/i18n/catalogue.rs): a page opens
// straight in its language with no bokmål first, a switch fetches the words and then switches,
// and a catalogue that does not come leaves a working page in bokmål that says so.
// Run: BASE_URL=… node --test tests/e2e/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { afterRecompute, chartsDrawn, linkTo, open, text, useBrowser, watch } from './harness.mjs';

const chromium = useBrowser();

const TAGLINE = {
  nb: 'Flytt spakene og se straks hva som skjer med milepælene og gevinstene som avhenger av dem.',
  nn: 'Flytt spakane og sjå med ein gong kva som skjer med milepælane og gevinstane som er avhengige av dei.',
  en: 'Move the levers and see at once what happens to the milestones and benefits that depend on them.',
};

/**
 * A page whose every tagline text is recorded from the first DOM change on, with the catalogue
 * requests it makes; `refuse` answers those catalogues with 404.
 */
async function recorded(t, { refuse = [] } = {}) {
  const context = await chromium.browser.newContext();
  t.after(() => context.close());
  for (const lang of refuse) {
    await context.route(`**/strings-${lang}.postcard`, (route) => route.fulfill({ status: 404, body: '' }));
  }
  await context.addInitScript(() => {
    window.taglines = [];
    new MutationObserver(() => {
      const shown = document.querySelector('.tagline')?.textContent;
      if (shown && shown !== window.taglines.at(-1)) window.taglines.push(shown);
    }).observe(document, { childList: true, subtree: true, characterData: true });
  });
  const page = await context.newPage();
  const problems = await watch(page);
  const catalogues = [];
  page.on('request', (r) => {
    const name = new URL(r.url()).pathname.split('/').pop();
    if (name.startsWith('strings-')) catalogues.push(name);
  });
  return { page, problems, catalogues };
}

for (const lang of ['nn', 'en']) {
  test(`a page linked in ${lang} renders in ${lang} from the first frame`, async (t) => {
    const { page, problems, catalogues } = await recorded(t);
    await page.goto(linkTo(`lang=${lang}`));
    await chartsDrawn(page);
    assert.deepEqual(await page.evaluate(() => window.taglines), [TAGLINE[lang]]);
    assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
    assert.equal(await page.evaluate(() => document.documentElement.dataset.catalogue), 'loaded');
    // One request: bootstrap.js's preload answers the app's fetch (no "preloaded but not used").
    assert.deepEqual(catalogues, [`strings-${lang}.postcard`]);
    assert.deepEqual(problems, []);
  });
}

test('a bokmål page fetches no catalogue; switching nb → en → nn fetches each once', async (t) => {
  const { page, problems, catalogues } = await recorded(t);
  await page.goto(linkTo(''));
  await chartsDrawn(page);
  assert.deepEqual(catalogues, []);
  for (const [lang, levers] of [['en', 'Levers'], ['nn', 'Spakar'], ['nb', 'Spaker'], ['en', 'Levers']]) {
    await page.click(`#lang-${lang}`);
    await page.waitForFunction((l) => document.documentElement.lang === l, lang);
    assert.equal(await text(page, '#levers-heading'), levers);
    assert.equal(await text(page, '.tagline'), TAGLINE[lang]);
    assert.equal(await page.getAttribute(`#lang-${lang}`, 'aria-pressed'), 'true');
  }
  // Never a mix: each switch went straight from one language's words to the next.
  assert.deepEqual(await page.evaluate(() => window.taglines), [
    TAGLINE.nb, TAGLINE.en, TAGLINE.nn, TAGLINE.nb, TAGLINE.en,
  ]);
  assert.deepEqual(catalogues, ['strings-en.postcard', 'strings-nn.postcard']);
  // The address is rewritten once the burst of switches ends (an undo burst, as for levers).
  await page.waitForFunction(() => /[?&]lang=en\b/.test(location.search));
  assert.deepEqual(problems, []);
});

test('a linked language whose catalogue is refused leaves a working bokmål page that says so', async (t) => {
  const { page, problems } = await recorded(t, { refuse: ['en'] });
  await page.goto(linkTo('lang=en'));
  await chartsDrawn(page);
  await page.waitForSelector('#lang-unavailable');
  assert.equal(await page.evaluate(() => document.documentElement.dataset.catalogue), 'unavailable');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'nb');
  assert.deepEqual(await page.evaluate(() => window.taglines), [TAGLINE.nb]);
  const notice = await text(page, '#lang-unavailable');
  assert.match(notice, /Engelsk kunne ikke lastes/);
  assert.match(notice, /English could not be loaded/);
  assert.equal(await page.getAttribute('#lang-unavailable [lang="en"]', 'lang'), 'en');
  assert.equal(await page.getAttribute('#lang-nb', 'aria-pressed'), 'true');
  // The link no longer asks for English, and the levers work.
  await page.waitForFunction(() => !/[?&]lang=/.test(location.search));
  await afterRecompute(page, () => page.locator('#lever-kommune_plo-delay').fill('12'));
  assert.deepEqual(problems.filter((p) => !p.includes('404')), []);
});

test('a switch to a language whose catalogue is refused stays in bokmål and says so', async (t) => {
  const { page, problems } = await recorded(t, { refuse: ['nn'] });
  await page.goto(linkTo(''));
  await chartsDrawn(page);
  await page.click('#lang-nn');
  await page.waitForSelector('#lang-unavailable');
  assert.match(await text(page, '#lang-unavailable'), /Nynorsk kunne ikke lastes.*Nynorsk kunne ikkje lastast inn/s);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'nb');
  assert.equal(await text(page, '#levers-heading'), 'Spaker');
  // Another language still loads, and the notice goes.
  await page.click('#lang-en');
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  assert.equal(await page.locator('#lang-unavailable').count(), 0);
  assert.deepEqual(problems.filter((p) => !p.includes('404')), []);
});

test('an embedded chart in nynorsk is in nynorsk', async (t) => {
  const { page, problems } = await open(chromium.browser, t, {
    query: '?embed=1&view=timeline&lang=nn',
    charts: ['timeline-chart'],
  });
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'nn');
  assert.equal(await page.evaluate(() => document.documentElement.dataset.catalogue), 'loaded');
  assert.deepEqual(problems, []);
});
