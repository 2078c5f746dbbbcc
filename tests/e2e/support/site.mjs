// The release build in dist/, served on loopback, and one headless Chromium, for a test file: call
// `useSite()` at the top level and read `site.url` and `site.browser` inside the tests. `headers`
// (an object, or a function of the built index.html) are added to every response.

import { before, after } from 'node:test';
import { readFile } from 'node:fs/promises';
import { serve } from './server.mjs';
import { launch } from './browser.mjs';

export const DIST = new URL('../../../dist', import.meta.url).pathname;

/** The built index.html, as served. */
export function builtIndex() {
  return readFile(`${DIST}/index.html`, 'utf8');
}

export function useSite({ headers = {} } = {}) {
  const site = { url: '', browser: null, server: null };
  let started;
  // Top-level hooks of a file are not awaited one after another, so other hooks wait on this.
  site.ready = new Promise((ok) => { started = ok; });
  before(async () => {
    const extra = typeof headers === 'function' ? headers(await builtIndex()) : headers;
    site.server = await serve(DIST, { headers: extra });
    site.url = site.server.url;
    site.browser = await launch();
    started();
  });
  after(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}
