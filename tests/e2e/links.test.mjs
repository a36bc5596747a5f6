// Share links, driven as a user drives them: a link opens its scenario, Back and Forward undo and
// redo, a broken link says what it ignored, "Copy link" copies (or shows the link to copy), and a
// scenario can be pinned to compare. The pages are served by scripts/serve.py with its strict
// Content-Security-Policy, unaltered. Run: BASE_URL=… node --test tests/e2e/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { afterRecompute, BASE_URL, chartsDrawn, linkTo, text, useBrowser, watch } from './harness.mjs';

const chromium = useBrowser();
const ORIGIN = new URL(BASE_URL).origin;

/** Opens a share link (a query string) and waits until every chart is drawn. */
async function open(t, query, { permissions = [], init } = {}) {
  const context = await chromium.browser.newContext({ viewport: { width: 1280, height: 900 } });
  t.after(() => context.close());
  if (permissions.length) await context.grantPermissions(permissions, { origin: ORIGIN });
  const page = await context.newPage();
  const problems = await watch(page);
  if (init) await page.addInitScript(init);
  const response = await page.goto(linkTo(query));
  await chartsDrawn(page);
  return { page, problems, response };
}

const params = (page) => new URL(page.url()).searchParams;
/** Waits until the last change's history entry is settled: the next change makes a new one. */
const burstOver = (page) => page.waitForFunction(() => !document.documentElement.hasAttribute('data-undo-burst'));
/** A lever's value as its number field shows it (other ids: the element's value). */
const value = (page, id) => page.inputValue(id.startsWith('lever-') ? `#${id}-value` : `#${id}`);

/** Waits until a lever's number field shows `expected`. */
const leverShows = (page, id, expected) =>
  page.waitForFunction(([id, v]) => document.getElementById(id)?.value === v, [`${id}-value`, expected]);

test('a link opens with its levers, language, milestone, solution and pinned scenario', async (t) => {
  const { page: plain } = await open(t, 'lang=nn');
  const plainForecast = await text(plain, '#forecast-pll_kommune_start');

  const { page, problems } = await open(
    t,
    'v=2&d=2026.1&lang=nn&a1d=24&a1s=0.5&m7=3&ms=m7&sol=kjernejournal&pin=1&pin.a1d=6',
  );
  assert.equal(await value(page, 'lever-kommune_plo-delay'), '24');
  assert.equal(await value(page, 'lever-kommune_plo-speed'), '0,50');
  assert.equal(await value(page, 'lever-pll_kommune_start-extra'), '3');
  assert.equal(await value(page, 'lever-legevakt-delay'), '0', 'what the link leaves out is at its default');
  assert.equal(await page.getAttribute('html', 'lang'), 'nn');
  assert.equal(await text(page, '#levers-heading'), 'Spakar');
  assert.equal(await value(page, 'solution'), 'kjernejournal');
  assert.equal(await page.getAttribute('#select-pll_kommune_start', 'aria-pressed'), 'true');
  assert.notEqual(await text(page, '#forecast-pll_kommune_start'), plainForecast, 'the milestone moved');
  assert.match(await text(page, '#change-pll_kommune_start'), /seinare|ikkje innan/);
  // The pinned scenario is drawn and named on the charts.
  assert.ok(await page.isVisible('#unpin'));
  assert.ok((await page.locator('.legend li', { hasText: 'Festa scenario' }).count()) >= 3);
  assert.ok((await page.locator('#benefit-chart polyline[stroke-linecap="round"]').count()) >= 2);
  // The address keeps what the page shows, in the codec's own order.
  const p = params(page);
  for (const [k, v] of [['a1d', '24'], ['a1s', '0.5'], ['m7', '3'], ['ms', 'm7'], ['pin.a1d', '6'], ['lang', 'nn']]) {
    assert.equal(p.get(k), v, k);
  }
  assert.equal(await page.locator('#link-notice').count(), 0, 'a good link raises no notice');
  assert.deepEqual(problems, []);
});

test('a reload restores the scenario exactly', async (t) => {
  const { page, problems } = await open(t, '');
  await afterRecompute(page, () => page.locator('#lever-fastlege-ceiling').fill('70'));
  await page.click('#select-pll_national_start');
  await page.click('#lang-en');
  await page.waitForFunction(() => new URL(location.href).searchParams.get('ms') === 'm6');
  const before = { url: page.url(), forecast: await text(page, '#forecast-pll_kommune_start') };
  await page.reload();
  await chartsDrawn(page);
  assert.equal(page.url(), before.url);
  assert.equal(await value(page, 'lever-fastlege-ceiling'), '70');
  assert.equal(await page.getAttribute('#select-pll_national_start', 'aria-pressed'), 'true');
  assert.equal(await text(page, '#levers-heading'), 'Levers');
  assert.equal(await text(page, '#forecast-pll_kommune_start'), before.forecast);
  assert.deepEqual(problems, []);
});

