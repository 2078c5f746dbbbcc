// The release build in dist/, served on loopback, and one headless Chromium, for a test file: call
// `useSite()` at the top level and read `site.url` and `site.browser` inside the tests.

import { before, after } from 'node:test';
import { serve } from './server.mjs';
import { launch } from './browser.mjs';

const DIST = new URL('../../../dist', import.meta.url).pathname;

export function useSite({ headers } = {}) {
  const site = { url: '', browser: null, server: null };
  before(async () => {
    site.server = await serve(DIST, { headers });
    site.url = site.server.url;
    site.browser = await launch();
  });
  after(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}
