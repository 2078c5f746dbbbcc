// End-to-end tests of the live connection test, through the real UI of the release build against the
// real backend and the simulators (with the test double in front for what only a broken backend does):
// every scenario shows the right message and advice; a slow backend can be cancelled and times out; a
// stopped backend, a CORS refusal, a missing and a broken config.json are explained; nothing typed is
// lost; the results go into the summary for KS.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { useSite } from './support/site.mjs';
import { expectFocus, openApp } from './support/browser.mjs';
import { startBackend, connectionTestPath, SCENARIO } from './support/backend.mjs';

const site = useSite();
/** The client's limit in these tests, and the slow scenario's delay (longer). */
const LIMIT_SECONDS = 2;
let backend;

/** Serves `config` as the site's config.json: an object, a text as it stands, `undefined` for none. */
function configure(config) {
  const body = config === undefined ? null : typeof config === 'string' ? config : JSON.stringify(config);
  site.server.files.set('/config.json', body);
}

/** The configuration every test starts from: the test backend, with a short time limit. */
const configureDefault = () => configure({ backend: backend.url, tidsgrenseSekunder: LIMIT_SECONDS });

/** Runs `check` with `config` in force, then puts the default back. */
async function withConfig(config, check) {
  configure(config);
  try {
    await check();
  } finally {
    configureDefault();
  }
}

before(async () => {
  await site.ready;
  backend = await startBackend({ origins: [site.url], slowSeconds: LIMIT_SECONDS + 3 });
  configureDefault();
});
after(() => backend?.stop());

const journey = (kommune, options) => site.url + connectionTestPath(kommune, options);

async function openTest(kommune, options) {
  const opened = await openApp(site.browser, journey(kommune, options));
  await opened.page.waitForSelector('[data-testid="guide"][data-step="klar"]');
  await opened.page.waitForSelector('[data-testid="connection-health"] [data-health="ok"]');
  return opened;
}

/** Picks the package and starts the test; resolves when a result or failure is shown. */
async function runTest(page, pakke = 'kommuneforeldrebetaling') {
  await page.selectOption('[data-testid="test-package"]', pakke);
  await page.click('[data-testid="connection-start"]');
  return waitForOutcome(page);
}

async function waitForOutcome(page) {
  await page.waitForSelector('[data-testid="connection-result"], [data-testid="connection-failure"], [data-testid="connection-cancelled"]');
  await expectFocus(page, 'tilkoblingstest-resultat', 'focus moves to the result');
}

const steps = (page) => page.$$eval('[data-testid="connection-step"]', (els) =>
  els.map((e) => ({
    id: e.dataset.step,
    status: e.dataset.status,
    code: e.querySelector('[data-testid="connection-code"]')?.textContent.replace('Feilkode ', '') ?? null,
    title: e.querySelector('.connection-step__head strong').textContent,
    explanation: e.querySelector('[data-testid="connection-explanation"]').textContent,
    advice: e.querySelector('[data-testid="connection-advice"]')?.textContent ?? null,
    faq: e.querySelector('[data-testid="connection-faq"]')?.textContent ?? null,
    correlation: e.querySelector('[data-testid="correlation-id"]')?.textContent ?? null,
  })));
const text = (page, testid) => page.textContent(`[data-testid="${testid}"]`);

/** The buttons a person can press in the connection test now, by their words. */
const actions = (page) => page.$$eval('[data-testid="connection-test"] button:not([disabled])', (els) =>
  els.filter((e) => e.offsetParent !== null).map((e) => e.textContent.trim()));

/** The operator's detail behind «Teknisk informasjon», opened. */
async function technical(page, within) {
  const details = page.locator(`${within} [data-testid="connection-technical"]`);
  assert.equal(await details.locator('summary').textContent(), 'Teknisk informasjon');
  assert.equal(await details.evaluate((d) => d.open), false, 'folded away until asked for');
  await details.locator('summary').click();
  return details.locator('code').textContent();
}

/** What the person reads in `selector`, leaving out the folded-away technical detail. */
const personWords = (page, selector) => page.$eval(selector, (el) => {
  const copy = el.cloneNode(true);
  copy.querySelectorAll('[data-testid="connection-technical"]').forEach((d) => d.remove());
  return copy.textContent;
});

