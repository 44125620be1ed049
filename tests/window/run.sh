#!/usr/bin/env bash
# The real-window test: opens the Skyfolio desktop app under Xvfb on a new home, drives it
# through tauri-driver (WebDriver) as a person would on first start (a local cloud, the corpus
# dropped in, the timeline, the viewer, the recycle bin, everything downloaded back and compared)
# and saves a screenshot of each view.
#
# Needs: the UI built (ui/dist) and the app built at target/debug/skyfolio-desktop
# (`cd ui && npm ci && npm run build`, then `cargo build -p skyfolio-desktop`), plus xvfb-run,
# dbus-run-session, WebKitWebDriver (Debian: webkit2gtk-driver), node and this folder's npm
# packages (`npm ci` here).
# Photos are read from $SKYFOLIO_CORPUS (default: ../shared/corpus beside the repository).
# Writes target/window-test/*.png. The last line says how many checks passed.
#
# `run.sh --bench [ITEMS]` runs the gallery benchmark (gallery.bench.mjs) instead: the app on a
# home of ITEMS photos (default 100000) beside the app on a home of none. The homes are made
# once with `skyfolio-bench gallery-home` ($SKYFOLIO_BENCH, default target/release/skyfolio-bench) and
# kept in target/bench-gallery.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
export SKYFOLIO_APP=${SKYFOLIO_APP:-$root/target/debug/skyfolio-desktop}
export SKYFOLIO_CORPUS=${SKYFOLIO_CORPUS:-$root/../shared/corpus}
export SKYFOLIO_WINDOW_TEST_OUT=${SKYFOLIO_WINDOW_TEST_OUT:-$root/target/window-test}
export WEBDRIVER_PORT=${WEBDRIVER_PORT:-4444}
native_port=${WEBDRIVER_NATIVE_PORT:-4445}

fail() {
  echo "window test: $*" >&2
  echo "window test: 0 passed, 1 failed"
  exit 1
}

# Inside the virtual display: start tauri-driver, run the checks, stop the driver.
if [[ ${1:-} == --in-display ]]; then
  driver_log="$SKYFOLIO_WINDOW_TEST_OUT/tauri-driver.log"
  "$TAURI_DRIVER" --port "$WEBDRIVER_PORT" --native-port "$native_port" >"$driver_log" 2>&1 &
  driver_pid=$!
  # tauri-driver takes WebKitWebDriver and the app down with it.
  trap 'kill "$driver_pid" 2>/dev/null || true; wait "$driver_pid" 2>/dev/null || true' EXIT
  status=0
  node "$here/$SKYFOLIO_WINDOW_SCRIPT" || status=$?
  exit "$status"
fi

[[ -x $SKYFOLIO_APP ]] || fail "no app at $SKYFOLIO_APP: run 'cargo build -p skyfolio-desktop' first"
[[ -f $root/ui/dist/index.html ]] || fail "the UI is not built: run 'npm ci && npm run build' in ui/"
bench=
if [[ ${1:-} == --bench ]]; then
  bench=${2:-100000}
  export SKYFOLIO_WINDOW_SCRIPT=gallery.bench.mjs
else
  export SKYFOLIO_WINDOW_SCRIPT=app.test.mjs
  [[ -d $SKYFOLIO_CORPUS/jpeg && -d $SKYFOLIO_CORPUS/orientation ]] ||
    fail "no photo corpus at $SKYFOLIO_CORPUS (set SKYFOLIO_CORPUS)"
fi
for tool in xvfb-run dbus-run-session WebKitWebDriver xwininfo node; do
  command -v "$tool" >/dev/null || fail "$tool is missing"
done
[[ -d $here/node_modules/webdriverio ]] || fail "run 'npm ci' in tests/window first"

TAURI_DRIVER=$(command -v tauri-driver || echo "$HOME/.cargo/bin/tauri-driver")
if [[ ! -x $TAURI_DRIVER ]]; then
  echo "window test: installing tauri-driver" >&2
  cargo install tauri-driver --version '^2' --locked >&2 || fail "could not install tauri-driver"
fi
export TAURI_DRIVER

if curl -fsS "http://127.0.0.1:$WEBDRIVER_PORT/status" >/dev/null 2>&1; then
  fail "port $WEBDRIVER_PORT is taken by another WebDriver (set WEBDRIVER_PORT)"
fi

