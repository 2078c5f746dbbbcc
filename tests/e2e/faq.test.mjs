// End-to-end tests of the FAQ site: the release build in dist/, served on loopback, in headless
// Chromium. What only a real browser shows: the page without JavaScript, the takeover by the app,
// typing, deep links, copying, printing.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useSite } from './support/site.mjs';
import { openApp, shownQuestionIds } from './support/browser.mjs';

const site = useSite();

test('the whole FAQ is readable with JavaScript turned off', async () => {
  const context = await site.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(site.url);
  assert.equal(await page.textContent('h1'), 'Ofte stilte spørsmål om skattedeling');
  // The seed's 17 answers and the one on applying for access in four sections, then the error-code
  // catalogue, each code at its anchor.
  assert.equal(await page.locator('section.faq-section:not(#feilkoder) [data-testid="question"]').count(), 18);
  assert.equal(await page.locator('section.faq-section h2').count(), 5);
  assert.ok(await page.locator('#feilkoder [data-testid="question"]').count() >= 30);
  assert.match(await page.textContent('#feil-MP-251 [data-testid="question-title"]'), /^MP-251: /);
  // Answers are in the page, and a question opens with a click, without any script.
  const html = await page.content();
  for (const text of ['skatteetaten:summertskattegrunnlag', 'Hovedavtalen ble inngått i juni 2020', 'personinntekten i næring']) {
    assert.ok(html.includes(text), `${text} is in the page`);
  }
  await page.click('#kostnad summary');
  assert.ok(await page.isVisible('#kostnad .answer__body'));
  // Controls that need the app are hidden, and the page says why.
  assert.equal(await page.isVisible('[data-testid="search-input"]'), false);
  assert.equal(await page.isVisible('[data-testid="copy-link"]'), false);
  assert.ok(await page.isVisible('text=Søk og filtrering krever JavaScript'));
  assert.equal(await page.locator('[data-testid="timeline-event"]').count(), 3);
  await context.close();
});

test('typing a question shows the best answer first, with the words marked', async () => {
  const { context, page, errors } = await openApp(site.browser, site.url);
  const cases = [
    ['maskinp', 'maskinporten'],
    ['orgnr', 'delegering-altinn'],
    ['hva koster det', 'kostnad'],
    ['delegerring altinn', 'delegering-altinn'],
    ['skatteetaten:summertskattegrunnlag', 'maskinporten'],
    ['innbyggere i andre kommuner', 'innbyggere-i-andre-kommuner'],
    ['verksemdssertifikat', 'maskinporten'],
    ['når legges infotorg ned', 'infotorg-stenger'],
    ['virksomhetsertifkat', 'maskinporten'],
  ];
  for (const [query, expected] of cases) {
    await page.fill('[data-testid="search-input"]', '');
    await page.type('[data-testid="search-input"]', query);
    await page.waitForFunction(
      (q) => document.querySelector('[data-testid="search-status"]')?.textContent.includes(`«${q}»`),
      query,
    );
    const ids = await shownQuestionIds(page);
    assert.equal(ids[0], expected, `${query} → ${ids.slice(0, 3)}`);
  }
  assert.ok((await page.locator('[data-testid="results"] mark').count()) > 0);
  // The search lives in the URL, so it can be shared: once typing pauses (not at every keystroke,
  // which would cost more than the search itself).
  await page.waitForFunction(() => new URL(location.href).searchParams.get('q') === 'virksomhetsertifkat');
  assert.deepEqual(errors, []);
  await context.close();
});

