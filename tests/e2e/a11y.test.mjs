// Accessibility as Uu-tilsynet checks it (WCAG 2.1 A and AA): an axe-core audit of every view,
// dialog and language, a keyboard-only session, the status message, the charts' text
// alternatives, the accessibility statement and the printed report.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { afterRecompute, monthOf, open as openIn, text, useBrowser } from './harness.mjs';

const chromium = useBrowser();
const open = (t, options) => openIn(chromium.browser, t, options);

const LANGS = ['nb', 'nn', 'en'];
const VIEWS = { adoption: 'adoption-chart', benefits: 'benefit-chart', timeline: 'timeline-chart', graph: 'dep-graph' };
// The dialogs there are, each with the button that opens it.
const DIALOGS = [
  ['#statement-open', '#statement'],
  ['#embed-open', '#embed-dialog'],
];

/** axe-core's WCAG 2.0/2.1 A and AA violations on the page (or inside `selector`), one line each. */
async function violations(page, selector) {
  let audit = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
  if (selector) audit = audit.include(selector);
  const { violations } = await audit.analyze();
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

/** Opens everything the main view keeps closed: lever groups, chart tables, a chosen milestone. */
async function openEverything(page) {
  await page.$$eval('details', (all) => all.forEach((d) => { d.open = true; }));
  const closed = page.locator('.table-toggle[aria-expanded="false"]');
  while (await closed.count()) await closed.first().click();
  await page.click('#select-pll_kommune_start');
  await page.waitForSelector('#chain-steps li');
}

for (const lang of LANGS) {
  test(`axe finds no WCAG 2.1 A/AA violation in ${lang}: main view, every table, every dialog`, async (t) => {
    const { page, problems } = await open(t);
    if (lang !== 'nb') {
      await page.click(`#lang-${lang}`);
      await page.waitForFunction((l) => document.documentElement.lang === l, lang);
    }
    await openEverything(page);
    // The uncertainty report in this language, tornados and all.
    await page.waitForFunction((l) => {
      const risk = document.querySelector('#risk');
      return risk?.dataset.complete === 'true' && document.querySelector('#risk-chance')?.textContent.startsWith(l);
    }, { nb: 'Omtrent', nn: 'Om lag', en: 'About' }[lang], { timeout: 60_000 });
    assert.equal(await page.locator('.chart-table[hidden]').count(), 0, 'every chart table is open');
    assert.deepEqual(await violations(page), [], 'main view');

    // Error messages are content too: a scenario file that does not fit.
    await page.setInputFiles('#import-scenario', {
      name: 'bad.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"actors": {"fastlege": {"delay": 99}}}'),
    });
    await page.waitForSelector('#import-errors li');
    assert.deepEqual(await violations(page, '#exports'), [], 'an import error');

    for (const [opener, dialog] of DIALOGS) {
      assert.equal(await page.locator(opener).count(), 1, `the page has ${opener}`);
      await page.click(opener);
      await page.waitForSelector(`${dialog}[open]`);
      assert.deepEqual(await violations(page), [], `dialog ${dialog}`);
      await page.keyboard.press('Escape');
      await page.waitForSelector(`${dialog}:not([open])`, { state: 'attached' });
    }
    assert.deepEqual(problems, []);
  });
}

for (const [view, chart] of Object.entries(VIEWS)) {
  test(`axe finds no WCAG 2.1 A/AA violation in the embedded ${view} view, in every language`, async (t) => {
    for (const lang of LANGS) {
      const language = lang === 'nb' ? '' : `&lang=${lang}`;
      const { page, problems } = await open(t, { query: `?embed=1&view=${view}${language}`, charts: [chart] });
      assert.equal(await page.getAttribute('html', 'lang'), lang);
      assert.deepEqual(await violations(page), [], `${view} in ${lang}`);
      assert.deepEqual(problems, []);
    }
  });
}

