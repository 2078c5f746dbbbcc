// Accessibility in a real browser: axe-core (WCAG 2.1 A and AA) on every kind of screen in light and
// dark, a keyboard-only visit from search to a guide outcome with focus always visible, the page's
// structure (one h1, heading order, landmarks, language), small screens, zoom and reduced motion.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useSite, DIST } from './support/site.mjs';
import { readFile } from 'node:fs/promises';
import { afterRender, expectFocus, openApp, unsignedJwt } from './support/browser.mjs';
import { expectNoAxeViolations } from './support/axe.mjs';
import { routeWithoutScripts } from './support/static-page.mjs';
import { useBackend, connectionTestPath, SCENARIO } from './support/backend.mjs';

const site = useSite();
useBackend(site);


async function runConnectionTest(page, shown) {
  await page.waitForSelector('[data-health="ok"]');
  await page.selectOption('[data-testid="test-package"]', 'kommuneforeldrebetaling');
  await page.click('[data-testid="connection-start"]');
  await page.waitForSelector(shown);
}

const TOKEN_STEP =
  '/?flyt=tilkobling&rolle=leverandor&miljo=produksjon&kommune-orgnr=974760673&leverandor-orgnr=971032146' +
  '&pakobling=ja&altinn-api=ja&altinn-produksjon=ja&altinn-orgnr=ja&mp-delegering=ja&mp-sertifikat=ja&scope=-';

/** Each kind of screen: where it is, and what to do there before checking. */
const SCREENS = [
  ['the FAQ page', '/', async () => {}],
  ['a search with results', '/?q=delegere', async () => {}],
  ['a search without results', '/?q=xylofonkonsert', async () => {}],
  ['an open answer', '/#maskinporten', (p) => p.waitForFunction(() => document.querySelector('#maskinporten')?.open)],
  ['a guide question', '/?flyt=andre-kommuner', async () => {}],
  ['a guide question with an error', '/?flyt=andre-kommuner', async (p) => {
    await p.click('[data-testid="guide-continue"]');
    await p.waitForSelector('[data-testid="error-summary"]');
  }],
  ['an input with an error', '/?flyt=bytte&endring=ny-leverandor', async (p) => {
    await p.fill('[data-testid="guide-input"]', '971 032 147');
    await p.click('[data-testid="guide-continue"]');
    await p.waitForSelector('[data-testid="error-summary"]');
  }],
  ['an error code that leads to no check, with the way on', '/?flyt=tilkobling&rolle=feilmelding', async (p) => {
    await p.fill('[data-testid="guide-input"]', 'XY-1');
    await p.click('[data-testid="guide-continue"]');
    await p.waitForSelector('[data-testid="code-way-on"]');
  }],
  ['the test setup with an error and «Vet ikke»', '/?flyt=tilkobling&rolle=test', async (p) => {
    await p.check('[data-testid="setup-package-vet-ikke"]');
    await p.click('[data-testid="guide-continue"]');
    await p.waitForSelector('[data-testid="error-summary"]');
    await p.waitForSelector('[data-testid="setup-find-package"]');
  }],
  ['the token check', TOKEN_STEP, async (p) => {
    const claims = { scope: 'skatteetaten:summertskattegrunnlag', consumer: { ID: '0192:974760673' }, iss: 'https://test.maskinporten.no/', exp: 1 };
    await p.fill('[data-testid="guide-input"]', unsignedJwt(claims));
    await p.waitForSelector('[data-testid="token-findings"]');
  }],
  ['a failed check', '/?flyt=bytte&endring=ny-leverandor&ny-leverandor-orgnr=971032146&altinn-api=nei', async () => {}],
  ['an outcome with its summary', `${TOKEN_STEP.replace('altinn-orgnr=ja', 'altinn-orgnr=videre')}&token=avvik.consumer`, async (p) => {
    await p.waitForSelector('[data-testid="summary"]');
  }],
  ['an outcome with its reasoning', '/?flyt=andre-kommuner&tjeneste=annet&hjemmel=ja&ansvar=bosatt&flytteplaner=nei', async () => {}],
  ['an outcome with its legal basis and sources', '/?flyt=andre-kommuner&tjeneste=langtidsopphold&langtidsopphold-betaler=ja', async () => {}],
  ['the connection test with a missing rettighetspakke', connectionTestPath(SCENARIO.ok), async (p) => {
    await p.waitForSelector('[data-health="ok"]');
    await p.click('[data-testid="connection-start"]');
    await p.waitForSelector('[data-testid="package-error"]');
  }],
  ['a connection test that works', connectionTestPath(SCENARIO.ok),
    (p) => runConnectionTest(p, '[data-result="ok"]')],
  ['a connection test with a failing step', connectionTestPath(SCENARIO.mp251),
    (p) => runConnectionTest(p, '[data-result="feil"]')],
  ['a connection test that could not run', connectionTestPath(SCENARIO.unavailable),
    (p) => runConnectionTest(p, '[data-failure="utilgjengelig"]')],
  ['the connection test while it runs', connectionTestPath(SCENARIO.slow),
    (p) => runConnectionTest(p, '[data-testid="connection-running"]')],
  // Another address than the screen before (whose test still runs), so the page loads afresh.
  ['a cancelled connection test', connectionTestPath(SCENARIO.slow, { miljo: 'produksjon' }), async (p) => {
    await runConnectionTest(p, '[data-testid="connection-running"]');
    await p.click('[data-testid="connection-cancel"]');
    await p.waitForSelector('[data-testid="connection-cancelled"]');
  }],
  ['a connection test waiting for Retry-After, its technical detail open', connectionTestPath(SCENARIO.unavailable), async (p) => {
    await runConnectionTest(p, '[data-testid="connection-retry"][disabled]');
    await p.click('[data-testid="connection-failure"] [data-testid="connection-technical"] summary');
  }],
  ['the token check with its claim tables', TOKEN_STEP, async (p) => {
    const now = Math.floor(Date.now() / 1000);
    const token = unsignedJwt({ scope: 'skatteetaten:summertskattegrunnlag', consumer: { ID: '0192:974760673' }, supplier: { ID: '0192:971032146' }, iss: 'https://maskinporten.no/', exp: now + 60, iat: now });
    await p.fill('[data-testid="guide-input"]', JSON.stringify({ access_token: token, token_type: 'Bearer', expires_in: 60 }));
    await p.waitForSelector('[data-testid="token-claims"]');
  }],
  ['the handover page for the municipality', `${connectionTestPath(SCENARIO.ok).replace('#', '&vis=kommunen#')}`,
    (p) => p.waitForSelector('[data-testid="handover"]')],
  ['the accessibility statement', '/tilgjengelighetserklaering.html', async () => {}],
  ['the accessibility statement in nynorsk', '/nn/tilgjengelighetserklaering.html', async () => {}],
  ['the accessibility statement in English', '/en/tilgjengelighetserklaering.html', async () => {}],
  ['a flow as text on its own page', '/veiviser/tilkobling/', async () => {}],
];

