#!/usr/bin/env bash
# Runs the server's test suite on PostgreSQL: installs Debian's postgresql when it is missing,
# starts a cluster of its own in a temporary folder (as the unprivileged `postgres` user when
# run as root), on a loopback port, runs the server's tests with
# SKYFOLIO_TEST_DATABASE pointing at it, and stops the cluster whatever the outcome.
#
#   scripts/server-test-backends.sh [extra nextest arguments]
set -euo pipefail

here="$(cd "$(dirname "$0")/.." && pwd)"
sudo=""
[ "$(id -u)" = 0 ] || sudo="sudo"

if ! dpkg-query -W -f='${Status}' postgresql 2>/dev/null | grep -q "install ok installed"; then
	echo "Installing: postgresql"
	$sudo apt-get update -qq
	$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends postgresql
fi
pg_bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"

work="$(mktemp -d /tmp/skyfolio-server-backends.XXXXXX)"
chmod 755 "$work"
as_db() {
	if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
if [ "$(id -u)" = 0 ]; then chown postgres "$work"; fi

cleanup() {
	as_db "$pg_bin/pg_ctl" -D "$work/pg" -m immediate stop >/dev/null 2>&1 || true
	rm -rf "$work"
}
trap cleanup EXIT

port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
as_db "$pg_bin/initdb" -D "$work/pg" -U skyfolio --auth=trust -E UTF8 --no-locale >/dev/null
# Fsync stays on: the tests check what a crash leaves behind.
as_db "$pg_bin/pg_ctl" -D "$work/pg" -l "$work/pg.log" -w \
	-o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$work -c max_connections=400" \
	start >/dev/null
echo "PostgreSQL on 127.0.0.1:$port ($work/pg)"

export SKYFOLIO_TEST_DATABASE="postgres://skyfolio@127.0.0.1:$port/postgres"
cd "$here"
# Built as the whole workspace is (the same features), so that after `make rust-tests` nothing is
# compiled again; only the server's tests run.
cargo nextest run --workspace --locked -E 'package(skyfolio-server)' "$@"
