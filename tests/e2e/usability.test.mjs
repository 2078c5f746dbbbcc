// End-to-end tests of the guide as new users meet it (issue 17): the token inspector that takes
// whatever people paste from Maskinporten and shows what the token says; and the handover, the
// summary, the e-mail to KS and the printed outcome.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useSite } from './support/site.mjs';
import { openApp, unsignedJwt } from './support/browser.mjs';
import { useBackend, connectionTestPath, SCENARIO } from './support/backend.mjs';

const site = useSite();
useBackend(site);

/** The token step of the connection journey, på vegne av 974 760 673 through 971 032 146, in production. */
const TOKEN_STEP =
  '/?flyt=tilkobling&rolle=leverandor&miljo=produksjon&kommune-orgnr=974760673&leverandor-orgnr=971032146' +
  '&pakobling=ja&altinn-api=ja&altinn-produksjon=ja&altinn-orgnr=ja&mp-delegering=ja&mp-sertifikat=ja&scope=-#veiviser-tilkobling';

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
  // Its code, read from error_uri, leads to the catalogue's entry.
  assert.match(await page.textContent('[data-testid="token-error"]'), /Feilkoden er MP-100/);
  assert.equal(new URL(await page.locator('[data-testid="token-code-link"]').evaluate((a) => a.href)).hash, '#feil-MP-100');
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

/** The subject of the summary's e-mail to KS. */
async function mailSubject(page) {
  const mail = await page.getAttribute('[data-testid="summary-mail"]', 'href');
  return new URLSearchParams(mail.split('?')[1]).get('subject');
}

const firstLine = async (page) => (await page.textContent('[data-testid="summary-text"]')).split('\n')[0];

test('the summary says the outcome in words first, and the e-mail\'s subject names flow, outcome, code and municipality', async () => {
  const { context, page, errors } = await openApp(site.browser, site.url + connectionTestPath(SCENARIO.mp251));
  await page.waitForSelector('[data-health="ok"]');
  assert.equal(await firstLine(page), 'Resultat: Sjekklisten er i orden, men tilkoblingen er ikke testet ennå');
  assert.equal(await mailSubject(page), 'Kom i gang eller feilsøk tilkoblingen: Test tilkoblingen – kommune 910 000 039');
  await page.selectOption('[data-testid="test-package"]', 'kommuneforeldrebetaling');
  await page.click('[data-testid="connection-start"]');
  await page.waitForSelector('[data-testid="connection-result"]');
  const verdict = await page.textContent('#tilkoblingstest-resultat');
  assert.equal(verdict, 'Tilkoblingen feiler: Maskinporten sier at kommunen ikke har delegert tilgangen til leverandøren (MP-251)');
  assert.equal(await firstLine(page), `Resultat: ${verdict}`);
  assert.equal(await mailSubject(page), 'Kom i gang eller feilsøk tilkoblingen: Tilkoblingen feiler (MP-251) – kommune 910 000 039');
  assert.deepEqual(errors, []);
  await context.close();
});

/** The text a printed page shows, and what in it a person could press or change. */
async function printed(page) {
  await page.emulateMedia({ media: 'print' });
  return page.evaluate(() => {
    const visible = (e) => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden';
    const controls = [...document.querySelectorAll('button, input, select, textarea, summary')].filter(visible);
    const links = [...document.querySelectorAll('a')].filter(visible).map((a) => a.textContent.trim());
    return { text: document.body.innerText, controls: controls.map((c) => c.outerHTML.slice(0, 80)), links };
  });
}

test('print: an outcome prints as a clean record, with the test\'s steps, when it ran and the page\'s address', async () => {
  const { context, page } = await openApp(site.browser, site.url + connectionTestPath(SCENARIO.ok));
  await page.waitForSelector('[data-health="ok"]');
  await page.selectOption('[data-testid="test-package"]', 'kommuneforeldrebetaling');
  await page.click('[data-testid="connection-start"]');
  await page.waitForSelector('[data-testid="connection-result"]');
  const { text, controls, links } = await printed(page);
  assert.deepEqual(controls, [], 'no radios, selects or buttons');
  assert.ok(!links.some((l) => l.startsWith('Endre')), links.join(' | '));
  // The answers once: in their list, not again in the summary's text.
  assert.equal(text.split('Kommunens organisasjonsnummer').length - 1, 1, text);
  assert.match(text, /Tilkoblingen virker/);
  assert.match(text, /Testet \d+\. \p{L}+ \d{4} kl\. \d\d:\d\d:\d\d i testmiljøet med rettighetspakken/u);
  for (const step of ['Kommunen og leverandøren i Enhetsregisteret', 'Token fra Maskinporten', 'Delegeringen i tokenet', 'Kall til Summert skattegrunnlag']) {
    assert.ok(text.includes(step), step);
  }
  assert.ok(text.includes(`Adressen til denne siden: ${page.url()}`), text);
  assert.ok(!text.includes('Sjekker om testtjenesten') && !text.includes('svarer og er klar'));
  // On screen, the address is not repeated.
  await page.emulateMedia({ media: 'screen' });
  assert.equal(await page.isVisible('[data-testid="print-address"]'), false);
  await context.close();
});

