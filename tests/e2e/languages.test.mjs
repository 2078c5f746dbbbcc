// End-to-end tests of the site in its three languages: bokmål at /, nynorsk at /nn/, English at
// /en/. Each a whole page with its own <html lang>, title and words, readable without JavaScript,
// linked to the others (hreflang, and a switcher that keeps what the person was doing), with a
// search that finds the answer whatever language it is typed in, and axe with nothing to say.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, shownQuestionIds } from './support/browser.mjs';
import { expectNoAxeViolations } from './support/axe.mjs';
import { routeWithoutScripts } from './support/static-page.mjs';
import { DIST, useSite } from './support/site.mjs';

const site = useSite();

const PAGES = [
  { lang: 'nb', path: '/', title: /^Ofte stilte spørsmål om skattedeling – Skattedeling selvbetjening$/, kostnad: 'Koster det noe å ta tjenesten i bruk?', status: /^\d+ spørsmål$/ },
  { lang: 'nn', path: '/nn/', title: /^Ofte stilte spørsmål om skattedeling – Skattedeling sjølvbetening$/, kostnad: 'Kostar det noko å ta tenesta i bruk?', status: /^\d+ spørsmål$/ },
  { lang: 'en', path: '/en/', title: / – Tax data sharing self-service$/, kostnad: 'Does it cost anything to start using the service?', status: /^\d+ questions$/ },
];

async function search(page, query) {
  await page.fill('[data-testid="search-input"]', query);
  await page.waitForSelector('#app[data-sok="alle"]');
  await page.waitForFunction(
    (q) => document.querySelector('[data-testid="search-status"]')?.textContent.includes(q),
    query,
  );
}

test('each language is a whole page of its own, readable without JavaScript', async () => {
  const context = await site.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  for (const p of PAGES) {
    await page.goto(site.url + p.path);
    assert.equal(await page.getAttribute('html', 'lang'), p.lang, p.path);
    assert.match(await page.title(), p.title, p.path);
    assert.equal(await page.textContent('#kostnad [data-testid="question-title"]'), p.kostnad, p.path);
    await page.click('#kostnad summary');
    assert.ok(await page.isVisible('#kostnad .answer__body'), p.path);
    // The same questions in the same places in every language.
    assert.equal(await page.locator('section.faq-section:not(#feilkoder) [data-testid="question"]').count(), 18, p.path);
    // Every page names the others and itself, by absolute path, and bokmål as the default.
    const alternates = await page.$$eval('link[rel="alternate"]', (ls) => ls.map((l) => `${l.hreflang} ${l.getAttribute('href')}`));
    assert.deepEqual(alternates, ['nb /', 'nn /nn/', 'en /en/', 'x-default /'], p.path);
    // The switcher: a link per language, named in itself, the current one marked.
    const links = await page.$$eval('[data-testid="languages"] a', (as) => as.map((a) => ({
      text: a.textContent, lang: a.lang, hreflang: a.hreflang, current: a.getAttribute('aria-current'),
      to: new URL(a.href).pathname,
    })));
    assert.deepEqual(links.map((l) => [l.text, l.lang, l.hreflang, l.to]), [
      ['Bokmål', 'nb', 'nb', '/'], ['Nynorsk', 'nn', 'nn', '/nn/'], ['English', 'en', 'en', '/en/'],
    ], p.path);
    assert.deepEqual(links.map((l) => l.current), PAGES.map((q) => (q === p ? 'page' : null)), p.path);
  }
  // axe needs a script of its own: each page as a browser without JavaScript shows it, in light and
  // dark.
  for (const colorScheme of ['light', 'dark']) {
    const axeContext = await site.browser.newContext({ colorScheme });
    const axePage = await axeContext.newPage();
    for (const p of PAGES) {
      await routeWithoutScripts(axePage, site.url + p.path, `${DIST}${p.path}index.html`);
      await axePage.goto(site.url + p.path);
      await axePage.click('#kostnad summary');
      await expectNoAxeViolations(axePage, `${p.path} without JavaScript (${colorScheme})`);
    }
    await axeContext.close();
  }
  // The guide's flows are translated: their list names them in the page's language, and the
  // error-code catalogue (translated) names the checks in it too.
  await page.goto(`${site.url}/nn/`);
  assert.equal(await page.locator('.guide-list__item[lang]').count(), 0);
  assert.equal(await page.locator('#veiviser [data-testid="only-bokmal"]').count(), 0);
  assert.match(await page.textContent('[data-testid="guide-start-tilkobling"]'), /tilkopling/i);
  assert.equal(await page.getAttribute('#feil-MP-251 .answer__body', 'lang'), null);
  assert.match(await page.textContent('#feil-MP-251 h3'), /^MP-251: Kommunen har ikkje delegert/);
  assert.equal(await page.locator('#feilkoder [data-testid="only-bokmal"]').count(), 0);
  // Each flow has its own page beside the FAQ page in every language: every link to one, the
  // flows' list and the error-code catalogue's buttons, leads to the one in the page's language.
  for (const path of ['/nn/', '/en/']) {
    await page.goto(site.url + path);
    const pages = await page.$$eval('a[href*="veiviser/"]', (as) => as.map((a) => new URL(a.href).pathname));
    assert.ok(pages.length > 40, `${path}: ${pages.length}`);
    for (const flowPage of new Set(pages)) {
      assert.match(flowPage, new RegExp(`^${path}veiviser/[a-z-]+/$`), path);
      const response = await page.request.get(site.url + flowPage);
      assert.equal(response.status(), 200, `${path} → ${flowPage}`);
    }
  }
  await context.close();
});

