// Skattedeling selvbetjening: the guide as a widget on another site's page. A host page pastes
//
//   <script type="module" src="https://<the site>/veiviser.js"></script>
//   <div data-skattedeling-veiviser data-flyt="tilkobling"></div>
//
// and this script loads the app from beside itself and mounts a guide in every such element (see the
// README). The build writes it with the names of the files it loads (scripts/widget-files.sh).

const SITE = new URL('./', import.meta.url);
const MARKER = '[data-skattedeling-veiviser]';

if (document.readyState === 'loading') {
  await new Promise((ready) => document.addEventListener('DOMContentLoaded', ready, { once: true }));
}

try {
  const app = await import(new URL('@GLUE@', SITE).href);
  await app.default({ module_or_path: new URL('@WASM@', SITE) });
  app.mount_widgets(SITE.href, new URL('@CSS@', SITE).href);
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
