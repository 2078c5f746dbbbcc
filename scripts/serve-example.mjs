// Serves examples/ (the widget's example host page) on 127.0.0.1:<port> for `make serve`: another
// origin than the site's, as a real host page is.
import { serve } from '../tests/e2e/support/server.mjs';

const port = Number(process.argv[2] ?? 8081);
const root = new URL('../examples', import.meta.url).pathname;
serve(root, { port }).then(
  ({ url }) => console.log(`Eksempel på vertside for veiviseren: ${url}/vertside.html`),
  (error) => {
    console.error(`serve-example: could not listen on port ${port} (${error.code ?? error.message})`);
    process.exit(1);
  },
);