test('Back and Forward undo and redo, and a burst of moves is one step', async (t) => {
  const { page, problems } = await open(t, '');
  const delay = 'lever-kommune_plo-delay';
  const entries = await page.evaluate(() => history.length);

  await afterRecompute(page, () => page.locator(`#${delay}`).fill('12'));
  await burstOver(page); // the move settles into an entry of its own
  await afterRecompute(page, () => page.locator(`#${delay}`).fill('30'));
  assert.equal(params(page).get('a1d'), '30');
  assert.equal(await page.evaluate(() => history.length), entries + 2);

  await page.goBack();
  await leverShows(page, delay, '12');
  assert.equal(params(page).get('a1d'), '12');
  await page.goBack();
  await leverShows(page, delay, '0');
  assert.equal(params(page).get('a1d'), null);
  await page.goForward();
  await leverShows(page, delay, '12');
  await page.goForward();
  await leverShows(page, delay, '30');

  // Five key presses in quick succession, as a drag sends them: one step back undoes them all.
  await burstOver(page);
  await page.focus(`#${delay}`);
  for (let i = 0; i < 5; i += 1) await page.keyboard.press('ArrowRight');
  await leverShows(page, delay, '35');
  await page.waitForFunction(() => new URL(location.href).searchParams.get('a1d') === '35');
  await page.goBack();
  await leverShows(page, delay, '30');
  assert.deepEqual(problems, []);
});

test('a broken link applies what it can and lists, until dismissed, what it ignored', async (t) => {
  const hostile = encodeURIComponent('<img src=x onerror=alert(1)>');
  const { page, problems } = await open(
    t,
    `v=2&a1d=12&a2s=fast&lang=xx&zz=1&a3c=7&${hostile}=1&m7=-4&a1d=40`,
  );
  const notice = page.locator('#link-notice');
  assert.equal(await notice.getAttribute('role'), 'alert');
  assert.equal(await text(page, '#link-notice-heading'), 'Deler av lenken kunne ikke brukes');
  const items = await notice.locator('li').allInnerTexts();
  assert.deepEqual(items, [
    'a1d=40: gitt på nytt, den første verdien er brukt',
    'a2s=fast: ventet et tall, ignorert',
    'lang=xx: ventet nb, nn eller en, ignorert',
    'zz=1: ukjent parameter, ignorert',
    'a3c=7: utenfor 0–1, ignorert',
    '<img src=x onerror=alert(1)>=1: ukjent parameter, ignorert',
    'm7=-4: ventet et helt antall måneder, ignorert',
  ]);
  assert.equal(await notice.locator('img').count(), 0, 'a parameter is shown as text, never as markup');
  // The good parameter is applied, the bad ones are at their defaults.
  assert.equal(await value(page, 'lever-kommune_plo-delay'), '12');
  assert.equal(await value(page, 'lever-legevakt-speed'), '1,00');
  assert.equal(await value(page, 'lever-fastlege-ceiling'), '100');
  assert.equal(await value(page, 'lever-pll_kommune_start-extra'), '0');
  assert.equal(await page.getAttribute('html', 'lang'), 'nb');
  // The address is the tidy link of what is shown.
  assert.equal(new URL(page.url()).search, '?v=2&d=2026.1&a1d=12');

  await page.click('#dismiss-link-notice');
  await notice.waitFor({ state: 'detached' });
  assert.equal(await value(page, 'lever-kommune_plo-delay'), '12', 'dismissing keeps the scenario');
  assert.deepEqual(problems, []);
});

test('notices speak the language of the link, and a link from other data is a caveat', async (t) => {
  const { page } = await open(t, 'lang=en&zz=1');
  assert.equal(await text(page, '#link-notice-heading'), 'Parts of the link could not be used');
  assert.equal(await text(page, '#link-notice li'), 'zz=1: unknown parameter, ignored');

  const { page: old } = await open(t, 'v=2&d=1999.9&lang=nn&a1d=3');
  assert.equal(await old.getAttribute('#link-notice', 'role'), 'status');
  assert.equal(await text(old, '#link-notice-heading'), 'Om lenkja');
  assert.match(await text(old, '#link-notice li'), /^d=1999\.9: laga på versjon 1999\.9 av vegkartdataa/);
  assert.equal(await value(old, 'lever-kommune_plo-delay'), '3', 'the link is still applied');
});

test('runs under the strict CSP it is served with, with no storage and no cookies', async (t) => {
  const { page, problems, response } = await open(t, 'v=2&a1d=6');
  const csp = response.headers()['content-security-policy'] ?? '';
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'/, `served with the strict CSP: "${csp}"`);
  assert.doesNotMatch(csp, /unsafe-inline|'unsafe-eval'/);
  assert.equal(await page.$$eval('script', (all) => all.filter((s) => !s.src).length), 0);
  assert.equal(await page.locator('[style]').count(), 0, 'no inline styles: style-src forbids them');
  // Every new part of the page, once shown.
  await page.click('#pin');
  await page.waitForFunction(() => new URL(location.href).searchParams.has('pin'));
  await afterRecompute(page, () => page.locator('#lever-kommune_plo-delay').fill('20'));
  await page.click('#embed-open');
  await page.selectOption('#embed-view', 'graph');
  await page.keyboard.press('Escape');
  await page.goto(linkTo('zz=1&embed=1&view=timeline'));
  await chartsDrawn(page, ['timeline-chart']);
  assert.deepEqual(
    await page.evaluate(() => [document.cookie, localStorage.length, sessionStorage.length]),
    ['', 0, 0],
  );
  assert.deepEqual(problems, []);
});

