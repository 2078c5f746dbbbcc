#!/usr/bin/env bash
# Trunk post-build hook for what needs index.html as it finally is: first the FAQ app's glue is
# minified (minify-glue.sh, which writes the glue's new integrity into index.html), then the
# nynorsk and English pages are written from it (language-pages.sh). One hook, so that the two run
# in this order: Trunk runs its post-build hooks at the same time.
set -euo pipefail
here=$(dirname "$0")
bash "$here/minify-glue.sh"
bash "$here/language-pages.sh"
