// The guide as a widget on another site's page: examples/vertside.html (hostile global CSS, two
// widgets) served from another origin than the site, as a real host page is. Each widget completes
// its flow on its own — the connection test included — the host page's styles stay as they were,
// the host's CSS does not reach inside, light and dark follow the host (its own theme switch
// included), answers survive a reload without touching the host's address (unless the host opts
// in), a widget in a narrow column is laid out for its own width, FAQ links open the FAQ site, wrong
// attributes say what is wrong, and axe-core finds nothing on the page.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { useSite } from './support/site.mjs';
import { serve } from './support/server.mjs';
import { startBackend, SCENARIO } from './support/backend.mjs';
import { expectNoAxeViolations } from './support/axe.mjs';
import { collectErrors, expectFocus } from './support/browser.mjs';

const EXAMPLE = new URL('../../examples/vertside.html', import.meta.url).pathname;
// The site's files are fetched from the host's origin (module scripts, wasm, config.json): CORS.
const site = useSite({ headers: { 'Access-Control-Allow-Origin': '*' } });
let host;
let backend;
let example;

before(async () => {
  await site.ready;
  host = await serve(new URL('../../examples', import.meta.url).pathname);
  backend = await startBackend({ origins: [host.url], test: 'kommune' });
  // The example names the addresses `make serve` uses; here the site and backend are elsewhere.
  example = (await readFile(EXAMPLE, 'utf8'))
    .replaceAll('http://127.0.0.1:8080/', `${site.url}/`)
    .replaceAll('http://127.0.0.1:8787', backend.url);
  host.files.set('/vertside.html', example);
  // The same page without its hostile stylesheet, to compare the widget against.
  host.files.set('/rolig.html', example.replace(/<style>[\s\S]*?<\/style>/, ''));
});
after(async () => {
  await backend?.stop();
  await host?.close();
});

const TILKOBLING = '#veiviser-tilkobling';
const ANDRE = '#veiviser-andre-kommuner';

/** Opens a host page and waits until every widget on it is mounted and styled, and (unless `start` is
 * false) started: its guide there. */
async function openHost(path, { block = false, start = true, contextOptions = {} } = {}) {
  const context = await site.browser.newContext({ locale: 'nb-NO', ...contextOptions });
  const page = await context.newPage();
  const errors = await collectErrors(page);
  page.on('response', (r) => r.status() >= 400 && errors.push(`${r.status()} ${r.url()}`));
  if (block) await page.route('**/veiviser.js', (route) => route.abort());
  await page.goto(`${host.url}${path}`);
  if (!block) await widgetsReady(page, { start });
  return { context, page, errors };
}

/** Waits until every widget on the page is styled and shows its first screen or its guide; then,
 * unless `start` is false, presses «Start veiviseren» in each that shows its first screen, and waits
 * until each has its guide. */
async function widgetsReady(page, { start = true } = {}) {
  await page.waitForFunction(() => {
    const hosts = [...document.querySelectorAll('[data-skattedeling-veiviser]')];
    return hosts.length > 0 && hosts.every((h) => h.shadowRoot?.querySelector('.veiviser:not([hidden])') && h.dataset.veiviser);
  });
  if (!start) return;
  // All at once, by script: a first screen goes as soon as its guide is there, so a list of buttons
  // taken before the first click would be stale by the second. (Pressing one for real is tested below.)
  await page.evaluate(() => {
    for (const h of document.querySelectorAll('[data-skattedeling-veiviser]')) {
      h.shadowRoot.querySelector('[data-testid="widget-start"] [data-testid="widget-start-button"]')?.click();
    }
  });
  await page.waitForFunction(() =>
    [...document.querySelectorAll('[data-skattedeling-veiviser]')].every((h) => h.dataset.veiviser === 'klar'));
}

const stepIs = (page, widget, step) =>
  page.locator(`${widget} [data-testid="guide"][data-step="${step}"]`).waitFor();

