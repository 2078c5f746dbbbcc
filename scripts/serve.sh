#!/usr/bin/env bash
# make serve: the connection test's chain — the simulators (:8790), the real backend against them
# (:8788) and the test double in front of it (:8787, what config/serve.json names) — the widget's
# example host page (:8081), and the site itself (trunk serve, :8080). Ctrl-C stops them all.
# The site is built into target/serve/dist, not dist/: `make release`, `make bench` and `make test`
# write dist/ with the shipped config.json (no backend), which would otherwise replace this one's.
set -euo pipefail
cd "$(dirname "$0")/.."

# The site's own build, as one command: `serve.sh --where` prints it and stops without starting
# anything, so `make test` can check it builds beside dist/, never into it (tests/scripts/).
site=(env SKATTEDELING_CONFIG=config/serve.json trunk serve --dist target/serve/dist)
if [ "${1:-}" = --where ]; then
  printf '%s\n' "${site[@]}"
  exit 0
fi

mkdir -p target/serve
pids=()
trap 'kill "${pids[@]}" 2>/dev/null || true' EXIT

# Starts a server in the background; waits until its first line says it listens, or fails.
start() {
  local name=$1 log=target/serve/$1.log; shift
  "$@" > "$log" 2>&1 & pids+=($!)
  for _ in $(seq 100); do
    grep -q 'http://' "$log" 2>/dev/null && { head -n 1 "$log"; return; }
    kill -0 "${pids[-1]}" 2>/dev/null || break
    sleep 0.1
  done
  echo "make serve: $name did not start; from $log:" >&2
  cat "$log" >&2
  exit 1
}

start simulators target/debug/skattedeling-simulators --keys target/serve/keys --listen 127.0.0.1:8790
SKATTEDELING_P12_PASSWORD=$(cat target/serve/keys/p12-passord.txt) \
  start backend target/debug/skattedeling-backend --config config/serve-backend.toml
start testbackend target/debug/skattedeling-testbackend --port 8787 --backend http://127.0.0.1:8788 \
  --allow-origin http://127.0.0.1:8080 --allow-origin http://localhost:8080 --allow-origin http://127.0.0.1:8081
if command -v node >/dev/null; then
  node scripts/serve-example.mjs 8081 & pids+=($!)
else
  echo "make serve: no node, so no example host page on :8081" >&2
fi
echo "Loggene er i target/serve/. Prøv tilkoblingstesten med 910 000 004 (virker), 910 000 039 (MP-251) …"
"${site[@]}"