test('each flow has its page in each language, switched to the same flow, and axe finds nothing', async () => {
  const FLOWS = [
    { lang: 'nb', path: '/veiviser/andre-kommuner/', h1: /^Opplysninger om personer som ikke bor i kommunen$/, back: '/' },
    { lang: 'nn', path: '/nn/veiviser/andre-kommuner/', h1: /^Opplysningar om personar som ikkje bur i kommunen$/, back: '/nn/' },
    { lang: 'en', path: '/en/veiviser/andre-kommuner/', h1: /^Information about people who do not live in the municipality$/, back: '/en/' },
  ];
  const context = await site.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  for (const f of FLOWS) {
    await page.goto(site.url + f.path);
    assert.equal(await page.getAttribute('html', 'lang'), f.lang, f.path);
    assert.match(await page.textContent('h1'), f.h1, f.path);
    // Nothing on a translated flow's page is marked as another language: it is all translated.
    assert.equal(await page.locator('main [lang]').count(), 0, f.path);
    assert.equal(await page.locator('[data-testid="translation-notice"]').count(), 0, f.path);
    assert.equal(new URL(await page.locator('[data-testid="guide-page-faq"]').evaluate((a) => a.href)).pathname, f.back);
    const links = await page.$$eval('[data-testid="languages"] a', (as) => as.map((a) => [new URL(a.href).pathname, a.getAttribute('aria-current')]));
    assert.deepEqual(links, FLOWS.map((g) => [g.path, g === f ? 'page' : null]), f.path);
    const alternates = await page.$$eval('link[rel="alternate"]', (ls) => ls.map((l) => `${l.hreflang} ${l.getAttribute('href')}`));
    assert.deepEqual(alternates, [...FLOWS.map((g) => `${g.lang} ${g.path}`), `x-default ${FLOWS[0].path}`]);
    // Its stylesheet, from one folder further down, is the site's.
    assert.ok(await page.evaluate(() => getComputedStyle(document.body).fontFamily !== ''));
    const css = await page.$eval('link[rel="stylesheet"]', (l) => l.href);
    assert.equal((await page.request.get(css)).status(), 200, css);
  }
  await context.close();
  for (const f of FLOWS.slice(1)) {
    const axeContext = await site.browser.newContext();
    const axePage = await axeContext.newPage();
    await routeWithoutScripts(axePage, site.url + f.path, `${DIST}${f.path}index.html`);
    await axePage.goto(site.url + f.path);
    await expectNoAxeViolations(axePage, `${f.path} without JavaScript`);
    await axeContext.close();
  }
});

