#!/usr/bin/env bash
# Trunk post-build hook: puts the pages that are not the app into the built site, with their
# `main.css` and `favicon.svg` pointed at fingerprinted files, so they look like the site and share one
# stylesheet that browsers cache for good:
#   main-<hash>.css                     style/main.css as a file: index.html has it inline (Trunk's
#                                       rel="inline", so its first paint waits for no other request),
#                                       and these pages link it;
#   static/*.html                       the accessibility statement, beside index.html;
#   static/nn/*.html, static/en/*.html  the statement in nynorsk and English, in nn/ and en/ beside
#                                       those languages' index.html; they name the files `../…`;
#   veiviser/<flow>/index.html          each flow as text, which sitegen (the pre-build hook) wrote
#                                       into target/site/veiviser/; they name the files `../../…`;
#   nn/veiviser/…, en/veiviser/…        the same in nynorsk and English (target/site/nn/veiviser/ …),
#                                       naming the files `../../../…`.
set -euo pipefail
staging=${TRUNK_STAGING_DIR:?run this as a Trunk post_build hook}
source_dir=${TRUNK_SOURCE_DIR:-.}
site_dir=$source_dir/target/site

# The built name of an asset: favicon.svg becomes favicon-<hash>.svg (or stays favicon.svg without hashing).
built_name() {
  local stem=${1%.*} ext=${1##*.} found
  found=$(cd "$staging" && compgen -G "$stem-*.$ext" || compgen -G "$stem.$ext" || true)
  [ "$(wc -w <<<"$found")" = 1 ] || { echo "static-pages.sh: expected one built $1, found: ${found:-none}" >&2; exit 1; }
  echo "$found"
}

# `name-<first 16 hex digits of its sha256>.ext`, like Trunk's fingerprinted files.
css=main-$(sha256sum "$source_dir/style/main.css" | cut -c1-16).css
cp "$source_dir/style/main.css" "$staging/$css"
icon=$(built_name favicon.svg)

# `page` into `target`, its links to main.css and favicon.svg (after `prefix`) pointed at the built ones.
publish() {
  local page=$1 target=$2 prefix=$3
  sed -e "s|href=\"${prefix}main.css\"|href=\"$prefix$css\"|" -e "s|href=\"${prefix}favicon.svg\"|href=\"$prefix$icon\"|" \
    "$page" >"$target"
  grep -q "href=\"$prefix$css\"" "$target" \
    || { echo "static-pages.sh: $page does not link ${prefix}main.css" >&2; exit 1; }
}

for page in "$source_dir"/static/*.html; do
  publish "$page" "$staging/$(basename "$page")" ""
done

# The same pages in nynorsk and English (static/nn/, static/en/), beside nn/index.html and
# en/index.html, which language-pages.sh writes into the same folders while this runs (Trunk runs
# the post-build hooks at the same time): both only create the folder if it is missing and write
# their own files.
for lang in nn en; do
  mkdir -p "$staging/$lang"
  for page in "$source_dir/static/$lang"/*.html; do
    [ -e "$page" ] || continue
    publish "$page" "$staging/$lang/$(basename "$page")" "../"
  done
done

pages=("$site_dir"/veiviser/*/index.html)
[ -e "${pages[0]}" ] || { echo "static-pages.sh: sitegen wrote no flow pages into $site_dir/veiviser" >&2; exit 1; }
for page in "${pages[@]}"; do
  flow=$(basename "$(dirname "$page")")
  mkdir -p "$staging/veiviser/$flow"
  publish "$page" "$staging/veiviser/$flow/index.html" "../../"
done
# And in nynorsk and English, one folder further from the files.
for lang in nn en; do
  for page in "$site_dir/$lang"/veiviser/*/index.html; do
    [ -e "$page" ] || { echo "static-pages.sh: sitegen wrote no flow pages into $site_dir/$lang/veiviser" >&2; exit 1; }
    flow=$(basename "$(dirname "$page")")
    mkdir -p "$staging/$lang/veiviser/$flow"
    publish "$page" "$staging/$lang/veiviser/$flow/index.html" "../../../"
  done
done
