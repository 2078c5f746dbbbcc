// The performance budget, measured on the release build in headless Chromium on loopback:
//   1. first-load bytes: every file a first visit downloads, raw, gzip and brotli;
//   2. first contentful paint and "interactive" (the app has taken over the static page), median of
//      several cold loads, against a plain HTML page holding the same FAQ text;
//   3. search latency per keystroke in the running app, for the real content;
//   4. the guide as a widget: the bytes it adds to a host page's first load (examples/vertside.html,
//      on another origin) and the time until its widgets are shown.
// It prints figures and where each stands against its budget; it never fails on a budget.
//
//   node scripts/bench.mjs [dist] [runs]

import { mkdtemp, readFile, readdir, writeFile, copyFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { serve } from '../tests/e2e/support/server.mjs';
import { launch } from '../tests/e2e/support/browser.mjs';
import { withoutScripts } from '../tests/e2e/support/static-page.mjs';

const dist = process.argv[2] ?? 'dist';
const RUNS = Number(process.argv[3] ?? 9);
const BUDGET = { firstLoadGzip: 150 * 1024, fcpRatio: 1.2, keystrokeMs: 5 };

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.round((xs.length - 1) * p)];
const verdict = (ok) => (ok ? 'within budget' : 'OVER budget');

/** Records when the app takes over, from the first byte of the document. */
const WATCH_TAKEOVER = () => {
  new MutationObserver(() => {
    if (window.__interactive === undefined && document.querySelector('#app[data-app="klar"]')) {
      window.__interactive = performance.now();
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-app'] });
};

/** One cold load of `url`: its first contentful paint, the takeover (if any), and what it fetched. */
async function load(browser, url, { app }) {
  const context = await browser.newContext();
  await context.addInitScript(WATCH_TAKEOVER);
  const page = await context.newPage();
  const fetched = [];
  page.on('requestfinished', (r) => fetched.push(new URL(r.url()).pathname));
  await page.goto(url, { waitUntil: 'load' });
  if (app) await page.waitForSelector('#app[data-app="klar"]');
  const fcp = await page.evaluate(
    () =>
      new Promise((done) => {
        const seen = () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime;
        if (seen() !== undefined) return done(seen());
        new PerformanceObserver(() => seen() !== undefined && done(seen())).observe({ type: 'paint', buffered: true });
      }),
  );
  const interactive = await page.evaluate(() => window.__interactive ?? null);
  await context.close();
  return { fcp, interactive, fetched };
}

/** The same page with every script and preload taken out: what a plain static page would be. */
async function plainCopy() {
  const dir = await mkdtemp(join(tmpdir(), 'skattedeling-plain-'));
  for (const f of await readdir(dist)) {
    if (!f.endsWith('.js') && !f.endsWith('.wasm') && f !== 'index.html') await copyFile(join(dist, f), join(dir, f));
  }
  const html = withoutScripts(await readFile(join(dist, 'index.html'), 'utf8'), { noscript: 'drop' });
  await writeFile(join(dir, 'index.html'), html);
  return dir;
}

/** Types each query a letter at a time and times each keystroke until the results are shown. */
async function keystrokes(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForSelector('#app[data-app="klar"]');
  const times = await page.evaluate(async (queries) => {
    const input = document.querySelector('[data-testid="search-input"]');
    const status = document.querySelector('[data-testid="search-status"]');
    // A macrotask after the microtasks in which the app renders.
    const settled = () => new Promise((r) => { const c = new MessageChannel(); c.port1.onmessage = r; c.port2.postMessage(0); });
    const out = [];
    for (const q of queries) {
      for (let n = 1; n <= q.length; n++) {
        const typed = q.slice(0, n);
        const t0 = performance.now();
        input.value = typed;
        input.dispatchEvent(new Event('input', { bubbles: true }));
        await settled();
        if (typed.trim() && !status.textContent.includes(`«${typed.trim()}»`)) throw new Error(`no results shown for ${typed}`);
        out.push(performance.now() - t0);
      }
      input.value = '';
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await settled();
    }
    return out;
  }, ['delegere i altinn', 'maskinporten scope', 'hovedorganisasjonsnummer', 'hva koster det', 'innbyggere i andre kommuner', 'næringsinntekt utkast']);
  await context.close();
  return times;
}

/** Prints the raw, gzip and brotli size of each of `files` (paths in dist) and their total. */
async function sizeTable(files) {
  console.log(`${'file'.padEnd(44)} ${'raw'.padStart(10)} ${'gzip'.padStart(10)} ${'brotli'.padStart(10)}`);
  const total = { raw: 0, gzip: 0, brotli: 0 };
  for (const f of files) {
    const body = await readFile(join(dist, decodeURIComponent(f)));
    const sizes = {
      raw: body.length,
      gzip: gzipSync(body, { level: 9 }).length,
      brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    };
    for (const k of Object.keys(total)) total[k] += sizes[k];
    console.log(`${f.slice(1).padEnd(44)} ${String(sizes.raw).padStart(10)} ${String(sizes.gzip).padStart(10)} ${String(sizes.brotli).padStart(10)}`);
  }
  console.log(`${'total'.padEnd(44)} ${String(total.raw).padStart(10)} ${String(total.gzip).padStart(10)} ${String(total.brotli).padStart(10)}`);
  return total;
}

/** A cold load of the widget's example host page: the site's files it fetched, and when the widgets showed. */
async function widgetLoad(browser, hostUrl, siteUrl) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const fetched = [];
  page.on('requestfinished', (r) => r.url().startsWith(siteUrl) && fetched.push(new URL(r.url()).pathname));
  await page.goto(hostUrl);
  await page.waitForFunction(() => [...document.querySelectorAll('[data-skattedeling-veiviser]')]
    .every((h) => h.shadowRoot?.querySelector('.veiviser:not([hidden])')));
  const shown = await page.evaluate(() => performance.now());
  await context.close();
  return { fetched, shown };
}

const site = await serve(dist, { headers: { 'Access-Control-Allow-Origin': '*' } });
const host = await serve(new URL('../examples', import.meta.url).pathname);
host.files.set('/vertside.html', (await readFile(new URL('../examples/vertside.html', import.meta.url), 'utf8'))
  .replaceAll('http://127.0.0.1:8080/', `${site.url}/`));
const plainDir = await plainCopy();
const plain = await serve(plainDir);
const browser = await launch();
try {
  // 1. First-load bytes: what a first visit actually fetches.
  const first = await load(browser, site.url, { app: true });
  const files = [...new Set(first.fetched.map((p) => (p === '/' ? '/index.html' : p)))];
  console.log(`First load (${files.length} files fetched by a first visit):`);
  const total = await sizeTable(files);
  console.log(
    `→ ${kb(total.gzip)} gzip (${kb(total.brotli)} brotli) against ${kb(BUDGET.firstLoadGzip)} gzip: ${verdict(total.gzip <= BUDGET.firstLoadGzip)}\n`,
  );

  // 2. Paint and takeover, cold, several times each.
  const siteRuns = [];
  const plainRuns = [];
  for (let i = 0; i < RUNS; i++) {
    siteRuns.push(await load(browser, site.url, { app: true }));
    plainRuns.push(await load(browser, plain.url, { app: false }));
  }
  const siteFcp = median(siteRuns.map((r) => r.fcp));
  const plainFcp = median(plainRuns.map((r) => r.fcp));
  const ready = median(siteRuns.map((r) => r.interactive));
  console.log(`Loading on loopback, median of ${RUNS} cold loads each:`);
  console.log(`  site:        first contentful paint ${siteFcp.toFixed(1)} ms, interactive (app took over) ${ready.toFixed(1)} ms`);
  console.log(`  plain page:  first contentful paint ${plainFcp.toFixed(1)} ms (the same FAQ text, no scripts)`);
  console.log(`→ paint ratio ${(siteFcp / plainFcp).toFixed(2)} × the plain page against ${BUDGET.fcpRatio} ×: ${verdict(siteFcp <= plainFcp * BUDGET.fcpRatio)}\n`);

  // 3. Keystrokes in the running app.
  const times = await keystrokes(browser, site.url);
  console.log(`Search in the browser, real content, ${times.length} keystrokes (input to results on screen):`);
  console.log(
    `  median ${median(times).toFixed(2)} ms, p95 ${pct(times, 0.95).toFixed(2)} ms, worst ${Math.max(...times).toFixed(2)} ms` +
      ` → p95 ${verdict(pct(times, 0.95) <= BUDGET.keystrokeMs)} (${BUDGET.keystrokeMs} ms)`,
  );

  // 4. The widget on a host page: what it adds to the host's first load (the host page itself and
  // anything else of the host's are not counted), and when both widgets are shown.
  const widgetRuns = [];
  for (let i = 0; i < RUNS; i++) widgetRuns.push(await widgetLoad(browser, `${host.url}/vertside.html`, site.url));
  const widgetFiles = [...new Set(widgetRuns[0].fetched)];
  console.log(`\nThe guide as a widget on examples/vertside.html (two widgets; the site's files it fetched):`);
  const widget = await sizeTable(widgetFiles);
  console.log(`→ the widget adds ${kb(widget.gzip)} gzip (${kb(widget.brotli)} brotli) to a host page's first load`);
  console.log(`  both widgets shown ${median(widgetRuns.map((r) => r.shown)).toFixed(1)} ms after navigation (median of ${RUNS} cold loads)`);
} finally {
  await browser.close();
  await site.close();
  await host.close();
  await plain.close();
  await rm(plainDir, { recursive: true, force: true });
}
