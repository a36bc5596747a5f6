// The browser app, driven as a user drives it: headless Chromium on the release build in dist/,
// served at BASE_URL (scripts/test.sh builds, serves and sets it). Run: node --test tests/e2e/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import {
  BASE_URL, afterRecompute, amount, chartsDrawn, monthOf, open as openIn, text, useBrowser, watch,
} from './harness.mjs';

const chromium = useBrowser();
const open = (t, options) => openIn(chromium.browser, t, options);

test('loads in bokmål under a strict CSP, with no console errors and nothing from other sites', async (t) => {
  const { page, problems } = await open(t);
  assert.equal(await page.getAttribute('html', 'lang'), 'nb');
  assert.equal(await page.$$eval('script', (all) => all.filter((s) => !s.src).length), 0, 'no inline script');
  assert.match(await text(page, 'h1'), /\S/);
  assert.equal(await text(page, '#levers-heading'), 'Spaker');
  // Names come from the data: every actor group has its levers, every milestone a row.
  assert.ok((await page.locator('fieldset.actor').count()) >= 10);
  assert.ok((await page.locator('#milestone-table tbody tr').count()) >= 20);
  assert.match(await text(page, '#pv-delta'), /^0 mill\. kr/);
  assert.deepEqual(problems, []);
});

test('delaying kommunene moves PLL in kommunal pleie og omsorg later and loses benefit', async (t) => {
  const { page, problems } = await open(t);
  const forecast = () => text(page, '#forecast-pll_kommune_start');
  const before = monthOf(await forecast());
  const pvBefore = amount(await text(page, '#pv-scenario'));
  const chartBefore = await page.locator('#benefit-chart').innerHTML();

  await afterRecompute(page, () => page.locator('#lever-kommune_plo-delay').fill('24'));
  assert.equal(await page.inputValue('#lever-kommune_plo-delay-value'), '24');
  const later = monthOf(await forecast());
  assert.ok(later > before, `forecast moved from ${before} to ${later}`);
  assert.match(await text(page, '#change-pll_kommune_start'), /senere|ikke innen/);
  const pvAfter = amount(await text(page, '#pv-scenario'));
  assert.ok(pvAfter < pvBefore, `present value fell from ${pvBefore} to ${pvAfter}`);
  assert.ok(amount(await text(page, '#pv-delta')) < 0, 'the headline shows a loss');
  assert.notEqual(await page.locator('#benefit-chart').innerHTML(), chartBefore);
  assert.match(await text(page, '#slipped-count'), /^[1-9]\d* av \d+/);
  assert.match(await text(page, '#costliest'), new RegExp(await text(page, '#actor-kommune_plo legend')));

  // The keyboard moves the same lever, one month per key press.
  await page.focus('#lever-kommune_plo-delay');
  await afterRecompute(page, () => page.keyboard.press('ArrowRight'));
  assert.equal(await page.inputValue('#lever-kommune_plo-delay-value'), '25');
  assert.ok(monthOf(await forecast()) >= later);

  // Its reset button brings the baseline back.
  await afterRecompute(page, () => page.click('#actor-kommune_plo .lever:has(#lever-kommune_plo-delay) button.reset'));
  assert.equal(monthOf(await forecast()), before);
  assert.equal(amount(await text(page, '#pv-scenario')), pvBefore);
  assert.deepEqual(problems, []);
});

test('an exact entry outside a lever range is corrected and says so', async (t) => {
  const { page, problems } = await open(t);
  const field = page.locator('#lever-kommune_plo-delay-value');
  await afterRecompute(page, async () => {
    await field.fill('999');
    await field.press('Enter');
  });
  assert.equal(await page.inputValue('#lever-kommune_plo-delay'), '48', 'the lever takes the nearest end');
  assert.match(await text(page, '#lever-kommune_plo-delay-note'), /^999 er utenfor 0–48 mnd\.; brukt: 48 mnd\.$/);
  assert.equal(await field.getAttribute('aria-invalid'), 'true');
  // A valid entry clears the note.
  await afterRecompute(page, async () => {
    await field.fill('6');
    await field.press('Enter');
  });
  assert.equal(await page.locator('#lever-kommune_plo-delay-note').count(), 0);
  assert.equal(await page.inputValue('#lever-kommune_plo-delay'), '6');
  assert.deepEqual(problems, []);
});

