#!/usr/bin/env bash
# Trunk post-build hook: puts the connection test's configuration beside index.html as config.json.
# The file is read by the site at run time, so an operator edits dist/config.json without a rebuild;
# SKATTEDELING_CONFIG picks another source file (`make serve` uses config/serve.json, which points at
# the test backend it starts).
set -euo pipefail
staging=${TRUNK_STAGING_DIR:?run this as a Trunk post_build hook}
source_dir=${TRUNK_SOURCE_DIR:-.}
config=${SKATTEDELING_CONFIG:-config/config.json}
case $config in /*) ;; *) config=$source_dir/$config ;; esac
[ -f "$config" ] || { echo "config-file.sh: no such file: $config" >&2; exit 1; }
cp "$config" "$staging/config.json"
