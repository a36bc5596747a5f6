// "How sure are we?": the Monte Carlo worker under the strict CSP, its report (the chance of a
// milestone by a month, P10/P50/P90 dates, criticality, two tornados), its choices in the link,
// and its figures against the native CLI on the same link and seed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import AxeBuilder from '@axe-core/playwright';
import { afterRecompute, open as openIn, text, useBrowser } from './harness.mjs';

const chromium = useBrowser();
const open = (t, options) => openIn(chromium.browser, t, options);

/** Waits until the worker's report for a question newer than `after` is complete. */
function riskComplete(page, after = 0) {
  return page.waitForFunction((n) => {
    const risk = document.querySelector('#risk');
    return risk?.dataset.complete === 'true' && Number(risk.dataset.generation) > n;
  }, after, { timeout: 60_000 });
}

const generation = async (page) => Number(await page.getAttribute('#risk', 'data-generation'));

/** Chooses a milestone and a month in the report's choices, each answered before the next. */
async function chooseMilestoneBy(page, milestone, month) {
  let before = await generation(page);
  await page.selectOption('#risk-milestone', milestone);
  await riskComplete(page, before);
  before = await generation(page);
  await page.fill('#risk-by', month);
  await page.dispatchEvent('#risk-by', 'change');
  await riskComplete(page, before);
}

/** The table's rows as arrays of cell texts (the row heading first). */
const rows = (page, id) =>
  page.$$eval(`#${id} tbody tr`, (trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent.trim())));

test('the runs stream in from the worker and the report shows the chance, percentiles, criticality and tornados', async (t) => {
  const { page, problems } = await open(t);
  await riskComplete(page);
  const risk = page.locator('#risk');
  assert.equal(await risk.getAttribute('data-done'), '1000');
  assert.match(await text(page, '#risk-chance'), /^Omtrent \d+ % sjanse for at PLL: innført nasjonalt er nådd innen \S+\s\d{4}\.$/);
  const pct = Number((await text(page, '#risk-chance')).match(/(\d+) %/)[1]);
  assert.equal(pct % 5, 0, 'rounded to 5 points');
  assert.match(await text(page, '#risk-pv'), /^Nåverdi over kjøringene: P10 .* P50 .* P90 .*mill\. kr\.$/);
  const percentiles = await rows(page, 'risk-table');
  const milestones = await page.locator('#risk-milestone option').count();
  assert.equal(percentiles.length, milestones, 'a row per milestone');
  assert.ok(percentiles.every((r) => r.length === 4));
  const critical = await rows(page, 'criticality-table');
  assert.ok(critical.length > 1);
  assert.deepEqual(critical[0], ['PLL: innført nasjonalt', '100\u00a0%'], 'the milestone is on its own chain in every run');
  for (const id of ['tornado-pv', 'tornado-date']) {
    const bars = await rows(page, id);
    assert.ok(bars.length > 0 && bars.length <= 10, `${id}: ${bars.length} bars`);
  }
  assert.equal(await page.locator('#risk svg.tornado').count(), 2);
  assert.deepEqual(problems, []);
});

test('a lever change asks again and the newest answer wins', async (t) => {
  const { page, problems } = await open(t);
  await riskComplete(page);
  const before = await generation(page);
  const p50 = async () => (await rows(page, 'risk-table')).find((r) => r[0] === 'PLL: innført nasjonalt')[2];
  const was = await p50();
  // A burst of moves: only the last setting is answered.
  await afterRecompute(page, async () => {
    for (const months of ['6', '12', '24']) await page.locator('#lever-kommune_plo-delay').fill(months);
  });
  await riskComplete(page, before);
  assert.notEqual(await p50(), was, 'a two-year delay of municipal care moves the P50 date');
  assert.deepEqual(problems, []);
});

test('the chance is asked for a chosen milestone and month, and the choice survives a reload', async (t) => {
  const { page, problems } = await open(t);
  await riskComplete(page);
  await chooseMilestoneBy(page, 'pll_kommune_start', '2029-12');
  const chance = await text(page, '#risk-chance');
  assert.match(chance, /sjanse for at .* innen des\.\s2029\.$/);
  await page.waitForFunction(() => location.search.includes('by=2029-12'));
  assert.match(page.url(), /[?&]ms=[^&]+/);

  await page.reload();
  await riskComplete(page);
  assert.equal(await page.inputValue('#risk-by'), '2029-12');
  assert.equal(await page.inputValue('#risk-milestone'), 'pll_kommune_start');
  assert.equal(await text(page, '#risk-chance'), chance, 'same link, same seed: the same chance');
  assert.deepEqual(problems, []);
});

/**
 * The native CLI as the tree is now: `cargo run` rebuilds it when a source changed (a binary left
 * in target/ by an older build would compare the page with another program).
 */
function veikart(args) {
  return execFileSync('cargo', ['run', '--quiet', '--offline', '--', ...args], { encoding: 'utf8' });
}