test('the app speaks the page\'s language, and axe finds nothing in any of them', async () => {
  for (const p of PAGES) {
    const { context, page, errors } = await openApp(site.browser, site.url + p.path);
    assert.match(await page.textContent('[data-testid="search-status"]'), p.status, p.path);
    await expectNoAxeViolations(page, `${p.path} as the app shows it`);
    await search(page, 'prsi');
    await page.waitForSelector('[data-testid="no-results"]');
    await expectNoAxeViolations(page, `${p.path} with a search that finds nothing`);
    // The nearest questions are named in the page's language.
    const nearest = await page.$$eval('[data-testid="closest"] a', (as) => as.map((a) => [a.getAttribute('href'), a.textContent]));
    assert.deepEqual(nearest[0], ['#kostnad', p.kostnad], p.path);
    await search(page, 'pris');
    await expectNoAxeViolations(page, `${p.path} with results`);
    assert.deepEqual(errors, [], p.path);
    await context.close();
  }
});

test('a search finds the answer whatever language it is typed in, on every page', async () => {
  const queries = [
    ['/', 'how much does it cost', 'kostnad'],
    ['/', 'kva kostar det', 'kostnad'],
    ['/nn/', 'hva koster det', 'kostnad'],
    ['/nn/', 'enterprise certificate', 'maskinporten'],
    ['/en/', 'delegering i altinn', 'delegering-altinn'],
    ['/en/', 'kven er segmentansvarleg', 'segmentansvarlig'],
  ];
  for (const [path, query, expected] of queries) {
    const { context, page } = await openApp(site.browser, site.url + path);
    await search(page, query);
    const ids = await shownQuestionIds(page);
    assert.equal(ids[0], expected, `${path} ${query} → ${ids.slice(0, 3)}`);
    // The answer is shown in the page's language.
    const title = await page.textContent(`#${expected} [data-testid="question-title"]`);
    const lang = await page.evaluate((id) => document.querySelector(`#${id} [data-testid="question-title"]`).closest('[lang]').lang, expected);
    assert.equal(lang, PAGES.find((p) => p.path === path).lang, `${path}: ${title}`);
    await context.close();
  }
});