test('an error code in any spelling finds its entry first, and its link opens it', async () => {
  const { context, page, errors } = await openApp(site.browser, site.url);
  for (const [query, expected] of [['MP-251', 'feil-MP-251'], ['mp251', 'feil-MP-251'], ['ssg 005', 'feil-SSG-005'], ['invalid_grant', 'feil-invalid_grant']]) {
    await page.fill('[data-testid="search-input"]', query);
    await page.waitForFunction(
      (q) => document.querySelector('[data-testid="search-status"]')?.textContent.includes(`«${q}»`),
      query,
    );
    const ids = await shownQuestionIds(page);
    assert.equal(ids[0], expected, `${query} → ${ids.slice(0, 3)}`);
  }
  // The entry says what to do and leads to the answer and the guide's check.
  await page.goto(`${site.url}/#feil-MP-251`);
  await page.waitForSelector('#app[data-app="klar"]');
  await page.waitForSelector('#feil-MP-251[open]');
  const entry = await page.textContent('#feil-MP-251');
  assert.ok(entry.includes('Dette gjør du:') && entry.includes('Hvem gjør det:'), entry);
  assert.ok(await page.isVisible('#feil-MP-251 a[href="#delegering-altinn"]'));
  await page.click('#feil-MP-251 a[data-flyt="tilkobling"]');
  await page.waitForSelector('[data-testid="guide"][data-step="rolle"]');
  assert.deepEqual(errors, []);
  await context.close();
});

/** Types `query` into the search box (replacing what is there) and waits for its results. */
async function search(page, query) {
  await page.fill('[data-testid="search-input"]', query);
  // The whole index, in every language, comes as a person is about to search.
  await page.waitForSelector('#app[data-sok="alle"]');
  await page.waitForFunction(
    (q) => document.querySelector('[data-testid="search-status"]')?.textContent.includes(`«${q}»`),
    query,
  );
}

