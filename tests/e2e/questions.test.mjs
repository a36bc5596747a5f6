// The two questions the page answers (from today, the default; what if since 2021), the data date
// drawn as "today" on every time chart, and history that stays put from today. Driven as a user
// drives them; every wait is on the app's own events or on what the page shows.
// Run: BASE_URL=… node --test tests/e2e/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { afterRecompute, chartsDrawn, linkTo, open as openIn, text, useBrowser, watch } from './harness.mjs';

const chromium = useBrowser();
const open = (t, options) => openIn(chromium.browser, t, options);

const ROADMAP = await readFile('data/roadmap.toml', 'utf8');
const [YEAR, MONTH] = ROADMAP.match(/^data_date = "(\d{4})-(\d{2})"/m).slice(1).map(Number);
const NB = ['jan.', 'feb.', 'mars', 'apr.', 'mai', 'juni', 'juli', 'aug.', 'sep.', 'okt.', 'nov.', 'des.'];
const EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** "data per feb. 2026": the label of the data date's line. */
const TODAY_NB = `data per ${NB[MONTH - 1]} ${YEAR}`;
const TODAY_EN = `data as of ${EN[MONTH - 1]} ${YEAR}`;
const TIME_CHARTS = ['adoption-chart', 'benefit-chart', 'timeline-chart'];
/** "aug. 2028" → a month count, to compare dates as a reader reads them. */
const monthNb = (s) => 12 * Number(s.split(' ')[1]) + NB.indexOf(s.split(' ')[0]);

/** Collapses the no-break spaces between month and year, as a reader sees them. */
const plain = (s) => s.replace(/\s+/g, ' ').trim();

/** The chart's SVG texts, and whether it has an upright dashed line (same x at both ends). */
const chartMarks = (page, id) =>
  page.$eval(`#${id}`, (chart) => ({
    texts: [...chart.querySelectorAll('svg text')].map((t) => t.textContent),
    upright: [...chart.querySelectorAll('svg polyline[stroke-dasharray]')].some((line) => {
      const points = line.getAttribute('points').trim().split(/\s+/).map((p) => p.split(',').map(Number));
      return points.length === 2 && points[0][0] === points[1][0] && points[0][1] !== points[1][1];
    }),
  }));

/** Waits until the address has `key` at `value` (`null`: absent). */
const addressHas = (page, key, value) =>
  page.waitForFunction(([k, v]) => new URL(location.href).searchParams.get(k) === v, [key, value]);

test('every time chart draws the data date as a labelled "today" line, in the language shown', async (t) => {
  const { page, problems } = await open(t);
  for (const id of TIME_CHARTS) {
    const { texts, upright } = await chartMarks(page, id);
    assert.ok(texts.map(plain).includes(TODAY_NB), `${id} labels the data date "${TODAY_NB}": ${texts.join(' | ')}`);
    assert.ok(upright, `${id} draws the data date as an upright dashed line`);
    const legend = await page.$eval(`#${id}`, (c) => c.closest('section').querySelector('.legend').textContent);
    assert.ok(plain(legend).includes(TODAY_NB), `${id}'s legend names the line`);
  }
  await page.click('#lang-en');
  await page.waitForFunction(
    ([ids, label]) =>
      ids.every((id) =>
        [...document.querySelectorAll(`#${id} svg text`)].some((t) => t.textContent.replace(/\s+/g, ' ').trim() === label)),
    [TIME_CHARTS, TODAY_EN],
  );
  assert.deepEqual(problems, []);
});

test('the page says which question it answers, and switching to "since 2021" says so and links it', async (t) => {
  const { page, problems } = await open(t);
  assert.ok(await page.isChecked('#question-today'), 'from today is the default');
  const today = plain(await text(page, '#question-text'));
  assert.equal(today, `Spørsmålet: hva skjer fra i dag (data per ${NB[MONTH - 1]} ${YEAR})? Det som har skjedd, står fast.`);
  assert.match(plain(await text(page, '#data-age')), /^Dataene er (\d+ måned(er)? gamle|fra denne måneden)\.$/);
  assert.equal(await page.locator('#schedule-plan').count(), 0, 'the 2021 plan is no choice from today');
  assert.equal(new URL(page.url()).searchParams.get('q'), null);

  await afterRecompute(page, () => page.check('#question-2021'));
  await addressHas(page, 'q', '2021');
  const since = plain(await text(page, '#question-text'));
  assert.notEqual(since, today);
  assert.match(since, /^Spørsmålet: hva om det hadde gått annerledes siden jan\. 2021\?/);
  assert.ok(await page.isVisible('#schedule-plan'), 'since 2021, the 2021 plan is a choice');

  await afterRecompute(page, () => page.check('#question-today'));
  await addressHas(page, 'q', null);
  assert.equal(plain(await text(page, '#question-text')), today);

  await page.click('#lang-en');
  await page.waitForFunction(() => document.getElementById('question-text')?.textContent.startsWith('The question:'));
  assert.deepEqual(problems, []);
});

