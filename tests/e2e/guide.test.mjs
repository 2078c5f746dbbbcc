// End-to-end tests of the guide: each flow completed through the real UI of the release build, plus
// Tilbake, Endre, browser Back/Forward, reload, shared links, the token check's privacy, and the guide
// as text without JavaScript.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useSite } from './support/site.mjs';
import { expectFocus, openApp, unsignedJwt } from './support/browser.mjs';

const site = useSite();

const stepIs = (page, step) => page.waitForSelector(`[data-testid="guide"][data-step="${step}"]`);

/** Picks an option and continues, then waits for the next screen. */
async function choose(page, value, next) {
  await page.check(`[data-testid="option-${value}"]`);
  await page.click('[data-testid="guide-continue"]');
  await stepIs(page, next);
}

async function typeAndContinue(page, text, next) {
  await page.fill('[data-testid="guide-input"]', text);
  await page.click('[data-testid="guide-continue"]');
  await stepIs(page, next);
}

const answers = (page) => page.$$eval('[data-testid="answer-value"]', (els) => els.map((e) => e.textContent));

test('kom i gang: a municipality through a vendor, with checks that fail, a typo, and a token', async () => {
  const { context, page, errors } = await openApp(site.browser, `${site.url}/#tilgang`);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.url });
  // The FAQ's "detailed description" link starts the guide.
  await page.click('#tilgang a[href^="?flyt=tilkobling"]');
  await stepIs(page, 'rolle');
  await expectFocus(page, 'veiviser-overskrift', 'focus moves to the question');
  assert.equal(await page.textContent('[data-testid="guide-heading"]'), 'Hvor vil du begynne?');
  await choose(page, 'kommune', 'vei');
  await choose(page, 'leverandor', 'miljo');
  await choose(page, 'produksjon', 'kommune-orgnr');

  // The organisation number is checked as it is typed, and on Fortsett.
  await page.fill('[data-testid="guide-input"]', '974 760 67');
  assert.equal((await page.textContent('[data-testid="input-feedback"]')).trim(), '');
  await page.fill('[data-testid="guide-input"]', '974 760 674');
  await page.waitForSelector('[data-testid="input-feedback"]:has-text("skulle vært 3")');
  await page.click('[data-testid="guide-continue"]');
  await page.waitForSelector('[data-testid="error-summary"]');
  await expectFocus(page, 'feiloppsummering', 'focus moves to the error summary');
  assert.match(await page.textContent('[data-testid="error-summary"]'), /kontrollsifferet .* er 4, men skulle vært 3/);
  assert.equal(await page.getAttribute('[data-testid="guide-input"]', 'aria-invalid'), 'true');
  await page.fill('[data-testid="guide-input"]', '974 760 673');
  await page.waitForSelector('[data-testid="input-feedback"]:has-text("Gyldig organisasjonsnummer: 974 760 673")');
  await page.click('[data-testid="guide-continue"]');
  await stepIs(page, 'leverandor-orgnr');
  await typeAndContinue(page, '971032146', 'pakobling');
  await choose(page, 'ja', 'altinn-api');

  // A failed check explains the fix, who can do it and the FAQ answer, then lets the person go on.
  assert.match(await page.textContent('[data-testid="guide-heading"]'), /Summert skattegrunnlag API - På vegne av/);
  await page.check('[data-testid="option-nei"]');
  await page.click('[data-testid="guide-continue"]');
  await page.waitForSelector('[data-testid="check-fix"]');
  const fix = await page.textContent('[data-testid="check-fix"]');
  assert.ok(fix.includes('Tilgang til programmeringsgrensesnitt – API') && fix.includes('«Programmeringsgrensesnitt (API)»'), fix);
  assert.ok(await page.isVisible('[data-testid="faq-link"]:has-text("Jeg har problemer med å delegere")'));
  await page.click('[data-testid="check-fixed"]');
  await stepIs(page, 'altinn-produksjon');
  await choose(page, 'ja', 'altinn-orgnr');
  await page.check('[data-testid="option-nei"]');
  await page.click('[data-testid="guide-continue"]');
  await page.waitForSelector('[data-testid="check-fix"]');
  await page.click('[data-testid="check-left"]');
  await stepIs(page, 'mp-delegering');
  await choose(page, 'ja', 'mp-sertifikat');
  await choose(page, 'ja', 'scope');

  // A scope with a typo is named as a near miss.
  await page.fill('[data-testid="guide-input"]', 'skatteetaten:summertskattegrunlag');
  await page.click('[data-testid="guide-continue"]');
  await page.waitForSelector('[data-testid="error-summary"]');
  assert.equal(await page.locator('[data-testid="error-summary"] a code').count(), 2, 'the scopes are set as code');
  assert.equal(
    await page.textContent('[data-testid="error-summary"] a'),
    'Nesten riktig, men ikke helt: skatteetaten:summertskattegrunnlag – du skrev skatteetaten:summertskattegrunlag.',
  );
  await typeAndContinue(page, 'skatteetaten:summertskattegrunnlag', 'token');

  // The token is read in the browser, and never leaves it.
  assert.ok((await page.textContent('[data-testid="token-privacy"]')).includes('ikke sendt noe sted, ikke lagret og ikke lagt i adressen'));
  const requests = [];
  page.on('request', (r) => requests.push(r.url() + (r.postData() ?? '')));
  const now = Math.floor(Date.now() / 1000);
  const token = unsignedJwt({
    scope: 'skatteetaten:summertskattegrunnlag',
    consumer: { authority: 'iso6523-actorid-upis', ID: '0192:971032146' },
    supplier: { authority: 'iso6523-actorid-upis', ID: '0192:971032146' },
    delegation_source: 'https://www.altinn.no',
    iss: 'https://maskinporten.no/',
    exp: now + 100,
    iat: now - 20,
  });
  await page.fill('[data-testid="guide-input"]', 'ikke et token');
  await page.waitForSelector('[data-testid="token-error"]:has-text("tre deler")');
  await page.fill('[data-testid="guide-input"]', token);
  await page.waitForSelector('[data-testid="token-findings"]');
  assert.equal(await page.getAttribute('[data-testid="token-scope"]', 'data-status'), 'I orden');
  assert.equal(await page.getAttribute('[data-testid="token-consumer"]', 'data-status'), 'Må rettes');
  assert.match(await page.textContent('[data-testid="token-consumer"]'), /utstedt for 971 032 146, men kommunen har organisasjonsnummer 974 760 673/);
  assert.equal(await page.getAttribute('[data-testid="token-supplier"]', 'data-status'), 'I orden');
  assert.equal(await page.getAttribute('[data-testid="token-miljo"]', 'data-status'), 'I orden');
  assert.equal(await page.getAttribute('[data-testid="token-utlopt"]', 'data-status'), 'I orden');
  await page.click('[data-testid="guide-continue"]');
  await stepIs(page, 'klar');
  const secret = token.split('.')[1];
  assert.ok(!page.url().includes(secret) && !page.url().includes('eyJ'), page.url());
  assert.ok(!requests.some((r) => r.includes(secret)), 'the token is sent nowhere');
  const stored = await page.evaluate(() => JSON.stringify({ ...sessionStorage }) + JSON.stringify({ ...localStorage }));
  assert.ok(!stored.includes(secret), 'the token is stored nowhere');

  // The outcome lists what was not in order, and a summary to copy and send.
  const listed = (testid) => page.$$eval(`[data-testid="${testid}"] [data-testid="failure"]`, (els) => els.map((e) => e.textContent));
  assert.deepEqual(await listed('failures'), [
    'Har kommunen brukt hovedorganisasjonsnummeret både for kommunen og for leverandøren? Endre svaret',
  ]);
  assert.deepEqual(await listed('fixed'), [
    'Har kommunen delegert tilgang til riktig API: «Summert skattegrunnlag API - På vegne av»? Endre svaret',
  ]);
  const summary = await page.textContent('[data-testid="summary-text"]');
  // The first line says the outcome in words, not the outcome's title.
  assert.equal(summary.split('\n')[0], 'Resultat: 1 punkt i sjekklisten er ikke i orden, og tilkoblingen er ikke testet ennå');
  for (const line of [
    'Veiviser: Kom i gang eller feilsøk tilkoblingen\nSvaret i veiviseren: Test tilkoblingen\n',
    '- Kommunens organisasjonsnummer 974 760 673',
    '- Tilgangstoken Sjekket: consumer er ikke kommunen',
    'Dette var ikke i orden:',
    '(ikke rettet)',
  ]) {
    assert.ok(summary.includes(line), `${line}\n---\n${summary}`);
  }
  const mail = await page.getAttribute('[data-testid="summary-mail"]', 'href');
  assert.ok(mail.startsWith('mailto:skattedeling@ks.no?subject='));
  assert.equal(new URLSearchParams(mail.split('?')[1]).get('subject'), 'Kom i gang eller feilsøk tilkoblingen: Test tilkoblingen – kommune 974 760 673');
  const body = decodeURIComponent(mail.split('body=')[1]);
  assert.ok(body.includes(summary.trim().split('\n')[0]) && body.includes('(ikke rettet)'), body);
  await page.click('[data-testid="summary-copy"]');
  await page.waitForSelector('[data-testid="summary-copy-status"]:has-text("Sammendraget er kopiert")');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), summary);
  // The build's own config.json names no backend: the journey's last step says so and offers the rest.
  await page.waitForSelector('[data-testid="connection-unavailable"]:has-text("Ingen testtjeneste er satt opp her")');
  assert.deepEqual(errors, []);
  await context.close();
});