test('a keyboard alone moves a lever, the milestone moves, and one status message says so', async (t) => {
  const { page, problems } = await open(t);
  // Counts what the live region says, to show that a burst of key presses speaks once.
  await page.evaluate(() => {
    window.announcements = [];
    const region = document.querySelector('#live-status');
    new MutationObserver(() => {
      if (region.textContent.trim()) window.announcements.push(region.textContent.trim());
    }).observe(region, { childList: true, characterData: true, subtree: true });
  });
  assert.equal(await page.getAttribute('#live-status', 'role'), 'status');
  assert.equal(await text(page, '#live-status'), '', 'the page as it opens is not news');
  const forecast = () => text(page, '#forecast-pll_kommune_start');
  const before = monthOf(await forecast());

  // The first Tab stop is the way past the levers, shown when it has the focus.
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('href')), '#results');
  assert.ok(await page.$eval('.skip-link', (e) => e.getBoundingClientRect().top >= 0), 'the skip link shows');

  // Tab on to the first lever of kommunene.
  let presses = 1;
  while ((await page.evaluate(() => document.activeElement?.id)) !== 'lever-kommune_plo-delay') {
    assert.ok(++presses < 60, 'the lever is reachable with Tab');
    await page.keyboard.press('Tab');
  }
  const focus = await page.$eval('#lever-kommune_plo-delay', (e) => {
    const style = getComputedStyle(e);
    return { visible: e.matches(':focus-visible'), outline: style.outlineStyle, width: parseFloat(style.outlineWidth) };
  });
  assert.ok(focus.visible && focus.outline !== 'none' && focus.width >= 2, `a visible focus ring: ${JSON.stringify(focus)}`);

  // A burst of arrow keys, as a user holding the key makes.
  for (let i = 0; i < 24; i++) await page.keyboard.press('ArrowRight');
  // The first message of the burst, and none waiting after it: the burst spoke once.
  await page.waitForFunction(
    () => window.announcements.length > 0 && !document.querySelector('#live-status').hasAttribute('data-pending'),
    null,
    { timeout: 5000 },
  );
  assert.equal(await page.inputValue('#lever-kommune_plo-delay-value'), '24');
  assert.ok(monthOf(await forecast()) > before, 'the milestone moved later');
  const said = await page.evaluate(() => window.announcements);
  assert.equal(said.length, 1, `one message for the burst: ${said.join(' | ')}`);
  assert.match(said[0], /^Resultatene er oppdatert\. Tapt gevinst: −[\d\s]+ mill\. kr\. Milepæler senere enn i grunnlaget: [1-9]\d* av \d+\.$/);
  assert.ok(said[0].includes(await text(page, '#pv-delta')), 'it carries the headline figure');

  // One more step, and the message follows the new figures.
  await afterRecompute(page, () => page.keyboard.press('ArrowRight'));
  await page.waitForFunction(() => window.announcements.length === 2, null, { timeout: 5000 });
  assert.equal(await page.inputValue('#lever-kommune_plo-delay-value'), '25');

  // Choosing a milestone says at once where it falls.
  await page.focus('#select-pll_kommune_start');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => window.announcements.length === 3, null, { timeout: 5000 });
  assert.equal(await page.evaluate(() => window.announcements[2]), `${await text(page, '#chain-summary')}.`);
  assert.deepEqual(problems, []);
});

test('every chart has a summary in words and a table behind "Vis som tabell"', async (t) => {
  const { page, problems } = await open(t);
  for (const chart of ['adoption', 'benefit', 'timeline', 'graph']) {
    assert.match(await text(page, `#${chart}-summary`), /\d/, `${chart} summarised with its numbers`);
  }
  // The timeline's table is the milestone table, always shown.
  assert.equal(await page.locator('#timeline-data-toggle').count(), 0);
  for (const chart of ['adoption', 'benefit', 'graph']) {
    const toggle = page.locator(`#${chart}-data-toggle`);
    assert.equal(await toggle.textContent(), 'Vis som tabell');
    assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
    assert.ok(await page.locator(`#${chart}-data`).isHidden());
    await toggle.press('Enter');
    assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
    assert.ok(await page.locator(`#${chart}-data`).isVisible());
    assert.ok((await page.locator(`#${chart}-data tbody tr`).count()) >= 10);
  }
  // Fifteen years, January each; a delay moves kommunene's numbers in it.
  const plo = await text(page, '#actor-kommune_plo legend');
  const column = await page.$$eval('#adoption-data thead th', (ths, name) =>
    ths.findIndex((th) => th.textContent === `${name}, scenario`), plo);
  assert.ok(column > 0, `a column for ${plo}`);
  const shares = () => page.$$eval('#adoption-data tbody tr', (rows, c) =>
    rows.map((r) => r.children[c].textContent), column);
  const before = await shares();
  assert.equal(before.length, 15);
  await afterRecompute(page, () => page.locator('#lever-kommune_plo-delay').fill('24'));
  assert.notDeepEqual(await shares(), before);
  assert.match(await text(page, '#adoption-summary'), new RegExp(`grunnlaget: ${plo}, −\\d+ prosentpoeng`));
  // The status is written, not only coloured.
  assert.match(await text(page, '#status-pll_kommune_start'), /^(i rute|inntil 12 mnd\. forsinket|mer enn 12 mnd\. forsinket)$/);
  assert.deepEqual(problems, []);
});

