// The Content-Security-Policy for a built site: everything from the site's own origin, wasm allowed to
// compile, scripts only from files or the inline loader Trunk writes into index.html, and styles only
// from files or the stylesheet Trunk inlines there (each inline one by its hash, which changes with
// every build). `connect-src` adds the configured backend, if any, and the feedback service, which
// `form-action` also allows (its forms work without scripts).
//
//   node scripts/csp.mjs dist/index.html [https://backend.example] [https://feedback.example]
//
// prints the header value for that build; the end-to-end tests serve the site with it.

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/** The `'sha256-…'` sources of every inline `<tag>` in `html` (a `<script>` with `src` is a file). */
function inlineHashes(html, tag) {
  const hashes = [];
  for (const m of html.matchAll(new RegExp(`<${tag}\\b([^>]*)>([\\s\\S]*?)<\\/${tag}>`, 'gi'))) {
    if (/\bsrc\s*=/.test(m[1])) continue;
    hashes.push(`'sha256-${createHash('sha256').update(m[2], 'utf8').digest('base64')}'`);
  }
  return hashes;
}

/** The `'sha256-…'` sources of every inline `<script>` in `html`. */
export function inlineScriptHashes(html) {
  return inlineHashes(html, 'script');
}

/** The `'sha256-…'` sources of every inline `<style>` in `html`. */
export function inlineStyleHashes(html) {
  return inlineHashes(html, 'style');
}

/**
 * The policy for a page whose HTML is `html`, talking to `backend` and `feedback` (origins) besides
 * itself.
 */
export function contentSecurityPolicy(html, { backend, feedback } = {}) {
  return [
    "default-src 'self'",
    ["script-src 'self' 'wasm-unsafe-eval'", ...inlineScriptHashes(html)].join(' '),
    ["style-src 'self'", ...inlineStyleHashes(html)].join(' '),
    "img-src 'self'",
    "font-src 'self'",
    ['connect-src', "'self'", backend, feedback].filter(Boolean).join(' '),
    "object-src 'none'",
    "base-uri 'none'",
    ['form-action', "'self'", feedback].filter(Boolean).join(' '),
    "frame-ancestors 'none'",
  ].join('; ');
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [file = 'dist/index.html', backend, feedback] = process.argv.slice(2);
  console.log(contentSecurityPolicy(readFileSync(file, 'utf8'), { backend: backend || undefined, feedback }));
}
