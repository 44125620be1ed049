#!/usr/bin/env bash
# The browser test: starts a real skyfolio-server (built with the web app inside) on a loopback
# port with a new data folder, and drives its web app in Debian's Chromium through
# playwright-core, at phone size and at desktop size, as a person would: create an account,
# upload photos and a video from the file picker, see their thumbnails, reload in the middle of
# an upload and see it resume, open the viewer, the recycle bin, download originals and an album
# ZIP and compare them, Arabic, a second account that sees nothing, a phone signed in by a
# computer's one-time code and unlinked, and sign-out. Saves a screenshot of every view in
# target/web-test/ (and of the page whenever a check fails).
#
# `run.sh --bench [ITEMS]` runs the benchmarks (bench.mjs) instead, against the release server
# with plain routes beside its API (`target/release/skyfolio-bench serve`): upload from the browser beside curl,
# the first screen at phone size with ITEMS photos (default 100,000) beside 1,000, and the
# app's size as a phone downloads it.
#
# Needs: the UI built (ui/dist), the server built at target/debug/skyfolio-server after it
# (`cargo build -p skyfolio-server`), chromium, node and this folder's npm packages (`npm ci`).
# Photos are read from $SKYFOLIO_CORPUS (default: ../shared/corpus beside the repository).
# The last line says how many checks passed.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
bench=
if [[ ${1:-} == --bench ]]; then
  bench=${2:-100000}
fi
if [[ -n $bench ]]; then
  # The release server with plain routes beside its API, to compare with.
  server=${SKYFOLIO_BENCH:-$root/target/release/skyfolio-bench}
else
  server=${SKYFOLIO_SERVER:-$root/target/debug/skyfolio-server}
fi
export SKYFOLIO_CORPUS=${SKYFOLIO_CORPUS:-$root/../shared/corpus}
export SKYFOLIO_WEB_TEST_OUT=${SKYFOLIO_WEB_TEST_OUT:-$root/target/web-test}
export CHROMIUM=${CHROMIUM:-$(command -v chromium || true)}

fail() {
  echo "web test: $*" >&2
  echo "web test: 0 passed, 1 failed"
  exit 1
}

[[ -x $server ]] || fail "no server at $server: run 'cargo build -p skyfolio-server' first"
[[ -f $root/ui/dist/index.html ]] || fail "the UI is not built: run 'npm ci && npm run build' in ui/"
[[ -n $CHROMIUM ]] || fail "chromium is missing"
[[ -d $here/node_modules/playwright-core ]] || fail "run 'npm ci' in tests/web first"
[[ -d $SKYFOLIO_CORPUS/jpeg ]] || fail "no photo corpus at $SKYFOLIO_CORPUS (set SKYFOLIO_CORPUS)"

scratch=$(mktemp -d "${TMPDIR:-/tmp}/skyfolio-web-test.XXXXXX")
server_pid=
# Stops the server and keeps the checks' own exit status (the server's, killed, is not ours).
cleanup() {
  local status=$?
  if [[ -n $server_pid ]]; then
    kill "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
  rm -rf "$scratch"
  exit "$status"
}
trap cleanup EXIT
mkdir -p "$SKYFOLIO_WEB_TEST_OUT"

# A free loopback port, then the server on it; the web app comes from ui/dist as built.
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"$server" serve --data "$scratch/data" --listen "127.0.0.1:$port" --open-registration \
  --min-free-space 0 --web-app "$root/ui/dist" >"$SKYFOLIO_WEB_TEST_OUT/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 100); do
  curl -fsS "http://127.0.0.1:$port/readyz" >/dev/null 2>&1 && break
  kill -0 "$server_pid" 2>/dev/null || fail "the server did not start: $(tail -3 "$SKYFOLIO_WEB_TEST_OUT/server.log")"
  sleep 0.1
done
export SKYFOLIO_URL="http://127.0.0.1:$port"
if [[ -n $bench ]]; then
  SKYFOLIO_BENCH_ITEMS=$bench SKYFOLIO_WEB_DIST="$root/ui/dist" node "$here/bench.mjs"
else
  node "$here/browser.test.mjs"
fi
