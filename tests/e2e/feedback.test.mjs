// «Fant du det du lette etter?» in the built site with a feedback service (`make release-feedback`),
// against the real backend with [feedback] on SQLite: a vote, a comment after «Nei», a comment with
// personal data refused in the browser, a search with no hit counted once, the votes under a guide
// outcome, the forms without JavaScript, nothing kept in the browser, axe on every state, and at the
// end KS' report, written by the backend's `report` command from what this run sent.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdir, readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { useSite, builtIndex, FEEDBACK_DIST, FEEDBACK_BUILT_FOR } from './support/site.mjs';
import { startBackend, REPORT_TOKEN } from './support/backend.mjs';
import { openApp } from './support/browser.mjs';
import { expectNoAxeViolations } from './support/axe.mjs';

const site = useSite({ dist: FEEDBACK_DIST });
let backend;
/** Where the report of this run is written (kept, for the closing note of the change). */
const REPORT_DIR = new URL('../../target/e2e-rapport', import.meta.url).pathname;

before(async () => {
  await site.ready;
  backend = await startBackend({ origins: [site.url], feedback: true });
  // The build's forms name config/serve.json's service; this run's backend stands in its place.
  for (const path of ['/index.html', '/nn/index.html', '/en/index.html']) {
    const built = await readFile(`${FEEDBACK_DIST}${path}`, 'utf8');
    site.server.files.set(path, built.replaceAll(FEEDBACK_BUILT_FOR, backend.backendUrl));
  }
  site.server.files.set('/config.json', JSON.stringify({ backend: backend.url, tilbakemelding: backend.backendUrl }));
});
after(() => backend?.stop());

/** Every request the page sends to the feedback service's `path`, with its body. */
function sent(page, path) {
  const bodies = [];
  page.on('request', (r) => {
    if (r.url() === `${backend.backendUrl}${path}`) bodies.push(r.postData());
  });
  return bodies;
}

/** What the page keeps in the browser: cookies, local and session storage. */
async function kept(page) {
  return page.evaluate(() => ({
    cookies: document.cookie,
    local: Object.keys(localStorage),
    session: Object.keys(sessionStorage),
  }));
}

test('«Ja» under an answer is sent, thanked for, and keeps nothing in the browser', async () => {
  const { context, page, errors } = await openApp(site.browser, `${site.url}/#kostnad`);
  const votes = sent(page, '/v1/feedback/vote');
  const before = await kept(page);
  const form = page.locator('#kostnad [data-testid="feedback"]');
  await form.scrollIntoViewIfNeeded();
  const title = await page.textContent('#kostnad [data-testid="question-title"]');
  // The buttons' names say which answer they are about.
  const yes = form.getByRole('button', { name: `Ja – jeg fant det jeg lette etter i «${title}»` });
  await form.getByRole('button', { name: `Nei – jeg fant ikke det jeg lette etter i «${title}»` }).waitFor();
  await expectNoAxeViolations(page, 'an answer with its vote');
  await yes.focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('#kostnad [data-testid="feedback-status"]').textContent !== '');
  assert.equal(await form.locator('[data-testid="feedback-status"]').textContent(), 'Takk for svaret.');
  // Focus on the thanks, where the buttons were.
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), 'feedback-status');
  assert.equal(await form.locator('.feedback__buttons').isHidden(), true);
  assert.equal(votes.length, 1);
  const vote = JSON.parse(votes[0]);
  assert.equal(vote.mal, 'kostnad');
  assert.equal(vote.svar, 'ja');
  assert.match(vote.revisjon, /^[0-9a-f]{8}$/);
  assert.equal(vote.nettside, '');
  assert.deepEqual(await kept(page), before, 'the vote keeps nothing in the browser');
  await expectNoAxeViolations(page, 'after «Ja»');
  assert.deepEqual(errors, []);
  await context.close();
});

