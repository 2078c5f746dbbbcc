// The site under a strict Content Security Policy (no 'unsafe-inline': only its own files, wasm, and
// the hashes of Trunk's inline loader and of the inlined stylesheet), and a full visit that asks no
// other origin for anything.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { useSite, DIST, builtIndex } from './support/site.mjs';
import { serve } from './support/server.mjs';
import { unsignedJwt } from './support/browser.mjs';
import { startBackend, connectionTestPath } from './support/backend.mjs';
import { contentSecurityPolicy } from '../../scripts/csp.mjs';

const site = useSite({
  headers: (html) => ({
    'Content-Security-Policy': contentSecurityPolicy(html),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
  }),
});

// The connection test's backend: the one origin besides the site's own that the policy allows.
let backend;
before(async () => {
  await site.ready;
  backend = await startBackend({ origins: [site.url] });
  site.server.files.set('/config.json', JSON.stringify({ backend: backend.url }));
  site.server.headers['Content-Security-Policy'] = contentSecurityPolicy(await builtIndex(), { backend: backend.url });
});
after(() => backend?.stop());

/** A new page that records CSP violations (reported to the page and to the console) and requests. */
async function watchedPage(browser, options = {}) {
  const context = await browser.newContext({ locale: 'nb-NO', ...options });
  await context.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__violations.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`),
    );
  });
  const page = await context.newPage();
  const problems = [];
  const requests = [];
  page.on('console', (m) => /Content.Security.Policy/i.test(m.text()) && problems.push(m.text()));
  page.on('pageerror', (e) => problems.push(String(e)));
  page.on('request', (r) => requests.push(r.url()));
  const violations = async () => [...problems, ...(await page.evaluate(() => window.__violations ?? []))];
  return { context, page, requests, violations };
}

/**
 * A whole visit: the FAQ, a search, an answer and its link, every flow's first screens, a token, an
 * outcome and its live connection test, and the pages beside the app.
 */
async function fullVisit(page, url) {
  await page.goto(url);
  await page.waitForSelector('#app[data-app="klar"]');
  await page.fill('[data-testid="search-input"]', 'maskinporten');
  await page.waitForSelector('[data-testid="results"]');
  await page.click('[data-testid="results"] summary');
  await page.click('[data-testid="results"] [data-testid="copy-link"]');
  await page.fill('[data-testid="search-input"]', '');
  for (const flow of ['tilkobling', 'andre-kommuner', 'naeringsinntekt', 'bytte']) {
    await page.click(`[data-testid="guide-start-${flow}"]`);
    await page.waitForSelector('[data-testid="guide-heading"]');
    await page.goBack();
    await page.waitForSelector('[data-testid="search-input"]');
  }
  await page.goto(
    `${url}/?flyt=tilkobling&rolle=leverandor&miljo=test&kommune-orgnr=974760673&leverandor-orgnr=971032146` +
      '&pakobling=ja&altinn-api=ja&altinn-tt02=ja&altinn-orgnr=ja&mp-delegering=ja&mp-sertifikat=ja&scope=-',
  );
  await page.waitForSelector('[data-testid="guide"][data-step="token"]');
  await page.fill('[data-testid="guide-input"]', unsignedJwt({ scope: 'x', iss: 'https://test.maskinporten.no/', exp: 1 }));
  await page.waitForSelector('[data-testid="token-findings"]');
  await page.click('[data-testid="guide-continue"]');
  await page.waitForSelector('[data-testid="summary"]');
  await page.waitForSelector('[data-testid="connection-health"] [data-health="ok"]');
  await page.selectOption('[data-testid="test-package"]', 'kommuneboligsosialeformaal');
  await page.click('[data-testid="connection-start"]');
  await page.waitForSelector('[data-testid="connection-result"][data-result="ok"]');
  await page.goto(`${url}/tilgjengelighetserklaering.html`);
  await page.waitForSelector('h1');
  await page.goto(`${url}/veiviser/tilkobling/`);
  await page.waitForSelector('#veiviser-tilkobling');
}

test('the whole site works under the strict policy, with no violation', async () => {
  const { context, page, violations } = await watchedPage(site.browser);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.url });
  await fullVisit(page, site.url);
  assert.deepEqual(await violations(), []);
  await context.close();
});

test('the policy really applies: without the hashes the app does not start nor the stylesheet apply, and it is reported', async () => {
  const strictest = await serve(DIST, {
    headers: { 'Content-Security-Policy': "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'" },
  });
  const { context, page, violations } = await watchedPage(site.browser);
  await page.goto(strictest.url);
  await page.waitForTimeout(500);
  assert.equal(await page.getAttribute('#app', 'data-app'), null, 'the app did not take over');
  const found = await violations();
  assert.ok(found.some((v) => v.includes('script-src')), found.join('\n'));
  // Nor is the inline stylesheet applied without its hash.
  assert.ok(found.some((v) => v.startsWith('style-src')), found.join('\n'));
  await context.close();
  await strictest.close();
});

test('a full visit asks no other origin for anything but the configured backend', async () => {
  const { context, page, requests } = await watchedPage(site.browser);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.url });
  await fullVisit(page, site.url);
  const origin = new URL(site.url).origin;
  const elsewhere = requests.filter((r) => !r.startsWith(origin) && !r.startsWith('data:'));
  assert.deepEqual(
    elsewhere.map((r) => new URL(r).pathname),
    ['/v1/health', '/v1/connection-tests'],
  );
  assert.ok(elsewhere.every((r) => r.startsWith(backend.url)), elsewhere.join('\n'));
  assert.ok(requests.some((r) => r.endsWith('.wasm')), 'the visit loaded the app');
  await context.close();
});

test('a policy without the backend in connect-src stops the test, and the site says the backend cannot be reached', async () => {
  const html = await builtIndex();
  const withoutBackend = await serve(DIST, { headers: { 'Content-Security-Policy': contentSecurityPolicy(html) } });
  withoutBackend.files.set('/config.json', JSON.stringify({ backend: backend.url }));
  const { context, page, violations } = await watchedPage(site.browser);
  await page.goto(withoutBackend.url + connectionTestPath('974760673', { vendor: null }));
  await page.waitForSelector('[data-testid="connection-health"] [data-health="ikke-tilgjengelig"]');
  // While the backend cannot be reached, «Sjekk igjen» is the one action: no test is offered.
  assert.equal(await page.locator('[data-testid="connection-start"]').count(), 0);
  assert.ok(await page.isVisible('[data-testid="health-again"]'));
  const blocked = await violations();
  assert.ok(blocked.some((v) => v.startsWith('connect-src') && v.includes('/v1/health')), blocked.join('\n'));
  await context.close();
  await withoutBackend.close();
});
