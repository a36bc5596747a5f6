// Issue 9 in the app: the chosen benefit's network effect (the S-curve with the baseline's and the
// scenario's points), how well the model matches what happened, and the directorate's own
// status beside the model's, each in words and as a table, in every language.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { afterRecompute, open as openIn, text, useBrowser } from './harness.mjs';

const chromium = useBrowser();
const open = (t, options) => openIn(chromium.browser, t, options);

const WORDS = {
  nb: {
    summary: /^Kommuner – pleie og omsorg og Apotek: \d+\s% av utvekslingene kan skje i dag; vendepunktet er rundt 50\s%\./,
    fit: 'Hvor godt stemmer modellen med det som skjedde?',
    fitSummary: /^\d+ observerte punkter mot grunnlaget/,
    directorate: 'Direktoratets status (feb. 2026)',
    yellow: 'gul',
  },
  nn: {
    summary: /^Kommunar – pleie og omsorg og Apotek: \d+\s% av utvekslingane kan skje i dag; vendepunktet er rundt 50\s%\./,
    fit: 'Kor godt stemmer modellen med det som skjedde?',
    fitSummary: /^\d+ observerte punkt mot grunnlaget/,
    directorate: 'Direktoratet sin status (feb. 2026)',
    yellow: 'gul',
  },
  en: {
    summary: /^Municipal nursing and home care and Pharmacies: \d+% of the exchanges can happen today; the tipping point is around 50%\./,
    fit: 'How well does the model match what happened?',
    fitSummary: /^\d+ observed points against the baseline/,
    directorate: "Directorate's status (Feb 2026)",
    yellow: 'yellow',
  },
};

/** The S-curve's table, opened: each row's head and cells. */
async function networkRows(page) {
  if ((await page.getAttribute('#network-data-toggle', 'aria-expanded')) === 'false') {
    await page.click('#network-data-toggle');
  }
  await page.waitForSelector('#network-data table tbody tr');
  return page.$$eval('#network-data tbody tr', (rows) =>
    rows.map((r) => [...r.children].map((c) => c.textContent.trim())));
}

for (const [lang, words] of Object.entries(WORDS)) {
  test(`the S-curve, the fit panel and the directorate's status render with their tables in ${lang}`, async (t) => {
    const { page, problems } = await open(t);
    if (lang !== 'nb') {
      await page.click(`#lang-${lang}`);
      await page.waitForFunction((l) => document.documentElement.lang === l, lang);
    }
    // The S-curve: the first benefit (PLL) by default, drawn in two layers, said in words.
    assert.equal(await page.inputValue('#network-benefit'), 'pll_time');
    assert.equal(await page.locator('#network-chart svg').count(), 2);
    assert.match(await text(page, '#network-summary'), words.summary);
    const rows = await networkRows(page);
    assert.equal(rows.length, 5, 'baseline and scenario, today and at the end, and the tipping point');
    assert.ok(rows.slice(0, 4).every((r) => r.length === 4 && r.slice(2).every((c) => /^\d+\s?%$/.test(c))), JSON.stringify(rows));
    assert.match(rows[4][2], /^40\s?%–60\s?%$/);

    // The fit panel: every observed point against the baseline, each with its source linked.
    assert.equal(await text(page, '#fit-heading'), words.fit);
    assert.match(await text(page, '#fit-summary'), words.fitSummary);
    const fitRows = await page.locator('#fit-table tbody tr').count();
    assert.ok(fitRows >= 5, `${fitRows} observed points`);
    assert.equal(await page.locator('#fit-table tbody tr:has(td a[href^="http"])').count(), fitRows);
    assert.match(await text(page, '#fit-rms'), /^\d+[.,]\d$/);

    // The directorate's status beside the model's; "–" where the data has none.
    const headers = await page.$$eval('#milestone-table thead th', (all) => all.map((h) => h.textContent.trim().replace(/\u00a0/g, ' ')));
    assert.ok(headers.includes(words.directorate), headers.join(' | '));
    assert.equal(await text(page, '#directorate-pll_national_start'), words.yellow);
    assert.match(await page.getAttribute('#directorate-pll_national_start .explained', 'title'), /S13|ehelse\.no/);
    assert.equal(await text(page, '#directorate-pll_bergen_trial'), '–');
    assert.deepEqual(problems, []);
  });
}

test("the S-curve's scenario point moves with a lever, and the chooser picks another benefit", async (t) => {
  const { page, problems } = await open(t);
  const before = await networkRows(page);
  const overlay = () => page.locator('#network-chart svg').nth(1).innerHTML();
  const overlayBefore = await overlay();
  const baseBefore = await page.locator('#network-chart svg').first().innerHTML();

  await afterRecompute(page, () => page.locator('#lever-kommune_plo-delay').fill('24'));
  const after = await networkRows(page);
  assert.deepEqual(after.slice(0, 2), before.slice(0, 2), 'the baseline stays');
  assert.notDeepEqual(after.slice(2, 4), before.slice(2, 4), 'the scenario moves, today or at the end');
  assert.notEqual(await overlay(), overlayBefore, 'the scenario point is drawn elsewhere');
  assert.equal(await page.locator('#network-chart svg').first().innerHTML(), baseBefore, 'the curve stays');

  const summary = await text(page, '#network-summary');
  await page.selectOption('#network-benefit', 'digital_dialog');
  await page.waitForFunction((s) => document.querySelector('#network-summary')?.textContent.trim() !== s, summary);
  assert.match(await text(page, '#network-summary'), /^Innbyggere: \d+\s% av utvekslingene kan skje i dag; vendepunktet er rundt 30\s%/);
  assert.match((await networkRows(page))[4][2], /^20\s?%–40\s?%$/);
  assert.deepEqual(problems, []);
});
