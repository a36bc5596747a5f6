// How fast the app answers, in headless Chromium on the release build (not part of the tests):
//   BASE_URL=http://127.0.0.1:8080/ node tests/e2e/bench.mjs [moves]
// With a query in BASE_URL (`…/?lang=nn`) it times a page opened so; LATENCY_MS=100 emulates a
// network with that round trip (and 10 Mbit/s) instead of localhost.
// Prints JSON: time to first chart (and, in nn or en, when the language's catalogue was fetched:
// the first render waits for it), and for lever moves the time from the `input` event to all
// charts redrawn (the app's `veikart:rendered` event), and the part of it that is the work itself
// (recompute and redraw, from the start of the frame that runs it).
import { chromium } from 'playwright-core';

const BASE_URL = new URL(process.env.BASE_URL ?? 'http://127.0.0.1:8080/').href;
const MOVES = Number(process.argv[2] ?? 60);
const LATENCY_MS = Number(process.env.LATENCY_MS ?? 0);

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
const page = await context.newPage();
if (LATENCY_MS > 0) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false, latency: LATENCY_MS, downloadThroughput: 10e6 / 8, uploadThroughput: 10e6 / 8,
  });
}
await page.addInitScript(() => {
  // The moment all four charts are in the DOM for the first time.
  const charts = ['adoption-chart', 'benefit-chart', 'timeline-chart', 'dep-graph'];
  new MutationObserver((_, observer) => {
    if (charts.every((id) => document.querySelector(`#${id} svg`))) {
      window.firstChartMs = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
});
await page.goto(BASE_URL);
await page.waitForFunction(() => window.firstChartMs !== undefined);
const firstChartMs = await page.evaluate(() => window.firstChartMs);
const catalogue = await page.evaluate(() => {
  const fetched = performance.getEntriesByType('resource').find((e) => /\/strings-\w+\.postcard$/.test(e.name));
  return fetched && { startMs: fetched.startTime, endMs: fetched.responseEnd };
});
// The Monte Carlo worker's first complete report (1,000 runs, the tornados and goal seek): when the
// page has it, how long the worker says it worked on it, and how long its runs alone took (from
// the request's arrival to the last run, the report's `data-runs-ms`). The drag below then runs with the report shown
// (and restarts the worker when the drag rests).
const risk = await page
  .waitForFunction(() => document.querySelector('#risk')?.dataset.complete === 'true', null, { timeout: 60_000 })
  .then(() => page.evaluate(() => ({
    reportAfterNavigationMs: performance.now(),
    workerMs: Number(document.querySelector('#risk').dataset.elapsedMs),
    runsMs: Number(document.querySelector('#risk-progress').dataset.runsMs),
  })))
  .catch(() => null);

// Drags the kommune_plo delay slider with the mouse, as a user does: Chromium delivers the
// moves aligned with animation frames, so the app's run lands in the same frame as the input.
// The page notes when each `input` event fires, when the frame after it starts its callbacks (a
// callback requested in the input listener runs just before the app's), and when the app
// signals that the charts are redrawn.
await page.evaluate(() => {
  window.samples = [];
  let pending = null;
  addEventListener('input', () => {
    pending = { input: performance.now() };
    const sample = pending;
    requestAnimationFrame(() => { sample.frame = performance.now(); });
  }, true);
  addEventListener('veikart:rendered', () => {
    if (pending?.frame === undefined) return;
    const now = performance.now();
    window.samples.push({ total: now - pending.input, work: now - pending.frame });
    pending = null;
  });
});
const box = await page.locator('#lever-kommune_plo-delay').boundingBox();
const y = box.y + box.height / 2;
const at = (month) => box.x + 8 + ((box.width - 16) * month) / 48;
await page.mouse.move(at(0), y);
await page.mouse.down();
for (let i = 1; i <= MOVES; i += 1) {
  const month = (i % 96 < 48 ? i % 48 : 48 - (i % 48)) + 0.5;
  const before = await page.evaluate(() => window.samples.length);
  await page.mouse.move(at(month), y);
  // Wait for this move's redraw, if it changed the lever (a move within one month does not).
  await page.waitForFunction((n) => window.samples.length > n, before, { timeout: 2000 }).catch(() => {});
}
await page.mouse.up();
const timings = await page.evaluate(() => window.samples);

// The worker's 1,000 runs once it is warm (V8 has compiled its hot code fully): the delay set
// to five more values, each time waiting for the worker's complete report and reading
// `data-runs-ms`.
const reportComplete = () => document.querySelector('#risk')?.dataset.complete === 'true';
const reportRunning = () => document.querySelector('#risk')?.dataset.complete !== 'true';
const warmRunsMs = [];
if (risk) {
  for (const months of [6, 12, 18, 24, 30]) {
    await page.locator('#lever-kommune_plo-delay').fill(String(months));
    // A report can finish before this looks: then it waits on the finished one.
    await page.waitForFunction(reportRunning, null, { timeout: 2000 }).catch(() => {});
    await page.waitForFunction(reportComplete, null, { timeout: 60_000 });
    warmRunsMs.push(await page.evaluate(() => Number(document.querySelector('#risk-progress').dataset.runsMs)));
  }
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const p90 = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.9)];
const round = (x) => Math.round(x * 100) / 100;
console.log(JSON.stringify({
  url: BASE_URL,
  moves: timings.length,
  firstChartMs: round(firstChartMs),
  catalogue: catalogue ? { startMs: round(catalogue.startMs), endMs: round(catalogue.endMs) } : null,
  risk: risk && { reportAfterNavigationMs: round(risk.reportAfterNavigationMs), workerMs: risk.workerMs, runsMs: risk.runsMs, warmRunsMs },
  inputToRedrawMs: { median: round(median(timings.map((t) => t.total))), p90: round(p90(timings.map((t) => t.total))) },
  recomputeAndRedrawMs: { median: round(median(timings.map((t) => t.work))), p90: round(p90(timings.map((t) => t.work))) },
}, null, 2));
await browser.close();