/** Whether the page at `path` is the app's (the FAQ page), which is ready once it has taken over. */
const isApp = (path) => !path.endsWith('.html') && !/^\/((nn|en)\/)?veiviser\//.test(path);

for (const colorScheme of ['light', 'dark']) {
  test(`axe finds nothing on any kind of screen (${colorScheme})`, async () => {
    const context = await site.browser.newContext({ colorScheme, locale: 'nb-NO' });
    const page = await context.newPage();
    for (const [label, path, prepare] of SCREENS) {
      await page.goto(site.url + path);
      if (isApp(path)) {
        await page.waitForSelector('#app[data-app="klar"]');
      }
      await prepare(page);
      await expectNoAxeViolations(page, `${label} (${colorScheme})`);
    }
    await context.close();
  });
}

test('axe finds nothing on the page as it is without JavaScript (light and dark)', async () => {
  // axe needs a script of its own, so the page is served as a browser without JavaScript shows it:
  // no scripts, the <noscript> stylesheet in force. So is a flow's page, the guide as text.
  for (const colorScheme of ['light', 'dark']) {
    const context = await site.browser.newContext({ colorScheme, locale: 'nb-NO' });
    const page = await context.newPage();
    await routeWithoutScripts(page, `${site.url}/`, `${DIST}/index.html`);
    await page.goto(`${site.url}/`);
    assert.ok(await page.isVisible('[data-testid="guide-start-tilkobling"]'), 'the flows are listed');
    await page.click('#kostnad summary');
    await expectNoAxeViolations(page, `the page without JavaScript (${colorScheme})`);
    const flowPage = '/veiviser/tilkobling/';
    await routeWithoutScripts(page, site.url + flowPage, `${DIST}${flowPage}index.html`);
    await page.goto(site.url + flowPage);
    assert.ok(await page.isVisible('#veiviser-tilkobling'), 'the guide is shown as text');
    assert.equal(await page.isVisible('[data-testid="guide-page-start"]'), false, 'the link to the interactive guide is hidden');
    await expectNoAxeViolations(page, `a flow's page without JavaScript (${colorScheme})`);
    await context.close();
  }
});

