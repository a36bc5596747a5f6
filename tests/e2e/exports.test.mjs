// What goes out of the app and comes back in, through the browser's own file handling: the
// scenario as TOML and back, the tables as CSV, the charts as SVG and PNG, your own roadmap.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { afterRecompute, amount, download, monthOf, open as openIn, text, useBrowser } from './harness.mjs';

const chromium = useBrowser();
const open = (t, options) => openIn(chromium.browser, t, options);

const ROADMAP = await readFile('data/roadmap.toml', 'utf8');
const count = (section) => ROADMAP.split('\n').filter((line) => line.trim() === `[[${section}]]`).length;
const MONTHS = (() => {
  const month = (key) => {
    const [y, m] = ROADMAP.match(new RegExp(`^${key} = "(\\d{4})-(\\d{2})"`, 'm')).slice(1).map(Number);
    return y * 12 + m;
  };
  return month('end') - month('start') + 1;
})();

/** Every lever's value as the page shows it: sliders, mandates, the schedule. */
const levers = (page) =>
  page.$$eval('.levers input[type=range], .levers select, .levers input[type=radio]', (inputs) =>
    inputs.map((i) => `${i.id}=${i.type === 'radio' ? i.checked : i.value}`));

/** A CSV file's lines, without the byte order mark that tells Excel it is UTF-8. */
/** A table for programs: its lines after the `#` lines that name the scenario. */
function csvLines(bytes) {
  const body = bytes.toString('utf8');
  assert.ok(body.startsWith('\uFEFF'), 'starts with a UTF-8 byte order mark');
  const lines = body.slice(1).trimEnd().split('\n');
  assert.match(lines[0], /^# Scenario /, 'the scenario comes first, as a comment');
  return lines.filter((line) => !line.startsWith('# '));
}

test('a scenario exported as TOML imports back into a fresh page with the same levers', async (t) => {
  const { page, problems } = await open(t);
  await afterRecompute(page, () => page.selectOption('#preset', 'kommune_pll_duty'));
  await afterRecompute(page, () => page.locator('#lever-fastlege-speed').fill('1.5'));
  const wanted = await levers(page);
  const file = await download(page, '#export-scenario');
  assert.match(file.name, /^veikart-scenario-[a-z0-9.-]+\.toml$/);
  assert.ok(file.name.includes('a3s1.5'), `the file is named for its levers: ${file.name}`);
  const toml = file.bytes.toString('utf8');
  assert.match(toml, /^version = 2$/m, 'a scenario file says its format');
  assert.match(toml, /^\[actors\.fastlege\]\nspeed = 1\.5$/m);
  assert.match(toml, /^\[actors\.kommune_plo\.mandates\]\npll = "2029-01"$/m);

  const fresh = await open(t);
  assert.notDeepEqual(await levers(fresh.page), wanted);
  await afterRecompute(fresh.page, () =>
    fresh.page.setInputFiles('#import-scenario', { name: file.name, mimeType: 'application/toml', buffer: file.bytes }));
  assert.deepEqual(await levers(fresh.page), wanted);
  assert.equal(await text(fresh.page, '#import-status'), `Scenariet fra ${file.name} er lastet inn.`);
  assert.deepEqual([...problems, ...fresh.problems], []);
});

test('a scenario file that does not fit is refused with the lever named, and nothing changes', async (t) => {
  const { page, problems } = await open(t);
  await afterRecompute(page, () => page.locator('#lever-kommune_plo-delay').fill('12'));
  const kept = await levers(page);
  await page.setInputFiles('#import-scenario', {
    name: 'mine.toml',
    mimeType: 'application/toml',
    buffer: Buffer.from('version = 2\n[actors.fastlege]\ndelay = 99\n[milestones.nope]\ndelay = 1\n'),
  });
  await page.waitForSelector('#import-errors li');
  assert.equal(await page.getAttribute('#import-errors', 'role'), 'alert');
  // In the page's language (tests/e2e/languages.test.mjs checks nynorsk and that no English is left).
  assert.deepEqual(await page.locator('#import-errors li').allTextContents(), [
    "mine.toml: felt 'actors.fastlege.delay': 99 måneder er mer enn 48",
    "mine.toml: felt 'milestones.nope': ingen milepæl har denne id-en",
  ]);
  assert.deepEqual(await levers(page), kept);
  // A JSON scenario file (the app wrote them before) is refused with the way to run it.
  await page.setInputFiles('#import-scenario', {
    name: 'old.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"version": 2, "actors": {"fastlege": {"delay": 6}}}'),
  });
  await page.waitForFunction(() => document.querySelector('#import-errors li')?.textContent.startsWith('old.json'));
  assert.match(await text(page, '#import-errors li'), /^old\.json: appen leser scenariofiler i TOML/);
  assert.deepEqual(await levers(page), kept);
  assert.deepEqual(problems, []);
});

