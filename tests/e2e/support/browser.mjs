// Headless Chromium from the system (Debian's /usr/bin/chromium) driven by playwright-core, with the
// flags this closed network needs, and helpers the end-to-end tests share.

import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export function launch() {
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS });
}

/** Opens `url` in a fresh page and waits until the app has taken over the static page. */
export async function openApp(browser, url, contextOptions = {}) {
  const context = await browser.newContext({ locale: 'nb-NO', ...contextOptions });
  const page = await context.newPage();
  const errors = await collectErrors(page);
  await page.goto(url);
  await page.waitForSelector('#app[data-app="klar"]');
  return { context, page, errors };
}

/**
 * Collects what goes wrong on `page` into the array it resolves to: uncaught exceptions, console
 * errors, and errors the browser reports only to the window (a ResizeObserver loop, say), as an
 * error tracker on the page would see them; Playwright's pageerror does not. Call before goto.
 */
export async function collectErrors(page) {
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.exposeFunction('reportWindowError', (message) => errors.push(`window error: ${message}`));
  await page.addInitScript(() => addEventListener('error', (e) => window.reportWindowError(e.message)));
  return errors;
}

/** The ids of the questions shown, in order. */
export function shownQuestionIds(page) {
  return page.$$eval('[data-testid="question"]', (els) => els.map((e) => e.id));
}

/** An unsigned JWT with these claims: the site only reads a pasted token, it never verifies it. */
export function unsignedJwt(claims, header = { alg: 'RS256', kid: 'nokkel' }) {
  const part = (o) => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${part(header)}.${part(claims)}.c2lnbmF0dXI`;
}

/**
 * Asserts that keyboard focus moves to the element with `id` — in the document, or inside the shadow
 * root of the widget `host` (a selector). The app moves focus once the browser has drawn the change,
 * a frame after the click or key that caused it, so this waits for it (a second, or `timeout` ms
 * where a request comes first); if focus never gets there, it fails saying where focus is instead.
 */
export async function expectFocus(page, id, message = `focus moves to #${id}`, { host = null, timeout = 1000 } = {}) {
  const focusedIn = ([host, id]) => {
    const root = host ? document.querySelector(host)?.shadowRoot : document;
    const at = root?.activeElement?.id ?? null;
    return id === undefined ? at : at === id;
  };
  await page.waitForFunction(focusedIn, [host, id], { timeout }).catch(() => {});
  assert.equal(await page.evaluate(focusedIn, [host, undefined]), id, message);
}

/** Resolves once the browser has drawn twice: what the app does a frame after an event is done. */
export function afterRender(page) {
  return page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}
