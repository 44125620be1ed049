#!/usr/bin/env bash
# Makes the web app's icons (ui/public/icons) from the app icon (icon.png, 512 px), with
# ImageMagick 6 or 7: 192 and 512 px, the 180 px one iOS puts on the home screen, and a
# maskable 512 px one (the colour fills the whole square; the cloud stays in the middle 80%
# that every mask keeps), drawn like make-icons.sh draws the app icon.
set -euo pipefail
cd "$(dirname "$0")"

if command -v magick >/dev/null 2>&1; then IM=(magick); else IM=(convert); fi
out=../ui/public/icons
mkdir -p "$out"

for size in 192 512; do
  "${IM[@]}" icon.png -resize "${size}x${size}" -strip "PNG32:$out/icon-$size.png"
done
cloud="circle 380,600 380,482 circle 534,500 534,332 circle 680,606 680,494 rectangle 380,560 680,718"
photo="circle 615,535 615,580 polygon 395,680 485,572 560,650 622,603 690,680"
"${IM[@]}" -size 1024x1024 gradient:'#2f6fe0'-'#8fd3ff' \
  \( -size 1024x1024 xc:none -fill white -draw "$cloud" \
     \( -size 1024x1024 xc:none -fill black -draw "$photo" \) -compose DstOut -composite \) \
  -compose Over -composite -resize 512x512 -strip "PNG32:$out/icon-maskable-512.png"
# iOS rounds the corners itself and shows transparency as black: the full square, smaller.
"${IM[@]}" "$out/icon-maskable-512.png" -resize 180x180 -strip "PNG32:$out/apple-touch-icon.png"
