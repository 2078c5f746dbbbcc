// The built page with its scripts taken out: what a browser without JavaScript shows (for checks that
// need a script of their own, such as axe, which a JavaScript-less page cannot run), and the plain
// static HTML page `make bench` measures the site against.

import { readFile } from 'node:fs/promises';

/**
 * `html` without its scripts and the preloads of the app's module and wasm. `noscript: 'unwrap'` puts
 * the `<noscript>` content in force, as a browser with JavaScript off does; `'drop'` removes it.
 */
export function withoutScripts(html, { noscript = 'unwrap' } = {}) {
  const stripped = html
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '')
    // A release build is minified, so attribute values may be unquoted.
    .replace(/<link\b[^>]*\brel=["']?(?:modulepreload|preload)\b[^>]*>/gi, '');
  return noscript === 'unwrap'
    ? stripped.replace(/<noscript>([\s\S]*?)<\/noscript>/gi, '$1')
    : stripped.replace(/<noscript>[\s\S]*?<\/noscript>/gi, '');
}

/** Makes `page` get `url` as dist's index.html shows without JavaScript; other requests go through. */
export async function routeWithoutScripts(page, url, distIndex) {
  const body = withoutScripts(await readFile(distIndex, 'utf8'));
  await page.route(url, (route) => route.fulfill({ body, contentType: 'text/html; charset=utf-8' }));
}
