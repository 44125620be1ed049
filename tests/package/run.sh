#!/usr/bin/env bash
# Skyfolio's Debian packages, installed on this machine the way a person installs them
# (`apt-get install ./….deb`):
#   - the desktop app starts from its desktop entry's command, under Xvfb, and shows its window;
#   - the server starts from its systemd unit's command, as the unit's user, and answers /readyz
#     (through systemd itself where systemd runs);
#   - the installed `skyfolio` command signs in to it and sends a photo;
#   - both packages are removed: the photo, the server's data and the app's data stay.
#
#   tests/package/run.sh DIR   (DIR holds Skyfolio_*.deb and skyfolio-server_*.deb)
#
# It refuses to run where either package is installed already (it would replace a person's
# install), and cleans up what it made.
set -euo pipefail

dir=${1:?usage: tests/package/run.sh DIR}
SUDO=$([[ $(id -u) == 0 ]] || echo sudo)
passed=0
failed=0

# Runs a check in a subshell that stops at its first failing command.
check() {
  local name=$1
  shift
  local started=$SECONDS
  (
    set -e
    "$@"
  ) >"$scratch/check.log" 2>&1 &
  if wait $!; then
    passed=$((passed + 1))
    echo "  ok    $name ($((SECONDS - started)) s)"
    # SKYFOLIO_PACKAGE_TEST_VERBOSE=1: what each check saw, when it passed too.
    [[ -z ${SKYFOLIO_PACKAGE_TEST_VERBOSE:-} ]] || sed 's/^/        /' "$scratch/check.log"
  else
    failed=$((failed + 1))
    echo "  FAIL  $name"
    sed 's/^/        /' "$scratch/check.log"
  fi
}

desktop_deb=$(realpath "$dir"/Skyfolio_*.deb 2>/dev/null | head -n 1)
server_deb=$(realpath "$dir"/skyfolio-server_*.deb 2>/dev/null | head -n 1)
[[ -n $desktop_deb && -n $server_deb ]] || {
  echo "package test: no packages in $dir (make package-test builds them)" >&2
  exit 1
}
for package in skyfolio skyfolio-server; do
  if dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    echo "package test: $package is installed on this machine already; not touching it" >&2
    exit 1
  fi
done
had_user=$(getent passwd skyfolio >/dev/null && echo yes || echo no)
had_data=$([[ -e /var/lib/skyfolio-server ]] && echo yes || echo no)

scratch=$(mktemp -d /tmp/skyfolio-package-test.XXXXXX)
chmod 0755 "$scratch"
cleanup() {
  [[ -f $scratch/server.pid ]] && $SUDO kill "$(cat "$scratch/server.pid")" 2>/dev/null || true
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get purge -y -q skyfolio skyfolio-server >/dev/null 2>&1 || true
  [[ $had_data == yes ]] || $SUDO rm -rf /var/lib/skyfolio-server
  [[ $had_user == yes ]] || $SUDO deluser --quiet --system skyfolio >/dev/null 2>&1 || true
  rm -rf "$scratch"
}
trap cleanup EXIT

echo "package test: $(basename "$desktop_deb"), $(basename "$server_deb")"

install_both() {
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
    -o DPkg::Lock::Timeout=300 "$desktop_deb" "$server_deb"
  dpkg-query -W -f='${Status}\n' skyfolio skyfolio-server | grep -c "install ok installed" | grep -qx 2
  for file in /usr/bin/skyfolio-desktop /usr/bin/skyfolio /usr/bin/skyfolio-server \
    /lib/systemd/system/skyfolio-server.service /etc/skyfolio-server/server.toml; do
    [[ -e $file ]] || { echo "missing: $file"; return 1; }
  done
  # The app is in the menus, with its icon.
  desktop_file=$(dpkg -L skyfolio | grep '\.desktop$' | head -n 1)
  [[ -n $desktop_file ]]
  grep -q '^Categories=.*Photography' "$desktop_file" || { echo "not under Photography:"; cat "$desktop_file"; return 1; }
  dpkg -L skyfolio | grep -q '/usr/share/icons/hicolor/.*/apps/.*\.png$' || { echo "no icon"; return 1; }
  # The server runs as its own user, which owns its data folder and nothing else.
  getent passwd skyfolio | grep -q ':/var/lib/skyfolio-server:'
  [[ $(stat -c %U /var/lib/skyfolio-server) == skyfolio ]]
  [[ $(stat -c %a /etc/skyfolio-server/server.toml) == 640 ]]
}
check "both packages install with apt-get, the app in the menus with its icon, the server with its user" install_both
desktop_file=$(dpkg -L skyfolio 2>/dev/null | grep '\.desktop$' | head -n 1 || true)