/** What the focused element looks like: whether a focus indicator is drawn, and what it is. */
function focused(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
    return {
      id: el.id,
      testid: el.dataset?.testid ?? '',
      tag: el.tagName,
      text: el.textContent.trim().slice(0, 60),
      visible: outline || style.boxShadow !== 'none',
    };
  });
}

/** Presses Tab until `match` holds for the focused element, checking each stop shows its focus. */
async function tabTo(page, match, limit = 40) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    if (f.tag !== 'BODY' && f.tag !== 'MAIN') {
      assert.ok(f.visible, `focus is visible on ${f.tag}#${f.id} «${f.text}»`);
    }
    if (match(f)) return f;
  }
  assert.fail('did not reach the element with Tab');
}

test('keyboard only: skip link, search, an answer, and a guide flow to its outcome', async () => {
  // Opened with a search in the address, as a shared link would be.
  const { context, page, errors } = await openApp(site.browser, `${site.url}/?q=altinn`);
  // The skip link comes first and moves to the content: the next Tab is the first link in it.
  const skip = await tabTo(page, () => true);
  assert.equal(skip.text, 'Hopp til hovedinnholdet');
  await page.keyboard.press('Enter');
  // The browser moves focus there at once and the app again a frame later: Tab only after both.
  await afterRender(page);
  await expectFocus(page, 'innhold', 'the skip link moves focus to the main content');
  assert.equal(await page.inputValue('[data-testid="search-input"]'), 'altinn', 'the skip link keeps the search');
  // The search comes first in the content: most people arrive with a word or an error code.
  await page.keyboard.press('Tab');
  assert.equal((await focused(page)).testid, 'search-input');
  await page.fill('[data-testid="search-input"]', '');
  await page.keyboard.type('maskinporten');
  await page.waitForSelector('[data-testid="search-status"]:has-text("«maskinporten»")');
  // Into the results: the first question opens with Enter.
  const first = await tabTo(page, (f) => f.tag === 'SUMMARY');
  assert.match(first.text, /tilgang til Ma/);
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement.closest('details')?.open);

  // A guide flow, from the FAQ page's list, with Space on radios and arrows between them.
  await page.goto(site.url);
  await page.waitForSelector('#app[data-app="klar"]');
  await tabTo(page, (f) => f.testid === 'guide-start-andre-kommuner');
  await page.keyboard.press('Enter');
  await page.waitForSelector('[data-testid="guide"][data-step="tjeneste"]');
  await expectFocus(page, 'veiviser-overskrift');
  // Fortsett without an answer: the error summary takes focus.
  await tabTo(page, (f) => f.testid === 'guide-continue');
  await page.keyboard.press('Enter');
  await page.waitForSelector('[data-testid="error-summary"]');
  await expectFocus(page, 'feiloppsummering');
  await tabTo(page, (f) => f.id === 'svar-barnehage' || f.tag === 'A' && f.text === 'Velg et svar.');
  await page.keyboard.press('Enter');
  await expectFocus(page, 'svar-barnehage');
  await page.keyboard.press('Space');
  await tabTo(page, (f) => f.testid === 'guide-continue');
  await page.keyboard.press('Enter');
  await page.waitForSelector('[data-testid="guide"][data-step="barnehage-bosatt"]');
  // Arrow keys move between the options of a radio group.
  await tabTo(page, (f) => f.id === 'svar-ja');
  await page.keyboard.press('ArrowDown');
  assert.equal((await focused(page)).id, 'svar-nei');
  await page.keyboard.press('Space');
  await tabTo(page, (f) => f.testid === 'guide-continue');
  await page.keyboard.press('Enter');
  await page.waitForSelector('[data-testid="guide"][data-step="barnehage-flytteplaner"]');
  // Shift+Tab goes back the same way.
  await tabTo(page, (f) => f.testid === 'guide-continue');
  await page.keyboard.press('Shift+Tab');
  assert.equal((await focused(page)).id, 'svar-ja', 'the checked-or-first radio of the group');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Space');
  await tabTo(page, (f) => f.testid === 'guide-continue');
  await page.keyboard.press('Enter');
  await page.waitForSelector('[data-testid="guide"][data-step="barnehage-annen-kommune"]');
  await expectFocus(page, 'veiviser-overskrift');
  assert.equal(await page.textContent('[data-testid="guide-heading"]'), 'Det er bostedskommunen som henter opplysningene');
  assert.deepEqual(errors, []);
  await context.close();
});