test('personer i andre kommuner: an error summary, the reasoning, and Endre', async () => {
  const { context, page, errors } = await openApp(site.browser, site.url);
  await page.click('[data-testid="guide-start-andre-kommuner"]');
  await stepIs(page, 'tjeneste');
  await page.click('[data-testid="guide-continue"]');
  await page.waitForSelector('[data-testid="error-summary"]:has-text("Velg et svar.")');
  await expectFocus(page, 'feiloppsummering');
  // The summary's link takes the person to the first option.
  await page.click('[data-testid="error-summary"] a');
  await expectFocus(page, 'svar-barnehage');
  // «Annet, eller vet ikke» asks what the law says, in general.
  await choose(page, 'annet', 'hjemmel');
  await choose(page, 'ja', 'ansvar');
  await choose(page, 'bosatt', 'flytteplaner');
  await choose(page, 'nei', 'bare-egne');
  assert.equal(await page.textContent('[data-testid="guide-heading"]'), 'Som utgangspunkt bare kommunens egne innbyggere');
  const note = await page.textContent('[data-testid="guide-note"]');
  assert.match(note, /veiledning, ikke et rettslig vedtak/);
  assert.match(note, /bare de inntektsårene beregningen trenger/);
  assert.deepEqual(await answers(page), ['Annet, eller vet ikke', 'Ja', 'Bare de som er «bosatt i» kommunen', 'Nei']);
  assert.match(await page.textContent('[data-testid="answers"] h2'), /Begrunnelse/);
  assert.ok(await page.locator('[data-testid="outcome"] [data-testid="source"]').count() > 0, 'the outcome names its sources');

  // Endre: the old answer is chosen; a new one leads to another outcome, and the answer that no
  // longer applies is gone from the URL.
  await page.click('[data-testid="change-ansvar"]');
  await stepIs(page, 'ansvar');
  assert.ok(await page.isChecked('[data-testid="option-bosatt"]'));
  await choose(page, 'oppholder-seg', 'kan-hente');
  assert.deepEqual(await answers(page), ['Annet, eller vet ikke', 'Ja', 'De som «oppholder seg» i kommunen']);
  assert.equal(new URL(page.url()).searchParams.get('flytteplaner'), null);
  // «Les mer» opens the FAQ answer.
  await page.click('[data-testid="faq-link"]');
  await page.waitForFunction(() => document.querySelector('#innbyggere-i-andre-kommuner')?.open);
  assert.equal(await page.textContent('h1'), 'Ofte stilte spørsmål om skattedeling');
  assert.deepEqual(errors, []);
  await context.close();
});

