// Embedding, driven as a host site does it: the iframe code from the embed dialog pasted into a
// page on another site (tests/e2e/host.html), and the same in a sandboxed iframe. The app is
// served by scripts/serve.py; Playwright serves the host page. Run: BASE_URL=… node --test tests/e2e/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { BASE_URL, chartsDrawn, linkTo, useBrowser, watch } from './harness.mjs';

const HOST_PAGE = await readFile(new URL('./host.html', import.meta.url), 'utf8');
/** Another site, as the directorate's would be. */
const OTHER_SITE = 'http://vertsside.test';

const ORIGIN = new URL(BASE_URL).origin;
const chromium = useBrowser();

/** A fresh browser context whose `hostUrl` serves tests/e2e/host.html. */
async function withHost(t, hostUrl, { width = 900 } = {}) {
  const context = await chromium.browser.newContext({ viewport: { width, height: 800 } });
  t.after(() => context.close());
  await context.route(
    (url) => url.href.startsWith(hostUrl),
    (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: HOST_PAGE }),
  );
  const page = await context.newPage();
  const problems = await watch(page);
  return { context, page, problems };
}

/** Opens the host page on `src`, and gives the embedded frame once it has reported its height. */
async function embed(page, hostUrl, src, sandbox) {
  const query = new URLSearchParams({ src, ...(sandbox ? { sandbox } : {}) });
  await page.goto(`${hostUrl}?${query}`);
  await page.waitForFunction(() => window.heights.length > 0);
  return page.frames().find((f) => f !== page.mainFrame());
}

test('the embed code shows one chart on another site, links to the full version, and reports its height', async (t) => {
  const hostUrl = `${OTHER_SITE}/host.html`;
  const { context, page, problems } = await withHost(t, hostUrl);
  // The deployment lists the host site among the pages that may frame the app (README.md).
  await context.route(
    (url) => url.origin === ORIGIN && url.searchParams.get('embed') === '1',
    async (route) => {
      const response = await route.fetch();
      const csp = response.headers()['content-security-policy'];
      assert.match(csp, /frame-ancestors 'self'/);
      const headers = {
        ...response.headers(),
        'content-security-policy': csp.replace("frame-ancestors 'self'", `frame-ancestors 'self' ${OTHER_SITE}`),
      };
      await route.fulfill({ response, headers });
    },
  );

  // The code, as a user gets it from the embed dialog.
  await page.goto(linkTo('v=2&a1d=12&ms=m7'));
  await chartsDrawn(page);
  await page.click('#embed-open');
  await page.selectOption('#embed-view', 'timeline');
  const code = await page.inputValue('#embed-code');
  const src = code.match(/ src="([^"]+)"/)[1].replaceAll('&amp;', '&');

  const frame = await embed(page, hostUrl, src);
  await chartsDrawn(frame, ['timeline-chart']);
  // The runs' spreads come with the worker's first report, and their legend line with them.
  await frame.waitForSelector('#legend-spread');
  for (const absent of ['.levers', '#adoption-chart', '#benefit-chart', '#dep-graph', '.masthead']) {
    assert.equal(await frame.locator(absent).count(), 0, `${absent} is not embedded`);
  }
  assert.match(await frame.locator('#chain-summary').innerText(), /\S/, 'the chosen milestone comes along');
  const full = frame.locator('#open-full');
  assert.equal(await full.getAttribute('target'), '_blank');
  assert.match(await full.getAttribute('rel'), /\bnoopener\b/);
  const fullUrl = new URL(await full.getAttribute('href'));
  assert.equal(fullUrl.origin + fullUrl.pathname, BASE_URL);
  assert.equal(fullUrl.searchParams.get('embed'), null);
  assert.equal(fullUrl.searchParams.get('a1d'), '12');
  assert.equal(fullUrl.searchParams.get('ms'), 'm7');

  // The host fits the iframe to the reported height: the chart shows whole, without scrolling.
  const measure = async () => ({
    reported: await page.evaluate(() => window.heights.at(-1)),
    content: await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height)),
    iframe: Number(await page.getAttribute('#veikart', 'height')),
  });
  /**
   * The sizes once the last report matches the page (a chart drawn late is reported late): waits
   * for the page to reach the reported height, or for a newer report, and then looks again.
   */
  const settled = async () => {
    for (;;) {
      const reported = await page.evaluate(() => window.heights.at(-1));
      const fits = frame
        .waitForFunction((h) => Math.abs(Math.ceil(document.documentElement.getBoundingClientRect().height) - h) <= 1, reported)
        .then(() => true, () => false);
      const newer = page.waitForFunction((h) => window.heights.at(-1) !== h, reported).then(() => false, () => false);
      if (await Promise.race([fits, newer])) return measure();
    }
  };
  const wide = await settled();
  assert.ok(Math.abs(wide.reported - wide.content) <= 1, JSON.stringify(wide));
  assert.equal(wide.iframe, wide.reported);
  assert.ok(wide.reported > 600, `a whole timeline is tall: ${wide.reported}`);

  // A narrower column makes the page taller: it says so.
  await page.setViewportSize({ width: 420, height: 800 });
  await page.waitForFunction((h) => window.heights.at(-1) > h, wide.reported);
  const narrow = await settled();
  assert.ok(Math.abs(narrow.reported - narrow.content) <= 1, JSON.stringify(narrow));
  assert.equal(narrow.iframe, narrow.reported);
  assert.deepEqual(problems, []);
});