test('each result says what it is, and a guide flow is found and opened like an answer', async () => {
  const { context, page, errors } = await openApp(site.browser, site.url);
  await search(page, 'feilsøk tilkoblingen');
  const kinds = await page.$$eval('[data-testid="results"] > li [data-testid="result-kind"]', (els) => els.map((e) => e.textContent));
  assert.equal(kinds[0], 'Veiviser', kinds.join(', '));
  assert.ok(kinds.includes('Svar'), kinds.join(', '));
  // Tabbing to a result's summary says what it is: the label above it describes it.
  const described = await page.$eval('[data-testid="results"] summary', (s) => document.getElementById(s.getAttribute('aria-describedby'))?.textContent);
  assert.ok(['Svar', 'Feilkode'].includes(described), described);
  // An excerpt quotes the answer as it reads: paragraphs apart, and no buttons.
  const excerpts = await page.$$eval('[data-testid="snippet"]', (els) => els.map((e) => e.textContent));
  for (const excerpt of excerpts) {
    assert.doesNotMatch(excerpt, /[a-zæøå»)][.:?!][A-ZÆØÅ«]/, excerpt);
    assert.doesNotMatch(excerpt, /Gå til sjekken i veiviseren/, excerpt);
  }
  // While a search shows its results (flows among them), the list of flows gives way.
  assert.equal(await page.isVisible('#veiviser'), false);
  await page.click('[data-testid="results"] > li:first-child [data-testid="result-flow"]');
  await page.waitForSelector('[data-testid="guide"][data-step="rolle"]');
  assert.equal(new URL(page.url()).searchParams.get('flyt'), 'tilkobling');
  await page.goBack();
  await page.waitForSelector('[data-testid="results"]');
  await search(page, 'MP-25');
  assert.equal(await page.locator('.result--best').count(), 0, 'a code half typed is no best answer');
  await search(page, 'mp251');
  // The entry the code names comes first, open, with the way forward in sight.
  const best = page.locator('[data-testid="results"] > li:first-child');
  assert.ok(await best.evaluate((li) => li.classList.contains('result--best')));
  assert.equal(await best.locator('[data-testid="result-kind"]').textContent(), 'Feilkode, beste treff');
  assert.ok(await page.locator('#feil-MP-251').evaluate((d) => d.open));
  assert.ok(await best.locator('[data-testid="code-check"]').isVisible());
  assert.ok(await best.locator('[data-testid="code-test"]').isVisible());
  await page.fill('[data-testid="search-input"]', '');
  await page.waitForSelector('#veiviser', { state: 'visible' });
  // The entry the app opened as the best answer closes again when the search moves on…
  assert.equal(await page.locator('#feil-MP-251').evaluate((d) => d.open), false);
  // …unless the person used it: closed and opened it again, it is theirs and stays open.
  await search(page, 'mp251');
  await page.click('#feil-MP-251 summary');
  await page.click('#feil-MP-251 summary');
  assert.ok(await page.locator('#feil-MP-251').evaluate((d) => d.open));
  await search(page, 'mp25');
  assert.ok(await page.locator('#feil-MP-251').evaluate((d) => d.open), 'the entry the person used stays open');
  await page.click('#feil-MP-251 summary');
  await page.fill('[data-testid="search-input"]', '');
  await page.waitForSelector('#veiviser', { state: 'visible' });
  // Results without a flow leave the list of flows in place.
  await search(page, 'monopolavtale');
  assert.equal(await page.locator('[data-testid="result-flow"]').count(), 0);
  assert.ok(await page.isVisible('#veiviser'));
  // «Gå til sjekken i veiviseren» lands on the check for the code, «Test tilkoblingen» on the test.
  await search(page, 'mp251');
  await best.locator('[data-testid="code-check"]').click();
  await page.waitForSelector('[data-testid="guide"][data-step="mp-delegering"]');
  assert.equal(new URL(page.url()).searchParams.get('feilkode'), 'MP-251');
  await page.goBack();
  await page.waitForSelector('.result--best');
  await best.locator('[data-testid="code-test"]').click();
  await page.waitForSelector('[data-testid="guide"][data-step="hurtigtest"]');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a broad search shows its ten best results first, and «Vis alle» the rest', async () => {
  const { context, page, errors } = await openApp(site.browser, site.url);
  await search(page, 'maskinporten');
  const status = await page.textContent('[data-testid="search-status"]');
  const total = Number(status.match(/^(\d+) treff/)?.[1]);
  assert.ok(total > 10, status);
  assert.match(status, /, de 10 beste vises$/);
  const items = page.locator('[data-testid="results"] > li');
  assert.equal(await items.count(), 10);
  const more = page.locator('[data-testid="results-more"]');
  assert.equal(await more.textContent(), `Vis alle ${total} treff`);
  // With the keyboard: the button shows the rest, and focus goes to the first of them.
  await more.focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid="results"] > li').length === n, total);
  assert.equal(await more.isVisible(), false);
  assert.ok(await items.nth(10).evaluate((li) => li.contains(document.activeElement)), 'focus is on the eleventh result');
  assert.doesNotMatch(await page.textContent('[data-testid="search-status"]'), /beste vises/);
  const eleventh = await items.nth(10).locator('[data-testid="question"]').getAttribute('id');
  // A new search starts again with its best ten, and so does the first one when it comes back.
  await search(page, 'maskinporten scope');
  assert.ok(await items.count() <= 10);
  await search(page, 'maskinporten');
  assert.equal(await items.count(), 10);
  assert.ok(await more.isVisible());
  // A link to a result past the ten brings the rest in and opens it.
  assert.equal(await page.locator(`#${eleventh}`).count(), 0);
  await page.evaluate((id) => { location.hash = id; }, eleventh);
  await page.waitForFunction((id) => document.getElementById(id)?.open, eleventh);
  assert.equal(await items.count(), total);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the search box is in sight without scrolling, on a desktop and on a phone', async () => {
  for (const viewport of [{ width: 1280, height: 900 }, { width: 360, height: 740 }]) {
    const { context, page } = await openApp(site.browser, site.url, { viewport });
    const box = await page.locator('[data-testid="search-input"]').boundingBox();
    assert.ok(box && box.y >= 0 && box.y + box.height <= viewport.height, `${viewport.width}×${viewport.height}: ${JSON.stringify(box)}`);
    await context.close();
  }
});