/** The outcome's sources as the person sees them: each link's text and address. */
const sources = (page) => page.$$eval('[data-testid="outcome"] [data-testid="source"] a', (as) => as.map((a) => [a.textContent, a.href]));

test('personer i andre kommuner, per service: the law, its sources, and the uncertain sent to a jurist or KS', async () => {
  const { context, page, errors } = await openApp(site.browser, `${site.url}/?flyt=andre-kommuner`);
  // One path per service: the answers with the screen each leads to, the outcome's title, a source it
  // names, and words of the law it quotes (or of its uncertainty).
  const paths = [
    [[['barnehage', 'barnehage-bosatt'], ['nei', 'barnehage-flytteplaner'], ['nei', 'barnehage-annen-kommune']],
      'Det er bostedskommunen som henter opplysningene', 'Barnehageloven § 16 (Lovdata)',
      '«Barnet har rett til plass i barnehage i den kommunen der det er bosatt.»'],
    [[['sfo', 'sfo-elev'], ['bor-annet-sted', 'sfo-uavklart']],
      'Uavklart: avklar med kommunens jurist eller KS før dere henter', 'Udir: Moderasjonsordninger i SFO',
      'Dette er uavklart.'],
    [[['langtidsopphold', 'langtidsopphold-betaler'], ['ja', 'langtidsopphold-kan-hente']],
      'Kommunen kan hente opplysninger om beboeren, også når hen er folkeregistrert i en annen kommune',
      'Forskrift om egenandel for kommunale helse- og omsorgstjenester § 2 (Lovdata)',
      '«Den kommunen som har stilt garanti eller dekker oppholdsutgiftene treffer vedtak om egenandel'],
    [[['personlig-assistanse', 'assistanse-vedtak'], ['ja', 'assistanse-kan-hente']],
      'Kommunen kan hente opplysninger om husstanden, også når personen er folkeregistrert i en annen kommune',
      'Helse- og omsorgstjenesteloven § 3-1 (Lovdata)',
      '«personlig assistanse, herunder praktisk bistand og opplæring og støttekontakt»'],
    [[['boligsosialt', 'bolig-hva'], ['bolig-bostotte', 'bolig-lokale-regler']],
      'Det avhenger av kommunens egne regler for tildeling', 'KS: Kommunal bolig og kommunal bostøtte',
      'Dette er usikkert.'],
  ];
  for (const [steps, title, source, words] of paths) {
    await stepIs(page, 'tjeneste');
    for (const [value, next] of steps) await choose(page, value, next);
    const service = steps[0][0];
    assert.equal(await page.textContent('[data-testid="guide-heading"]'), title);
    const text = (await page.textContent('[data-testid="outcome"]')).replace(/\s+/g, ' ');
    assert.ok(text.includes(words), `${service}: ${text}`);
    const named = await sources(page);
    assert.ok(named.some(([t]) => t === source), `${service}: ${JSON.stringify(named)}`);
    assert.ok(named.every(([, href]) => href.startsWith('https://')), service);
    assert.equal(await page.getAttribute('[data-testid="outcome"] .sources__assessed time', 'datetime'), '2026-12-01');
    if (/usikkert|uavklart/.test(text)) assert.match(text, /kommunens jurist.*skattedeling@ks\.no/, service);
    // The summary to copy or send carries the sources with their addresses.
    const summary = await page.textContent('[data-testid="summary-text"]');
    assert.ok(summary.includes('Kilder (sist vurdert 1. desember 2026):'), summary);
    assert.ok(summary.includes(`- ${source}: https://`), summary);
    await page.click('[data-testid="guide-restart"]');
  }
  // A section on Lovdata is linked as Lovdata spells it.
  await page.goto(`${site.url}/?flyt=andre-kommuner&tjeneste=langtidsopphold&langtidsopphold-betaler=ja`);
  await stepIs(page, 'langtidsopphold-kan-hente');
  assert.ok((await sources(page)).some(([, href]) => href === 'https://lovdata.no/forskrift/2011-12-16-1349/%C2%A72'));
  assert.deepEqual(errors, []);
  await context.close();
});

