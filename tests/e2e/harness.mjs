// What every browser test shares: headless Chromium, the app opened under a strict CSP with its
// console watched, and helpers that read the page as a user does. Not a test file itself.
import { before, after } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';

export const BASE_URL = new URL(process.env.BASE_URL ?? 'http://127.0.0.1:8080/').href;
const ORIGIN = new URL(BASE_URL).origin;
// What a government host page would allow: no inline script, wasm compilation, nothing else.
export const STRICT_CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:";

export const ALL_CHARTS = ['adoption-chart', 'benefit-chart', 'network-chart', 'timeline-chart', 'dep-graph'];

/** One Chromium for the test file, closed after its last test. */
export function useBrowser() {
  const handle = {};
  before(async () => {
    handle.browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  });
  after(async () => {
    await handle.browser?.close();
  });
  return handle;
}

/**
 * Opens the app (with `query`, e.g. `?embed=1&view=timeline`) under the strict CSP and waits
 * until the `charts` are drawn. `problems` collects what `watch` does, and requests to other
 * sites.
 */
export async function open(browser, t, { width = 1280, height = 900, query = '', charts = ALL_CHARTS } = {}) {
  const context = await browser.newContext({ viewport: { width, height } });
  t.after(() => context.close());
  await context.route(`${BASE_URL}${query}`, async (route) => {
    const response = await route.fetch();
    await route.fulfill({
      response,
      headers: { ...response.headers(), 'content-security-policy': STRICT_CSP },
    });
  });
  const page = await context.newPage();
  const problems = await watch(page);
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(ORIGIN) && !url.startsWith('data:') && !url.startsWith('blob:')) {
      problems.push(`third-party request: ${url}`);
    }
  });
  await page.goto(`${BASE_URL}${query}`);
  await chartsDrawn(page, charts);
  return { page, problems };
}

/** Runs an action that changes the levers and waits until the charts show its results. */
export async function afterRecompute(page, action) {
  const before = await page.evaluate(() => Number(document.documentElement.dataset.rendered));
  await action();
  await page.waitForFunction(
    (n) => Number(document.documentElement.dataset.rendered) > n,
    before,
  );
}

/** "1 234 mill. kr", "−12 mill. kr" → 1234, −12. */
export function amount(text) {
  const digits = text.replace(/[^\d−-]/g, '').replace('−', '-');
  assert.match(digits, /^-?\d+$/, `an amount: "${text}"`);
  return Number(digits);
}

const MONTHS_NB = ['jan.', 'feb.', 'mars', 'apr.', 'mai', 'juni', 'juli', 'aug.', 'sep.', 'okt.', 'nov.', 'des.'];

/** "des. 2027" → months since year 0; "ikke innen …" → Infinity. */
export function monthOf(text) {
  const [name, year] = text.trim().split(/\s+/);
  const m = MONTHS_NB.indexOf(name);
  if (m < 0 || !/^\d{4}$/.test(year ?? '')) return Infinity;
  return Number(year) * 12 + m;
}

/** The text a sighted user sees: without the notes kept for screen readers. */
export const text = (page, selector) =>
  page.$eval(selector, (element) => {
    const copy = element.cloneNode(true);
    copy.querySelectorAll('.visually-hidden').forEach((hidden) => hidden.remove());
    return copy.textContent.trim();
  });

/** Clicks `selector` and returns the download it starts: its file name and contents. */
export async function download(page, selector) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  const chunks = [];
  for await (const chunk of await file.createReadStream()) chunks.push(chunk);
  return { name: file.suggestedFilename(), bytes: Buffer.concat(chunks) };
}

/** The same list as tests/languages.rs: words common in English and not in Norwegian. */
const ENGLISH = new Set([
  'the', 'and', 'of', 'is', 'are', 'was', 'with', 'from', 'which', 'not', 'only', 'before',
  'after', 'each', 'every', 'their', 'its', 'by', 'guess', 'fitted', 'assumed', 'share',
  'within', 'than', 'would', 'there', 'this', 'that', 'these', 'found', 'year', 'years',
]);

/** The English words in a text meant to be bokmål or nynorsk; URLs are no words of a language. */
export const englishWords = (value) => {
  const words = value.replace(/https?:\/\/\S+/g, ' ').split(/[^\p{L}\p{N}_]+/u).map((w) => w.toLowerCase());
  return [...new Set(words.filter((w) => ENGLISH.has(w)))];
};

/**
 * A text without what is code rather than words: quoted ids, field paths, values and examples of
 * what to write ('…', "…", `…`), as tests/languages.rs's `prose`.
 */
export const prose = (value) => value.replace(/'[^']*'|"[^"]*"|`[^`]*`/g, ' ');

/** The app's address with a share link's query string, served with its own headers. */
export const linkTo = (query) => `${BASE_URL}?${query}`;

/**
 * Collects console errors and warnings, page errors and Content-Security-Policy violations of a
 * page and of every frame in it; for pages opened without `open`, e.g. under the server's CSP.
 */
export async function watch(page) {
  const problems = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  await page.exposeFunction('reportViolation', (v) => problems.push(`CSP violation: ${v}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      window.reportViolation?.(`${e.violatedDirective} blocked ${e.blockedURI}`));
  });
  return problems;
}

/** Waits until the `charts` are drawn in a page or frame. */
export function chartsDrawn(frame, charts = ALL_CHARTS) {
  return frame.waitForFunction((ids) => ids.every((id) => document.querySelector(`#${id} svg`)), charts);
}
