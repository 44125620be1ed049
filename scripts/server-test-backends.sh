#!/usr/bin/env bash
# Runs the server's test suite on the back-ends several processes share: a real PostgreSQL and
# a real S3 server. Installs Debian's postgresql and the s3s-fs S3 server (from crates.io) when
# they are missing, starts a PostgreSQL cluster of its own in a temporary folder (as the
# unprivileged `postgres` user when run as root) and an S3 server beside it, both on loopback
# ports, runs the server's tests with SKYFOLIO_TEST_DATABASE and SKYFOLIO_TEST_STORAGE pointing
# at them, and stops both whatever the outcome.
#
#   scripts/server-test-backends.sh [extra nextest arguments]
#   scripts/server-test-backends.sh -- COMMAND...   (COMMAND instead, on the same back-ends)
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
s3s_version=0.14.1
if ! command -v s3s-fs >/dev/null || [ "$(s3s-fs --version 2>/dev/null)" != "s3s-fs $s3s_version" ]; then
	echo "Installing: s3s-fs $s3s_version"
	cargo install --quiet --locked s3s-fs --version "$s3s_version" --features binary
fi

work="$(mktemp -d /tmp/skyfolio-server-backends.XXXXXX)"
chmod 755 "$work"
as_db() {
	if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
if [ "$(id -u)" = 0 ]; then chown postgres "$work"; fi

s3_pid=""
cleanup() {
	[ -z "$s3_pid" ] || kill "$s3_pid" 2>/dev/null || true
	as_db "$pg_bin/pg_ctl" -D "$work/pg" -m immediate stop >/dev/null 2>&1 || true
	rm -rf "$work"
}
trap cleanup EXIT

free_port() {
	python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}
port="$(free_port)"
as_db "$pg_bin/initdb" -D "$work/pg" -U skyfolio --auth=trust -E UTF8 --no-locale >/dev/null
# Fsync stays on: the tests check what a crash leaves behind.
as_db "$pg_bin/pg_ctl" -D "$work/pg" -l "$work/pg.log" -w \
	-o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$work -c max_connections=400" \
	start >/dev/null
echo "PostgreSQL on 127.0.0.1:$port ($work/pg)"

export SKYFOLIO_TEST_DATABASE="postgres://skyfolio@127.0.0.1:$port/postgres"

s3_port="$(free_port)"
mkdir -p "$work/s3/skyfolio"
export AWS_ACCESS_KEY_ID=skyfolio-test AWS_SECRET_ACCESS_KEY=skyfolio-test-secret
s3s-fs --host 127.0.0.1 --port "$s3_port" --access-key "$AWS_ACCESS_KEY_ID" \
	--secret-key "$AWS_SECRET_ACCESS_KEY" "$work/s3" >"$work/s3.log" 2>&1 &
s3_pid=$!
for _ in $(seq 100); do
	if python3 -c "import socket; socket.create_connection(('127.0.0.1', $s3_port), 1)" 2>/dev/null; then break; fi
	sleep 0.1
done
echo "S3 (s3s-fs) on 127.0.0.1:$s3_port ($work/s3)"
export SKYFOLIO_TEST_STORAGE="s3://skyfolio?endpoint=http://127.0.0.1:$s3_port&region=us-east-1"
export SKYFOLIO_TEST_S3_ROOT="$work/s3"
cd "$here"
export SKYFOLIO_BENCH_DATABASE="$SKYFOLIO_TEST_DATABASE" SKYFOLIO_BENCH_STORAGE="$SKYFOLIO_TEST_STORAGE"
if [ "${1:-}" = "--" ]; then
	# Another command on the same back-ends: `-- skyfolio-bench server --backends`.
	shift
	"$@"
else
	# Built as the whole workspace is (the same features), so that after `make rust-tests`
	# nothing is compiled again; only the server's tests run.
	cargo nextest run --workspace --locked -E 'package(skyfolio-server)' "$@"
fi