test('næringsinntekt: Tilbake keeps the answer, and another stage gives another answer', async () => {
  const { context, page, errors } = await openApp(site.browser, site.url);
  await page.click('[data-testid="guide-start-naeringsinntekt"]');
  await stepIs(page, 'stadie');
  await choose(page, 'utkast', 'utkast');
  assert.match(await page.textContent('[data-testid="outcome"]'), /ikke med når opplysningene deles\s+fra utkast-stadiet/);
  await page.click('[data-testid="guide-back"]');
  await stepIs(page, 'stadie');
  assert.ok(await page.isChecked('[data-testid="option-utkast"]'));
  await choose(page, 'oppgjor', 'oppgjor');
  const outcome = (await page.textContent('[data-testid="outcome"]')).replace(/\s+/g, ' ');
  assert.ok(outcome.includes('personinntekten i næring') && outcome.includes('ikke opplysninger om næringsoverskudd'), outcome);
  assert.deepEqual(errors, []);
  await context.close();
});

test('bytte leverandør: no new request, and the delegation checklist', async () => {
  const { context, page, errors } = await openApp(site.browser, site.url);
  await page.click('[data-testid="guide-start-bytte"]');
  await stepIs(page, 'endring');
  await choose(page, 'ny-leverandor', 'ny-leverandor-orgnr');
  await typeAndContinue(page, '971 032 146', 'altinn-api');
  await choose(page, 'ja', 'altinn-produksjon');
  await choose(page, 'ja', 'altinn-orgnr');
  await choose(page, 'ja', 'deleger-ny');
  assert.equal(
    await page.textContent('[data-testid="guide-heading"]'),
    'Ingen ny påkoblingsforespørsel – deleger til den nye leverandøren i Altinn',
  );
  assert.equal(await page.locator('[data-testid="failures"]').count(), 0);
  assert.deepEqual(await answers(page), ['Vi bytter til en ny fagsystemleverandør', '971 032 146', 'Ja', 'Ja', 'Ja']);
  // A shared link to another outcome, and its link on to the main flow.
  await page.goto(`${site.url}/?flyt=bytte&endring=til-direkte`);
  await page.waitForSelector('#app[data-app="klar"]');
  await stepIs(page, 'direkte');
  await page.click('[data-testid="outcome"] a[href^="?flyt=tilkobling"]');
  await stepIs(page, 'rolle');
  assert.deepEqual(errors, []);
  await context.close();
});

