// Headless Chromium from the system (Debian's /usr/bin/chromium) driven by playwright-core, with the
// flags this closed network needs, and helpers the end-to-end tests share.

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
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(url);
  await page.waitForSelector('#app[data-app="klar"]');
  return { context, page, errors };
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