test('keyboard only: the connection test, from the rettighetspakke to a result and «Prøv igjen»', async () => {
  // An answer that breaks the contract: «Prøv igjen» may be pressed at once (a 503 asks for a wait).
  const { context, page, errors } = await openApp(site.browser, site.url + connectionTestPath(SCENARIO.invalidJson));
  await page.waitForSelector('[data-health="ok"]');
  await tabTo(page, (f) => f.id === 'rettighetspakke');
  await page.keyboard.press('ArrowDown');
  await tabTo(page, (f) => f.testid === 'connection-start', 3);
  await page.keyboard.press('Enter');
  await page.waitForSelector('[data-failure="ugyldig-svar"]');
  await expectFocus(page, 'tilkoblingstest-resultat', 'focus moves to what happened');
  // Past «Teknisk informasjon», which opens with the keyboard too.
  const technical = await tabTo(page, (f) => f.tag === 'SUMMARY', 3);
  assert.equal(technical.text, 'Teknisk informasjon');
  await page.keyboard.press('Enter');
  assert.equal(await page.$eval('[data-testid="connection-failure"] details', (d) => d.open), true);
  const retry = await tabTo(page, (f) => f.testid === 'connection-retry', 3);
  assert.equal(retry.text, 'Prøv igjen');
  await page.keyboard.press('Enter');
  await page.waitForSelector('[data-testid="connection-running"], [data-failure="ugyldig-svar"]');
  await page.waitForSelector('[data-failure="ugyldig-svar"]');
  await expectFocus(page, 'tilkoblingstest-resultat');
  assert.deepEqual(errors, []);
  await context.close();
});

