#!/usr/bin/env bash
# After minify-glue.sh (final-index.sh runs them in turn): the nynorsk and English pages,
# nn/index.html and en/index.html, from the built index.html and the body and head sitegen wrote
# into target/site/nn/ and target/site/en/ (see sitegen/src/languages.rs).
set -euo pipefail
staging=${TRUNK_STAGING_DIR:?run this as a Trunk post_build hook}
source_dir=${TRUNK_SOURCE_DIR:-.}
cd "$source_dir"
cargo run --quiet --package skattedeling-sitegen -- pages "$staging" target/site
# The search's words in nynorsk and English (sitegen wrote them as target/site/sok-<revision>.bin),
# which the FAQ app loads on every page when a person is about to search.
cp target/site/sok-*.bin "$staging/"