test('«Nei» offers reasons and a comment; personal data is refused before it is sent', async () => {
  const { context, page, errors } = await openApp(site.browser, `${site.url}/#tilgang`);
  const comments = sent(page, '/v1/feedback/comment');
  const form = page.locator('#tilgang [data-testid="feedback"]');
  await form.locator('[data-testid="feedback-no"]').click();
  await form.locator('[data-testid="feedback-more"]').waitFor();
  assert.equal(await form.locator('[data-testid="feedback-status"]').textContent(), 'Takk for svaret. Vil du si hva som manglet?');
  // Focus on the first reason, in its group.
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('value')), 'mangler');
  await expectNoAxeViolations(page, 'the reasons and the comment');
  await form.getByLabel('Svaret mangler informasjon').check();
  const area = form.getByLabel('Kommentar (valgfritt, høyst 300 tegn)');
  assert.match(await area.getAttribute('aria-describedby'), /tilgang-kommentar-hjelp/);
  await area.fill('Fikk MP-251 for 010190 12345, hva nå?');
  await form.locator('[data-testid="feedback-send"]').click();
  const error = form.locator('[data-testid="feedback-error"]');
  await error.waitFor();
  assert.match(await error.textContent(), /fødselsnummer/);
  assert.equal(await area.getAttribute('aria-invalid'), 'true');
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), 'feedback-comment');
  assert.equal(comments.length, 0, 'nothing with a fødselsnummer leaves the browser');
  await expectNoAxeViolations(page, 'a refused comment');
  await area.fill('ola@kommune.no vet mer');
  await form.locator('[data-testid="feedback-send"]').click();
  assert.match(await error.textContent(), /e-postadresse/);
  assert.equal(comments.length, 0);
  // Mended, it is sent, with the code kept.
  await area.fill('Fikk MP-251 i testmiljøet, svaret sier ikke hva jeg skal gjøre.');
  await form.locator('[data-testid="feedback-send"]').click();
  await page.waitForFunction(() => document.querySelector('#tilgang [data-testid="feedback-status"]').textContent.startsWith('Takk for tilbakemeldingen'));
  assert.equal(comments.length, 1);
  assert.deepEqual(
    { ...JSON.parse(comments[0]), revisjon: 'r' },
    { mal: 'tilgang', revisjon: 'r', sprak: 'nb', nettside: '', grunn: 'mangler', tekst: 'Fikk MP-251 i testmiljøet, svaret sier ikke hva jeg skal gjøre.' },
  );
  assert.equal(await form.locator('[data-testid="feedback-more"]').count(), 0);
  await expectNoAxeViolations(page, 'after the comment');
  assert.deepEqual(errors, []);
  await context.close();
});

