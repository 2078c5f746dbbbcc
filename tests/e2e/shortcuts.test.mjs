// End-to-end tests of the connection flow's shortcuts (issue 16): from an error code in any spelling
// to the check that covers it and on to the live test; a code that leads to no check, with the way
// on; straight from the start to the live test with everything it needs on one screen, «Vet ikke»
// for the rettighetspakke included; the progress line; and the FAQ's way to the answer on applying
// for access. Against the real backend and the simulators, as connection.test.mjs.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useSite } from './support/site.mjs';
import { expectFocus, openApp } from './support/browser.mjs';
import { useBackend, SCENARIO } from './support/backend.mjs';

const site = useSite();
useBackend(site);

const stepIs = (page, step) => page.waitForSelector(`[data-testid="guide"][data-step="${step}"]`);
const text = async (page, testid) => (await page.textContent(`[data-testid="${testid}"]`)).trim();
const progress = (page) => text(page, 'guide-progress');

async function choose(page, value, next) {
  await page.check(`[data-testid="option-${value}"]`);
  await page.click('[data-testid="guide-continue"]');
  await stepIs(page, next);
}

/** Types `code` and presses Fortsett; resolves once the error summary shows. */
async function codeFails(page, code) {
  await page.fill('[data-testid="guide-input"]', code);
  await page.click('[data-testid="guide-continue"]');
  await page.waitForSelector('[data-testid="error-summary"]');
  await expectFocus(page, 'feiloppsummering');
  return text(page, 'error-summary');
}