test('all steps OK: the connection works through the real backend, with every step and the test id in the summary', async () => {
  const { context, page, errors } = await openTest(SCENARIO.ok);
  const sent = [];
  page.on('request', (r) => r.method() === 'POST' && sent.push({ url: r.url(), body: r.postData() }));
  assert.match(await text(page, 'connection-parties'), /Kommune\s*910 000 004.*Leverandør\s*971 032 146/s);
  await runTest(page);
  // Exactly what the contract asks for, and nothing else: no token, no person.
  assert.deepEqual(sent.map((s) => [new URL(s.url).pathname, JSON.parse(s.body)]), [[
    '/v1/connection-tests',
    { miljo: 'test', kommune: '910000004', leverandor: '971032146', rettighetspakke: 'kommuneforeldrebetaling' },
  ]]);
  assert.equal(await page.textContent('#tilkoblingstest-resultat'), 'Tilkoblingen virker');
  const shown = await steps(page);
  assert.deepEqual(shown.map((s) => [s.id, s.status]), [
    ['hovedenhet', 'ok'], ['maskinporten-token', 'ok'], ['delegering', 'ok'], ['summert-skattegrunnlag', 'ok'],
  ]);
  // The real services' own words, from the simulators through the backend.
  assert.match(shown[0].explanation, /910 000 004 \(EKSEMPELVIK KOMMUNE\) er registrert som kommune/);
  assert.match(shown[2].explanation, /Tokenet bygger på en delegering i Altinn \(https:\/\/tt02\.altinn\.no\/\)/);
  assert.equal(shown[3].correlation, null, 'Skatteetaten gives a correlation id with errors only');
  const summary = await text(page, 'summary-text');
  assert.match(summary, /Tilkoblingstest i testmiljøet \(Foreldrebetaling i barnehage og SFO\), \d+\. \p{L}+ \d{4} kl\. \d\d:\d\d:\d\d:\nResultat: Tilkoblingen virker/u);
  // The report says when it ran, in Norwegian time, for a printed record.
  assert.match(await text(page, 'connection-tested'), /^Testet \d+\. \p{L}+ \d{4} kl\. \d\d:\d\d:\d\d i testmiljøet med rettighetspakken «Foreldrebetaling i barnehage og SFO»\.$/u);
  assert.deepEqual(await actions(page), ['Kjør testen på nytt'], 'one action after a report');
  const testId = summary.match(/Test-id: ([0-9a-f-]{36})/)?.[1];
  assert.ok(testId, summary);
  const mail = decodeURIComponent(await page.getAttribute('[data-testid="summary-mail"]', 'href'));
  assert.ok(mail.startsWith('mailto:skattedeling@ks.no') && mail.includes(testId), mail);
  assert.deepEqual(errors, []);
  await context.close();
});