test('Back, Forward, reload and Endre keep the place and the later answers', async () => {
  const start =
    '/?flyt=tilkobling&rolle=kommune&vei=leverandor&miljo=test&kommune-orgnr=974760673' +
    '&leverandor-orgnr=971032146&pakobling=ja&altinn-api=ja&altinn-tt02=ja';
  const { context, page, errors } = await openApp(site.browser, site.url + start);
  await stepIs(page, 'altinn-orgnr');
  // Changing the environment keeps the organisation numbers; the Altinn check for production is new.
  await page.click('[data-testid="change-miljo"]');
  await stepIs(page, 'miljo');
  assert.ok(await page.isChecked('[data-testid="option-test"]'));
  await choose(page, 'produksjon', 'altinn-produksjon');
  assert.deepEqual((await answers(page)).slice(2, 5), ['Produksjon', '974 760 673', '971 032 146']);
  assert.equal(new URL(page.url()).searchParams.get('altinn-tt02'), null);
  // Browser Back goes to the screen before, Forward returns, reload stays.
  await page.goBack();
  await stepIs(page, 'miljo');
  await page.goBack();
  await stepIs(page, 'altinn-orgnr');
  await page.goForward();
  await stepIs(page, 'miljo');
  await page.goForward();
  await stepIs(page, 'altinn-produksjon');
  await expectFocus(page, 'veiviser-overskrift');
  await page.reload();
  await page.waitForSelector('#app[data-app="klar"]');
  await stepIs(page, 'altinn-produksjon');
  // Something typed but not sent on survives a reload too (never a token).
  await choose(page, 'ja', 'altinn-orgnr');
  await page.goto(`${site.url}/?flyt=bytte&endring=ny-leverandor`);
  await page.waitForSelector('#app[data-app="klar"]');
  await page.fill('[data-testid="guide-input"]', '971 032');
  await page.reload();
  await page.waitForSelector('#app[data-app="klar"]');
  assert.equal(await page.inputValue('[data-testid="guide-input"]'), '971 032');
  // Start på nytt forgets the answers.
  await page.click('[data-testid="guide-restart"]');
  await stepIs(page, 'endring');
  assert.equal(await page.locator('[data-testid="answers"]').count(), 0);
  // A link to a flow that does not exist says so.
  await page.goto(`${site.url}/?flyt=finnes-ikke`);
  await page.waitForSelector('[data-testid="guide-heading"]:has-text("Vi finner ikke veiviseren «finnes-ikke»")');
  assert.deepEqual(errors, []);
  await context.close();
});

