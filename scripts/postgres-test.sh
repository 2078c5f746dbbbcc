#!/usr/bin/env bash
# make test-postgres: the feedback store's tests against a real PostgreSQL. Starts a throwaway
# cluster (trust auth, 127.0.0.1 on a free port, data under /tmp, owned by the postgres user since
# initdb refuses root), points SKATTEDELING_TEST_POSTGRES at it, runs the tests, and stops and
# removes the cluster whatever happens. Installs PostgreSQL from Debian when it is missing.
#
#   scripts/postgres-test.sh [test filter]      (default: feedback_store)
set -euo pipefail
cd "$(dirname "$0")/.."

filter=${1:-feedback_store}
SUDO=$([ "$(id -u)" = 0 ] || echo sudo)

bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
  echo "postgres-test: PostgreSQL is missing; installing it from Debian" >&2
  $SUDO apt-get update
  $SUDO apt-get install -y postgresql
  bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
fi

# As the postgres user when we are root (initdb will not run as root), else as ourselves.
as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

data=$(mktemp -d /tmp/skattedeling-pg.XXXXXX)
[ "$(id -u)" = 0 ] && chown postgres: "$data"
started=
stop() {
  if [ -n "$started" ]; then as_owner "$bin/pg_ctl" -D "$data/db" -m fast -w stop >/dev/null || true; fi
  rm -rf "$data"
}
trap stop EXIT

# A free port: one in the ephemeral range that nothing answers on (bash's /dev/tcp, no python needed).
port=
for candidate in $(shuf -i 20000-59999 -n 50); do
  if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then port=$candidate; break; fi
done
[ -n "$port" ] || { echo "postgres-test: no free port found" >&2; exit 1; }

as_owner "$bin/initdb" -D "$data/db" -U postgres --auth=trust --encoding=UTF8 --no-locale >"$data/initdb.log" \
  || { cat "$data/initdb.log" >&2; exit 1; }
as_owner "$bin/pg_ctl" -D "$data/db" -l "$data/server.log" -w \
  -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$data -c fsync=off" start >/dev/null \
  || { cat "$data/server.log" >&2; exit 1; }
started=1
echo "postgres-test: PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port"

export SKATTEDELING_TEST_POSTGRES="postgres://postgres@127.0.0.1:$port/postgres"
cargo test -p skattedeling-backend --test integration "$filter"