const FAILING = [
  {
    name: 'the organisation number is a sub-unit', kommune: SCENARIO.subUnit, step: 'hovedenhet', code: null,
    explanation: /^Kommunens nummer 910 000 012 er en underenhet, ikke en hovedenhet\. I Enhetsregisteret har den 910 000 004 som hovedenhet\./,
    verdict: 'Tilkoblingen feiler: Kommunens nummer 910 000 012 er en underenhet, ikke en hovedenhet',
    advice: /Bruk kommunens hovedorganisasjonsnummer, 910 000 004/, faq: /delegere rettigheter/, faqId: 'delegering-altinn',
  },
  {
    name: 'an organisasjonsledd', kommune: SCENARIO.organisasjonsledd, step: 'hovedenhet', code: null,
    explanation: /910 000 047 \(EKSEMPELVIK KOMMUNE HELSE OG OMSORG\) er et organisasjonsledd under 910 000 004/,
    advice: /Bruk kommunens hovedorganisasjonsnummer, 910 000 004/, faq: /delegere rettigheter/, faqId: 'delegering-altinn',
  },
  {
    name: 'MP-250: the municipality has not been granted the scope', kommune: SCENARIO.mp250, step: 'maskinporten-token',
    code: 'MP-250', explanation: /ikke har fått tilgang til scopet skatteetaten:summertskattegrunnlag fra Skatteetaten/,
    advice: /Kommunen må søke Skatteetaten om tilgang/, faq: /Hvordan søker kommunen Skatteetaten om tilgang/, faqId: 'pakoblingsforesporsel', correlated: true,
  },
  {
    name: 'MP-251: the delegation is missing', kommune: SCENARIO.mp251, step: 'maskinporten-token', code: 'MP-251',
    explanation: /ikke har delegert tilgangen til leverandøren/,
    advice: /delegere «Summert skattegrunnlag API - På vegne av» til leverandørens hovedorganisasjonsnummer i Altinns testmiljø TT02/,
    faq: /delegere rettigheter/, faqId: 'delegering-altinn', correlated: true,
  },
  {
    name: 'SSG-005: no access to the rettighetspakke', kommune: SCENARIO.ssg005, step: 'summert-skattegrunnlag', code: 'SSG-005',
    explanation: /ikke tilgang til rettighetspakken «Foreldrebetaling i barnehage og SFO»/,
    advice: /søke Skatteetaten/, faq: /Hvordan søker kommunen Skatteetaten om tilgang/, faqId: 'pakoblingsforesporsel', correlated: true,
  },
  {
    name: 'a Skatteetaten 500', kommune: SCENARIO.ske500, step: 'summert-skattegrunnlag', code: 'SSG-002',
    explanation: /Skatteetaten svarte 500: feil i et baksystem/,
    advice: /Feilen er hos Skatteetaten, ikke i oppsettet deres/, faq: null, correlated: true,
  },
];