async function choose(page, widget, value, next) {
  await page.locator(`${widget} [data-testid="option-${value}"]`).check();
  await page.locator(`${widget} [data-testid="guide-continue"]`).click();
  await stepIs(page, widget, next);
}

async function typeAndContinue(page, widget, text, next) {
  await page.locator(`${widget} [data-testid="guide-input"]`).fill(text);
  await page.locator(`${widget} [data-testid="guide-continue"]`).click();
  await stepIs(page, widget, next);
}

async function skip(page, widget, next) {
  await page.locator(`${widget} [data-testid="guide-skip"]`).click();
  await stepIs(page, widget, next);
}

async function walkOtherMunicipalities(page, widget) {
  await choose(page, widget, 'barnehage', 'barnehage-bosatt');
  await choose(page, widget, 'nei', 'barnehage-flytteplaner');
  await choose(page, widget, 'nei', 'barnehage-annen-kommune');
}

/** Computed styles of every element of the host page outside the widgets' shadow roots. */
function hostStyles(page) {
  return page.evaluate(() => {
    const props = ['font-family', 'font-size', 'color', 'background-color', 'letter-spacing', 'text-transform',
      'line-height', 'margin-top', 'padding-top', 'border-top-style', 'border-top-color', 'text-decoration-line',
      'font-style', 'font-weight', 'box-sizing', 'color-scheme'];
    const inWidget = (el) => el.parentElement?.closest('[data-skattedeling-veiviser]');
    const els = [document.documentElement, ...document.querySelectorAll('body, body *')].filter((el) => !inWidget(el));
    return els.map((el) => {
      const style = getComputedStyle(el);
      return `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} ${props.map((p) => `${p}=${style.getPropertyValue(p)}`).join('; ')}`;
    });
  });
}

/** Computed styles of the widget's own parts, as the person sees them. */
function widgetStyles(page, widget) {
  return page.locator(widget).evaluate((hostEl) => {
    const props = ['font-family', 'font-size', 'color', 'background-color', 'letter-spacing', 'text-transform',
      'line-height', 'margin-top', 'padding-top', 'padding-left', 'border-top-width', 'border-top-style',
      'text-decoration-line', 'font-style', 'font-weight', 'cursor'];
    const root = hostEl.shadowRoot;
    const parts = ['.veiviser', '.guide-heading', '.guide__caption', '[data-testid="guide-continue"]',
      '.guide-options label', '[data-testid="guide-restart"]'];
    return Object.fromEntries(parts.map((sel) => {
      const el = root.querySelector(sel);
      if (!el) return [sel, 'missing'];
      const style = getComputedStyle(el);
      return [sel, Object.fromEntries(props.map((p) => [p, style.getPropertyValue(p)]))];
    }));
  });
}

const shellBackground = (page, widget) =>
  page.locator(widget).evaluate((h) => getComputedStyle(h.shadowRoot.querySelector('.veiviser')).backgroundColor);

/** Waits until the widget's root asks its stylesheet for `tag` (`lys` or `mork`). */
const themeIs = (page, widget, tag) => page.waitForFunction(([widget, tag]) =>
  document.querySelector(widget).shadowRoot.querySelector('.veiviser').dataset.tema === tag, [widget, tag]);

