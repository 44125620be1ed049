#!/usr/bin/env bash
# Regenerates Skyfolio's app and tray icons from drawing commands (ImageMagick 6 or 7), and the
# Windows and macOS icon files from the same drawing.
# Every PNG is written as 8-bit RGBA (PNG32:): Tauri refuses RGB icons.
set -euo pipefail
cd "$(dirname "$0")"

if command -v magick >/dev/null 2>&1; then IM=(magick); else IM=(/usr/bin/convert); fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Shapes are drawn on a 1024 px canvas and scaled down, which gives clean anti-aliased edges.
cloud="circle 380,600 380,482 circle 534,500 534,332 circle 680,606 680,494 rectangle 380,560 680,718"
# A small landscape (sun and hills) cut out of the cloud: the photo in the cloud.
photo="circle 615,535 615,580 polygon 395,680 485,572 560,650 622,603 690,680"

app_icon() {
  "${IM[@]}" -size 1024x1024 gradient:'#2f6fe0'-'#8fd3ff' \
    \( -size 1024x1024 xc:none -fill white -draw "roundrectangle 64,64 959,959 210,210" \) \
    -alpha set -compose DstIn -composite \
    \( -size 1024x1024 xc:none -fill white -draw "$cloud" \
       \( -size 1024x1024 xc:none -fill black -draw "$photo" \) -compose DstOut -composite \) \
    -compose Over -composite \
    "$work/app.png"
}

# tray_icon NAME CLOUD_COLOUR [extra draw arguments...]
tray_icon() {
  local name=$1 colour=$2
  shift 2
  "${IM[@]}" -size 1024x1024 xc:none -fill "$colour" \
    -draw "circle 330,560 330,380 circle 540,440 540,200 circle 730,580 730,400 roundrectangle 150,520 900,800 140,140" \
    "$@" "$work/tray-$name.png"
  "${IM[@]}" "$work/tray-$name.png" -resize 32x32 "PNG32:tray/$name.png"
  "${IM[@]}" "$work/tray-$name.png" -resize 64x64 "PNG32:tray/$name@2x.png"
}

app_icon
for size in 32 128 256 512; do
  "${IM[@]}" "$work/app.png" -filter Lanczos -resize "${size}x${size}" "$work/app-$size.png"
done
"${IM[@]}" "$work/app-32.png" PNG32:32x32.png
"${IM[@]}" "$work/app-128.png" PNG32:128x128.png
"${IM[@]}" "$work/app-256.png" PNG32:128x128@2x.png
"${IM[@]}" "$work/app-512.png" PNG32:icon.png
# Windows' .ico and macOS's .icns, made by the Tauri CLI (from ui/'s npm lockfile) from the
# 1024 px drawing; the other sizes it makes are not used.
"${IM[@]}" "$work/app.png" PNG32:"$work/app-1024.png"
(cd ../ui && npx --no-install tauri icon "$work/app-1024.png" --output "$work/tauri" >/dev/null 2>&1)
cp "$work/tauri/icon.ico" "$work/tauri/icon.icns" .

mkdir -p tray
# Idle: a calm sky-blue cloud.
tray_icon idle '#3b82f6'
# Syncing: the cloud with an up-and-down arrow.
tray_icon syncing '#3b82f6' -fill white \
  -draw "polygon 430,470 520,360 610,470 555,470 555,560 485,560 485,470" \
  -draw "polygon 430,630 485,630 485,540 555,540 555,630 610,630 520,740"
# Paused: a grey cloud with two bars.
tray_icon paused '#8b95a5' -fill white \
  -draw "roundrectangle 430,450 495,720 20,20 roundrectangle 545,450 610,720 20,20"
# Error: the cloud with a red badge and an exclamation mark.
tray_icon error '#3b82f6' -fill '#e5484d' -stroke white -strokewidth 40 \
  -draw "circle 760,730 760,490" -stroke none -fill white \
  -draw "roundrectangle 735,585 785,760 24,24 circle 760,835 760,865"
# Signed out: a grey cloud, struck through.
tray_icon signed-out '#8b95a5' -stroke white -strokewidth 64 -draw "line 360,330 700,850"