test('a link made before the two questions opens in "since 2021" with its old meaning', async (t) => {
  const context = await chromium.browser.newContext({ viewport: { width: 1280, height: 900 } });
  t.after(() => context.close());
  const page = await context.newPage();
  const problems = await watch(page);
  await page.goto(linkTo('v=1&d=2026.1&a1d=12'));
  await chartsDrawn(page);
  assert.ok(await page.isChecked('#question-2021'), 'the question selector shows since 2021');
  assert.match(plain(await text(page, '#question-text')), /siden jan\. 2021/);
  assert.equal(await page.inputValue('#lever-kommune_plo-delay-value'), '12');
  // The address is rewritten as the current format says the same thing.
  await page.waitForFunction(() => location.search === '?v=2&d=2026.1&q=2021&a1d=12');
  assert.deepEqual(problems, []);
});

test('from today, the kommune delay does not move a milestone that has happened, and says why', async (t) => {
  const { page, problems } = await open(t);
  const happened = plain(await text(page, '#forecast-kj_kommune_200'));
  assert.equal(happened, 'des. 2023');
  // Its own delay lever is no control from today, but a line saying why.
  assert.equal(await page.locator('#lever-kj_kommune_200-extra').count(), 0);
  assert.match(plain(await text(page, '#lever-kj_kommune_200-extra-why')), /Skjedde i des\. 2023 – historien står fast/);
  // So is a duty already in force.
  assert.match(plain(await text(page, '#lever-fastlege-mandate-kjernejournal-why')), /Plikt i kraft siden juli 2022/);

  await afterRecompute(page, () => page.locator('#lever-kommune_plo-delay').fill('12'));
  assert.equal(plain(await text(page, '#forecast-kj_kommune_200')), happened, 'history stays put');
  assert.equal(plain(await text(page, '#change-kj_kommune_200')), 'som i grunnlaget');
  assert.deepEqual(problems, []);
});

test('switching to "from today" resets the levers it does not offer, and the address drops them', async (t) => {
  const context = await chromium.browser.newContext({ viewport: { width: 1280, height: 900 } });
  t.after(() => context.close());
  const page = await context.newPage();
  const problems = await watch(page);
  // Since 2021, the happened kj_kommune_200 (key m10) can be delayed, and kommunene too.
  await page.goto(linkTo('v=2&q=2021&a1d=6&m10=6'));
  await chartsDrawn(page);
  assert.equal(await page.inputValue('#lever-kj_kommune_200-extra-value'), '6');
  await afterRecompute(page, () => page.check('#question-today'));
  await addressHas(page, 'q', null);
  assert.equal(new URL(page.url()).searchParams.get('m10'), null, 'the delay of what happened is gone');
  assert.equal(new URL(page.url()).searchParams.get('a1d'), '6', 'a lever offered from today stays');
  assert.equal(await page.locator('#lever-kj_kommune_200-extra').count(), 0);
  assert.equal(await page.locator('#link-notice').count(), 0);
  assert.deepEqual(problems, []);
});

test('the headline and the benefit table say what existed before the roadmap and what it adds', async (t) => {
  const { page, problems } = await open(t);
  const split = plain(await text(page, '#pv-split'));
  assert.match(plain(await text(page, '#value-realised')), /^[\d ]+ mill\. kr realisert til og med feb\. 2026$/);
  assert.match(split, /^Av hele nåverdien, .+, fantes .+ alt da veikartet begynte .+ veikartet legger til/);
  const headers = await page.$$eval('#benefits thead th', (ths) => ths.map((th) => th.textContent));
  assert.ok(headers.includes('Av dette fantes før veikartet'), headers.join(' | '));
  // The PLL benefit started at nothing in 2021; digital dialogue was already well under way.
  const cell = (id) =>
    page.$eval(`#benefit-${id} td:nth-of-type(4)`, (td) => td.textContent.replace(/\s+/g, ' ').trim());
  assert.equal(await cell('pll_time'), '0 mill. kr');
  assert.notEqual(await cell('digital_dialog'), '0 mill. kr');
  assert.deepEqual(problems, []);
});

