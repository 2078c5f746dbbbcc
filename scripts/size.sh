#!/usr/bin/env bash
# Prints the raw and gzip (-9) size in bytes of every file in a built site folder, and the totals.
set -euo pipefail
dir=${1:-dist}
[ -d "$dir" ] || { echo "no $dir/: build the site first (make release)" >&2; exit 1; }
printf '%-48s %10s %10s\n' file raw gzip
total_raw=0
total_gzip=0
while IFS= read -r -d '' f; do
  raw=$(stat -c %s "$f")
  gz=$(gzip -9 -c "$f" | wc -c)
  total_raw=$((total_raw + raw))
  total_gzip=$((total_gzip + gz))
  printf '%-48s %10d %10d\n' "${f#"$dir"/}" "$raw" "$gz"
done < <(find "$dir" -type f -print0 | sort -z)
printf '%-48s %10d %10d\n' total "$total_raw" "$total_gzip"