test('a shared search link opens with the search done', async () => {
  const { context, page } = await openApp(site.browser, `${site.url}/?q=n%C3%A6ringsinntekt&for=kommune`);
  assert.equal(await page.inputValue('[data-testid="search-input"]'), 'næringsinntekt');
  assert.ok(await page.isChecked('input[name="for"][value="kommune"]'));
  assert.equal((await shownQuestionIds(page))[0], 'naeringsinntekt');
  await context.close();
});

test('a reload keeps the search, the audience and the open answers', async () => {
  const { context, page } = await openApp(site.browser, site.url);
  await page.click('input[name="for"][value="kommune"]');
  await page.fill('[data-testid="search-input"]', 'pris');
  await page.waitForSelector('[data-testid="search-status"]:has-text("«pris»")');
  await page.click('#kostnad summary');
  // The browser tells the app in a toggle event a task after the click; a reload in between (no
  // person is that quick) would come before it.
  await page.waitForFunction(() => sessionStorage.getItem('skattedeling.apne-svar')?.split(' ').includes('kostnad'));
  await page.reload();
  await page.waitForSelector('#app[data-app="klar"]');
  assert.equal(await page.inputValue('[data-testid="search-input"]'), 'pris');
  assert.ok(await page.isChecked('input[name="for"][value="kommune"]'));
  assert.deepEqual(await page.$$eval('details[open]', (d) => d.map((e) => e.id)), ['kostnad']);
  await context.close();
});

test('a deep link opens its answer and shows it', async () => {
  const { context, page } = await openApp(site.browser, `${site.url}/#innbyggere-i-andre-kommuner`, {
    viewport: { width: 1000, height: 700 },
  });
  await page.waitForFunction(() => document.querySelector('#innbyggere-i-andre-kommuner')?.open);
  assert.deepEqual(await page.$$eval('details[open]', (d) => d.map((e) => e.id)), ['innbyggere-i-andre-kommuner']);
  const box = await page.locator('#innbyggere-i-andre-kommuner summary').boundingBox();
  assert.ok(box.y >= 0 && box.y < 700, `the question is in view (y=${box.y})`);
  // A link inside an answer opens the answer it points to.
  await page.goto(`${site.url}/#maskinporten`);
  await page.waitForFunction(() => document.querySelector('#maskinporten')?.open);
  await page.click('#maskinporten a[href="#delegering-altinn"]');
  await page.waitForFunction(() => document.querySelector('#delegering-altinn')?.open);
  await context.close();
});

test('the app takes over the static page without moving anything', async () => {
  const viewport = { width: 1100, height: 900 };
  const layout = (page) =>
    page.$$eval('#app h1, #app h2, #app .guide-list__link, #app summary, #app .timeline__event, #app .contact', (els) =>
      els
        .map((e) => [e, e.getBoundingClientRect()])
        // What only shows without scripts (the guide as text) is not painted either way.
        .filter(([, r]) => r.width > 0)
        .map(([e, r]) => `${e.tagName}#${e.closest('[id]')?.id} ${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}x${Math.round(r.height)}`),
    );
  // The static page as painted before the wasm arrives: the same page with the wasm held back.
  const staticContext = await site.browser.newContext({ viewport });
  const staticPage = await staticContext.newPage();
  await staticPage.route('**/*.wasm', (route) => route.abort());
  await staticPage.goto(site.url);
  const before = await layout(staticPage);
  await staticContext.close();

  const { context, page } = await openApp(site.browser, site.url, { viewport });
  const afterTakeover = await layout(page);
  // The heading, the guide's heading and 4 flows, 18 questions and the error codes, 5 section
  // headings, the contact heading and block, 3 timeline events.
  const codes = await page.locator('#feilkoder [data-testid="question"]').count();
  assert.equal(before.length, 1 + 1 + 4 + 18 + codes + 5 + 1 + 1 + 3);
  assert.deepEqual(afterTakeover, before);
  await context.close();
});