app_window() {
  local exec_line
  exec_line=$(sed -n 's/^Exec=//p' "$desktop_file" | head -n 1 | sed 's/ %[fFuU]//')
  mkdir -p "$scratch/person"
  # A person's session: their own home, a display and a session bus.
  env -u SKYFOLIO_HOME -u XDG_CONFIG_HOME -u XDG_DATA_HOME -u XDG_CACHE_HOME HOME="$scratch/person" \
    xvfb-run -a -s "-screen 0 1280x800x24" dbus-run-session -- bash -c '
      '"$exec_line"' &
      app=$!
      for _ in $(seq 1 120); do
        if window=$(xwininfo -root -tree 2>/dev/null | grep "\"Skyfolio\""); then
          echo "$window" | head -n 1
          kill "$app"; wait "$app" 2>/dev/null || true
          exit 0
        fi
        kill -0 "$app" 2>/dev/null || { echo "the app exited"; exit 1; }
        sleep 0.5
      done
      echo "no window titled Skyfolio within a minute"; kill "$app"; exit 1'
  # It made its data where the OS keeps a person's app data.
  [[ -d $scratch/person/.local/share/skyfolio ]] || { find "$scratch/person" -maxdepth 4; return 1; }
}
check "the installed app starts from its desktop entry and shows its window" app_window

# systemd starts the installed server on the port its settings give; without systemd the test
# starts it on a free one.
if [[ -d /run/systemd/system ]]; then port=8420; else port=$((20000 + RANDOM % 20000)); fi
server_runs() {
  local unit=/lib/systemd/system/skyfolio-server.service
  if command -v systemd-analyze >/dev/null; then systemd-analyze verify "$unit"; fi
  local user exec_start environment
  user=$(sed -n 's/^User=//p' "$unit")
  exec_start=$(sed -n 's/^ExecStart=//p' "$unit")
  environment=$(sed -n 's/^Environment=//p' "$unit")
  [[ $user == skyfolio && -n $exec_start ]]
  if [[ -d /run/systemd/system ]]; then
    # Started by the package through systemd: the unit as installed, on its own port.
    $SUDO systemctl is-active --quiet skyfolio-server
  else
    # No systemd here: the unit's command, as its user, with its environment.
    # shellcheck disable=SC2086
    $SUDO runuser -u "$user" -- env $environment SKYFOLIO_SERVER_LISTEN="127.0.0.1:$port" $exec_start \
      >"$scratch/server.log" 2>&1 &
    echo $! >"$scratch/server.pid"
  fi
  for _ in $(seq 1 120); do
    if curl -fsS "http://127.0.0.1:$port/readyz" >"$scratch/readyz" 2>/dev/null; then
      cat "$scratch/readyz"
      return 0
    fi
    sleep 0.25
  done
  cat "$scratch/server.log" 2>/dev/null
  return 1
}
check "the installed server starts from its systemd unit as its own user and answers /readyz" server_runs

photo="$scratch/Photos/IMG_20240601_120000.jpg"
mkdir -p "$scratch/Photos"
cp "${SKYFOLIO_CORPUS:-$(cd "$(dirname "$0")/../.." && pwd)/../shared/corpus}/jpeg/canon_eos_d60.jpg" "$photo"
photo_sum=$(sha256sum "$photo" | cut -d' ' -f1)
cli_sends() {
  local cli=(skyfolio --home "$scratch/cli" --no-keychain)
  echo "correct horse battery staple" |
    "${cli[@]}" login --server "http://127.0.0.1:$port" --email anna@example.org --register --password-stdin
  "${cli[@]}" upload "$photo" --album Trip
  # The server keeps the bytes under its data folder.
  $SUDO find /var/lib/skyfolio-server -type f -size +100k | grep -q .
}
check "the installed skyfolio command signs in to the installed server and sends a photo" cli_sends

removed_keeps_data() {
  if [[ -f $scratch/server.pid ]]; then
    $SUDO kill "$(cat "$scratch/server.pid")"
    rm "$scratch/server.pid"
    sleep 0.5
  fi
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get remove -y -q skyfolio skyfolio-server
  for file in /usr/bin/skyfolio-desktop /usr/bin/skyfolio /usr/bin/skyfolio-server; do
    [[ ! -e $file ]] || { echo "still there: $file"; return 1; }
  done
  [[ $(sha256sum "$photo" | cut -d' ' -f1) == "$photo_sum" ]] || { echo "the photo changed"; return 1; }
  [[ -d $scratch/person/.local/share/skyfolio ]] || { echo "the app's data went"; return 1; }
  $SUDO find /var/lib/skyfolio-server -name '*.db' | grep -q . || { echo "the server's database went"; return 1; }
  $SUDO find /var/lib/skyfolio-server -type f -size +100k | grep -q . || { echo "the server's photos went"; return 1; }
  # Purged too: the settings go, the photos and database still stay.
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get purge -y -q skyfolio-server
  [[ ! -e /etc/skyfolio-server/server.toml ]] || { echo "the settings stayed on purge"; return 1; }
  $SUDO find /var/lib/skyfolio-server -type f -size +100k | grep -q . || { echo "purge took the photos"; return 1; }
}
check "removed, and the server purged: the programs go, the photos and data stay" removed_keeps_data

echo "package test: $passed passed, $failed failed"
[[ $failed == 0 ]]
