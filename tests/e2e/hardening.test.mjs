// End-to-end tests of what a hostile or broken backend and a careless paste can do to the page, through
// the real UI of the release build: an answer far too large is not read to its end, a redirect is not
// followed to another origin, and a fødselsnummer typed by mistake is kept nowhere.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { useSite } from './support/site.mjs';
import { openApp } from './support/browser.mjs';
import { connectionTestPath, SCENARIO } from './support/backend.mjs';

const site = useSite();

const REPORT_START = '{"testId":"t-1","miljo":"test","steg":[{"id":"hovedenhet","tittel":"Hovedenhet",' +
  '"status":"ok","forklaring":"Ja.","varighetMs":4}],"fyll":"';
const REPORT_END = '"}';
const MIB = 1024 * 1024;

/**
 * A backend on loopback that answers the health check as the contract says and a test as `mode`
 * says: `huge` a valid report of 50 MiB sent in chunks without a length, `redirect` a 307 to
 * `elsewhere`. `stats.sent` counts the bytes it managed to write, over all requests.
 */
function hostileBackend(origin, mode, elsewhere = null) {
  const stats = { sent: 0 };
  const server = createServer((req, res) => {
    const cors = {
      'Access-Control-Allow-Origin': origin,
      'Access-Control-Allow-Methods': 'GET, POST',
      'Access-Control-Allow-Headers': 'Content-Type',
    };
    if (req.method === 'OPTIONS') return res.writeHead(204, cors).end();
    if (req.url === '/v1/health') {
      return res.writeHead(200, { ...cors, 'Content-Type': 'application/json' }).end('{"status":"ok"}');
    }
    if (mode === 'redirect') return res.writeHead(307, { ...cors, Location: `${elsewhere}${req.url}` }).end();
    res.writeHead(200, { ...cors, 'Content-Type': 'application/json' });
    let closed = false;
    res.on('close', () => { closed = true; });
    const chunk = 'x'.repeat(64 * 1024);
    let left = 50 * MIB;
    const write = () => {
      while (left > 0 && !closed) {
        left -= chunk.length;
        stats.sent += chunk.length;
        if (!res.write(chunk)) return res.once('drain', write);
      }
      if (!closed) res.end(REPORT_END);
    };
    res.write(REPORT_START);
    write();
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({
    url: `http://127.0.0.1:${server.address().port}`,
    stats,
    stop: () => new Promise((done) => { server.closeAllConnections(); server.close(done); }),
  })));
}

/** A server on loopback that answers everything with a valid report, as if it were the backend. */
function impostor(origin) {
  const server = createServer((req, res) => {
    res.writeHead(200, { 'Access-Control-Allow-Origin': origin, 'Content-Type': 'application/json' });
    res.end(REPORT_START + REPORT_END);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({
    url: `http://127.0.0.1:${server.address().port}`,
    stop: () => new Promise((done) => { server.closeAllConnections(); server.close(done); }),
  })));
}

before(() => site.ready);
after(() => site.server.files.delete('/config.json'));

async function runAgainst(backendUrl) {
  site.server.files.set('/config.json', JSON.stringify({ backend: backendUrl, tidsgrenseSekunder: 20 }));
  const opened = await openApp(site.browser, site.url + connectionTestPath(SCENARIO.ok));
  const { page } = opened;
  await page.waitForSelector('[data-testid="connection-health"] [data-health="ok"]');
  await page.selectOption('[data-testid="test-package"]', 'kommuneforeldrebetaling');
  await page.click('[data-testid="connection-start"]');
  await page.waitForSelector('[data-testid="connection-result"], [data-testid="connection-failure"]', { timeout: 15000 });
  return opened;
}

test('an answer far larger than a report is not read to its end, and the page says why', async () => {
  const huge = await hostileBackend(site.url, 'huge');
  try {
    const { context, page, errors } = await runAgainst(huge.url);
    assert.equal(await page.getAttribute('[data-testid="connection-failure"]', 'data-failure'), 'for-stort-svar');
    assert.equal(await page.textContent('#tilkoblingstest-resultat'), 'Svaret fra testtjenesten var for stort');
    // The page stopped reading: the stream was cancelled long before the 50 MiB were sent.
    assert.ok(huge.stats.sent < 40 * MIB, `sent ${huge.stats.sent} bytes`);
    // Nothing of it was kept for the tab.
    const stored = await page.evaluate(() => JSON.stringify({ ...sessionStorage }).length);
    assert.ok(stored < 10_000, `sessionStorage holds ${stored} characters`);
    // The page still answers.
    await page.click('[data-testid="connection-retry"]');
    await page.waitForSelector('[data-testid="connection-failure"][data-failure="for-stort-svar"]', { timeout: 15000 });
    assert.deepEqual(errors, []);
    await context.close();
  } finally {
    await huge.stop();
  }
});

test('a redirect to another origin is not followed: its answer is never shown as the backend\'s', async () => {
  const other = await impostor(site.url);
  const redirecting = await hostileBackend(site.url, 'redirect', other.url);
  try {
    const { context, page, errors } = await runAgainst(redirecting.url);
    assert.equal(await page.getAttribute('[data-testid="connection-failure"]', 'data-failure'), 'videresendt');
    assert.match(await page.textContent('[data-testid="connection-explanation"]'), /følger ikke videresendinger/);
    assert.equal(await page.locator('[data-testid="connection-result"]').count(), 0);
    assert.deepEqual(errors, []);
    await context.close();
  } finally {
    await redirecting.stop();
    await other.stop();
  }
});

test('a fødselsnummer typed into an organisation number field or the search is kept nowhere', async () => {
  const { context, page, errors } = await openApp(site.browser,
    `${site.url}/?flyt=tilkobling&rolle=kommune&vei=leverandor&miljo=test`);
  await page.waitForSelector('[data-testid="guide"][data-step="kommune-orgnr"]');
  await page.fill('[data-testid="guide-input"]', '010170 12345');
  await page.waitForSelector('[data-testid="input-feedback"]:has-text("fødselsnummer eller d-nummer")');
  await page.click('[data-testid="guide-continue"]');
  assert.match(await page.textContent('[data-testid="error-summary"]'), /ikke lagret/);
  const stored = () => page.evaluate(() => JSON.stringify({ ...sessionStorage }) + JSON.stringify({ ...localStorage }));
  assert.ok(!(await stored()).includes('12345'), await stored());
  assert.ok(!page.url().includes('12345'), page.url());
  // Reload: the field starts empty, for the number was never kept.
  await page.reload();
  await page.waitForSelector('[data-testid="guide"][data-step="kommune-orgnr"]');
  assert.equal(await page.inputValue('[data-testid="guide-input"]'), '');

  await page.goto(`${site.url}/`);
  await page.waitForSelector('#app[data-app="klar"]');
  await page.fill('[data-testid="search-input"]', 'skattekort 01017012345');
  await page.press('[data-testid="search-input"]', 'Tab');
  await page.waitForTimeout(400);
  assert.equal(new URL(page.url()).searchParams.get('q'), null, page.url());
  assert.ok(!(await stored()).includes('12345'));
  assert.deepEqual(errors, []);
  await context.close();
});