test('without JavaScript each flow is a page of plain text: checklists and the legal-basis rules', async () => {
  const context = await site.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(site.url);
  // The FAQ page lists the flows; their text is on their own pages.
  assert.equal(await page.locator('#veiviser-tilkobling').count(), 0);
  await page.click('[data-testid="guide-start-tilkobling"]');
  assert.equal(new URL(page.url()).pathname, '/veiviser/tilkobling/');
  assert.equal(await page.title(), 'Kom i gang eller feilsøk tilkoblingen – Veiviser – Skattedeling selvbetjening');
  const main = await page.textContent('#veiviser-tilkobling');
  for (const text of [
    'Sjekk: Har kommunen delegert tilgang til riktig API: «Summert skattegrunnlag API - På vegne av»?',
    'Sjekk: Bruker leverandøren sitt eget virksomhetssertifikat, for riktig miljø?',
    'skatteetaten:summertskattegrunnlag',
    'Hvem kan gjøre det',
    'Tilkoblingstesten på nettstedet krever JavaScript.',
  ]) {
    assert.ok(main.includes(text), text);
  }
  // The link to the interactive guide needs the app, so it is hidden; the way back is not.
  assert.equal(await page.isVisible('[data-testid="guide-page-start"]'), false);
  await page.click('[data-testid="guide-page-faq"]');
  assert.equal(new URL(page.url()).pathname, '/');
  await page.click('[data-testid="guide-start-andre-kommuner"]');
  assert.equal(new URL(page.url()).pathname, '/veiviser/andre-kommuner/');
  const rules = await page.textContent('#veiviser-andre-kommuner');
  for (const text of [
    'Redusert foreldrebetaling eller gratis kjernetid i barnehage: gå videre til «Er barnet folkeregistrert i kommunen deres?»',
    'Eleven er folkeregistrert i en annen kommune: gir svaret «Uavklart: avklar med kommunens jurist eller KS før dere henter»',
    'Bare de som er «bosatt i» kommunen: gå videre til «Har personen konkrete planer om å flytte til kommunen?»',
    'Svar: Som utgangspunkt bare kommunens egne innbyggere',
    'Nei: gir svaret «Uten rettslig grunnlag kan kommunen ikke hente opplysningene»',
    'Kildene ble sist vurdert 1. desember 2026.',
    'veiledning, ikke et rettslig vedtak',
  ]) {
    assert.ok(rules.includes(text), text);
  }
  // Every outcome on the page has its sources, each a link to an https address.
  const outcomes = await page.locator('#veiviser-andre-kommuner h2:has-text("Svar:")').count();
  assert.equal(await page.locator('#veiviser-andre-kommuner [data-testid="sources"]').count(), outcomes);
  const hrefs = await page.$$eval('#veiviser-andre-kommuner [data-testid="source"] a', (as) => as.map((a) => a.href));
  assert.ok(hrefs.length >= outcomes && hrefs.every((h) => h.startsWith('https://')), hrefs.join('\n'));
  // The page is styled by the build's stylesheet.
  assert.notEqual(await page.$eval('.skip-link', (e) => getComputedStyle(e).position), 'static');
  // Links in the content lead where the editor meant: another flow to its page, an answer to the FAQ.
  await page.goto(`${site.url}/veiviser/bytte/`);
  await page.click('#veiviser-bytte a[data-flyt="tilkobling"]');
  assert.equal(new URL(page.url()).pathname, '/veiviser/tilkobling/');
  // The FAQ answer on non-residents has its sources too, and leads to the flow's page.
  await page.goto(site.url);
  await page.click('#innbyggere-i-andre-kommuner summary');
  assert.ok(await page.locator('#innbyggere-i-andre-kommuner [data-testid="source"]').count() > 0);
  await page.click('#innbyggere-i-andre-kommuner a[data-flyt="andre-kommuner"]');
  assert.equal(new URL(page.url()).pathname, '/veiviser/andre-kommuner/');
  // An answer's link to a flow leads to its page too.
  await page.goto(site.url);
  await page.click('#tilgang summary');
  await page.click('#tilgang a[data-flyt="tilkobling"]');
  assert.equal(new URL(page.url()).pathname, '/veiviser/tilkobling/');
  await context.close();
});

test('with JavaScript a flow\'s page leads to the interactive guide', async () => {
  const context = await site.browser.newContext();
  const page = await context.newPage();
  await page.goto(`${site.url}/veiviser/andre-kommuner/`);
  await page.click('[data-testid="guide-page-start"]');
  await page.waitForSelector('#app[data-app="klar"]');
  await page.waitForSelector('[data-testid="guide-heading"]');
  const url = new URL(page.url());
  assert.equal(url.pathname, '/');
  assert.equal(url.searchParams.get('flyt'), 'andre-kommuner');
  await context.close();
});
