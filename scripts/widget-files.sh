#!/usr/bin/env bash
# Trunk post-build hook: the guide as a widget for other sites (see README). Writes beside index.html
#   veiviser.js              the one script a host page adds: static/veiviser.js with the names of the
#                            app's fingerprinted files (the same app the site runs);
#   veiviser-<hash>.css      the widget's stylesheet: style/main.css with every `rem` turned into
#                            `var(--rem)`, which the widget sets from the person's default font size —
#                            inside a shadow root `rem` would still follow the host page's
#                            `html { font-size }`. Media queries keep `rem` (there it means the default).
set -euo pipefail
staging=${TRUNK_STAGING_DIR:?run this as a Trunk post_build hook}
source_dir=${TRUNK_SOURCE_DIR:-.}

# The one built file matching a glob, or a clear failure.
built() {
  local found
  found=$(cd "$staging" && compgen -G "$1" || true)
  [ "$(wc -w <<<"$found")" = 1 ] || { echo "widget-files.sh: expected one built $1, found: ${found:-none}" >&2; exit 1; }
  echo "$found"
}

glue=$(built 'skattedeling-*[!g].js')
wasm=$(built 'skattedeling-*_bg.wasm')

css=$(perl -0777 -pe '
  s{/\*.*?\*/}{}gs;                                                   # comments
  s{^(?!\s*\@media)(.*)$}{ $1 =~ s/(?<![\w.-])(\d*\.?\d+)rem\b/calc($1 * var(--rem, 1rem))/gr }gme;
  s{\n\s*\n+}{\n}g;                                                   # blank lines
' "$source_dir/style/main.css")
hash=$(printf '%s' "$css" | sha256sum | cut -c1-16)
printf '%s\n' "$css" >"$staging/veiviser-$hash.css"

sed -e "s|@GLUE@|./$glue|" -e "s|@WASM@|./$wasm|" -e "s|@CSS@|./veiviser-$hash.css|" \
  "$source_dir/static/veiviser.js" >"$staging/veiviser.js"
! grep -q '@[A-Z]*@' "$staging/veiviser.js" || { echo "widget-files.sh: a name was not filled in" >&2; exit 1; }