test('the switcher keeps the search, the guide\'s answers and the anchor', async () => {
  const { context, page } = await openApp(site.browser, `${site.url}/?q=pris#kostnad`);
  await page.click('[data-testid="language-nn"]');
  await page.waitForURL(/\/nn\//);
  assert.equal(new URL(page.url()).pathname + new URL(page.url()).search + new URL(page.url()).hash, '/nn/?q=pris#kostnad');
  await page.waitForSelector('#app[data-app="klar"]');
  assert.equal(await page.inputValue('[data-testid="search-input"]'), 'pris');
  // A flow opened on the English page, answered, and then switched: the same screen on the
  // bokmål page, in bokmål.
  await page.goto(`${site.url}/en/?flyt=andre-kommuner`);
  await page.waitForSelector('[data-testid="guide"][data-step="tjeneste"]');
  await page.check('[data-testid="option-annet"]');
  await page.click('[data-testid="guide-continue"]');
  await page.waitForSelector('[data-testid="guide"][data-step="hjemmel"]');
  const before = new URL(page.url());
  assert.match(before.search, /tjeneste=annet/);
  await page.click('[data-testid="language-nb"]');
  await page.waitForURL((url) => url.pathname === '/');
  const after = new URL(page.url());
  assert.equal(after.search, before.search);
  assert.equal(after.hash, before.hash);
  await page.waitForSelector('[data-testid="guide"][data-step="hjemmel"]');
  assert.equal(await page.textContent('[data-testid="guide-back"]'), 'Tilbake');
  await context.close();
});

test('the interactive guide speaks the page\'s language, and axe finds nothing in it', async () => {
  const GUIDES = [
    { path: '/', lang: 'nb', question: 'Hvilken tjeneste gjelder saken?', back: 'Tilbake', next: 'Fortsett' },
    { path: '/nn/', lang: 'nn', question: 'Kva teneste gjeld saka?' },
    { path: '/en/', lang: 'en', question: 'Which service is the case about?' },
  ];
  const seen = new Map();
  for (const g of GUIDES) {
    const { context, page, errors } = await openApp(site.browser, `${site.url}${g.path}?flyt=andre-kommuner`);
    await page.waitForSelector('[data-testid="guide"][data-step="tjeneste"]');
    // No lang of its own: the guide is in the page's language.
    assert.equal(await page.getAttribute('#veiviser-side', 'lang'), null, g.path);
    assert.equal(await page.textContent('[data-testid="guide-heading"]'), g.question, g.path);
    await page.check('[data-testid="option-annet"]');
    const next = (await page.textContent('[data-testid="guide-continue"]')).trim();
    await page.click('[data-testid="guide-continue"]');
    await page.waitForSelector('[data-testid="guide"][data-step="hjemmel"]');
    const back = (await page.textContent('[data-testid="guide-back"]')).trim();
    const answers = await page.textContent('[data-testid="answers"]');
    seen.set(g.lang, { next, back, answers });
    if (g.back) {
      assert.equal(back, g.back);
      assert.equal(next, g.next);
    }
    await expectNoAxeViolations(page, `${g.path} with the guide`);
    assert.deepEqual(errors, [], g.path);
    await context.close();
  }
  // The screens' own words differ between the languages, not only the flows'.
  // («Tilbake» is nynorsk as well.)
  for (const lang of ['nn', 'en']) {
    assert.notEqual(seen.get(lang).answers, seen.get('nb').answers, `the answers so far in ${lang}`);
    assert.notEqual(seen.get(lang).next, seen.get('nb').next, `«Fortsett» in ${lang}`);
  }
  assert.equal(seen.get('en').back, 'Back');
});

test('the footer leads to the accessibility statement in the page\'s language, and back', async () => {
  const context = await site.browser.newContext();
  const page = await context.newPage();
  for (const p of PAGES.filter((q) => q.path !== '/')) {
    await page.goto(site.url + p.path);
    const link = page.locator('footer a[href$="tilgjengelighetserklaering.html"]');
    assert.equal(await link.getAttribute('hreflang'), null, p.path);
    const [response] = await Promise.all([page.waitForEvent('response', (r) => r.url().endsWith('tilgjengelighetserklaering.html')), link.click()]);
    await page.waitForLoadState();
    assert.equal(response.status(), 200, p.path);
    assert.equal(new URL(page.url()).pathname, `${p.path}tilgjengelighetserklaering.html`);
    assert.equal(await page.getAttribute('html', 'lang'), p.lang, p.path);
    // Its alternates name the statement in every language, bokmål as the default.
    const alternates = await page.$$eval('link[rel="alternate"]', (ls) => ls.map((l) => `${l.hreflang} ${l.getAttribute('href')}`));
    assert.deepEqual(alternates, ['nb /tilgjengelighetserklaering.html', 'nn /nn/tilgjengelighetserklaering.html',
      'en /en/tilgjengelighetserklaering.html', 'x-default /tilgjengelighetserklaering.html'], p.path);
    await page.click('main a[href="./"]');
    await page.waitForURL((url) => url.pathname === p.path);
    assert.equal(await page.getAttribute('html', 'lang'), p.lang, p.path);
  }
  await context.close();
});
