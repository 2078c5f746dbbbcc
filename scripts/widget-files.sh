#!/usr/bin/env bash
# Trunk post-build hook: the guide as a widget for other sites (see README). Writes beside index.html
#   veiviser.js                    the one script a host page adds: static/veiviser.js with the names
#                                  of the files below filled in;
#   veiviser-side.js               the same for the site's own page (static/veiviser-side.js): the FAQ
#                                  app adds it when a person is about to open a flow;
#   veiviser-start-<hash>.js, …_bg.wasm
#                                  the widget's first app (widget/): each widget's shell and first
#                                  screen, all a host page fetches until a person is about to use one;
#   veiviser-app-<hash>.js, …_bg.wasm
#                                  the guide's app (src/bin/veiviser.rs): the guide without the FAQ
#                                  page, for the widgets and the site's page;
#                                  both built with the profile Trunk used, as Trunk builds the site's
#                                  (wasm-bindgen, and in release wasm-opt -Oz, the glue minified and
#                                  the imports given short names);
#   veiviser-side-<hash>.css       style/guide.css, the guide's rules, which veiviser-side.js adds to the
#                                  site's page (index.html inlines only style/main.css);
#   veiviser-<hash>.css            the widget's stylesheet: style/main.css and style/guide.css, in that
#                                  order, with every `rem` turned into
#                                  `var(--rem)`, which the widget sets from the person's default font
#                                  size — inside a shadow root `rem` would still follow the host page's
#                                  `html { font-size }`. Media queries keep `rem` (there it means the
#                                  default). The narrow layout, `@media (max-width: 30rem)` on the
#                                  site, becomes rules under `.veiviser[data-bredde="smal"]`, which
#                                  widget/src/shell.rs sets from the widget's own width: a widget in a
#                                  sidebar is narrow on a wide screen. `body` there is the widget root.
set -euo pipefail
staging=${TRUNK_STAGING_DIR:?run this as a Trunk post_build hook}
source_dir=${TRUNK_SOURCE_DIR:-.}
profile=${TRUNK_PROFILE:-debug}
target_dir=${CARGO_TARGET_DIR:-$source_dir/target}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# `name-<first 16 hex digits of its sha256>.ext`, like Trunk's fingerprinted files.
fingerprinted() {
  local stem=$1 ext=$2 file=$3
  echo "$stem-$(sha256sum "$file" | cut -c1-16)$ext"
}

# An app: the bin `$2` of package `$1`, as `$3-<hash>.js` and `$3-<hash>_bg.wasm`; sets `glue` and `wasm`
# to their names.
app() {
  local package=$1 bin=$2 stem=$3
  cargo build --quiet --manifest-path "$source_dir/Cargo.toml" --target wasm32-unknown-unknown \
    -p "$package" --bin "$bin" "${release[@]}"
  wasm-bindgen --target web --no-typescript --out-dir "$work" --out-name "$bin" \
    "$target_dir/wasm32-unknown-unknown/$profile/$bin.wasm"
  if [ "$profile" = release ]; then
    wasm-opt -Oz --output "$work/$bin.opt.wasm" "$work/${bin}_bg.wasm"
    mv "$work/$bin.opt.wasm" "$work/${bin}_bg.wasm"
    # wasm-bindgen's glue, minified (esbuild from npm): 9.5 → 7.2 KB gzip for the guide's app.
    esbuild --minify --format=esm --log-level=warning "$work/$bin.js" --outfile="$work/$bin.min.js"
    mv "$work/$bin.min.js" "$work/$bin.js"
    # The imports' short names, in both files (short-import-names.mjs): −3.1 KB gzip of
    # the widget's first load.
    node "$source_dir/scripts/short-import-names.mjs" "$work/${bin}_bg.wasm" "$work/$bin.js" >/dev/null
  fi
  wasm=$(fingerprinted "$stem" _bg.wasm "$work/${bin}_bg.wasm")
  glue=$(fingerprinted "$stem" .js "$work/$bin.js")
  cp "$work/${bin}_bg.wasm" "$staging/$wasm"
  cp "$work/$bin.js" "$staging/$glue"
}