test('an exact entry takes the language\'s decimal mark and shows it', async (t) => {
  const { page, problems } = await open(t);
  const field = page.locator('#lever-kommune_plo-speed-value');
  assert.equal(await field.inputValue(), '1,00');
  await afterRecompute(page, async () => {
    await field.fill('2,5');
    await field.press('Enter');
  });
  assert.equal(await page.inputValue('#lever-kommune_plo-speed'), '2.5', 'a decimal comma is a decimal mark');
  assert.equal(await field.inputValue(), '2,50');
  assert.equal(new URL(page.url()).searchParams.get('a1s'), '2.5');
  await afterRecompute(page, async () => {
    await field.fill('1.5');
    await field.press('Enter');
  });
  assert.equal(await field.inputValue(), '1,50', 'a decimal point is read too');
  // Out of range, the note uses the same format.
  await afterRecompute(page, async () => {
    await field.fill('3,5');
    await field.press('Enter');
  });
  assert.match(await text(page, '#lever-kommune_plo-speed-note'), /^3,5 er utenfor 0,25–3,00 × ?; brukt: 3,00 ×$/);
  // Letters change nothing and say so.
  await field.fill('fort');
  await field.press('Enter');
  await page.locator('#lever-kommune_plo-speed-note', { hasText: 'Skriv et tall' }).waitFor();
  assert.equal(await page.inputValue('#lever-kommune_plo-speed'), '3');
  assert.deepEqual(problems, []);
});

test('a preset from the data sets the levers, and reset all clears them', async (t) => {
  const { page, problems } = await open(t);
  const levers = () =>
    page.$$eval('input[type=range]', (inputs) => inputs.map((i) => `${i.id}=${i.value}`));
  const defaults = await levers();
  const presets = await page.$$eval('#preset option:not([disabled])', (o) => o.map((x) => x.value));
  for (const id of ['plan_2021', 'kommune_pll_duty', 'gp_digital_duty', 'vendors_late', 'kommuner_hold_back', 'all_on_time']) {
    assert.ok(presets.includes(id), `preset ${id} is offered`);
  }

  await afterRecompute(page, () => page.selectOption('#preset', 'kommuner_hold_back'));
  assert.equal(await page.inputValue('#preset'), 'kommuner_hold_back');
  assert.match(await text(page, '#preset-description'), /\S/);
  const held = await levers();
  assert.notDeepEqual(held, defaults, 'the preset moved some lever');
  const plo = held.filter((l) => l.startsWith('lever-kommune_plo-'));
  assert.notDeepEqual(plo, defaults.filter((l) => l.startsWith('lever-kommune_plo-')), 'kommunene hold back');

  await afterRecompute(page, () => page.selectOption('#preset', 'vendors_late'));
  assert.notDeepEqual(await levers(), held);

  // A duty for kommunene to use PLL shows as a deadline on their PLL mandate, and on no other.
  await afterRecompute(page, () => page.selectOption('#preset', 'kommune_pll_duty'));
  assert.equal(await page.inputValue('#lever-kommune_plo-mandate-pll'), 'at');
  assert.equal(await page.inputValue('#lever-kommune_plo-mandate-pll-month'), '2029-01');
  assert.equal(await page.inputValue('#lever-kommune_plo-mandate-dho'), 'data');
  // From today, a deadline can only be after the data date.
  assert.equal(await page.getAttribute('#lever-kommune_plo-mandate-pll-month', 'min'), '2026-03');

  // The 2021 plan is a choice of dates, not of levers, and replays the period since 2021.
  await afterRecompute(page, () => page.selectOption('#preset', 'plan_2021'));
  assert.ok(await page.isChecked('#question-2021'));
  assert.ok(await page.isChecked('#schedule-plan'));
  await afterRecompute(page, () => page.check('#schedule-forecast'));
  assert.equal(await page.inputValue('#preset'), '', 'no preset matches any more');

  await afterRecompute(page, () => page.selectOption('#preset', 'kommuner_hold_back'));
  await afterRecompute(page, () => page.click('#reset-all'));
  assert.deepEqual(await levers(), defaults);
  assert.equal(await page.inputValue('#lever-kommune_plo-mandate-pll'), 'data');
  assert.deepEqual(problems, []);
});

