// Skattedeling selvbetjening: the guide on the site's own page. The FAQ app adds this script when a
// person is about to open a flow (a pointer resting on its link, focus, a touch) or the page opens on
// one; it loads the guide's app and its stylesheet from beside itself and mounts it beside the FAQ. The build writes it
// with the names of the files it loads (scripts/widget-files.sh).

const SITE = new URL('./', import.meta.url);

/** The guide's stylesheet (the page inlines only the FAQ's), loaded before the guide is shown. */
function guideStyles() {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = new URL('@SITECSS@', SITE).href;
  const loaded = new Promise((resolve, reject) => {
    link.onload = resolve;
    link.onerror = () => reject(new Error(`${link.href} did not load`));
  });
  document.head.append(link);
  return loaded;
}

try {
  const [app] = await Promise.all([import(new URL('@GLUE@', SITE).href), guideStyles()]);
  await app.default({ module_or_path: new URL('@WASM@', SITE) });
  if (!app.mount_site_guide()) throw new Error('the page has no place for the guide');
} catch (error) {
  // A network failure or an old browser: the FAQ app says so where the guide would have been.
  console.error('Skattedeling: kunne ikke laste veiviseren', error);
  dispatchEvent(new Event('skattedeling:veiviser-feil'));
}