test('on the nynorsk and English pages the vote speaks their language, and says which it is', async () => {
  for (const [path, words] of [
    ['/nn/', { thanks: 'Takk for svaret. Vil du seie kva som mangla?', reason: 'Svaret er vanskeleg å forstå', comment: 'Kommentar (valfritt, høgst 300 teikn)', refused: /telefonnummer/, sent: 'Takk for tilbakemeldinga' }],
    ['/en/', { thanks: 'Thank you for your answer. Would you like to tell us what was missing?', reason: 'The answer is hard to understand', comment: 'Comment (optional, at most 300 characters)', refused: /telephone number/, sent: 'Thank you for your feedback' }],
  ]) {
    const { context, page, errors } = await openApp(site.browser, `${site.url}${path}#tilgang`);
    const comments = sent(page, '/v1/feedback/comment');
    const form = page.locator('#tilgang [data-testid="feedback"]');
    await form.locator('[data-testid="feedback-no"]').click();
    await form.locator('[data-testid="feedback-more"]').waitFor();
    assert.equal(await form.locator('[data-testid="feedback-status"]').textContent(), words.thanks, path);
    await form.getByLabel(words.reason).check();
    const area = form.getByLabel(words.comment);
    await area.fill('+47 912 34 567');
    await form.locator('[data-testid="feedback-send"]').click();
    assert.match(await form.locator('[data-testid="feedback-error"]').textContent(), words.refused, path);
    await expectNoAxeViolations(page, `${path}: a refused comment`);
    await area.fill('');
    await form.locator('[data-testid="feedback-send"]').click();
    await page.waitForFunction((w) => document.querySelector('#tilgang [data-testid="feedback-status"]').textContent.startsWith(w), words.sent);
    assert.equal(JSON.parse(comments[0]).sprak, path.slice(1, 3), path);
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('a search with no hit is counted once, when it has stood', async () => {
  const { context, page, errors } = await openApp(site.browser, site.url);
  const searches = sent(page, '/v1/feedback/search');
  const before = await kept(page);
  const box = page.locator('[data-testid="search-input"]');
  await box.fill('kvasirlunde');
  await page.locator('[data-testid="no-results"]').waitFor();
  await page.waitForTimeout(2600);
  assert.equal(searches.length, 1);
  assert.deepEqual(JSON.parse(searches[0]), { sprak: 'nb', sok: 'kvasirlunde' });
  // The same search again, and one that finds something, send nothing more.
  await box.fill('kostnad');
  await box.fill('kvasirlunde');
  await page.waitForTimeout(2600);
  await box.fill('kva');
  await box.fill('maskinporten');
  await page.waitForTimeout(2600);
  assert.equal(searches.length, 1, JSON.stringify(searches));
  assert.deepEqual(await kept(page), before, 'counting keeps nothing in the browser');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a guide outcome has the vote too', async () => {
  const path = '/?flyt=andre-kommuner&tjeneste=langtidsopphold&langtidsopphold-betaler=ja';
  const { context, page, errors } = await openApp(site.browser, site.url + path);
  const votes = sent(page, '/v1/feedback/vote');
  const form = page.locator('[data-testid="outcome"] [data-testid="feedback"]');
  await form.waitFor();
  const title = await page.textContent('[data-testid="guide-heading"]');
  await form.getByRole('button', { name: `Nei – jeg fant ikke det jeg lette etter i «${title}»` }).click();
  await form.locator('[data-testid="feedback-more"]').waitFor();
  assert.equal(JSON.parse(votes[0]).mal, 'andre-kommuner/langtidsopphold-kan-hente');
  await expectNoAxeViolations(page, 'an outcome after «Nei»');
  await form.getByLabel('Svaret er vanskelig å forstå').check();
  await form.locator('[data-testid="feedback-send"]').click();
  await page.waitForFunction(() => document.querySelector('[data-testid="outcome"] [data-testid="feedback-status"]')?.textContent.startsWith('Takk for tilbakemeldingen'));
  assert.deepEqual(errors, []);
  await context.close();
});

test('without a feedback service in config.json, a guide outcome has no vote', async () => {
  site.server.files.set('/config.json', JSON.stringify({ backend: backend.url }));
  try {
    const path = '/?flyt=andre-kommuner&tjeneste=langtidsopphold&langtidsopphold-betaler=ja';
    const { context, page } = await openApp(site.browser, site.url + path);
    await page.locator('[data-testid="outcome"]').waitFor();
    await page.waitForTimeout(300);
    assert.equal(await page.locator('[data-testid="outcome"] [data-testid="feedback"]').count(), 0);
    await context.close();
  } finally {
    site.server.files.set('/config.json', JSON.stringify({ backend: backend.url, tilbakemelding: backend.backendUrl }));
  }
  // And the shipped build, which names none, has no form at all.
  assert.doesNotMatch(await builtIndex(), /class=feedback|class="feedback"/);
});

test('without JavaScript the vote is a plain form, and the service asks for the reason on its own page', async () => {
  const context = await site.browser.newContext({ locale: 'nb-NO', javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${site.url}/#kostnad`);
  await page.click('#kostnad summary');
  await page.locator('#kostnad [data-testid="feedback-no"]').click();
  await page.waitForURL(`${backend.backendUrl}/**`);
  assert.match(await page.textContent('body'), /Takk for tilbakemeldingen/);
  await page.getByLabel('Svaret er feil eller utdatert').check();
  await page.locator('textarea').fill('Prisen har endret seg.');
  await page.locator('button[type="submit"], input[type="submit"]').first().click();
  await page.waitForLoadState();
  assert.match(await page.textContent('body'), /Takk/);
  const back = page.getByRole('link', { name: /Tilbake/ });
  assert.match(await back.getAttribute('href'), new RegExp(`^${site.url}/`));
  // From the nynorsk page, the way back is the answer on the nynorsk page (the service works it
  // out from the vote's language; the form carries no address).
  await page.goto(`${site.url}/nn/#kostnad`);
  await page.click('#kostnad summary');
  assert.equal(await page.locator('#kostnad form input[name="tilbake"]').count(), 0);
  await page.locator('#kostnad [data-testid="feedback-yes"]').click();
  await page.waitForURL(`${backend.backendUrl}/**`);
  assert.equal(await page.getAttribute('html', 'lang'), 'nn');
  assert.equal(await page.textContent('h1'), 'Takk for tilbakemeldinga.');
  assert.equal(await page.getByRole('link', { name: /Tilbake/ }).getAttribute('href'), `${site.url}/nn/#kostnad`);
  await context.close();
  // axe needs a script of its own: the service's page, with scripts on.
  // (The service's page forbids every script of its own; axe's is let in here.)
  const withScripts = await site.browser.newContext({ locale: 'nb-NO', bypassCSP: true });
  const again = await withScripts.newPage();
  await again.goto(site.url);
  // «Nei» from kostnad's own form, as a browser without JavaScript posts it.
  await again.evaluate(() => {
    const form = document.querySelector('#kostnad form.feedback');
    const copy = form.cloneNode(true);
    copy.append(Object.assign(document.createElement('input'), { type: 'hidden', name: 'svar', value: 'nei' }));
    document.body.append(copy);
    HTMLFormElement.prototype.submit.call(copy);
  });
  await again.waitForURL(`${backend.backendUrl}/**`);
  await again.getByLabel('Svaret er vanskelig å forstå').waitFor();
  await expectNoAxeViolations(again, 'the service\'s page after «Nei» without JavaScript');
  await withScripts.close();
});

test('KS\' report holds what this run sent', async () => {
  await mkdir(REPORT_DIR, { recursive: true });
  const { stdout } = await promisify(execFile)(
    backend.binary,
    ['report', '--config', backend.config, '--since', '2000-W01', '--out', REPORT_DIR],
    { env: { ...process.env, SKATTEDELING_RAPPORT_TOKEN: REPORT_TOKEN } },
  );
  const html = await readFile(stdout.split('\n').find((l) => l.endsWith('.html')).trim(), 'utf8');
  const csv = await readFile(stdout.split('\n').find((l) => l.endsWith('.csv')).trim(), 'utf8');
  for (const text of [html, csv]) {
    assert.match(text, /kostnad/);
    assert.match(text, /tilgang/);
    assert.match(text, /andre-kommuner\/langtidsopphold-kan-hente/);
    assert.match(text, /MP-251 i testmiljøet/);
    assert.doesNotMatch(text, /010190|ola@kommune/);
  }
  // The same report over HTTP, with the token only.
  const url = `${backend.backendUrl}/v1/feedback/report?fra=2000-W01`;
  assert.equal((await fetch(url)).status, 401);
  const answer = await fetch(url, { headers: { Authorization: `Bearer ${REPORT_TOKEN}` } });
  assert.equal(answer.status, 200);
  assert.match(await answer.text(), /MP-251 i testmiljøet/);
});