test('choosing a milestone lists its critical chain, by mouse, keyboard and chart', async (t) => {
  const { page, problems } = await open(t);
  await afterRecompute(page, () => page.locator('#lever-kommune_plo-delay').fill('24'));
  const name = (await text(page, '#select-pll_kommune_start')).trim();

  await page.click('#select-pll_kommune_start');
  await page.waitForSelector('#chain-steps li');
  assert.ok((await text(page, '#chain-summary')).startsWith(name));
  // The explanation opens where the milestone was chosen: right under its row.
  const row = await page.locator('#milestone-pll_kommune_start').boundingBox();
  const chain = await page.locator('#chain').boundingBox();
  assert.ok(chain.y >= row.y + row.height && chain.y - (row.y + row.height) < 40, JSON.stringify({ row, chain }));
  assert.match(await text(page, '#chain-summary'), /flyttes \d+ måned|nås ikke/);
  const steps = await page.locator('#chain-steps li').allInnerTexts();
  assert.ok(steps.every((s) => s.startsWith('fordi ')), steps.join(' | '));
  const plo = await text(page, '#actor-kommune_plo legend');
  assert.ok(steps.some((s) => s.includes(plo)), `the chain reaches ${plo}: ${steps.join(' | ')}`);
  assert.equal(await page.getAttribute('#select-pll_kommune_start', 'aria-pressed'), 'true');
  // The chain is highlighted in the dependency graph.
  assert.ok((await page.locator('#dep-graph [stroke="#1E5AA8"][stroke-width="3"]').count()) >= steps.length);

  const other = (await text(page, '#select-pll_national_start')).trim();
  await page.focus('#select-pll_national_start');
  await page.keyboard.press('Enter');
  await page.waitForFunction((n) => document.querySelector('#chain-summary')?.innerText.startsWith(n), other);

  // A click on a milestone's row in the timeline chooses it too.
  const label = page.locator('#timeline-chart svg text', { hasText: name }).first();
  await label.click();
  await page.waitForFunction((n) => document.querySelector('#chain-summary')?.innerText.startsWith(n), name);
  // … and brings its explanation into view.
  const shown = await page.locator('#chain-summary').boundingBox();
  assert.ok(shown.y >= 0 && shown.y + shown.height <= page.viewportSize().height, JSON.stringify(shown));
  assert.deepEqual(problems, []);
});

test('the lever filter narrows the panel, and a milestone lever shows its milestone', async (t) => {
  const { page, problems } = await open(t);
  const groups = () => page.locator('fieldset.actor').count();
  const all = await groups();
  await page.fill('#lever-filter', 'PLEIE');
  await page.locator('fieldset.actor').first().waitFor();
  assert.ok((await groups()) < all, 'fewer groups');
  assert.ok(await page.locator('#actor-kommune_plo').isVisible(), 'found by its name, in a group opened for it');
  assert.equal(await page.locator('#actor-fastlege').count(), 0);
  assert.ok(await page.locator('#lever-pll_kommune_start-extra').isVisible());
  assert.equal(await page.locator('#lever-pps_trial-extra').count(), 0);
  // A solution's name finds the groups with a duty lever for it.
  await page.fill('#lever-filter', 'legemiddelliste');
  await page.locator('#actor-fastlege').waitFor();
  await page.fill('#lever-filter', '');
  await page.waitForFunction((n) => document.querySelectorAll('fieldset.actor').length === n, all);

  // One click from a milestone lever to the milestone, with why it falls when it does. (The
  // filter opened the groups; they stay open.)
  assert.ok(await page.$eval('#group-milestones', (group) => group.open));
  const name = (await text(page, '#select-pll_kommune_start')).trim();
  await page.click('#show-pll_kommune_start');
  await page.waitForFunction((n) => document.querySelector('#chain-summary')?.innerText.startsWith(n), name);
  const shown = await page.locator('#chain-summary').boundingBox();
  assert.ok(shown.y >= 0 && shown.y + shown.height <= page.viewportSize().height, JSON.stringify(shown));
  // Each kind of lever has its line of help.
  await page.click('#lever-help summary');
  assert.equal(await page.locator('#lever-help dd').count(), 5);
  assert.deepEqual(problems, []);
});

test('the dependency graph names each box in full, and a click on a milestone explains it', async (t) => {
  const { page, problems } = await open(t);
  const name = (await text(page, '#select-pll_kommune_start')).trim();
  // Its box's first line is the start of its name (the names wrap over up to three lines).
  const first = page.locator('#dep-graph svg text', { hasText: name.split(' ').slice(0, 2).join(' ') }).first();
  await first.scrollIntoViewIfNeeded();
  await first.hover();
  await page.waitForFunction((n) => document.querySelector('#dep-graph svg')?.getAttribute('title') === n, name);
  await first.click();
  await page.waitForFunction((n) => document.querySelector('#chain-summary')?.innerText.startsWith(n), name);
  assert.equal(await page.getAttribute('#select-pll_kommune_start', 'aria-pressed'), 'true');
  // A track's box names its solution and its group whole.
  const texts = await page.$$eval('#dep-graph svg text', (all) => all.map((e) => e.textContent));
  assert.ok(!texts.some((line) => line.endsWith('…')), texts.filter((l) => l.endsWith('…')).join(' | '));
  assert.deepEqual(problems, []);
});

