#!/usr/bin/env bash
# Trunk post-build hook: in a release build, minifies the FAQ app's wasm-bindgen glue
# (skattedeling-faq-<hash>.js) with esbuild, as widget-files.sh does the guide's: Trunk's own `minify`
# leaves this ES module as it is (5.8 → 4.5 KB gzip of a first visit). The name keeps Trunk's
# fingerprint, which changes with the glue's source; the `integrity` index.html gives the file is
# written again for the minified bytes. Then the app's imports get short names in the wasm and the
# glue together (short-import-names.mjs: −4.4 KB gzip of a first visit), and the wasm's `integrity`
# is written again too.
set -euo pipefail
staging=${TRUNK_STAGING_DIR:?run this as a Trunk post_build hook}
[ "${TRUNK_PROFILE:-debug}" = release ] || exit 0
# Subresource integrity of a file, as Trunk writes it (node is there for the build's esbuild anyway).
sri() { node -e 'const c=require("crypto");process.stdout.write("sha384-"+c.createHash("sha384").update(require("fs").readFileSync(process.argv[1])).digest("base64"))' "$1"; }
page="$staging/index.html"
# Checks that index.html gives file $1 the integrity $2 (its bytes as Trunk wrote them).
check() { grep -qF "$2" "$page" || { echo "minify-glue.sh: index.html does not give $(basename "$1") the integrity $2" >&2; exit 1; }; }
# Writes file $1's integrity for its bytes now into index.html, in place of $2.
rewrite() {
  local new
  new=$(sri "$1")
  sed -i "s|$2|$new|" "$page"
  grep -qF "$new" "$page" || { echo "minify-glue.sh: could not write the new integrity of $(basename "$1") into index.html" >&2; exit 1; }
}
found=0
for glue in "$staging"/skattedeling-faq-*.js; do
  [ -e "$glue" ] || continue
  wasm=${glue%.js}_bg.wasm
  before=$(sri "$glue")
  wasm_before=$(sri "$wasm")
  check "$glue" "$before"
  check "$wasm" "$wasm_before"
  esbuild --minify --format=esm --log-level=warning "$glue" --outfile="$glue.min"
  mv "$glue.min" "$glue"
  node "$(dirname "$0")/short-import-names.mjs" "$wasm" "$glue" >/dev/null
  rewrite "$glue" "$before"
  rewrite "$wasm" "$wasm_before"
  found=1
done
[ "$found" = 1 ] || { echo "minify-glue.sh: no skattedeling-faq-*.js in $staging" >&2; exit 1; }
