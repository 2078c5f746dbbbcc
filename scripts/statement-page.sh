#!/usr/bin/env bash
# Trunk post-build hook: puts the static pages in static/ (the accessibility statement) into the built
# site, with their `main.css` and `favicon.svg` pointed at the fingerprinted files Trunk just wrote, so
# they look like the site and share its cached stylesheet without a second copy of the CSS.
set -euo pipefail
staging=${TRUNK_STAGING_DIR:?run this as a Trunk post_build hook}
source_dir=${TRUNK_SOURCE_DIR:-.}

# The built name of an asset: main.css becomes main-<hash>.css (or stays main.css without hashing).
built_name() {
  local stem=${1%.*} ext=${1##*.} found
  found=$(cd "$staging" && compgen -G "$stem-*.$ext" || compgen -G "$stem.$ext" || true)
  [ "$(wc -w <<<"$found")" = 1 ] || { echo "statement-page.sh: expected one built $1, found: ${found:-none}" >&2; exit 1; }
  echo "$found"
}

css=$(built_name main.css)
icon=$(built_name favicon.svg)
for page in "$source_dir"/static/*.html; do
  sed -e "s|href=\"main.css\"|href=\"$css\"|" -e "s|href=\"favicon.svg\"|href=\"$icon\"|" \
    "$page" >"$staging/$(basename "$page")"
done