release=(); [ "$profile" = release ] && release=(--release)
if [ "$profile" = release ]; then
  # Debian's wasm-opt 108 silently breaks the app (../shared/TOOLCHAIN.md); the Makefile installs 132.
  wasm-opt --version | grep -q 'version 132' \
    || { echo "widget-files.sh: needs wasm-opt 132 (binaryen from npm: make release), found: $(wasm-opt --version)" >&2; exit 1; }
fi
# The widget's first app (widget/): the shell and the first screen, all a host page loads at first.
app skattedeling-widget veiviser-start veiviser-start
start_glue=$glue start_wasm=$wasm
# The guide's app (src/bin/veiviser.rs), for widgets and for the site's own page.
app skattedeling veiviser veiviser-app

# The stylesheet.
perl -0777 -pe '
  s{/\*.*?\*/}{}gs;                                                   # comments
  s{^(?!\s*\@media)(.*)$}{ $1 =~ s/(?<![\w.])(-?\d*\.?\d+)rem\b/calc($1 * var(--rem, 1rem))/gr }gme;
  # The narrow layout: each rule of the block, its selectors under the marked widget root. Braces
  # inside this replacement are written \x7b and \x7d, since perl would count or unescape them.
  s{^\@media \(max-width: 30rem\) \{\n(.*?)^\}\n}{
    $1 =~ s{^  ([^\s\x7b\x7d][^\x7b\x7d]*?)\s*\x7b}{
      join(",\n", map { s/^\s+|\s+$//gr } split /,/, $1)
        =~ s{^(.+)$}{ $1 eq "body" ? q(.veiviser[data-bredde="smal"]) : qq(.veiviser[data-bredde="smal"] $1) }gmer
        . " \x7b"
    }gmer
  }gmse;
  s{\n\s*\n+}{\n}g;                                                   # blank lines
' <(cat "$source_dir/style/main.css" "$source_dir/style/guide.css") >"$work/widget.css"
# The narrow layout above must have matched, and no other width query be left to follow the window.
grep -q 'data-bredde="smal"' "$work/widget.css" && ! grep -q '@media[^{]*width' "$work/widget.css" \
  || { echo "widget-files.sh: style/main.css's width queries are no longer the one \`@media (max-width: 30rem)\` block: update the widget's narrow layout (here and NARROW_REM in core/src/widget.rs)" >&2; exit 1; }
if [ "$profile" = release ]; then
  esbuild --minify --loader=css --log-level=warning <"$work/widget.css" >"$work/widget.min.css"
  mv "$work/widget.min.css" "$work/widget.css"
fi
css=$(fingerprinted veiviser .css "$work/widget.css")
cp "$work/widget.css" "$staging/$css"
# The guide's own rules for the site's page (index.html inlines style/main.css), minified in release.
if [ "$profile" = release ]; then
  esbuild --minify --loader=css --log-level=warning <"$source_dir/style/guide.css" >"$work/guide.css"
else
  cp "$source_dir/style/guide.css" "$work/guide.css"
fi
site_css=$(fingerprinted veiviser-side .css "$work/guide.css")
cp "$work/guide.css" "$staging/$site_css"

# The script host pages add, and the one the site's FAQ app adds when a flow is about to be opened.
for loader in veiviser.js veiviser-side.js; do
  sed -e "s|@GLUE@|./$glue|" -e "s|@WASM@|./$wasm|" -e "s|@CSS@|./$css|" -e "s|@SITECSS@|./$site_css|" \
    -e "s|@STARTGLUE@|./$start_glue|" -e "s|@STARTWASM@|./$start_wasm|" \
    "$source_dir/static/$loader" >"$staging/$loader"
  ! grep -q '@[A-Z]*@' "$staging/$loader" || { echo "widget-files.sh: a name was not filled in in $loader" >&2; exit 1; }
done
