#!/usr/bin/env bash
# Trunk post-build hook: in a release build, minifies the FAQ app's wasm-bindgen glue
# (skattedeling-faq-<hash>.js) with esbuild, as widget-files.sh does the guide's: Trunk's own `minify`
# leaves this ES module as it is (5.8 → 4.5 KB gzip of a first visit). The name keeps Trunk's
# fingerprint, which changes with the glue's source; the `integrity` index.html gives the file is
# written again for the minified bytes.
set -euo pipefail
staging=${TRUNK_STAGING_DIR:?run this as a Trunk post_build hook}
[ "${TRUNK_PROFILE:-debug}" = release ] || exit 0
# Subresource integrity of a file, as Trunk writes it (node is there for the build's esbuild anyway).
sri() { node -e 'const c=require("crypto");process.stdout.write("sha384-"+c.createHash("sha384").update(require("fs").readFileSync(process.argv[1])).digest("base64"))' "$1"; }
page="$staging/index.html"
found=0
for glue in "$staging"/skattedeling-faq-*.js; do
  [ -e "$glue" ] || continue
  before=$(sri "$glue")
  grep -qF "$before" "$page" \
    || { echo "minify-glue.sh: index.html does not give $(basename "$glue") the integrity $before" >&2; exit 1; }
  esbuild --minify --format=esm --log-level=warning "$glue" --outfile="$glue.min"
  mv "$glue.min" "$glue"
  after=$(sri "$glue")
  sed -i "s|$before|$after|" "$page"
  grep -qF "$after" "$page" || { echo "minify-glue.sh: could not write the new integrity into index.html" >&2; exit 1; }
  found=1
done
[ "$found" = 1 ] || { echo "minify-glue.sh: no skattedeling-faq-*.js in $staging" >&2; exit 1; }