test('handover: a vendor gets a link to a page for the municipality, with both numbers, the service and who can do it', async () => {
  const { context, page, errors } = await openApp(site.browser, site.url + connectionTestPath(SCENARIO.ok, { miljo: 'produksjon' }));
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.url });
  await page.waitForSelector('[data-testid="handover-offer"]');
  await page.click('[data-testid="handover-copy-link"]');
  await page.waitForSelector('[data-testid="handover-copy-link-status"]:has-text("Lenken er kopiert")');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  assert.ok(link.startsWith(`${site.url}/?`) && new URL(link).searchParams.get('vis') === 'kommunen', link);
  await context.close();

  // The municipality opens the link it was sent.
  const opened = await openApp(site.browser, link);
  const p = opened.page;
  await opened.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.url });
  await p.waitForSelector('[data-testid="handover"]');
  assert.equal(await p.textContent('[data-testid="guide-heading"]'), 'Slik gir kommunen leverandøren tilgang i Altinn');
  assert.match(await p.textContent('[data-testid="handover-parties"]'), /Kommune\s*910 000 004\s*Leverandør\s*971 032 146\s*Tjenesten\s*Summert skattegrunnlag API - På vegne av/);
  const steps = await p.$$eval('[data-testid="handover-steps"] li', (els) => els.map((e) => e.textContent));
  assert.equal(steps.length, 4);
  assert.match(steps[0], /Altinn \(https:\/\/www\.altinn\.no\) og velg å representere kommunen, 910 000 004/);
  assert.match(steps[2], /leverandørens organisasjonsnummer: 971 032 146/);
  assert.match(steps[3], /«Summert skattegrunnlag API - På vegne av»/);
  assert.match(await p.textContent('[data-testid="handover-who"]'), /«Programmeringsgrensesnitt \(API\)».*«Tilgangsstyring» eller «Hovedadministrator»/);
  // To copy into an e-mail, and to print.
  await p.click('[data-testid="handover-copy"]');
  await p.waitForSelector('[data-testid="handover-copy-status"]:has-text("Teksten er kopiert")');
  const copied = await p.evaluate(() => navigator.clipboard.readText());
  assert.ok(copied.includes('Kommunen: 910 000 004\nLeverandøren: 971 032 146\n') && copied.includes(`Denne siden: ${link}`), copied);
  const { text, controls } = await printed(p);
  assert.deepEqual(controls, []);
  assert.ok(text.includes('Summert skattegrunnlag API - På vegne av') && text.includes(`Adressen til denne siden: ${link}`), text);
  assert.deepEqual(opened.errors, []);
  assert.deepEqual(errors, []);
  await opened.context.close();
});

test('print: one FAQ answer, opened by its link, prints on its own', async () => {
  const { context, page } = await openApp(site.browser, `${site.url}/#tilgang`);
  await page.waitForFunction(() => document.querySelector('#tilgang')?.open);
  await page.emulateMedia({ media: 'print' });
  const shown = await page.$$eval('[data-testid="question"]', (els) => els.filter((e) => e.getClientRects().length > 0).map((e) => e.id));
  assert.deepEqual(shown, ['tilgang']);
  assert.equal(await page.isVisible('#tilgang .answer__body'), true);
  await page.emulateMedia({ media: 'screen' });
  // Without an answer in the address, printing gives the whole FAQ as before.
  await page.goto(`${site.url}/`);
  await page.waitForSelector('#app[data-app="klar"]');
  await page.emulateMedia({ media: 'print' });
  const all = await page.$$eval('[data-testid="question"]', (els) => els.filter((e) => e.getClientRects().length > 0).length);
  assert.ok(all > 10, `${all} questions`);
  await context.close();
});
