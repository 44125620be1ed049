#!/usr/bin/env bash
# macOS: the app carries libheif and the codecs it loads (Homebrew's, by absolute path at build
# time) in Contents/Frameworks, found through @executable_path, so that it starts on a Mac with
# nothing installed. dylibbundler copies each library the binary needs (and theirs), rewrites
# their install names, and the Tauri config it writes lists them for the bundler, which signs
# them with the app.
#
#   scripts/macos-bundle-dylibs.sh target/aarch64-apple-darwin/release/skyfolio-desktop
#   → target/macos-frameworks/*.dylib and target/macos-frameworks.json (pass to `tauri bundle --config`)
set -euo pipefail
binary=${1:?usage: scripts/macos-bundle-dylibs.sh BINARY}
cd "$(dirname "$0")/.."
command -v dylibbundler >/dev/null || brew install dylibbundler
out=target/macos-frameworks
rm -rf "$out"
mkdir -p "$out"
dylibbundler --create-dir --overwrite-files --bundle-deps --fix-file "$binary" \
  --dest-dir "$out" --install-path @executable_path/../Frameworks/
{
  printf '{ "bundle": { "macOS": { "frameworks": ['
  first=1
  for dylib in "$out"/*.dylib; do
    [[ $first == 1 ]] || printf ', '
    printf '"%s"' "$PWD/$dylib"
    first=0
  done
  printf '] } } }\n'
} >target/macos-frameworks.json
# Nothing may still point into Homebrew.
if otool -L "$binary" "$out"/*.dylib | grep -E '/(opt/homebrew|usr/local)/'; then
  echo "macos-bundle-dylibs: a library still points into Homebrew" >&2
  exit 1
fi