test('CSV downloads hold the engine\'s tables: the columns, a row per milestone, benefit and month', async (t) => {
  const { page, problems } = await open(t);
  await afterRecompute(page, () => page.locator('#lever-kommune_plo-delay').fill('24'));

  const milestones = csvLines((await download(page, '#export-milestones')).bytes);
  assert.equal(milestones[0], 'id,name,plan,forecast,baseline_forecast,slip_months,delta_months,status,date_kind,reach,blocked_by,critical_chain');
  assert.equal(milestones.length - 1, count('milestones'));
  assert.equal(milestones.length - 1, await page.locator('#milestone-table tbody tr').count());
  // The file says what the page says.
  const row = milestones.find((line) => line.startsWith('pll_kommune_start,'));
  const [year, month] = row.split(',')[3].split('-').map(Number);
  assert.equal(year * 12 + month - 1, monthOf(await text(page, '#forecast-pll_kommune_start')));

  const benefits = csvLines((await download(page, '#export-benefits')).bytes);
  assert.equal(benefits[0], 'id,name,present_value_mnok,baseline_present_value_mnok,delta_present_value_mnok,realised_mnok,to_come_mnok,starting_level_mnok,added_mnok,total_mnok');
  assert.equal(benefits.length - 1, count('benefits'));

  const series = await download(page, '#export-series');
  assert.equal(series.name, 'veikart-series-a1d24.csv');
  const lines = csvLines(series.bytes);
  assert.equal(lines[0], 'series,id,month,value');
  // One row per month for each track's adoption and each benefit's monthly and running value.
  assert.equal(lines.length - 1, (count('tracks') + 2 * count('benefits')) * MONTHS);
  assert.deepEqual(problems, []);
});

test('tables for people: headings in the page\'s language, semicolons, whole million kroner, the scenario on top', async (t) => {
  const { page, problems } = await open(t);
  await afterRecompute(page, () => page.locator('#lever-kommune_plo-delay').fill('24'));
  const file = await download(page, '#export-benefits-people');
  assert.equal(file.name, 'veikart-benefits-a1d24-regneark.csv');
  const lines = file.bytes.toString('utf8').replace(/^\uFEFF/, '').trimEnd().split('\r\n');
  assert.match(lines[0], /^Scenario fra i dag \(data per feb\.\s2026\): .+forsinkelse 24 måneder\.$/);
  assert.equal(lines[3], '');
  assert.match(lines[4], /^Gevinst;Nåverdi, scenario \(mill\. kr\);/);
  const rows = lines.slice(5);
  assert.equal(rows.length, count('benefits'));
  for (const row of rows) assert.match(row, /^[^;]+(;-?\d+){6}$/, row);
  // The page's own figures: the table's changes add up to the headline's loss.
  const change = rows.reduce((sum, row) => sum + Number(row.split(';')[3]), 0);
  assert.ok(Math.abs(change - amount(await text(page, '#pv-delta'))) <= rows.length, `${change}`);

  const milestones = (await download(page, '#export-milestones-people')).bytes.toString('utf8').split('\r\n');
  assert.match(milestones[4], /^Milepæl;Plan;Prognose;Prognose i grunnlaget;/);
  assert.deepEqual(problems, []);
});