test('the 2023 plan\'s PLL targets stand beside the forecast on the adoption chart', async (t) => {
  const { page, problems } = await open(t);
  await page.selectOption('#solution', 'pll');
  await page.locator('#legend-plan-target').waitFor();
  assert.equal(plain(await text(page, '#legend-plan-target')), 'Mål i planen');
  const squares = await page.$$eval('#adoption-chart svg rect', (rects) =>
    rects.filter((r) => r.getAttribute('width') === '12' && r.getAttribute('height') === '12').length);
  const targets = (ROADMAP.match(/^targets = \[[^\]]*\]/gm) ?? [])
    .map((line) => (line.match(/date =/g) ?? []).length)
    .reduce((a, b) => a + b, 0);
  assert.ok(targets > 0, 'the data has plan targets');
  assert.equal(squares, targets);
  assert.deepEqual(problems, []);
});

test('the first screen says where the roadmap stands before what the levers change', async (t) => {
  const { page, problems } = await open(t);
  assert.equal(plain(await text(page, '#standing-heading')), 'Slik står veikartet');
  assert.match(plain(await text(page, '#standing-as-of')), new RegExp(`^Data per ${NB[MONTH - 1]} ${YEAR}\\. Grunnlaget: veikartet slik dataene viser det`));
  // Late against the 2021 plan is counted where the plan date has a source; assumed ones are named.
  const sourced = ROADMAP.split('[[milestones]]').slice(1).filter((m) => /^plan = \{[^}]*src = /m.test(m)).length;
  const [late, counted] = plain(await text(page, '#behind-plan')).match(/^(\d+) av (\d+) milepæler$/).slice(1).map(Number);
  assert.equal(counted, sourced);
  assert.ok(late > 0 && late <= counted);
  // The dates asked about most: PLL nationally, with the 2021 plan beside the forecast.
  const pll = plain(await text(page, '#headline-date-pll_full_rollout'));
  assert.match(pll, /^PLL: innført nasjonalt \S+ \d{4} \(plan des\. 2029\)$/);
  const before = monthNb(plain(await text(page, '#headline-date-pll_full_rollout strong')));

  // Kommuner hold back from now: the standing follows the scenario and names the baseline's date.
  await afterRecompute(page, () => page.locator('#lever-kommune_plo-delay').fill('24'));
  assert.match(plain(await text(page, '#standing-as-of')), /Med spakene slik du har satt dem\.$/);
  const after = monthNb(plain(await text(page, '#headline-date-pll_full_rollout strong')));
  assert.ok(after > before, `PLL nationally moved from ${before} to ${after}`);
  assert.match(plain(await text(page, '#headline-date-pll_full_rollout')), /\(plan des\. 2029; grunnlaget: \S+ \d{4}\)$/);
  assert.deepEqual(problems, []);
});

test('on a phone the change stays in view while a lever moves, with a way to the results', async (t) => {
  const { page, problems } = await open(t, { width: 390, height: 844 });
  const bar = page.locator('#figure-bar');
  const lever = page.locator('#lever-kommune_plo-delay');
  await lever.focus();
  const inView = async (locator) => {
    const box = await locator.boundingBox();
    return box !== null && box.y >= 0 && box.y + box.height <= 844;
  };
  const [leverBox, barBox] = [await lever.boundingBox(), await bar.boundingBox()];
  assert.ok(await inView(lever) && (await inView(bar)), 'the lever and the figures are both on screen');
  assert.ok(leverBox.y + leverBox.height <= barBox.y, 'the figures do not cover the lever');
  assert.match(plain(await bar.textContent()), /^Gevinst som i grunnlaget: 0 mill\. kr/);
  await afterRecompute(page, () => lever.fill('24'));
  assert.match(plain(await bar.textContent()), /^Tapt gevinst: −[\d ]+ mill\. kr/);
  assert.ok(await inView(bar));
  await bar.getByRole('link').click();
  assert.ok(await inView(page.locator('#standing-heading')), 'the link leads to the results');
  assert.deepEqual(problems, []);
});

test('on a desktop the figure bar stays out of the way', async (t) => {
  const { page, problems } = await open(t);
  assert.equal(await page.locator('#figure-bar').isVisible(), false);
  assert.deepEqual(problems, []);
});