test('switching the language keeps the scenario and speaks the roadmap\'s own names in it', async (t) => {
  const { page, problems } = await open(t);
  await afterRecompute(page, () => page.locator('#lever-kommune_plo-delay').fill('24'));
  const slipped = async () => (await text(page, '#slipped-count')).split(' ')[0];
  const late = await slipped();
  assert.notEqual(late, '0');
  const names = {};
  for (const lang of ['nn', 'en', 'nb']) {
    await page.click(`#lang-${lang}`);
    await page.waitForFunction((l) => document.documentElement.lang === l, lang);
    assert.equal(await page.inputValue('#lever-kommune_plo-delay-value'), '24', `the lever stays in ${lang}`);
    assert.equal(await slipped(), late, `the same milestones slip in ${lang}`);
    names[lang] = await text(page, '#actor-kommune_plo legend');
  }
  assert.equal(new Set(Object.values(names)).size, 3, `three names for kommunene: ${JSON.stringify(names)}`);
  assert.deepEqual(problems, []);
});

test('the accessibility statement names the axe-core version that audited it, in every language', async (t) => {
  const { page, problems } = await open(t);
  const { version } = JSON.parse(await readFile('node_modules/axe-core/package.json', 'utf8'));
  const headings = { nb: 'Tilgjengelighetserklæring', nn: 'Tilgjengelegheitserklæring', en: 'Accessibility statement' };
  for (const lang of LANGS) {
    await page.click(`#lang-${lang}`);
    await page.waitForFunction((l) => document.documentElement.lang === l, lang);
    await page.focus('#statement-open');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#statement[open]');
    assert.equal(await text(page, '#statement-heading'), headings[lang]);
    assert.ok((await text(page, '#statement')).includes(`axe-core ${version}`), `names axe-core ${version}`);
    assert.ok(await page.evaluate(() => document.querySelector('#statement').contains(document.activeElement)),
      'the focus moves into the dialog');
    await page.keyboard.press('Escape');
    await page.waitForSelector('#statement:not([open])', { state: 'attached' });
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'statement-open', 'and back to its button');
  }
  assert.deepEqual(problems, []);
});

test('printing gives a report: the changed levers as text, figures, charts with tables, sources', async (t) => {
  const { page, problems } = await open(t);
  assert.ok(await page.locator('#print-scenario').isHidden(), 'the report header is for paper only');
  // A scenario pinned for comparison is drawn on the charts: the report lists its levers too.
  await afterRecompute(page, () => page.locator('#lever-legevakt-delay').fill('6'));
  await page.click('#pin');
  await page.locator('#unpin').waitFor();
  await afterRecompute(page, () => page.click('#actor-legevakt .lever:has(#lever-legevakt-delay) button.reset'));
  await afterRecompute(page, () => page.locator('#lever-kommune_plo-delay').fill('24'));
  // What the browser does when asked to print: tell the page, then lay it out for paper.
  await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print' });
  for (const hidden of ['.levers', '#exports', '#roadmap', '.lang-switch', '.chart-downloads', '.table-toggle']) {
    for (const element of await page.locator(hidden).all()) assert.ok(await element.isHidden(), `${hidden} is not printed`);
  }
  assert.ok(await page.locator('#print-scenario').isVisible());
  const plo = await text(page, '#actor-kommune_plo legend');
  const levers = await page.$$eval('#print-scenario dl', (lists) => lists.map((l) => [...l.children].map((e) => e.textContent)));
  const legevakt = await text(page, '#actor-legevakt legend');
  assert.deepEqual(levers, [[`${plo}: forsinkelse`, '24 måneder'], [`${legevakt}: forsinkelse`, '6 måneder']]);
  assert.equal(await text(page, '#print-pinned'), 'Festet scenario');
  // A chosen solution prints as its name, not as a drop-down.
  assert.ok(await page.locator('#solution').isHidden());
  assert.equal(await text(page, '#adoption .print-choice'), await page.$eval('#solution', (s) => s.selectedOptions[0].textContent));
  // The wide table's column headings stand upright, each on one line: no word broken up.
  const broken = await page.$$eval('#adoption-data thead th', (ths) =>
    ths.filter((th) => { const r = document.createRange(); r.selectNodeContents(th); return r.getClientRects().length > 1; }).map((th) => th.textContent));
  assert.deepEqual(broken, []);
  assert.match(await text(page, '#print-question'), /^Spørsmålet: hva skjer fra i dag/, 'the report says its question');
  for (const shown of ['.headline', '#adoption-chart svg', '#dep-graph svg', '#adoption-data', '#graph-data']) {
    assert.ok(await page.locator(shown).first().isVisible(), `${shown} is printed`);
  }
  for (const table of ['#adoption-data', '#benefit-data', '#graph-data']) {
    assert.ok((await page.locator(`${table} tbody tr`).count()) >= 10, `${table} is printed with its rows`);
  }
  const sources = await page.locator('#print-sources li').allTextContents();
  assert.ok(sources.length > 20 && sources.every((s) => /^\w+: .+ – https?:\/\//.test(s)), sources[0]);
  await mkdir('tests/artifacts', { recursive: true });
  await page.pdf({ path: 'tests/artifacts/report.pdf', format: 'A4' });
  assert.deepEqual(problems, []);
});
