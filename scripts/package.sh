#!/usr/bin/env bash
# Skyfolio's Linux packages, from binaries already built, into target/packages/:
#   - the desktop app as .deb and .rpm through Tauri's bundler (the Tauri CLI from ui/'s npm
#     lockfile), with the `skyfolio` command beside it;
#   - skyfolio-server as its own .deb: a systemd unit, a `skyfolio` system user, its data under
#     /var/lib/skyfolio-server and its settings in /etc/skyfolio-server/server.toml.
# Each package depends on exactly the shared libraries its binaries use (dpkg-shlibdeps), plus
# what they load at run time.
#
#   scripts/package.sh [release|debug] [deb,rpm]
#
# `make package` builds the release binaries first; `make package-test` reuses the debug ones
# the other tests built.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

profile=${1:-release}
formats=${2:-deb,rpm}
bin="$root/target/$profile"
out="$root/target/packages/$profile"
version=$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -n 1)
arch=$(dpkg --print-architecture)
maintainer=${SKYFOLIO_MAINTAINER:-Skyfolio developers <skyfolio@users.noreply.github.com>}

for binary in skyfolio-desktop skyfolio skyfolio-server; do
  [[ -x $bin/$binary ]] || { echo "package: $bin/$binary is not built" >&2; exit 1; }
done
rm -rf "$out"
mkdir -p "$out"

# The shared libraries a set of binaries links, as Debian dependencies.
shlibdeps() {
  local work
  work=$(mktemp -d)
  mkdir -p "$work/debian"
  printf 'Source: skyfolio\n\nPackage: skyfolio\nArchitecture: any\n' >"$work/debian/control"
  (cd "$work" && dpkg-shlibdeps -O "${@/#/-e}" 2>/dev/null) | sed -n 's/^shlibs:Depends=//p'
  rm -rf "$work"
}

# What the binaries load while running rather than link: the tray's AppIndicator library.
desktop_runtime="libayatana-appindicator3-1"
# Video previews (ffmpeg), videos in the window (GStreamer), HEIC where libheif's decoders are
# plug-ins (Debian 13 and later).
desktop_recommends='"ffmpeg", "gstreamer1.0-plugins-good", "gstreamer1.0-plugins-bad", "gstreamer1.0-libav", "libheif-plugin-libde265"'

# The app, in every format asked for.
depends=$(shlibdeps "$bin/skyfolio-desktop" "$bin/skyfolio")
json_depends=$(printf '%s, %s' "$depends" "$desktop_runtime" | sed 's/, /","/g')
bundles=$(echo "$formats" | tr ',' ' ')
debug_flag=()
[[ $profile == debug ]] && debug_flag=(--debug)
# The package's own settings: where the command comes from, and the dependencies found above.
config=$(
  cat <<JSON
{
"bundle": {
  "active": true,
  "linux": {
    "deb": {
      "depends": ["$json_depends"],
      "recommends": [$desktop_recommends],
      "files": { "/usr/bin/skyfolio": "$bin/skyfolio" }
    },
    "rpm": {
      "depends": ["webkit2gtk4.1", "gtk3", "libheif", "libayatana-appindicator-gtk3"],
      "recommends": ["ffmpeg-free", "gstreamer1-plugins-good"],
      "files": { "/usr/bin/skyfolio": "$bin/skyfolio" }
    }
  }
}
}
JSON
)
rm -rf "$bin/bundle"
CI=true ui/node_modules/.bin/tauri bundle "${debug_flag[@]}" --bundles "${formats}" --config "$config" \
  >"$out/bundle.log" 2>&1 || {
  cat "$out/bundle.log" >&2
  exit 1
}
for format in $bundles; do
  cp "$bin/bundle/$format"/*."$format" "$out/"
done

if [[ $formats == *deb* ]]; then
  # skyfolio-server, laid out as installed, then packed by dpkg-deb.
  stage=$(mktemp -d)
  trap 'rm -rf "$stage"' EXIT
  install -D -m 0755 "$bin/skyfolio-server" "$stage/usr/bin/skyfolio-server"
  install -D -m 0644 packaging/linux/skyfolio-server.service "$stage/lib/systemd/system/skyfolio-server.service"
  install -D -m 0644 packaging/linux/server.toml "$stage/etc/skyfolio-server/server.toml"
  mkdir -p "$stage/DEBIAN"
  for script in postinst prerm postrm; do
    install -m 0755 "packaging/linux/server.$script" "$stage/DEBIAN/$script"
  done
  echo /etc/skyfolio-server/server.toml >"$stage/DEBIAN/conffiles"
  size=$(du -k -s "$stage" --exclude=DEBIAN | cut -f1)
  cat >"$stage/DEBIAN/control" <<CONTROL
Package: skyfolio-server
Version: $version
Architecture: $arch
Maintainer: $maintainer
Installed-Size: $size
Depends: $(shlibdeps "$bin/skyfolio-server"), adduser
Recommends: ffmpeg
Section: net
Priority: optional
Homepage: https://github.com/skyfolio/skyfolio
Description: the photo cloud Skyfolio's computers and phones sync with
 skyfolio-server keeps photos and videos for Skyfolio's desktop app and serves
 the web app a phone opens in its browser. It keeps its database and files
 under /var/lib/skyfolio-server (SQLite and a folder), or in PostgreSQL and an
 S3-compatible store shared by several processes.
CONTROL
  dpkg-deb --root-owner-group -Zxz --build "$stage" "$out/skyfolio-server_${version}_${arch}.deb" >/dev/null
fi

find "$out" -maxdepth 1 \( -name "*.deb" -o -name "*.rpm" \) | sort