test('two widgets on a hostile page each complete their flow on their own, and the host page is untouched', async () => {
  // The host page as it is without the widgets: its own styles, to compare with.
  const bare = await openHost('/vertside.html', { block: true });
  const before = await hostStyles(bare.page);
  await bare.context.close();

  site.server.files.set('/config.json', JSON.stringify({ backend: null, miljoer: ['test'] }));
  const { context, page, errors } = await openHost('/vertside.html');
  assert.deepEqual(await hostStyles(page), before, 'the widgets change nothing of the host page');
  assert.equal(await page.title(), 'Eksempel kommune – skattedeling på intranettet');
  // Each widget has its own heading below the host's h1, and its own ids.
  await stepIs(page, TILKOBLING, 'rolle');
  await stepIs(page, ANDRE, 'tjeneste');
  assert.equal(await page.locator(`${TILKOBLING} h2.guide-heading`).textContent(), 'Hvor vil du begynne?');
  assert.equal(await page.locator('h1').count(), 1, 'only the host page has an h1');

  // The first widget: the connection journey, ending with a live test against the backend that
  // the host page names in data-backend (config.json as shipped names none).
  await choose(page, TILKOBLING, 'kommune', 'vei');
  await expectFocus(page, 'veiviser-overskrift', 'focus moves to the new question, inside the widget', {
    host: TILKOBLING,
  });
  // The other widget has not moved.
  await stepIs(page, ANDRE, 'tjeneste');
  await choose(page, TILKOBLING, 'direkte', 'miljo');
  await choose(page, TILKOBLING, 'test', 'kommune-orgnr');
  await typeAndContinue(page, TILKOBLING, SCENARIO.ok, 'direkte-tilgang');
  await choose(page, TILKOBLING, 'ja', 'direkte-sertifikat');
  await choose(page, TILKOBLING, 'ja', 'scope');
  await skip(page, TILKOBLING, 'token');
  await skip(page, TILKOBLING, 'klar');
  await page.locator(`${TILKOBLING} [data-health="ok"]`).waitFor();
  // config.json still comes from the site: its one environment is offered (no choice to make, where
  // the defaults would offer two); only the backend is the host's.
  assert.equal(await page.locator(`${TILKOBLING} [data-testid^="test-environment-"]`).count(), 0);
  await page.locator(`${TILKOBLING} [data-testid="test-package"]`).selectOption('kommuneforeldrebetaling');
  await page.locator(`${TILKOBLING} [data-testid="connection-start"]`).click();
  await page.locator(`${TILKOBLING} [data-testid="connection-result"]:has-text("Tilkoblingen virker")`).waitFor();

  // The summary links to the same place on the site, and its e-mail goes to KS.
  const summary = await page.locator(`${TILKOBLING} [data-testid="summary-text"]`).textContent();
  assert.match(summary, new RegExp(`${site.url}/\\?flyt=tilkobling&rolle=kommune&vei=direkte`));
  assert.match(summary, /Tilkoblingen virker/);
  const mail = await page.locator(`${TILKOBLING} [data-testid="summary-mail"]`).getAttribute('href');
  assert.match(mail, /^mailto:skattedeling@ks\.no\?subject=/);
  assert.ok(decodeURIComponent(mail).includes(`${site.url}/?flyt=tilkobling`), 'the e-mail links to the site');

  // The second widget, still at its start: the legal-basis journey.
  await stepIs(page, ANDRE, 'tjeneste');
  await walkOtherMunicipalities(page, ANDRE);
  await stepIs(page, TILKOBLING, 'klar');

  // Nothing of either went into the host's address or title; the host's styles are as they were.
  assert.equal(page.url(), `${host.url}/vertside.html`);
  assert.equal(await page.title(), 'Eksempel kommune – skattedeling på intranettet');
  assert.deepEqual(await hostStyles(page), before);
  await expectNoAxeViolations(page, 'the host page with two finished widgets');

  // A reload finds each widget where it was, the connection test's result included.
  await page.reload();
  await widgetsReady(page);
  await stepIs(page, TILKOBLING, 'klar');
  await stepIs(page, ANDRE, 'barnehage-annen-kommune');
  await page.locator(`${TILKOBLING} [data-testid="connection-result"]:has-text("Tilkoblingen virker")`).waitFor();
  assert.equal(page.url(), `${host.url}/vertside.html`);

  // «Start på nytt» starts that widget again, and only that one.
  await page.locator(`${ANDRE} [data-testid="guide-restart"]`).click();
  await stepIs(page, ANDRE, 'tjeneste');
  await stepIs(page, TILKOBLING, 'klar');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the host page\'s CSS does not reach inside: the widget looks as it does on a plain page', async () => {
  const plain = await openHost('/rolig.html');
  const expected = await widgetStyles(plain.page, TILKOBLING);
  await plain.context.close();
  assert.ok(!JSON.stringify(expected).includes('missing'), JSON.stringify(expected));

  const { context, page } = await openHost('/vertside.html');
  assert.deepEqual(await widgetStyles(page, TILKOBLING), expected);
  // The hostile rules are really there, outside.
  const hostButton = await page.locator('main > p > button').evaluate((b) => getComputedStyle(b).borderTopStyle);
  assert.equal(hostButton, 'dashed');
  await context.close();
});

test('the widgets follow the host page into dark and back, and data-tema overrides', async () => {
  const dark = await openHost('/vertside.html', { contextOptions: { colorScheme: 'dark' } });
  assert.equal(await shellBackground(dark.page, TILKOBLING), 'rgb(17, 22, 28)');
  assert.equal(await shellBackground(dark.page, ANDRE), 'rgb(17, 22, 28)');
  await expectNoAxeViolations(dark.page, 'the host page in dark');
  // The person switches to light while the page is open: the host and the widgets follow.
  await dark.page.emulateMedia({ colorScheme: 'light' });
  await themeIs(dark.page, ANDRE, 'lys');
  assert.equal(await shellBackground(dark.page, TILKOBLING), 'rgb(255, 255, 255)');
  await dark.context.close();

  host.files.set('/tema.html', example.replace('data-flyt="andre-kommuner"', 'data-flyt="andre-kommuner" data-tema="mørk"'));
  const forced = await openHost('/tema.html');
  assert.equal(await shellBackground(forced.page, ANDRE), 'rgb(17, 22, 28)');
  assert.equal(await shellBackground(forced.page, TILKOBLING), 'rgb(255, 255, 255)');
  await expectNoAxeViolations(forced.page, 'a dark widget on a light host page');
  await forced.context.close();
});

test('the widgets follow the host page when it changes its own theme: its switch, or a stylesheet', async () => {
  const { context, page, errors } = await openHost('/vertside.html');
  assert.equal(await shellBackground(page, TILKOBLING), 'rgb(255, 255, 255)');
  // The intranet's own dark-mode switch puts a class on <html>.
  await page.click('#mork-side');
  await themeIs(page, TILKOBLING, 'mork');
  await themeIs(page, ANDRE, 'mork');
  assert.equal(await shellBackground(page, ANDRE), 'rgb(17, 22, 28)');
  await expectNoAxeViolations(page, 'the host page dark by its own switch');
  await page.click('#mork-side');
  await themeIs(page, TILKOBLING, 'lys');
  await themeIs(page, ANDRE, 'lys');
  // A theme stylesheet the host page loads later, and takes away again.
  await page.evaluate(() => {
    const link = Object.assign(document.createElement('link'), {
      rel: 'stylesheet', id: 'morkt-tema', href: 'data:text/css,html%7Bbackground%3A%23000%7D',
    });
    document.head.append(link);
  });
  await themeIs(page, TILKOBLING, 'mork');
  await themeIs(page, ANDRE, 'mork');
  await page.evaluate(() => document.getElementById('morkt-tema').remove());
  await themeIs(page, TILKOBLING, 'lys');
  assert.equal(await shellBackground(page, TILKOBLING), 'rgb(255, 255, 255)');
  // Where the host fixed the theme with data-tema, its switch changes nothing.
  host.files.set('/fast-tema.html', example.replace('data-flyt="andre-kommuner"', 'data-flyt="andre-kommuner" data-tema="lys"'));
  const fixed = await openHost('/fast-tema.html');
  await fixed.page.click('#mork-side');
  await themeIs(fixed.page, TILKOBLING, 'mork');
  assert.equal(await shellBackground(fixed.page, ANDRE), 'rgb(255, 255, 255)');
  assert.deepEqual(fixed.errors, []);
  await fixed.context.close();
  assert.deepEqual(errors, []);
  await context.close();
});

/** Whether the widget's root is marked narrow, and how its first answer on the summary is laid out. */
const layout = (page, widget) => page.locator(widget).evaluate((h) => {
  const root = h.shadowRoot.querySelector('.veiviser');
  const answer = root.querySelector('.guide-answers__answer');
  return { bredde: root.dataset.bredde ?? null, answerRow: answer && getComputedStyle(answer).gridRowStart };
});

test('a widget in a narrow column takes the narrow layout on a wide screen, and the wide one when it widens', async () => {
  host.files.set('/smal.html', example.replace('<div id="veiviser-andre-kommuner"',
    '<div id="veiviser-andre-kommuner" style="width: 300px"'));
  const { context, page, errors } = await openHost('/smal.html', { contextOptions: { viewport: { width: 1280, height: 800 } } });
  await walkOtherMunicipalities(page, ANDRE);
  // Question above answer, as on a phone, not three columns of broken words.
  assert.deepEqual(await layout(page, ANDRE), { bredde: 'smal', answerRow: '2' });
  assert.deepEqual(await layout(page, TILKOBLING), { bredde: null, answerRow: null }, 'the full-width widget is wide');
  await expectNoAxeViolations(page, 'a widget in a narrow column');
  // The host page widens the column: the widget follows, without a reload.
  await page.locator(ANDRE).evaluate((h) => { h.style.width = '700px'; });
  await page.waitForFunction((w) => !document.querySelector(w).shadowRoot.querySelector('.veiviser').dataset.bredde, ANDRE);
  assert.deepEqual(await layout(page, ANDRE), { bredde: null, answerRow: 'auto' });
  assert.deepEqual(errors, []);
  await context.close();
});

test('FAQ links open the FAQ site, and Back finds the widget as it was', async () => {
  const { context, page } = await openHost('/vertside.html');
  await walkOtherMunicipalities(page, ANDRE);
  const link = page.locator(`${ANDRE} [data-testid="faq-link"]`).first();
  const href = await link.getAttribute('href');
  assert.match(href, new RegExp(`^${site.url}/#[a-z0-9-]+$`));
  await link.click();
  await page.waitForURL(href);
  await page.waitForSelector('#app[data-app="klar"]');
  const id = href.split('#')[1];
  await page.waitForFunction((id) => document.getElementById(id)?.open, id);
  await page.goBack();
  await widgetsReady(page);
  await stepIs(page, ANDRE, 'barnehage-annen-kommune');
  await context.close();
});

test('the widgets speak the host page\'s language, or their data-sprak', async () => {
  // A nynorsk host page: both widgets in nynorsk, first screen and guide, and their links lead to
  // the nynorsk FAQ page.
  host.files.set('/nynorsk.html', example.replace('<html lang="nb">', '<html lang="nn">'));
  const nn = await openHost('/nynorsk.html', { start: false });
  const start = nn.page.locator(`${ANDRE} [data-testid="widget-start"]`);
  assert.equal(await start.locator('h2').textContent(), 'Opplysningar om personar som ikkje bur i kommunen');
  assert.equal(await start.locator('[data-testid="widget-start-button"]').textContent(), 'Start vegvisaren');
  assert.match(await start.getAttribute('aria-label'), /^Vegvisar frå Skattedeling sjølvbetening: /);
  assert.equal(await nn.page.locator(ANDRE).evaluate((h) => h.shadowRoot.querySelector('.veiviser').lang), 'nn');
  await widgetsReady(nn.page);
  await walkOtherMunicipalities(nn.page, ANDRE);
  assert.equal(await nn.page.locator(`${ANDRE} [data-testid="guide-back"]`).textContent(), 'Tilbake');
  assert.match(await nn.page.locator(`${ANDRE} [data-testid="answers"]`).textContent(), /Svara dine|svara dine/);
  const link = await nn.page.locator(`${ANDRE} [data-testid="faq-link"]`).first().getAttribute('href');
  assert.match(link, new RegExp(`^${site.url}/nn/#[a-z0-9-]+$`));
  await expectNoAxeViolations(nn.page, 'widgets on a nynorsk host page');
  assert.deepEqual(nn.errors, []);
  await nn.context.close();

  // data-sprak="en" on both, on the bokmål page: English.
  host.files.set('/engelsk.html', example.replaceAll('data-skattedeling-veiviser', 'data-skattedeling-veiviser data-sprak="en"'));
  const en = await openHost('/engelsk.html');
  await stepIs(en.page, ANDRE, 'tjeneste');
  assert.equal(await en.page.locator(`${ANDRE} [data-testid="guide-heading"]`).textContent(), 'Which service is the case about?');
  await choose(en.page, ANDRE, 'barnehage', 'barnehage-bosatt');
  assert.equal(await en.page.locator(`${ANDRE} [data-testid="guide-back"]`).textContent(), 'Back');
  await expectNoAxeViolations(en.page, 'widgets with data-sprak="en"');
  await en.context.close();

  // The guide on a page speaks one language: a second widget in another is refused, and says why.
  host.files.set('/blanda.html', example.replace('data-flyt="tilkobling"', 'data-flyt="tilkobling" data-sprak="en"'));
  const mixed = await openHost('/blanda.html', { start: false });
  const problem = mixed.page.locator(`${ANDRE} [data-testid="widget-problem-item"]`);
  assert.match(await problem.textContent(), /^data-sprak: alle veiviserne på en side må være på samme språk, og den første er på engelsk/);
  assert.equal(await mixed.page.locator(`${ANDRE} [data-testid="widget-problem"] h2`).textContent(), 'Veiviseren kan ikke vises her');
  await mixed.context.close();
});

test('a missing or wrong attribute says what is wrong in the widget, and the others still work', async () => {
  host.files.set('/feil.html', example
    .replace('data-flyt="tilkobling"', 'data-flyt="tilkoblng"')
    .replace(`data-backend="${backend.url}"`, 'data-backend="ftp://test.example.no"')
    .replace('<p><button', '<div id="uten-flyt" data-skattedeling-veiviser></div>\n    <p><button'));
  const { context, page, errors } = await openHost('/feil.html');
  const problems = await page.locator(`${TILKOBLING} [data-testid="widget-problem-item"]`).allTextContents();
  assert.equal(problems.length, 2, problems.join('\n'));
  assert.match(problems[0], /^data-flyt=«tilkoblng» er ikke en veiviser her\. Mulige verdier: «tilkobling» \(/);
  assert.match(problems[1], /^data-backend=«ftp:\/\/test\.example\.no» er ikke en http- eller https-adresse/);
  assert.match(await page.locator('#uten-flyt [data-testid="widget-problem"]').textContent(), /mangler data-flyt/);
  assert.equal(await page.locator(`${TILKOBLING} [data-testid="widget-problem"] a`).getAttribute('href'), `${site.url}/`);
  // The correct widget beside them works as ever.
  await choose(page, ANDRE, 'barnehage', 'barnehage-bosatt');
  await expectNoAxeViolations(page, 'widgets with wrong attributes');
  // The person who set up the page finds the same in the console.
  assert.ok(errors.some((e) => e.includes('tilkoblng')), errors.join('\n'));
  await context.close();
});

test('a host that opts in keeps the answers in its own address, with Back and a shared link', async () => {
  host.files.set('/adresse.html', example.replace('data-flyt="andre-kommuner"', 'data-flyt="andre-kommuner" data-adresse="veiviser"'));
  const { context, page } = await openHost('/adresse.html?side=2#innhold');
  await choose(page, ANDRE, 'barnehage', 'barnehage-bosatt');
  await choose(page, ANDRE, 'nei', 'barnehage-flytteplaner');
  const url = new URL(page.url());
  assert.equal(url.searchParams.get('side'), '2', 'the host\'s own parameters stay');
  assert.equal(url.hash, '#innhold', 'and so does its fragment');
  assert.equal(url.searchParams.get('veiviser'), 'flyt=andre-kommuner&tjeneste=barnehage&barnehage-bosatt=nei');
  await page.goBack();
  await stepIs(page, ANDRE, 'barnehage-bosatt');
  await page.goForward();
  await stepIs(page, ANDRE, 'barnehage-flytteplaner');
  // The other widget does not use the address.
  await choose(page, TILKOBLING, 'kommune', 'vei');
  assert.deepEqual([...new URL(page.url()).searchParams.keys()], ['side', 'veiviser']);
  assert.equal(new URL(page.url()).searchParams.get('veiviser'), 'flyt=andre-kommuner&tjeneste=barnehage&barnehage-bosatt=nei');
  // The address opens the same place in a new tab.
  const other = await context.newPage();
  await other.goto(page.url());
  await widgetsReady(other);
  await stepIs(other, ANDRE, 'barnehage-flytteplaner');
  // Back on the host page without the parameter: the answers kept for the tab come back and are put
  // in the address; following a link within the host page then keeps them.
  await page.goto(`${host.url}/adresse.html`);
  await widgetsReady(page);
  await stepIs(page, ANDRE, 'barnehage-flytteplaner');
  assert.equal(new URL(page.url()).searchParams.get('veiviser'), 'flyt=andre-kommuner&tjeneste=barnehage&barnehage-bosatt=nei');
  await page.evaluate(() => { location.hash = 'innhold'; });
  await page.waitForFunction(() => location.hash === '#innhold');
  await stepIs(page, ANDRE, 'barnehage-flytteplaner');
  await context.close();
});

test('two widgets of one flow keep their own answers and names, and may not share an address', async () => {
  const pair = '<div id="bytte-a" data-skattedeling-veiviser data-flyt="bytte" data-adresse="bytte"></div>\n' +
    '    <div id="bytte-b" data-skattedeling-veiviser data-flyt="bytte"></div>\n' +
    '    <div id="bytte-c" data-skattedeling-veiviser data-flyt="bytte" data-adresse="bytte"></div>\n    <p><button';
  host.files.set('/par.html', example.replace('<p><button', pair));
  const { context, page } = await openHost('/par.html');
  const labels = await page.$$eval('[data-skattedeling-veiviser]', (hosts) =>
    hosts.map((h) => h.shadowRoot.querySelector('[role="region"]')?.getAttribute('aria-label') ?? null));
  assert.deepEqual(labels.slice(2), [
    'Veiviser fra Skattedeling selvbetjening: Bytte påkoblingsmåte eller leverandør',
    'Veiviser fra Skattedeling selvbetjening: Bytte påkoblingsmåte eller leverandør (2)',
    null,
  ]);
  assert.match(await page.locator('#bytte-c [data-testid="widget-problem"]').textContent(),
    /data-adresse=«bytte» brukes allerede av en annen veiviser på siden/);
  await choose(page, '#bytte-a', 'ny-leverandor', 'ny-leverandor-orgnr');
  await stepIs(page, '#bytte-b', 'endring');
  await page.reload();
  await widgetsReady(page);
  await stepIs(page, '#bytte-a', 'ny-leverandor-orgnr');
  await stepIs(page, '#bytte-b', 'endring');
  await expectNoAxeViolations(page, 'two widgets of one flow');
  await context.close();
});

test('a widget first shows its flow and «Start veiviseren», and fetches the guide only when a person is about to use it', async () => {
  const { context, page, errors } = await openHost('/vertside.html', { start: false });
  const fetched = [];
  page.on('request', (r) => fetched.push(r.url()));
  await page.waitForLoadState('networkidle');
  assert.deepEqual(fetched.filter((u) => u.includes('veiviser-app-')), [], 'no guide before a person shows intent');
  const first = page.locator(`${TILKOBLING} [data-testid="widget-start"]`);
  assert.equal(await first.getAttribute('aria-label'),
    'Veiviser fra Skattedeling selvbetjening: Kom i gang eller feilsøk tilkoblingen');
  assert.equal(await first.locator('h2').textContent(), 'Kom i gang eller feilsøk tilkoblingen');
  assert.match(await first.locator('.veiviser-start__beskrivelse').textContent(), /^For kommuner og leverandører: /);
  assert.equal(await first.locator('button').textContent(), 'Start veiviseren');
  assert.equal(await page.locator(`${ANDRE} [data-testid="widget-start"] h2`).textContent(),
    'Opplysninger om personer som ikke bor i kommunen');
  await expectNoAxeViolations(page, 'two widgets on their first screens');

  // Focus reaching the widget fetches the guide; Enter starts it, and focus moves to its heading.
  const wasm = page.waitForRequest(/veiviser-app-[0-9a-f]+_bg\.wasm$/);
  await first.locator('button').focus();
  await wasm;
  await page.keyboard.press('Enter');
  await stepIs(page, TILKOBLING, 'rolle');
  await expectFocus(page, 'veiviser-overskrift', 'focus moves to the guide\'s first question', { host: TILKOBLING });
  assert.equal(await page.locator(TILKOBLING).getAttribute('data-veiviser'), 'klar');
  // The other widget waits on its first screen, and starts at once now that the guide is here.
  assert.equal(await page.locator(ANDRE).getAttribute('data-veiviser'), 'start');
  await page.locator(`${ANDRE} [data-testid="widget-start-button"]`).click();
  await stepIs(page, ANDRE, 'tjeneste');
  // A started widget stays started: a reload shows its guide, not its first screen again.
  await page.reload();
  await widgetsReady(page, { start: false });
  await stepIs(page, TILKOBLING, 'rolle');
  await stepIs(page, ANDRE, 'tjeneste');
  assert.equal(await page.locator('[data-testid="widget-start"]').count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a widget whose guide cannot be fetched says so, and «Prøv igjen» fetches it again', async () => {
  const { context, page } = await openHost('/vertside.html', { start: false });
  // The guide's script fails. (Chromium would import it again at the same address; some browsers keep
  // a failed import for its address, so veiviser.js tries again under a new one.)
  const guideScript = /\/veiviser-app-[0-9a-f]+\.js(\?|$)/;
  await page.route(guideScript, (route) => route.abort());
  await page.locator(`${ANDRE} [data-testid="widget-start-button"]`).click();
  const status = page.locator(`${ANDRE} [data-testid="widget-start-status"]`);
  await page.waitForFunction((w) => document.querySelector(w).shadowRoot
    .querySelector('[data-testid="widget-start-status"]').textContent.includes('kunne ikke lastes'), ANDRE);
  assert.equal(await status.getAttribute('role'), 'status');
  // The guide on the site is a way forward when trying again cannot help.
  assert.equal(await status.locator('a').getAttribute('href'), `${site.url}/`);
  assert.equal(await page.locator(`${ANDRE} [data-testid="widget-start-button"]`).textContent(), 'Prøv igjen');
  await expectNoAxeViolations(page, 'a widget whose guide could not be fetched');
  await page.unroute(guideScript);
  await page.locator(`${ANDRE} [data-testid="widget-start-button"]`).click();
  await stepIs(page, ANDRE, 'tjeneste');
  await context.close();
});
