// The release build in dist/, served on loopback, and one headless Chromium, for a test file: call
// `useSite()` at the top level and read `site.url` and `site.browser` inside the tests. `headers`
// (an object, or a function of the built index.html) are added to every response.

import { before, after } from 'node:test';
import { readFile } from 'node:fs/promises';
import { serve } from './server.mjs';
import { launch } from './browser.mjs';

export const DIST = new URL('../../../dist', import.meta.url).pathname;
/** The release build as a site with a feedback service has it (`make release-feedback`). */
export const FEEDBACK_DIST = new URL('../../../target/dist-tilbakemelding', import.meta.url).pathname;
/** The feedback service that build's forms name (config/serve.json's); a test puts its own in place. */
export const FEEDBACK_BUILT_FOR = 'http://127.0.0.1:8788';

/** The built index.html, as served. */
export function builtIndex(dist = DIST) {
  return readFile(`${dist}/index.html`, 'utf8');
}

export function useSite({ headers = {}, dist = DIST } = {}) {
  const site = { url: '', browser: null, server: null };
  let started;
  // Top-level hooks of a file are not awaited one after another, so other hooks wait on this.
  site.ready = new Promise((ok) => { started = ok; });
  before(async () => {
    const extra = typeof headers === 'function' ? headers(await builtIndex(dist)) : headers;
    site.server = await serve(dist, { headers: extra });
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