test('in a sandboxed iframe, with storage blocked, the embed still renders and reports', async (t) => {
  // Served from the app's own address but sandboxed without allow-same-origin, the frame has an
  // opaque origin: every request it makes is cross-origin, as on another site.
  const hostUrl = `${BASE_URL}e2e-host.html`;
  const { page, problems } = await withHost(t, hostUrl);
  const frame = await embed(page, hostUrl, linkTo('v=2&a1d=12&embed=1&view=adoption'), 'allow-scripts');
  await chartsDrawn(frame, ['adoption-chart']);
  assert.equal(await frame.evaluate(() => self.origin), 'null');
  assert.equal(
    await frame.evaluate(() => {
      try {
        return `storage allowed (${localStorage.length})`;
      } catch (e) {
        return e.name;
      }
    }),
    'SecurityError',
  );
  assert.equal(await frame.locator('#benefit-chart').count(), 0);
  assert.ok((await page.evaluate(() => window.heights.at(-1))) > 300);
  // The opaque origin is refused the Monte Carlo worker: no bands, a note, no crash.
  await frame.waitForSelector('#risk-note');
  assert.match(await frame.locator('#risk-note').innerText(), /bakgrunnsberegning/);
  assert.deepEqual(problems, []);
});

test('the whole app in a sandboxed iframe keeps working without the worker, and says so', async (t) => {
  const hostUrl = `${BASE_URL}e2e-host.html`;
  const { page, problems } = await withHost(t, hostUrl, { width: 1200 });
  // Not in embed mode, so it reports no height: find the frame once it has loaded.
  const query = new URLSearchParams({ src: linkTo('v=2&lang=en'), sandbox: 'allow-scripts' });
  await page.goto(`${hostUrl}?${query}`);
  await page.waitForFunction(() => document.querySelector('iframe')?.contentWindow);
  let frame;
  while (!(frame = page.frames().find((f) => f !== page.mainFrame() && f.url().startsWith(BASE_URL)))) {
    await page.waitForEvent('framenavigated');
  }
  await chartsDrawn(frame);
  await frame.waitForSelector('#risk[data-unavailable] #risk-note');
  assert.match(await frame.locator('#risk-note').innerText(), /^Uncertainty cannot be computed here/);
  // The rest of the page still answers a lever.
  const before = await frame.evaluate(() => Number(document.documentElement.dataset.rendered));
  await frame.locator('#lever-kommune_plo-delay').fill('12');
  await frame.waitForFunction((n) => Number(document.documentElement.dataset.rendered) > n, before);
  assert.deepEqual(problems, []);
});

test('the code from the dialog, pasted as it is, fits its own height and names the scenario', async (t) => {
  const hostUrl = `${OTHER_SITE}/pasted.html`;
  const context = await chromium.browser.newContext({ viewport: { width: 900, height: 800 } });
  t.after(() => context.close());
  // The deployment allows the host site (the dialog says so, and who must do it).
  await context.route(
    (url) => url.origin === ORIGIN && url.searchParams.get('embed') === '1',
    async (route) => {
      const response = await route.fetch();
      const csp = response.headers()['content-security-policy'];
      const headers = { ...response.headers(), 'content-security-policy': csp.replace("frame-ancestors 'self'", `frame-ancestors 'self' ${OTHER_SITE}`) };
      await route.fulfill({ response, headers });
    },
  );
  const page = await context.newPage();
  const problems = await watch(page);
  await page.goto(linkTo('v=2&a1d=12'));
  await chartsDrawn(page);
  await page.click('#embed-open');
  await page.selectOption('#embed-view', 'timeline');
  assert.match(await page.locator('#embed-allow').innerText(), /frame-ancestors/);
  // The preview is the embedded page itself.
  const preview = page.frameLocator('#embed-preview');
  await preview.locator('#timeline-chart svg').first().waitFor();
  const code = await page.inputValue('#embed-code');
  assert.match(code, /<\/iframe>\n<script>/);

  await context.route(hostUrl, (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      // The test's recorder after the pasted code: the heights the snippet's script sets.
      body: `<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>Vertsside</title></head><body><h1>Vertsside</h1>${code}
<script>window.heights = []; new MutationObserver(() => window.heights.push(Number(document.querySelector('iframe').height))).observe(document.querySelector('iframe'), { attributes: true, attributeFilter: ['height'] });</script></body></html>`,
    }));
  await page.goto(hostUrl);
  const iframe = page.locator('iframe');
  const start = Number(await iframe.getAttribute('height'));
  const frame = page.frames().find((f) => f !== page.mainFrame());
  await chartsDrawn(frame, ['timeline-chart']);
  await frame.waitForSelector('#legend-spread');
  assert.match(await frame.locator('#embed-scenario').innerText(), /^Scenario fra i dag \(data per .+\): Kommuner – pleie og omsorg: forsinkelse 12 måneder\.$/);
  // The snippet's own script sets the iframe to the page's height (once the last report is in).
  const contentHeight = () => frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
  for (;;) {
    const seen = await page.evaluate(() => window.heights.length);
    const last = await page.evaluate(() => window.heights.at(-1));
    if (last !== undefined && Math.abs(last - (await contentHeight())) <= 1) break;
    await page.waitForFunction((n) => window.heights.length > n, seen);
  }
  const content = await contentHeight();
  const fitted = Number(await iframe.getAttribute('height'));
  assert.ok(Math.abs(fitted - content) <= 1, JSON.stringify({ start, fitted, content }));
  // The timeline keeps to a column's height: its table scrolls inside.
  assert.ok(content < 2000, `the embedded timeline is ${content} px tall`);
  assert.deepEqual(problems, []);
});