test('Jeg har en feilmelding: a code in any spelling leads to its check, then to the live test', async () => {
  const { context, page, errors } = await openApp(site.browser, `${site.url}/?flyt=tilkobling`);
  await stepIs(page, 'rolle');
  assert.equal(await page.getAttribute('.guide-option:first-child input', 'data-testid'), 'option-feilmelding', 'the first choice');
  await choose(page, 'feilmelding', 'feilkode');
  assert.equal(await progress(page), 'Steg 2 av omtrent 4');

  // A code the catalogue does not know: said plainly, with the catalogue and the checks as ways on.
  assert.match(await codeFails(page, 'XY-1'), /Vi kjenner ikke feilkoden «XY-1»/);
  assert.match(await page.getAttribute('[data-testid="code-catalogue"]', 'href'), /#feilkoder$/);
  const checks = await page.getAttribute('[data-testid="code-walk-checks"]', 'href');
  assert.match(checks, /flyt=tilkobling&rolle=feilmelding&endre=rolle/);
  // A code the catalogue explains, but no check covers: its own entry.
  assert.match(await codeFails(page, 'ssg007'), /ingen egen sjekk for SSG-007/);
  assert.match(await page.getAttribute('[data-testid="code-entry"]', 'href'), /#feil-SSG-007$/);
  // Typing again clears the way on; a code the guide knows is named as it is typed.
  await page.fill('[data-testid="guide-input"]', 'mp 251');
  assert.equal(await page.locator('[data-testid="code-way-on"]').count(), 0);
  await page.waitForSelector('[data-testid="input-feedback"]:has-text("Kjent feilkode: MP-251")');
  // The codes can be picked as well as typed.
  assert.ok(await page.locator('#feilkoder-liste option[value="SSG-005"]').count() === 1);
  await page.click('[data-testid="guide-continue"]');
  await stepIs(page, 'mp-delegering');
  await expectFocus(page, 'veiviser-overskrift');
  assert.equal(new URL(page.url()).searchParams.get('feilkode'), 'MP-251', 'the code as the catalogue writes it');
  assert.equal(await progress(page), 'Steg 3 av omtrent 4');

  // The check's fix, then on to the live test rather than through every other check.
  await page.check('[data-testid="option-nei"]');
  await page.click('[data-testid="guide-continue"]');
  await page.waitForSelector('[data-testid="check-fix"]');
  await page.click('[data-testid="check-fixed"]');
  await stepIs(page, 'hurtigtest');
  assert.equal(await progress(page), 'Steg 4 av omtrent 4');
  await page.fill('[data-testid="oppsett-kommune"]', SCENARIO.mp251);
  await page.fill('[data-testid="oppsett-leverandor"]', '971 032 146');
  await page.check('[data-testid="setup-environment-test"]');
  await page.check('[data-testid="setup-package-kommuneforeldrebetaling"]');
  await page.click('[data-testid="guide-continue"]');
  await stepIs(page, 'test-tilkoblingen');
  assert.equal(await page.locator('[data-testid="guide-progress"]').count(), 0, 'no progress line on an outcome');
  assert.equal(
    new URL(page.url()).searchParams.get('hurtigtest'),
    `${SCENARIO.mp251}.971032146.test.kommuneforeldrebetaling`,
  );
  // The test runs with those answers: the parties, the environment and the package given.
  await page.waitForSelector('[data-health="ok"]');
  assert.match(await text(page, 'connection-parties'), /910 000 039.*971 032 146/s);
  assert.equal(await page.inputValue('[data-testid="test-package"]'), 'kommuneforeldrebetaling');
  await page.click('[data-testid="connection-start"]');
  await page.waitForSelector('[data-result="feil"]');
  assert.match(await text(page, 'connection-outcome'), /MP-251/);
  // The reasoning lists the code, the check and the setup in words.
  const answers = await page.$$eval('[data-testid="answer-value"]', (els) => els.map((e) => e.textContent));
  assert.deepEqual(answers, [
    'Jeg har en feilmelding',
    'MP-251',
    'Nei – rettet underveis',
    'Kommune 910 000 039, leverandør 971 032 146, testmiljøet, Foreldrebetaling i barnehage og SFO',
  ]);

  // Reload keeps the place; «Endre» on the setup shows what was given.
  await page.reload();
  await stepIs(page, 'test-tilkoblingen');
  await page.click('[data-testid="change-hurtigtest"]');
  await stepIs(page, 'hurtigtest');
  assert.equal(await page.inputValue('[data-testid="oppsett-kommune"]'), '910 000 039');
  assert.equal(await page.inputValue('[data-testid="oppsett-leverandor"]'), '971 032 146');
  assert.ok(await page.isChecked('[data-testid="setup-package-kommuneforeldrebetaling"]'));
  assert.deepEqual(errors, []);
  await context.close();
});

test('straight to the live test from the start: one screen, one problem at a time, and «Vet ikke»', async () => {
  const { context, page, errors } = await openApp(site.browser, `${site.url}/?flyt=tilkobling`);
  await stepIs(page, 'rolle');
  assert.equal(await progress(page), 'Steg 1 av omtrent 13');
  await choose(page, 'test', 'hurtigtest');
  assert.equal(await progress(page), 'Steg 2 av omtrent 2');
  assert.match(await page.textContent('#oppsett-pakke-hva'), /En rettighetspakke er det Skatteetaten har gitt kommunen tilgang til/);

  // Each missing answer is named in turn, beside its field, and the summary links to it.
  const problem = async () => {
    await page.click('[data-testid="guide-continue"]');
    await page.waitForSelector('[data-testid="error-summary"]');
    await expectFocus(page, 'feiloppsummering');
    return text(page, 'error-summary');
  };
  assert.match(await problem(), /Kommunens organisasjonsnummer: Skriv inn organisasjonsnummeret/);
  assert.equal(await page.getAttribute('[data-testid="oppsett-kommune"]', 'aria-invalid'), 'true');
  await page.fill('[data-testid="oppsett-kommune"]', '910 000 004');
  await page.fill('[data-testid="oppsett-leverandor"]', '910 000 004');
  assert.match(await problem(), /samme organisasjonsnummer som kommunen/);
  await page.fill('[data-testid="oppsett-leverandor"]', '');
  assert.match(await problem(), /Velg miljøet/);
  await page.check('[data-testid="setup-environment-produksjon"]');
  assert.match(await problem(), /Velg rettighetspakken, eller «Vet ikke»/);
  await page.click('[data-testid="error-summary"] a');
  await expectFocus(page, 'oppsett-pakke-kommuneboligsosialeformaal', 'the summary leads to the first package');

  // «Vet ikke» says how to find out, and lets the person go on.
  await page.check('[data-testid="setup-package-vet-ikke"]');
  const find = await text(page, 'setup-find-package');
  assert.match(find, /står i påkoblingsforespørselen Skatteetaten har godkjent/);
  assert.match(find, /Spør den i kommunen som sendte forespørselen/);
  assert.match(
    await page.getAttribute('[data-testid="setup-find-package"] a', 'href'),
    /#pakoblingsforesporsel$/,
  );
  await page.click('[data-testid="guide-continue"]');
  await stepIs(page, 'test-tilkoblingen');
  assert.equal(new URL(page.url()).searchParams.get('hurtigtest'), '910000004..produksjon.vet-ikke');

  // A direct connection (the municipality's own client, which the test backend has in produksjon):
  // no vendor, the environment given, and the package chosen in the test once it is known.
  await page.waitForSelector('[data-health="ok"]');
  assert.doesNotMatch(await text(page, 'connection-parties'), /Leverandør/);
  assert.ok(await page.isChecked('[data-testid="test-environment-produksjon"]'));
  await page.click('[data-testid="connection-start"]');
  await page.waitForSelector('[data-testid="package-error"]');
  await page.selectOption('[data-testid="test-package"]', 'saernamsmann');
  await page.click('[data-testid="connection-start"]');
  await page.waitForSelector('[data-result="ok"]');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the progress line follows the answers', async () => {
  const { context, page } = await openApp(site.browser, `${site.url}/?flyt=tilkobling&rolle=kommune&vei=direkte`);
  await stepIs(page, 'miljo');
  // The direct connection's path is shorter than the vendor's.
  assert.equal(await progress(page), 'Steg 3 av omtrent 8');
  await page.goto(`${site.url}/?flyt=tilkobling&rolle=kommune&vei=leverandor`);
  await stepIs(page, 'miljo');
  assert.equal(await progress(page), 'Steg 3 av omtrent 13');
  // Other flows have it too.
  await page.goto(`${site.url}/?flyt=bytte`);
  await stepIs(page, 'endring');
  assert.match(await progress(page), /^Steg 1 av omtrent \d+$/);
  await context.close();
});

test('the FAQ on getting access leads first to applying for it', async () => {
  const { context, page } = await openApp(site.browser, `${site.url}/#tilgang`);
  await page.click('#tilgang a[href="#pakoblingsforesporsel"]');
  await page.waitForFunction(() => document.querySelector('#pakoblingsforesporsel')?.open);
  const answer = await page.textContent('#pakoblingsforesporsel');
  assert.match(answer, /påkoblingsforespørsel/);
  assert.match(answer, /En rettighetspakke er det Skatteetaten gir tilgang til/);
  assert.ok(await page.locator('#pakoblingsforesporsel [data-testid="source"]').count() >= 3, 'with its sources');
  await context.close();
});