scratch=$(mktemp -d "${TMPDIR:-/tmp}/skyfolio-window-test.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
export SKYFOLIO_NO_KEYCHAIN=1
# Any sync that moved files is worth its notice, so that the test sees one.
export SKYFOLIO_LONG_SYNC_SECS=0
export XDG_DATA_HOME="$scratch/xdg"
if [[ -n $bench ]]; then
  # The two homes the benchmark opens, made once (the large one takes minutes).
  bench_tool=${SKYFOLIO_BENCH:-$root/target/release/skyfolio-bench}
  [[ -x $bench_tool ]] || fail "no skyfolio-bench at $bench_tool: run 'cargo build --release -p skyfolio-bench' first"
  homes="$root/target/bench-gallery"
  for items in 0 "$bench"; do
    if [[ ! -f $homes/$items/ready ]]; then
      rm -rf "${homes:?}/$items"
      mkdir -p "$homes/$items"
      echo "gallery benchmark: making a home of $items photos" >&2
      "$bench_tool" gallery-home "$homes/$items/home" --files "$items" >&2 || fail "could not make the home of $items photos"
      touch "$homes/$items/ready"
    fi
  done
  export SKYFOLIO_BENCH_EMPTY_HOME="$homes/0/home" SKYFOLIO_BENCH_FULL_HOME="$homes/$bench/home"
  export SKYFOLIO_BENCH_ITEMS=$bench
else
  # A new home for the app, and the photos a person drops on it: copies of the corpus's photos
  # and videos (the broken files stay out) in a scratch folder.
  photos="$scratch/Sample photos"
  mkdir -p "$photos" "$scratch/downloads"
  for kind in jpeg orientation heic video other; do
    cp -r "$SKYFOLIO_CORPUS/$kind" "$photos/$kind"
  done
  export SKYFOLIO_PHOTOS=$photos
  export SKYFOLIO_DOWNLOADS="$scratch/downloads"
  # A camera card where the app looks for them: three photos the cloud has not seen (each a
  # corpus JPEG with bytes of its own after the image) and a cache the backup leaves alone.
  card="$scratch/mounts/NIKON D750"
  mkdir -p "$card/DCIM/100NIKON" "$card/DCIM/.thumbnails"
  for n in 1 2 3; do
    { cat "$SKYFOLIO_CORPUS/jpeg/nikon_d5000.jpg"; printf 'card photo %s' "$n"; } >"$card/DCIM/100NIKON/DSC_000$n.JPG"
  done
  cp "$SKYFOLIO_CORPUS/jpeg/jolla.jpg" "$card/DCIM/.thumbnails/t.jpg"
  export SKYFOLIO_MOUNTS="$scratch/mounts" SKYFOLIO_CARD=$card
  # A Google Takeout part: a photo with its JSON (its own bytes again), and a JSON whose photo
  # is in a part not given.
  gp="$scratch/takeout/Takeout/Google Photos/Photos from 2019"
  mkdir -p "$gp"
  { cat "$SKYFOLIO_CORPUS/jpeg/canon_eos_d60.jpg"; printf 'takeout photo'; } >"$gp/IMG_20190601_120000.jpg"
  printf '{"title": "IMG_20190601_120000.jpg", "url": "https://photos.google.com/photo/AF1", "photoTakenTime": {"timestamp": "1559390400"}}' \
    >"$gp/IMG_20190601_120000.jpg.supplemental-metadata.json"
  printf '{"title": "IMG_9.jpg", "url": "https://photos.google.com/photo/AF9", "photoTakenTime": {"timestamp": "1559390400"}}' \
    >"$gp/IMG_9.jpg.json"
  rm -f "$scratch/takeout-001.zip"
  (cd "$scratch/takeout" && zip -qr "$scratch/takeout-001.zip" Takeout)
  export SKYFOLIO_TAKEOUT="$scratch/takeout-001.zip"
  export SKYFOLIO_HOME="$scratch/home"
fi

mkdir -p "$SKYFOLIO_WINDOW_TEST_OUT"
summary="$SKYFOLIO_WINDOW_TEST_OUT/summary"
rm -f "$summary"
status=0
# The session bus and the desktop portal talk a lot on stderr: keep that in a log.
xvfb-run -a -s "-screen 0 1440x900x24" dbus-run-session -- "$here/run.sh" --in-display \
  2>"$SKYFOLIO_WINDOW_TEST_OUT/session.log" || status=$?
# The checks print their own closing line; say something if they never got to run.
if [[ ! -s $summary ]]; then
  echo "window test: the checks did not run (see session.log and tauri-driver.log in $SKYFOLIO_WINDOW_TEST_OUT)" >&2
  echo "window test: 0 passed, 1 failed"
  exit 1
fi
exit "$status"