for (const s of FAILING) {
  test(`${s.name}: the failing step explains itself, advises, links the FAQ and the rest is not run`, async () => {
    const { context, page, errors } = await openTest(s.kommune);
    await runTest(page);
    const verdict = await page.textContent('#tilkoblingstest-resultat');
    assert.ok(verdict.startsWith('Tilkoblingen feiler: '), verdict);
    const shown = await steps(page);
    const at = shown.findIndex((x) => x.status === 'feil');
    const failed = shown[at];
    assert.equal(failed.id, s.step);
    assert.equal(failed.code, s.code);
    if (s.code) {
      assert.ok(verdict.endsWith(`(${s.code})`), verdict);
      // The code links to its entry in the error-code catalogue on the FAQ page.
      const href = await page.getAttribute(`[data-step="${s.step}"] [data-testid="connection-code-link"]`, 'href');
      assert.ok(href?.endsWith(`#feil-${s.code}`), href);
    }
    // The verdict names what is wrong (the finding), not what was checked (the step's title).
    if (s.verdict) assert.equal(verdict, s.verdict);
    assert.ok(!verdict.includes(failed.title), `${verdict} / ${failed.title}`);
    const finding = failed.explanation.split(/\. (?=\p{Lu})/u)[0].replace(/\.$/, '');
    assert.ok(verdict.startsWith(`Tilkoblingen feiler: ${finding}`), `${verdict} / ${finding}`);
    assert.match(failed.explanation, s.explanation);
    assert.match(failed.advice, s.advice);
    if (s.faq) assert.match(failed.faq, s.faq);
    else assert.equal(failed.faq, null);
    assert.ok(shown.slice(0, at).every((x) => x.status === 'ok'));
    assert.ok(shown.slice(at + 1).every((x) => x.status === 'ikke-kjort'));
    const summary = await text(page, 'summary-text');
    assert.ok(summary.includes(`Resultat: ${verdict}`), summary);
    if (s.correlated) {
      // Skatteetaten's korrelasjonsid (a UUID) or Maskinporten's trace id (32 hex digits).
      assert.match(failed.correlation, /^[0-9a-f-]{32,36}$/);
      assert.ok(summary.includes(`Korrelasjons-id: ${failed.correlation}`), summary);
    }
    if (s.faq) {
      // The FAQ link opens the answer on the FAQ page.
      await page.click('[data-testid="connection-faq"]');
      await page.waitForSelector(`details#${s.faqId}[open]`);
    }
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('on the nynorsk and English pages the test, its result and the summary are in that language', async () => {
  for (const { lang, works, title, tested, summary } of [
    { lang: 'en', works: 'The connection works', title: 'Access token from Maskinporten', tested: /^Tested \d+ \p{L}+ \d{4} at \d\d:\d\d:\d\d in the test environment with the access package «Foreldrebetaling i barnehage og SFO»\.$/u, summary: /Result: The connection works/ },
    { lang: 'nn', works: 'Tilkoplinga verkar', title: 'Token frå Maskinporten', tested: /^Testa \d+\. \p{L}+ \d{4} kl\. \d\d:\d\d:\d\d i testmiljøet med rettigheitspakken «Foreldrebetaling i barnehage og SFO»\.$/u, summary: /Tilkoplinga verkar/ },
  ]) {
    const { context, page, errors } = await openApp(site.browser, `${site.url}/${lang}${connectionTestPath(SCENARIO.ok)}`);
    await page.waitForSelector('[data-testid="guide"][data-step="klar"]');
    await page.waitForSelector('[data-testid="connection-health"] [data-health="ok"]');
    const asked = [];
    page.on('request', (r) => r.method() === 'POST' && asked.push(r.headers()['accept-language']));
    await runTest(page);
    assert.deepEqual(asked, [lang], 'the backend is asked for the page\'s language');
    assert.equal(await page.textContent('#tilkoblingstest-resultat'), works);
    const shown = await steps(page);
    assert.equal(shown[1].title, title);
    assert.doesNotMatch(shown.map((s) => s.explanation).join(' '), /\b(ikke|Tokenet bygger)\b/, 'the backend\'s words too');
    assert.match(await text(page, 'connection-tested'), tested);
    assert.match(await text(page, 'summary-text'), summary);
    // A failure's words, the site's own and the backend's, in the page's language.
    assert.deepEqual(errors, []);
    await context.close();
  }
  const { context, page } = await openApp(site.browser, `${site.url}/en${connectionTestPath(SCENARIO.mp251)}`);
  await page.waitForSelector('[data-testid="connection-health"] [data-health="ok"]');
  await runTest(page);
  assert.match(await page.textContent('#tilkoblingstest-resultat'), /^The connection fails: .*\(MP-251\)$/);
  const failed = (await steps(page)).find((s) => s.status === 'feil');
  assert.equal(failed.code, 'Error code MP-251');
  assert.doesNotMatch(failed.explanation + failed.advice, /\b(ikke|kommunen)\b/);
  await context.close();
});

test('slow backend: cancelling is no error, and after the time limit the health line says what is now known', async () => {
  const { context, page, errors } = await openTest(SCENARIO.slow);
  await page.selectOption('[data-testid="test-package"]', 'saernamsmann');
  await page.click('[data-testid="connection-start"]');
  await page.waitForSelector('[data-testid="connection-running"]');
  assert.match(await text(page, 'connection-running'), /Tester tilkoblingen … .* opptil 2 sekunder/);
  await expectFocus(page, 'tilkoblingstest-avbryt', 'focus moves to «Avbryt»');
  assert.deepEqual(await actions(page), ['Avbryt testen'], 'one action while it runs');
  await page.keyboard.press('Enter');
  await waitForOutcome(page);
  // Cancelled: said plainly, not as a failure, and «Start testen» is the one way on.
  assert.equal(await page.locator('[data-testid="connection-failure"]').count(), 0);
  assert.equal(await page.textContent('#tilkoblingstest-resultat'), 'Du avbrøt testen');
  assert.match(await text(page, 'connection-cancelled'), /Svarene dine er tatt vare på/);
  assert.deepEqual(await actions(page), ['Start testen']);
  assert.equal(await page.getAttribute('[data-testid="connection-health"] p', 'data-health'), 'ok', 'nothing new is known');

  // Start again and let the limit run out.
  await page.click('[data-testid="connection-start"]');
  await page.waitForSelector('[data-testid="connection-running"]');
  await page.waitForSelector('[data-failure="tidsavbrudd"]', { timeout: (LIMIT_SECONDS + 5) * 1000 });
  assert.equal(await page.textContent('#tilkoblingstest-resultat'), 'Testtjenesten svarte ikke innen 2 sekunder');
  assert.match(await text(page, 'connection-advice'), /Prøv igjen/);
  // The health line no longer says the backend is ready, nor repeats the error: it says what is known.
  const health = await text(page, 'connection-health');
  assert.equal(health, 'Testtjenesten svarte ikke på testen i tide. Se forklaringen under.');
  assert.ok(!health.includes('er klar'));
  assert.deepEqual(await actions(page), ['Prøv igjen'], 'one action after a test that could not run');
  // Nothing the person chose is lost, and the summary says the test could not run.
  assert.equal(await page.inputValue('[data-testid="test-package"]'), 'saernamsmann');
  assert.match(await text(page, 'summary-text'), /Testen kunne ikke kjøres: Testtjenesten svarte ikke innen 2 sekunder/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('leaving the step while a test runs stops the request', async () => {
  const { context, page, errors } = await openTest(SCENARIO.slow);
  await page.selectOption('[data-testid="test-package"]', 'saernamsmann');
  await page.click('[data-testid="connection-start"]');
  await page.waitForSelector('[data-testid="connection-running"]');
  // Well before the time limit would stop it.
  const failed = page.waitForEvent('requestfailed', { timeout: LIMIT_SECONDS * 1000 / 2 });
  await page.click('[data-testid="connection-parties"] a');
  await page.waitForSelector('[data-testid="guide"][data-step="kommune-orgnr"]');
  const request = await failed;
  assert.equal(new URL(request.url()).pathname, '/v1/connection-tests');
  assert.equal(request.failure()?.errorText, 'net::ERR_ABORTED');
  assert.deepEqual(errors, []);
  await context.close();
});

test('invalid JSON: the answer does not follow the contract, and the person can try again', async () => {
  const { context, page } = await openTest(SCENARIO.invalidJson);
  await runTest(page);
  assert.equal(await page.getAttribute('[data-testid="connection-failure"]', 'data-failure'), 'ugyldig-svar');
  assert.equal(await page.textContent('#tilkoblingstest-resultat'), 'Svaret fra testtjenesten var ikke som avtalt');
  assert.match(await text(page, 'connection-explanation'), /Det sier ingenting om oppsettet hos dere/);
  assert.match(await technical(page, '[data-testid="connection-failure"]'), /svaret er ikke gyldig JSON/);
  assert.ok(await page.isEnabled('[data-testid="connection-retry"]'));
  await context.close();
});

test('HTTP 503: the backend\'s own message, and «Prøv igjen» counts down from Retry-After', async () => {
  const { context, page } = await openTest(SCENARIO.unavailable);
  await runTest(page);
  assert.equal(await page.getAttribute('[data-testid="connection-failure"]', 'data-failure'), 'utilgjengelig');
  assert.equal(await page.textContent('#tilkoblingstest-resultat'), 'Testtjenesten er midlertidig utilgjengelig');
  assert.match(await text(page, 'connection-explanation'), /planlagt vedlikehold/);
  assert.match(await text(page, 'connection-advice'), /Prøv igjen om 2 minutter/);
  assert.match(await technical(page, '[data-testid="connection-failure"]'), /^HTTP 503 fra http:\/\/127\.0\.0\.1:\d+\. Retry-After: 120 sekunder\.$/);
  // Retry-After: 120. The button cannot be pressed yet and says how long is left.
  const retry = page.locator('[data-testid="connection-retry"]');
  assert.equal(await retry.isDisabled(), true);
  assert.match(await retry.textContent(), /^Prøv igjen om (2 minutter|1 minutt og 5\d sekunder)$/);
  await page.waitForFunction(() => /1 minutt og 5\d sekunder/.test(document.querySelector('[data-testid="connection-retry"]').textContent));
  assert.equal(await text(page, 'connection-health'), 'Testtjenesten kan ikke teste akkurat nå. Se forklaringen under.');
  assert.deepEqual(await actions(page), [], 'nothing to press until the wait is over');
  await context.close();
});

test('a short Retry-After: «Prøv igjen» enables itself when the wait is over, and then tests again', async () => {
  const { context, page } = await openTest(SCENARIO.ok);
  let refused = 0;
  await page.route('**/v1/connection-tests', (route) => {
    refused += 1;
    return route.fulfill({
      status: 429,
      headers: { 'Retry-After': '2', 'Access-Control-Allow-Origin': site.url, 'Access-Control-Expose-Headers': 'Retry-After', 'Content-Type': 'application/json' },
      body: JSON.stringify({ kode: 'FOR_MANGE', melding: 'For mange tester akkurat nå.' }),
    });
  });
  await runTest(page);
  assert.equal(await page.getAttribute('[data-testid="connection-failure"]', 'data-failure'), 'for-mange');
  const retry = page.locator('[data-testid="connection-retry"]');
  assert.equal(await retry.isDisabled(), true);
  assert.match(await retry.textContent(), /^Prøv igjen om [12] sekund(er)?$/);
  await page.waitForSelector('[data-testid="connection-retry"]:not([disabled])', { timeout: 4000 });
  assert.equal(await retry.textContent(), 'Prøv igjen');
  await page.unrouteAll({ behavior: 'ignoreErrors' });
  await retry.click();
  await page.waitForSelector('[data-testid="connection-result"][data-result="ok"]');
  assert.equal(refused, 1);
  // A test that ran: the health line says the backend answers again.
  assert.equal(await page.getAttribute('[data-testid="connection-health"] p', 'data-health'), 'ok');
  await context.close();
});

test('a direct connection has no delegation step, and a reload keeps the result and the choices', async () => {
  const { context, page } = await openTest(SCENARIO.ok, { vendor: null, miljo: 'produksjon' });
  assert.equal(await page.isChecked('[data-testid="test-environment-produksjon"]'), true, 'the guide answer is chosen');
  await runTest(page, 'saernamsmann');
  assert.deepEqual((await steps(page)).map((s) => s.id), ['hovedenhet', 'maskinporten-token', 'summert-skattegrunnlag']);
  await page.reload();
  await page.waitForSelector('[data-testid="connection-result"][data-result="ok"]');
  assert.equal(await page.inputValue('[data-testid="test-package"]'), 'saernamsmann');
  assert.match(await text(page, 'summary-text'), /Tilkoblingstest i produksjonsmiljøet \(Særnamsmann\)/);
  await context.close();
});

test('cancelling a new test leaves no stale result in the summary, and keeps the last one for the tab', async () => {
  const { context, page } = await openTest(SCENARIO.ok);
  await runTest(page, 'saernamsmann');
  const first = await text(page, 'summary-text');
  assert.match(first, /Resultat: Tilkoblingen virker/);
  // The next test is held up on its way, so it is still running when the person cancels.
  await page.route('**/v1/connection-tests', async (route) => {
    await new Promise((ok) => setTimeout(ok, 3000));
    await route.continue().catch(() => {});
  });
  await page.click('[data-testid="connection-start"]');
  await page.waitForSelector('[data-testid="connection-running"]');
  assert.ok(!(await text(page, 'summary-text')).includes('Tilkoblingstest'), 'no result while a new test runs');
  await page.click('[data-testid="connection-cancel"]');
  await page.waitForSelector('[data-testid="connection-cancelled"]');
  assert.ok(!(await text(page, 'summary-text')).includes('Tilkoblingstest'), 'no stale result after cancelling');
  await page.unrouteAll({ behavior: 'ignoreErrors' });
  await page.reload();
  await page.waitForSelector('[data-testid="connection-result"][data-result="ok"]');
  assert.match(await text(page, 'summary-text'), /Resultat: Tilkoblingen virker/);
  await context.close();
});

test('no rettighetspakke chosen: the field says so and takes focus', async () => {
  const { context, page } = await openTest(SCENARIO.ok);
  await page.click('[data-testid="connection-start"]');
  await page.waitForSelector('[data-testid="package-error"]');
  await expectFocus(page, 'rettighetspakke');
  assert.equal(await page.getAttribute('#rettighetspakke', 'aria-invalid'), 'true');
  await context.close();
});

test('a stopped backend: said once, in words for the person, with the operator\'s detail folded away and «Sjekk igjen»', async () => {
  const gone = await startBackend({ origins: [site.url] });
  await gone.stop();
  await withConfig({ backend: gone.url, tidsgrenseSekunder: LIMIT_SECONDS }, async () => {
    const { context, page } = await openApp(site.browser, journey(SCENARIO.ok));
    await page.waitForSelector('[data-testid="connection-health"] [data-health="ikke-tilgjengelig"]');
    assert.match(await text(page, 'connection-health'), /Testtjenesten er ikke klar: Testtjenesten svarer ikke/);
    const words = await personWords(page, '[data-testid="connection-test"]');
    for (const operator of ['config.json', 'CORS', gone.url]) assert.ok(!words.includes(operator), `${operator} in: ${words}`);
    assert.match(words, /Det sier ingenting om oppsettet hos dere/);
    const detail = await technical(page, '[data-testid="connection-health"]');
    assert.ok(detail.includes(gone.url) && detail.includes('CORS') && detail.includes('config.json'), detail);
    // Once: no second message about it, and «Sjekk igjen» is the one action.
    assert.equal(await page.locator('[data-testid="connection-failure"]').count(), 0);
    assert.deepEqual(await actions(page), ['Sjekk igjen']);
    await page.click('[data-testid="health-again"]');
    await expectFocus(page, 'tilkoblingstest-helse', '«Sjekk igjen» hands focus to the answer', { timeout: 5000 });
    assert.ok(await page.isVisible('[data-testid="health-again"]'));
    await context.close();
  });
});

test('a wrong backend address in config.json: the person reads that the site cannot find the test service; the operator reads why', async () => {
  await withConfig({ backend: `${backend.url}/feil-sti`, tidsgrenseSekunder: LIMIT_SECONDS }, async () => {
    const { context, page } = await openApp(site.browser, journey(SCENARIO.ok));
    await page.waitForSelector('[data-testid="connection-health"] [data-health="feil-adresse"]');
    assert.match(await text(page, 'connection-health'), /Testtjenesten er ikke klar: Nettstedet finner ikke testtjenesten/);
    const detail = await technical(page, '[data-testid="connection-health"]');
    assert.match(detail, /^HTTP 404 fra .*\/feil-sti: .*\/feil-sti\/v1\/health finnes ikke\. Adressen til testtjenesten i config\.json er trolig feil/);
    assert.equal(await page.locator('[data-testid="connection-start"]').count(), 0);
    await context.close();
  });
});

test('a backend that refuses this site (CORS) is explained as not answering, with CORS for the operator', async () => {
  const other = await startBackend({ origins: ['https://annen.example'] });
  try {
    await withConfig({ backend: other.url }, async () => {
      const { context, page } = await openApp(site.browser, journey(SCENARIO.ok));
      await page.waitForSelector('[data-testid="connection-health"] [data-health="ikke-tilgjengelig"]');
      assert.match(await technical(page, '[data-testid="connection-health"]'), /nekte forespørsler fra dette nettstedet \(CORS\)/);
      await context.close();
    });
  } finally {
    await other.stop();
  }
});

test('no backend configured, or a broken config.json: the manual checklist and the support e-mail instead', async () => {
  const cases = [
    [undefined, 'Ingen testtjeneste er satt opp her', null],
    [{ backend: null }, 'Ingen testtjeneste er satt opp her', null],
    ['{"backend": "http://x",,}', 'Testtjenesten er ikke satt opp riktig', /config\.json er ikke gyldig \(linje 1\)/],
  ];
  for (const [config, title, detail] of cases) {
    await withConfig(config, async () => {
      const { context, page } = await openApp(site.browser, journey(SCENARIO.ok));
      await page.waitForSelector('[data-testid="connection-unavailable"]');
      const shown = await text(page, 'connection-unavailable');
      assert.ok(shown.includes(title), shown);
      if (detail) assert.match(shown, detail);
      assert.match(await page.getAttribute('[data-testid="connection-unavailable"] a[href^="mailto:"]', 'href'), /^mailto:skattedeling@ks\.no/);
      assert.ok(await page.isVisible('[data-testid="connection-unavailable"] a:has-text("sjekklisten")'));
      assert.equal(await page.$('[data-testid="connection-form"]'), null);
      await context.close();
    });
  }
});