test('copy link puts the permanent link of the answer on the clipboard', async () => {
  const { context, page } = await openApp(site.browser, site.url);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.url });
  await page.click('#kostnad summary');
  await page.click('#kostnad [data-testid="copy-link"]');
  await page.waitForSelector('#kostnad [data-testid="copy-status"]:has-text("Lenken er kopiert")');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), `${site.url}/#kostnad`);
  await context.close();
});

test('open all, close all, and the audience filter', async () => {
  const { context, page } = await openApp(site.browser, site.url);
  await page.click('[data-testid="open-all"]');
  assert.equal(await page.locator('details[open]').count(), await page.locator('details.question').count());
  assert.ok(await page.locator('details[open]').count() > 17);
  await page.click('[data-testid="close-all"]');
  assert.equal(await page.locator('details[open]').count(), 0);
  await page.click('input[name="for"][value="leverandør"]');
  const ids = await shownQuestionIds(page);
  assert.ok(ids.includes('maskinporten') && !ids.includes('vente-med-delegering'), ids.join());
  assert.equal(new URL(page.url()).searchParams.get('for'), 'leverandør');
  assert.match(await page.textContent('[data-testid="search-status"]'), /spørsmål for leverandør$/);
  await context.close();
});

test('no results offers the guide and an e-mail with the search filled in', async () => {
  const { context, page } = await openApp(site.browser, site.url);
  await page.fill('[data-testid="search-input"]', 'fakturaadresse xylofon');
  await page.waitForSelector('[data-testid="no-results"]');
  const mail = await page.getAttribute('[data-testid="no-results-mail"]', 'href');
  const body = decodeURIComponent(mail.split('body=')[1]);
  assert.ok(body.includes('Jeg søkte etter: «fakturaadresse xylofon»'), body);
  const contact = await page.getAttribute('[data-testid="contact-mail"]', 'href');
  assert.ok(decodeURIComponent(contact).includes('fakturaadresse xylofon'));
  // Never an empty page: the three nearest questions come first.
  assert.equal(await page.locator('[data-testid="closest"] a').count(), 3);
  await page.click('[data-testid="no-results-guide"]');
  await page.waitForSelector('[data-testid="guide"][data-step="rolle"]');
  assert.equal(new URL(page.url()).searchParams.get('flyt'), 'tilkobling');
  // Back returns to the search as it was.
  await page.goBack();
  await page.waitForSelector('[data-testid="no-results"]');
  assert.equal(await page.inputValue('[data-testid="search-input"]'), 'fakturaadresse xylofon');
  // A near question opens, and the search that hid it gives way.
  await search(page, 'prsi');
  const [nearest] = await page.$$eval('[data-testid="closest"] a', (as) => as.map((a) => a.getAttribute('href')));
  assert.equal(nearest, '#kostnad');
  await page.click('[data-testid="closest"] a[href="#kostnad"]');
  await page.waitForFunction(() => document.querySelector('#kostnad')?.open);
  assert.equal(await page.inputValue('[data-testid="search-input"]'), '');
  // The same link again, with the address already at #kostnad: it still shows the answer.
  await page.click('#kostnad summary');
  await search(page, 'prsi');
  await page.click('[data-testid="closest"] a[href="#kostnad"]');
  await page.waitForFunction(() => document.querySelector('#kostnad')?.open);
  assert.equal(await page.inputValue('[data-testid="search-input"]'), '');
  await context.close();
});

test('printing shows every answer and no buttons', async () => {
  const { context, page } = await openApp(site.browser, site.url);
  await page.emulateMedia({ media: 'print' });
  assert.ok(await page.isVisible('#lang-tid .answer__body'), 'a closed answer prints');
  assert.ok(await page.isVisible('#tilgang .answer__body'));
  assert.equal(await page.isVisible('[data-testid="open-all"]'), false);
  assert.equal(await page.isVisible('[data-testid="search-input"]'), false);
  await context.close();
});