test('"Copy link" copies the link, or shows it selected where the clipboard is refused', async (t) => {
  const { page, problems } = await open(t, 'v=2&a1d=9', { permissions: ['clipboard-read', 'clipboard-write'] });
  await page.click('#copy-link');
  await page.waitForFunction(() => document.querySelector('#copy-link-status')?.textContent.trim() !== '');
  assert.equal(await text(page, '#copy-link-status'), 'Lenken er kopiert.');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), page.url());
  // A change makes the old "copied" untrue.
  await afterRecompute(page, () => page.locator('#lever-kommune_plo-delay').fill('10'));
  assert.equal(await text(page, '#copy-link-status'), '');

  const refuse = () => {
    navigator.clipboard.writeText = () => Promise.reject(new DOMException('refused', 'NotAllowedError'));
  };
  const { page: denied, problems: deniedProblems } = await open(t, 'v=2&a1d=9', { init: refuse });
  await denied.click('#copy-link');
  const field = denied.locator('#share-link-field');
  await field.waitFor();
  assert.equal(await field.inputValue(), denied.url());
  assert.equal(await field.isEditable(), false, 'read-only');
  assert.deepEqual(
    await denied.evaluate(() => {
      const f = document.activeElement;
      return [f.id, f.selectionStart, f.selectionEnd === f.value.length];
    }),
    ['share-link-field', 0, true],
    'the field is focused with the whole link selected',
  );
  assert.match(await text(denied, 'label[for="share-link-field"]'), /kopier den selv/);
  assert.deepEqual([...problems, ...deniedProblems], []);
});

test('a pinned scenario is drawn on every chart, is in the link, and can be unpinned', async (t) => {
  const { page, problems } = await open(t, '');
  await afterRecompute(page, () => page.locator('#lever-kommune_plo-delay').fill('24'));
  await page.click('#pin');
  await page.waitForFunction(() => new URL(location.href).searchParams.get('pin.a1d') === '24');
  assert.equal(params(page).get('pin'), '1');
  assert.ok(await page.isDisabled('#pin'), 'the levers are pinned as they are');
  // Back to the baseline: the pinned scenario is now the later one.
  await afterRecompute(page, () => page.click('#reset-all'));
  const dotted = (chart) => page.locator(`#${chart} [stroke-linecap="round"]`).count();
  assert.ok((await dotted('adoption-chart')) >= 1, 'adoption');
  assert.equal(await dotted('benefit-chart'), 2, 'benefit, both panels');
  assert.ok((await page.locator('#timeline-chart rect[fill="#8250DF"]').count()) >= 10, 'timeline');
  assert.ok((await dotted('dep-graph')) >= 1, 'graph: milestones that fall elsewhere');
  assert.match(await text(page, '#pinned-gap'), /festet scenario: \+\d/);

  await page.click('#unpin');
  await page.waitForFunction(() => !new URL(location.href).searchParams.has('pin'));
  await page.locator('#pinned-gap').waitFor({ state: 'detached' });
  await page.waitForFunction(() => !document.querySelector('#benefit-chart polyline[stroke-linecap="round"]'));
  assert.equal(await page.locator('.legend li', { hasText: 'Festet scenario' }).count(), 0);
  assert.deepEqual(problems, []);
});

test('the embed dialog gives the iframe code for the scenario and the chosen chart', async (t) => {
  const { page, problems } = await open(t, 'v=2&a1d=12&lang=en');
  await page.click('#embed-open');
  assert.ok(await page.$eval('#embed-dialog', (d) => d.open && d.matches(':modal')));
  await page.selectOption('#embed-view', 'timeline');
  const code = await page.inputValue('#embed-code');
  const app = BASE_URL.replaceAll('&', '&amp;');
  assert.match(
    code,
    new RegExp(
      `^<iframe src="${app.replace(/[.?*+^$()|[\]\\]/g, '\\$&')}\\?v=2&amp;d=[^"&]+&amp;lang=en&amp;a1d=12&amp;view=timeline&amp;embed=1" ` +
        'title="[^"]+: Milestones" loading="lazy" allow="clipboard-write" style="width:100%;border:0" height="\\d+"></iframe>\n' +
        '<script>\n[^]+veikart:height[^]+</script>$',
    ),
  );
  await page.keyboard.press('Escape');
  assert.equal(await page.$eval('#embed-dialog', (d) => d.open), false);
  assert.equal(await page.evaluate(() => document.activeElement.id), 'embed-open', 'focus returns to the button');
  assert.deepEqual(problems, []);
});
