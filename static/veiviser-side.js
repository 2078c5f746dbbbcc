// Skattedeling selvbetjening: the guide on the site's own page. The FAQ app adds this script when a
// person is about to open a flow (a pointer resting on its link, focus, a touch) or the page opens on
// one; it loads the guide's app from beside itself and mounts it beside the FAQ. The build writes it
// with the names of the files it loads (scripts/widget-files.sh).

const SITE = new URL('./', import.meta.url);

try {
  const app = await import(new URL('@GLUE@', SITE).href);
  await app.default({ module_or_path: new URL('@WASM@', SITE) });
  if (!app.mount_site_guide()) throw new Error('the page has no place for the guide');
} catch (error) {
  // A network failure or an old browser: the FAQ app says so where the guide would have been.
  console.error('Skattedeling: kunne ikke laste veiviseren', error);
  dispatchEvent(new Event('skattedeling:veiviser-feil'));
}
