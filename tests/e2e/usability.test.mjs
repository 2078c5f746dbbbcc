// End-to-end tests of the guide as new users meet it (issue 17): the token inspector that takes
// whatever people paste from Maskinporten and shows what the token says; and the handover, the
// summary, the e-mail to KS and the printed outcome.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useSite } from './support/site.mjs';
import { openApp, unsignedJwt } from './support/browser.mjs';

const site = useSite();

/** The token step of the connection journey, på vegne av 974 760 673 through 971 032 146, in production. */
const TOKEN_STEP =
  '/?flyt=tilkobling&rolle=leverandor&miljo=produksjon&kommune-orgnr=974760673&leverandor-orgnr=971032146' +
  '&altinn-api=ja&altinn-produksjon=ja&altinn-orgnr=ja&mp-delegering=ja&mp-sertifikat=ja&scope=-#veiviser-tilkobling';

/** A token Maskinporten would give the vendor for the municipality, `exp` and `iat` seconds from now. */
function goodToken({ exp = 57, iat = -3 * 3600 } = {}) {
  const now = Math.floor(Date.now() / 1000);
  return unsignedJwt({
    scope: 'skatteetaten:summertskattegrunnlag',
    consumer: { authority: 'iso6523-actorid-upis', ID: '0192:974760673' },
    supplier: { authority: 'iso6523-actorid-upis', ID: '0192:971032146' },
    delegation_source: 'https://www.altinn.no',
    iss: 'https://maskinporten.no/',
    client_amr: 'virksomhetssertifikat',
    exp: now + exp,
    iat: now + iat,
  });
}

/** `seconds` since 1970 as the page should write them: Norwegian time, whatever the browser's zone. */
function osloTime(seconds) {
  const parts = Object.fromEntries(new Intl.DateTimeFormat('nb-NO', {
    timeZone: 'Europe/Oslo', year: 'numeric', month: 'long', day: 'numeric',
    hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23',
  }).formatToParts(new Date(seconds * 1000)).map((p) => [p.type, p.value]));
  return `${parts.day}. ${parts.month} ${parts.year} kl. ${parts.hour}:${parts.minute}:${parts.second}`;
}

/** The rows of a claim table: name → [value, note]. */
const tableRows = (page, testid) => page.$$eval(`[data-testid="${testid}"] [data-testid="claim-row"]`, (rows) =>
  Object.fromEntries(rows.map((r) => [r.dataset.claim, [
    r.querySelector('[data-testid="claim-value"]').textContent,
    r.querySelector('[data-testid="claim-note"]')?.textContent ?? null,
  ]])));

async function pasteToken(page, text) {
  await page.fill('[data-testid="guide-input"]', text);
}

test('token inspector: Maskinporten\'s whole JSON answer is read, and the token shown as a table with the parties and Norwegian times', async () => {
  // A browser in another time zone: the times are still Norway's.
  const { context, page, errors } = await openApp(site.browser, site.url + TOKEN_STEP, { timezoneId: 'America/New_York' });
  await page.waitForSelector('[data-testid="guide"][data-step="token"]');
  const requests = [];
  page.on('request', (r) => requests.push(r.url() + (r.postData() ?? '')));
  const token = goodToken();
  const answer = JSON.stringify({ access_token: token, token_type: 'Bearer', expires_in: 119, scope: 'skatteetaten:summertskattegrunnlag' }, null, 2);
  await pasteToken(page, answer);
  await page.waitForSelector('[data-testid="token-findings"]');
  const statuses = await page.$$eval('[data-testid="token-findings"] li', (els) => els.map((e) => e.dataset.status));
  assert.deepEqual(statuses, ['I orden', 'I orden', 'I orden', 'I orden', 'I orden', 'I orden']);

  const header = await tableRows(page, 'token-header');
  assert.deepEqual(header, { alg: ['RS256', null], kid: ['nokkel', null] });
  const claims = await tableRows(page, 'token-claims');
  assert.deepEqual(claims.consumer, ['974 760 673', 'Kommunen du oppga']);
  assert.deepEqual(claims.supplier, ['971 032 146', 'Leverandøren du oppga']);
  assert.deepEqual(claims.scope, ['skatteetaten:summertskattegrunnlag', null]);
  const exp = JSON.parse(Buffer.from(token.split('.')[1], 'base64url')).exp;
  assert.equal(claims.exp[0], osloTime(exp));
  assert.match(claims.exp[1], /^om 5\d sekunder$/);
  assert.equal(claims.iat[1], 'for 3 timer siden');
  assert.match(await page.textContent('[data-testid="token-claims"] caption'), /Innholdet/);

  // What is not checked here, and why that is fine; and that nothing leaves the browser.
  assert.match(await page.textContent('[data-testid="token-signature"]'), /^Signaturen blir ikke sjekket her\. Det trengs ikke/);
  assert.match(await page.textContent('[data-testid="token-privacy"]'), /leses bare her, i nettleseren din\. Det blir ikke sendt noe sted/);
  const secret = token.split('.')[1];
  assert.ok(!requests.some((r) => r.includes(secret)), 'the token is sent nowhere');
  assert.deepEqual(errors, []);
  await context.close();
});

test('token inspector: an Authorization line and a bare token work too; Maskinporten\'s error answer is named', async () => {
  const { context, page } = await openApp(site.browser, site.url + TOKEN_STEP);
  await page.waitForSelector('[data-testid="guide"][data-step="token"]');
  for (const pasted of [`Authorization: Bearer ${goodToken()}`, goodToken()]) {
    await pasteToken(page, pasted);
    await page.waitForSelector('[data-testid="token-claims"]');
    assert.equal(await page.getAttribute('[data-testid="token-consumer"]', 'data-status'), 'I orden', pasted);
    await pasteToken(page, '');
  }
  await pasteToken(page, JSON.stringify({
    error: 'invalid_grant', error_description: 'Invalid assertion. Client authentication failed. (trace_id: 1f2e)',
    error_uri: 'https://maskinporten.no/errors/MP-100',
  }));
  await page.waitForSelector('[data-testid="token-error"]');
  assert.match(await page.textContent('[data-testid="token-error"]'), /^Dette er en feilmelding fra Maskinporten, ikke et token: «invalid_grant»/);
  // An answer cut off while copying says so, not that the header is not base64url.
  await pasteToken(page, `{"access_token": "${goodToken()}`);
  await page.waitForSelector('[data-testid="token-error"]:has-text("ikke gyldig JSON")');
  // And «Fortsett» keeps only the verdict.
  await pasteToken(page, JSON.stringify({ access_token: goodToken() }));
  await page.waitForSelector('[data-testid="token-claims"]');
  await page.click('[data-testid="guide-continue"]');
  await page.waitForSelector('[data-testid="guide"][data-step="klar"]');
  assert.ok(new URL(page.url()).searchParams.get('token') === 'ok', page.url());
  await context.close();
});
