#!/usr/bin/env bash
# Renders the app icon from its SVG sources into every raster the project uses:
#   icons/png/meshwright-<N>.png        16 to 512 px (16-32 from meshwright-small.svg)
#   icons/meshwright.ico                Windows (installer and launcher), 16 to 256 px
#   icons/meshwright.icns               macOS, 16 to 1024 px
#   src/main/resources/.../app/icons/   the window icons (copies of the PNGs)
# Needs rsvg-convert (librsvg2-bin) and python3. The outputs are checked in, so a build
# never runs this; run it after editing an SVG and commit the results.
# Same SVG and same librsvg, same bytes: rsvg-convert writes no timestamps.
set -euo pipefail
cd "$(dirname "$0")"

command -v rsvg-convert >/dev/null || { echo "build-icons.sh: needs rsvg-convert (apt-get install librsvg2-bin)" >&2; exit 1; }

render() { # SVG SIZE OUT
    rsvg-convert --width "$2" --height "$2" --keep-aspect-ratio "$1" --output "$3"
}

mkdir -p png
for size in 16 24 32; do
    render meshwright-small.svg "$size" "png/meshwright-$size.png"
done
for size in 48 64 128 256 512; do
    render meshwright.svg "$size" "png/meshwright-$size.png"
done

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# Retina 512@2x only goes into the .icns; it is not worth a file of its own.
render meshwright.svg 1024 "$tmp/meshwright-1024.png"

p=png/meshwright
python3 pack-icons.py ico meshwright.ico \
    16=$p-16.png 24=$p-24.png 32=$p-32.png 48=$p-48.png 64=$p-64.png 128=$p-128.png 256=$p-256.png
python3 pack-icons.py icns meshwright.icns \
    icp4=$p-16.png ic11=$p-32.png icp5=$p-32.png ic12=$p-64.png icp6=$p-64.png \
    ic07=$p-128.png ic13=$p-256.png ic08=$p-256.png ic14=$p-512.png ic09=$p-512.png \
    ic10="$tmp/meshwright-1024.png"

resources=../src/main/resources/org/meshwright/app/icons
mkdir -p "$resources"
for size in 16 32 48 64 128 256; do
    cp "$p-$size.png" "$resources/meshwright-$size.png"
done
echo "build-icons.sh: wrote png/, meshwright.ico, meshwright.icns and $resources"