test('each chart downloads as one SVG that stands on its own, and as a PNG twice its size', async (t) => {
  const { page, problems } = await open(t);
  await afterRecompute(page, () => page.locator('#lever-kommune_plo-delay').fill('24'));
  // The runs' bands add legend entries when they arrive: export once they are all in.
  await page.waitForFunction(() => document.querySelector('#risk')?.dataset.complete === 'true', null, { timeout: 60_000 });
  const plo = await text(page, '#actor-kommune_plo legend');
  const drawnIn = { adoption: 'adoption-chart', benefits: 'benefit-chart', timeline: 'timeline-chart', dependencies: 'dep-graph' };
  for (const chart of ['adoption', 'benefits', 'timeline', 'dependencies']) {
    const svg = await download(page, `#${chart}-svg`);
    // The file's name says the chart and the scenario (its levers as the link writes them).
    assert.equal(svg.name, `veikart-${chart}-a1d24.svg`);
    const markup = svg.bytes.toString('utf8');
    const texts = [...markup.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1].replaceAll('&#160;', ' ').replaceAll('\u00a0', ' '));
    // Title, scenario in words, data version and date, and the address that shows it again.
    const heading = await page.locator(`#${chart}-svg`).evaluate((b) => b.closest('section').querySelector('h2').textContent);
    assert.ok(texts[0].startsWith(heading), `${chart}: titled ${texts[0]}`);
    const notes = texts.slice(-4).join(' ');
    assert.match(notes, new RegExp(`Scenario fra i dag \\(data per feb\\. 2026\\): ${plo}: forsinkelse 24 måneder\\.`), `${chart}: ${notes}`);
    assert.match(notes, /Veikart veikart_default, versjon 2026\.1, data per feb\. 2026\./);
    assert.match(notes, /Kilde: Veikart, http:\/\/.+a1d=24/);
    // The legend's words come along (the adoption chart names each group).
    const legend = await page.$$eval(`#${drawnIn[chart]} ~ .legend > li`, (items) => items.map((li) => li.textContent.trim()));
    for (const label of legend) assert.ok(texts.includes(label.replaceAll('\u00a0', ' ')), `${chart}: legend entry ${label}`);
    const swatches = await page.locator(`#${drawnIn[chart]} ~ .legend > li svg`).count();
    assert.equal(markup.match(/<svg/g).length, 1 + swatches, `${chart}: one document, with the legend's swatches in it`);
    assert.match(markup, /^<\?xml[^>]*>\n<svg[^>]* xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    assert.match(markup, /<title>[^<]+<\/title>/);
    const xmlError = await page.evaluate((m) =>
      new DOMParser().parseFromString(m, 'image/svg+xml').querySelector('parsererror')?.textContent ?? null, markup);
    assert.equal(xmlError, null, `${chart}: well-formed XML`);
    assert.ok((markup.match(/<text/g) ?? []).length > 5, `${chart}: labels are text`);
    const [width, height] = ['width', 'height'].map((a) => Number(markup.match(new RegExp(`<svg[^>]* ${a}="(\\d+)"`))[1]));

    const png = await download(page, `#${chart}-png`);
    assert.equal(png.name, `veikart-${chart}-a1d24.png`);
    assert.equal(png.bytes.subarray(0, 8).toString('hex'), '89504e470d0a1a0a', `${chart}: a PNG`);
    assert.deepEqual([png.bytes.readUInt32BE(16), png.bytes.readUInt32BE(20)], [2 * width, 2 * height]);
  }
  assert.deepEqual(problems, []);
});

test('a malformed roadmap is refused with file, entity and field named, and the scenario kept', async (t) => {
  const { page, problems } = await open(t, { query: '?lang=en' });
  await afterRecompute(page, () => page.locator('#lever-kommune_plo-delay').fill('12'));
  const kept = await levers(page);
  const active = await text(page, '#roadmap-active');
  await page.setInputFiles('#roadmap-file', {
    name: 'empty_nynorsk.toml',
    mimeType: 'application/toml',
    buffer: await readFile('tests/malformed/empty_nynorsk.toml'),
  });
  await page.waitForSelector('#roadmap-errors li');
  assert.equal(await page.getAttribute('#roadmap-errors', 'role'), 'alert');
  // In English, the same message as `veikart validate` (tests/malformed.rs).
  assert.deepEqual(await page.locator('#roadmap-errors li').allTextContents(), [
    "empty_nynorsk.toml: actor 'fastlege', field 'name.nn': empty text",
  ]);
  assert.deepEqual(await levers(page), kept);
  assert.equal(await text(page, '#roadmap-active'), active);
  assert.deepEqual(problems, []);
});

test('your own roadmap runs at its defaults in the same language, says so, and links name it', async (t) => {
  const { page, problems } = await open(t);
  const template = await download(page, '#roadmap-template');
  assert.equal(template.bytes.toString('utf8'), ROADMAP, 'the template is the default roadmap');
  await page.click('#lang-nn');
  await afterRecompute(page, () => page.locator('#lever-kommune_plo-delay').fill('12'));

  const mine = ROADMAP.replace('id = "veikart_default"', 'id = "my_roadmap"')
    .replace('nn = "Vegkart for nasjonale e-helseløysingar"', 'nn = "Mitt vegkart"');
  await page.setInputFiles('#roadmap-file', { name: 'mitt.toml', mimeType: 'application/toml', buffer: Buffer.from(mine) });
  await page.waitForFunction(() => document.querySelector('#roadmap-active')?.textContent.includes('mitt.toml'));
  assert.match(await text(page, '#roadmap-active'), /^Aktivt vegkart: Mitt vegkart frå fila mitt\.toml \(my_roadmap, versjon 2026\.1\)/);
  assert.equal(await page.getAttribute('html', 'lang'), 'nn', 'the language is kept');
  assert.equal(await text(page, 'h1'), 'Mitt vegkart');
  assert.equal(await page.inputValue('#lever-kommune_plo-delay'), '0', 'levers at the new roadmap\'s defaults');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'roadmap-active', 'the focus lands on the news');
  await page.waitForFunction(() => new URLSearchParams(location.search).get('r') === 'my_roadmap');

  await page.click('#roadmap-default');
  await page.waitForFunction(() => !document.querySelector('#roadmap-default'));
  assert.match(await text(page, '#roadmap-active'), /standardvegkartet/);
  assert.equal(await text(page, 'h1'), 'Vegkart for nasjonale e-helseløysingar');
  assert.deepEqual(problems, []);
});
