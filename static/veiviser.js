// Skattedeling selvbetjening: the guide as a widget on another site's page. A host page pastes
//
//   <script type="module" src="https://<the site>/veiviser.js"></script>
//   <div data-skattedeling-veiviser data-flyt="tilkobling"></div>
//
// and this script loads the widget's first app from beside itself, which shows each such element the
// flow's first screen (see the README); the guide's app, most of the widget's bytes, is fetched when a
// person is about to use a widget. The build writes this file with the names of the files it loads
// (scripts/widget-files.sh).

const SITE = new URL('./', import.meta.url);
const MARKER = '[data-skattedeling-veiviser]';

if (document.readyState === 'loading') {
  await new Promise((ready) => document.addEventListener('DOMContentLoaded', ready, { once: true }));
}

let guide;
let tries = 0;
/** The guide's app, loaded and started: fetched once, and again after a failure. Some browsers keep
 * a failed module import for its address (whatwg/html#10327), so a new try imports it under a new one. */
function loadGuide() {
  if (!guide) {
    const glue = new URL('@GLUE@', SITE);
    if (tries++ > 0) glue.searchParams.set('forsok', String(tries));
    guide = import(glue.href)
      .then(async (app) => {
        await app.default({ module_or_path: new URL('@WASM@', SITE) });
        return app;
      })
      .catch((error) => {
        guide = undefined;
        throw error;
      });
  }
  return guide;
}

try {
  const start = await import(new URL('@STARTGLUE@', SITE).href);
  await start.default({ module_or_path: new URL('@STARTWASM@', SITE) });
  start.mount_widgets(SITE.href, new URL('@CSS@', SITE).href, loadGuide);
} catch (error) {
  // Blocked by the host's Content-Security-Policy, a network failure, an old browser: say so where
  // each widget would have been, rather than leave it blank.
  console.error('Skattedeling veiviser: kunne ikke laste veiviseren', error);
  for (const host of document.querySelectorAll(MARKER)) {
    if (host.shadowRoot) continue;
    const text = document.createElement('p');
    const link = document.createElement('a');
    link.href = SITE.href;
    link.textContent = 'Skattedeling selvbetjening';
    text.append('Veiviseren kunne ikke lastes. Last siden på nytt, eller bruk veiviseren på ', link, '.');
    text.lang = 'nb';
    host.replaceChildren(text);
    host.setAttribute('data-veiviser', 'feil');
  }
}