test('one h1, headings in order, landmarks and the language on every kind of page', async () => {
  const { context, page } = await openApp(site.browser, site.url);
  for (const path of ['/', '/?flyt=tilkobling', '/?flyt=andre-kommuner&tjeneste=annet&hjemmel=nei', '/?flyt=andre-kommuner&tjeneste=langtidsopphold&langtidsopphold-betaler=ja', connectionTestPath(SCENARIO.ok), '/tilgjengelighetserklaering.html', '/nn/tilgjengelighetserklaering.html', '/en/tilgjengelighetserklaering.html', '/veiviser/tilkobling/', '/nn/veiviser/tilkobling/', '/en/veiviser/andre-kommuner/']) {
    await page.goto(site.url + path);
    if (isApp(path)) await page.waitForSelector('#app[data-app="klar"]');
    const structure = await page.evaluate(() => ({
      lang: document.documentElement.lang,
      h1: document.querySelectorAll('h1').length,
      levels: [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')]
        .filter((h) => h.getClientRects().length > 0)
        .map((h) => Number(h.tagName[1])),
      landmarks: ['header', 'main', 'footer'].map((t) => document.querySelectorAll(t).length),
      skip: document.querySelector('a.skip-link')?.getAttribute('href'),
    }));
    assert.equal(structure.lang, path.match(/^\/(nn|en)\//)?.[1] ?? 'nb', path);
    assert.equal(structure.h1, 1, path);
    assert.equal(structure.levels[0], 1, path);
    for (let i = 1; i < structure.levels.length; i++) {
      assert.ok(structure.levels[i] <= structure.levels[i - 1] + 1, `${path}: h${structure.levels[i - 1]} then h${structure.levels[i]}`);
    }
    assert.deepEqual(structure.landmarks, [1, 1, 1], path);
    assert.equal(structure.skip, '#innhold', path);
  }
  await context.close();
});

test('usable at 320 px, at 200 % zoom, and without motion when asked', async () => {
  // 320 CSS px: nothing scrolls sideways, on the FAQ (also with a long technical search term) and on
  // guide screens.
  for (const path of ['/', '/?q=skatteetaten%3Asummertskattegrunnlag', '/?flyt=tilkobling&rolle=kommune&vei=leverandor&miljo=test&kommune-orgnr=974760673', '/?flyt=andre-kommuner&tjeneste=annet&hjemmel=ja&ansvar=oppholder-seg', '/?flyt=andre-kommuner&tjeneste=personlig-assistanse&assistanse-vedtak=ja']) {
    const { context, page } = await openApp(site.browser, site.url + path, { viewport: { width: 320, height: 640 } });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.equal(overflow, 0, `${path} scrolls sideways by ${overflow}px at 320 px`);
    await context.close();
  }
  // 200 % zoom of a 1280 px window is a 640 CSS px viewport at device scale 2: same reflow, and the
  // text is twice as large on screen. Nothing may scroll sideways or be cut off.
  const { context, page } = await openApp(site.browser, `${site.url}/?q=altinn`, {
    viewport: { width: 640, height: 400 },
    deviceScaleFactor: 2,
  });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.equal(overflow, 0);
  await page.click('[data-testid="results"] summary');
  assert.ok(await page.isVisible('[data-testid="results"] .answer__body'));
  await context.close();

  // Reduced motion: no transition or animation lasts.
  const calm = await openApp(site.browser, site.url, { reducedMotion: 'reduce' });
  const moving = await calm.page.evaluate(() =>
    [...document.querySelectorAll('*')]
      .map((el) => getComputedStyle(el))
      .filter((s) => parseFloat(s.transitionDuration) > 0.01 || parseFloat(s.animationDuration) > 0.01).length,
  );
  assert.equal(moving, 0);
  await calm.context.close();
});

test('the pages beside the app have the site\'s header, footer and stylesheet', async () => {
  const context = await site.browser.newContext();
  const page = await context.newPage();
  // Header and footer as a person meets them: their text, and where each link leads.
  // Apart from the language switcher, which leads to the same page in each language.
  const frame = () => page.evaluate(() => ['header', 'footer'].map((tag) => {
    const el = document.querySelector(tag);
    const nav = el.querySelector('nav.languages');
    if (nav) nav.hidden = true;
    const seen = { text: el.innerText.replace(/\s+/g, ' ').trim(), links: [...el.querySelectorAll('a')].filter((a) => !nav?.contains(a)).map((a) => a.href) };
    if (nav) nav.hidden = false;
    return seen;
  }));
  const stylesheet = () => page.evaluate(() => [...document.querySelectorAll('link[rel="stylesheet"]')].map((l) => l.href));
  // Each page's are those of the FAQ page in its language: the statement in nynorsk and English
  // has the nynorsk and English page's.
  const index = {};
  for (const home of ['/', '/nn/', '/en/']) {
    await page.goto(site.url + home);
    index[home] = await frame();
    assert.equal(await page.locator('header nav.languages a').count(), 3);
    // The FAQ page has its stylesheet inline, so its first paint waits for no other request.
    assert.deepEqual(await stylesheet(), []);
    assert.equal(await page.locator('style').count(), 1);
  }
  const files = [];
  for (const path of ['/tilgjengelighetserklaering.html', '/nn/tilgjengelighetserklaering.html', '/en/tilgjengelighetserklaering.html', '/veiviser/tilkobling/', '/veiviser/bytte/', '/nn/veiviser/tilkobling/', '/en/veiviser/bytte/']) {
    await page.goto(site.url + path);
    assert.deepEqual(await frame(), index[path.match(/^\/(nn|en)\//)?.[0] ?? '/'], path);
    const [css] = await stylesheet();
    assert.match(new URL(css).pathname, /^\/main-[0-9a-f]{16}\.css$/, path);
    files.push(css);
  }
  // One fingerprinted file for all of them, which is style/main.css as built.
  assert.equal(new Set(files).size, 1);
  const built = await readFile(`${DIST}${new URL(files[0]).pathname}`, 'utf8');
  assert.equal(built, await readFile(new URL('../../style/main.css', import.meta.url), 'utf8'));
  await context.close();
});