test('every number says where it comes from', async (t) => {
  const { page } = await open(t);
  // The first view embeds the roadmap without its notes; they follow the first chart.
  await page.waitForSelector('html[data-notes="loaded"]');
  const notes = await page.$$eval('.explained', (els) => els.map((e) => e.getAttribute('title')));
  assert.ok(notes.length > 40, `${notes.length} explained numbers`);
  for (const note of notes) {
    assert.match(note, /^(Kilde: .*https?:\/\/|Antagelse: \S|Beregnet: \S|Nåverdi .*(https?:\/\/|Antagelse))/, note);
  }
  await page.focus('#pv-delta');
  const bubble = await page.$eval('#pv-delta', (e) => getComputedStyle(e, '::after').content);
  assert.match(bubble, /Nåverdi/, 'focus shows the note, not only hover');
});

test('without its notes (their file refused) every number is there and an assumption is still named', async (t) => {
  const context = await chromium.browser.newContext();
  t.after(() => context.close());
  await context.route('**/roadmap.postcard', (route) => route.fulfill({ status: 404, body: '' }));
  const page = await context.newPage();
  const problems = await watch(page);
  await page.goto(BASE_URL);
  await chartsDrawn(page);
  await page.waitForSelector('html[data-notes="unavailable"]');
  const notes = await page.$$eval('.explained', (els) => els.map((e) => e.getAttribute('title')));
  assert.ok(notes.length > 40, `${notes.length} explained numbers`);
  assert.ok(notes.includes('Antagelse'), 'an assumption without its reason is named');
  assert.ok(notes.some((n) => /^Kilde: .*https?:\/\//.test(n)), 'sources keep their titles and addresses');
  // The levers still work on the embedded roadmap.
  await afterRecompute(page, () => page.locator('#lever-kommune_plo-delay').fill('12'));
  assert.deepEqual(problems.filter((p) => !p.includes('404')), []);
});

test('speaks nynorsk and English, and keeps <html lang> in step', async (t) => {
  const { page } = await open(t);
  await page.click('#lang-nn');
  await page.waitForFunction(() => document.documentElement.lang === 'nn');
  assert.equal(await text(page, '#levers-heading'), 'Spakar');
  await page.click('#lang-en');
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  assert.equal(await text(page, '#levers-heading'), 'Levers');
  assert.match(await text(page, '#pv-delta'), /NOK 0 million/);
});

test('reflows to 320 px without sideways scrolling of the page', async (t) => {
  const { page } = await open(t, { width: 320, height: 800 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `the page is ${overflow} px wider than the screen`);
  const boxes = await page.$$eval('.chart', (charts) => charts.map((chart) =>
    [...chart.querySelectorAll(':scope > svg')].map((svg) => {
      const { left, top, right, bottom } = svg.getBoundingClientRect();
      return [left, top, right, bottom].map(Math.round).join(',');
    })));
  for (const [base, overlay] of boxes) {
    assert.ok(Number(base.split(',')[2]) <= 320, `a chart ends at ${base}`);
    assert.equal(overlay, base, 'the overlay lies exactly over the base');
  }
});

test('a chosen milestone shows its chain in words, in the timeline and in the graph', async (t) => {
  const { page, problems } = await open(t);
  await afterRecompute(page, () => page.locator('#lever-kommune_plo-delay').fill('18'));
  const graph = () => page.$eval('#dep-graph svg', (svg) => svg.outerHTML);
  const plain = await graph();
  await page.click('#select-pll_kommune_start');
  await page.waitForSelector('#chain-steps li');
  assert.ok((await page.locator('#chain-steps li').count()) >= 1, 'the chain has a step');
  assert.match(await text(page, '#chain-summary'), /\S/);
  assert.equal(await page.getAttribute('#select-pll_kommune_start', 'aria-pressed'), 'true');
  assert.notEqual(await page.getAttribute('#milestone-pll_kommune_start', 'data-chosen'), null);
  // The chain is drawn in the highlight colour, 3 pixels wide, in the graph.
  await page.waitForFunction((before) => document.querySelector('#dep-graph svg').outerHTML !== before, plain);
  const lit = await page.locator('#dep-graph [stroke="#1E5AA8"][stroke-width="3"]').count();
  assert.ok(lit >= 2, `the chain's nodes and links are highlighted: ${lit}`);
  // A picture of the whole page for review, from the top (the lever panel is sticky).
  await page.evaluate(() => window.scrollTo(0, 0));
  await mkdir('tests/artifacts', { recursive: true });
  const png = await page.screenshot({ path: 'tests/artifacts/app.png', fullPage: true });
  assert.ok(png.subarray(1, 4).toString() === 'PNG' && png.length > 10_000, 'a screenshot was written');
  assert.deepEqual(problems, []);
});