test('the page and `veikart risk` give the same P10/P50/P90 dates for a link and seed', async (t) => {
  const query = 'v=2&a1d=6&runs=200&seed=7';
  const { page, problems } = await open(t, { query: `?${query}` });
  await riskComplete(page);
  assert.equal(await page.getAttribute('#risk', 'data-done'), '200');
  const shown = await rows(page, 'risk-table');
  const native = JSON.parse(veikart(['risk', '--scenario', `?${query}`, '--runs', '200', '--seed', '7', '--format', 'json']));
  const names = await page.$$eval('#risk-milestone option', (os) => os.map((o) => [o.value, o.textContent]));
  const month = (m) => {
    if (m === null) return null;
    const [y, mm] = m.split('-').map(Number);
    return `${['jan.', 'feb.', 'mars', 'apr.', 'mai', 'juni', 'juli', 'aug.', 'sep.', 'okt.', 'nov.', 'des.'][mm - 1]} ${y}`;
  };
  assert.equal(native.milestones.length, shown.length);
  for (const m of native.milestones) {
    const name = names.find(([id]) => id === m.id)[1];
    const row = shown.find((r) => r[0] === name);
    for (const [i, p] of [[1, 'p10'], [2, 'p50'], [3, 'p90']]) {
      if (m[p] === null) assert.match(row[i], /^ikke innen/, `${m.id} ${p}`);
      else assert.equal(row[i].replace(/\s/g, ' '), month(m[p]), `${m.id} ${p}`);
    }
  }
  assert.deepEqual(problems, []);
});

test('goal seek finds what it takes, applies it as a change of levers, and Back undoes it', async (t) => {
  const { page, problems } = await open(t);
  await riskComplete(page);
  await chooseMilestoneBy(page, 'pll_kommune_start', '2027-12');
  assert.match(await text(page, '#seek h3'), /^Hva skal til for at PLL: innføring i kommunal pleie og omsorg nås innen des\.\s2027\?$/);
  const found = await rows(page, 'seek-table');
  assert.ok(found.length > 0, 'some lever reaches it alone');
  const [lever, setting, reaches] = found[0];
  assert.match(reaches, /\d{4}$/);
  // The report with goal seek's table and buttons, audited as the rest of the page is.
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .include('#risk')
    .analyze();
  assert.deepEqual(violations.map((v) => v.id), [], 'axe on the report with goal seek');
  const url = page.url();
  let before = await generation(page);
  await afterRecompute(page, () => page.click('#seek-table button.apply'));
  await riskComplete(page, before);
  assert.ok(await page.locator('#seek-met').count(), `with ${lever} at ${setting} the scenario reaches it already`);
  await page.waitForFunction((u) => location.href !== u, url);
  // The change is a normal one: Back brings the levers before it.
  await afterRecompute(page, () => page.goBack());
  await page.waitForFunction((u) => location.href === u, url);
  assert.deepEqual(problems, []);
});

test('the runs\' bands are drawn beside the scenario on the adoption and benefit charts and the timeline, and follow a lever', async (t) => {
  const { page, problems } = await open(t);
  await riskComplete(page);
  // One shaded P10–P90 band per actor group on the chart (drawn at 13 % opacity under the lines,
  // which stay).
  const bands = () =>
    page.$$eval('#adoption-chart svg polygon', (all) => all.filter((p) => p.getAttribute('opacity') === '0.13').map((p) => p.getAttribute('points')));
  const groups = await page.locator('#adoption-chart ~ .legend li .swatch').count();
  const before = await bands();
  assert.equal(before.length, groups);
  assert.ok(await page.locator('#legend-band').isVisible());
  assert.ok(await page.locator('#legend-spread').isVisible());
  // The running total's band on the benefit chart.
  assert.ok(await page.locator('#legend-benefit-band').isVisible());
  assert.equal(await page.$$eval('#benefit-chart svg polygon', (all) => all.filter((p) => p.getAttribute('opacity') === '0.13').length), 1);
  // Each milestone's spread under its bar on the timeline: a line with three ticks at most.
  const spreads = await page.$$eval('#timeline-chart svg polyline[stroke="#4B5563"]', (all) => all.length);
  assert.ok(spreads >= 20, `${spreads} spread marks`);

  // Kommuner hold back: once the new runs are in, their band lies elsewhere.
  const last = await generation(page);
  await afterRecompute(page, () => page.locator('#lever-kommune_plo-delay').fill('24'));
  await riskComplete(page, last);
  await page.waitForFunction((old) => {
    const now = [...document.querySelectorAll('#adoption-chart svg polygon')].filter((p) => p.getAttribute('opacity') === '0.13').map((p) => p.getAttribute('points'));
    return now.length > 0 && now.some((p, i) => p !== old[i]);
  }, before);
  assert.deepEqual(problems, []);
});

test('goal seek for one chosen lever can ask for a chance, and answers for that lever alone', async (t) => {
  const { page, problems } = await open(t);
  await riskComplete(page);
  assert.ok(await page.locator('#seek-chance').isDisabled(), 'a chance is asked with one lever only');
  await chooseMilestoneBy(page, 'pll_kommune_start', '2027-12');
  let before = await generation(page);
  await page.selectOption('#seek-lever', 'actors.kommune_plo.speed');
  await riskComplete(page, before);
  before = await generation(page);
  await page.selectOption('#seek-chance', '80');
  await riskComplete(page, before);
  const lever = (await page.$eval('#seek-lever', (s) => s.selectedOptions[0].textContent)).toLowerCase();
  const found = await rows(page, 'seek-table');
  if (found.length > 0) {
    // One row, for the chosen lever, reaching the date with at least the chance asked.
    assert.equal(found.length, 1);
    assert.equal(found[0][0].toLowerCase(), lever);
    const chance = Number(found[0][2].match(/\((\d+)\s%\)$/)[1]);
    assert.ok(chance >= 80, found[0][2]);
  } else {
    // Or that no setting of that lever reaches it, and what holds the date back.
    const blocked = await text(page, '#seek-blocked');
    assert.ok(blocked.toLowerCase().includes(lever), blocked);
    assert.match(blocked, /^Ingen innstilling av .+; det som holder igjen: .+\.$/);
  }
  assert.deepEqual(problems, []);
});
