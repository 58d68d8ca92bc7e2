#!/bin/sh
# Draws the CivicThemes icon and writes it in every size and format the window and the installers use. The
# results are committed (the build does not run this): run it again only to change the icon.
# Needs ImageMagick (convert) and python3. From the repository root: src/packaging/make-icons.sh
set -eu
root=$(CDPATH='' cd -- "$(dirname -- "$0")/../.." && pwd)
ui="$root/src/main/resources/org/civicthemes/ui"
out="$root/src/packaging"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# A blue tile with three groups of dots, the largest first: requests gathered into themes.
convert -size 512x512 xc:none \
  -fill '#1f5f99' -draw 'roundrectangle 16,16 496,496 96,96' \
  -fill '#ffffff' -draw 'circle 190,200 190,110' \
  -fill '#ffd166' -draw 'circle 360,180 360,120' \
  -fill '#8fd3ff' -draw 'circle 330,360 330,290' \
  -fill '#ffffff' -draw 'circle 150,380 150,335' \
  "$tmp/icon-512.png"
for size in 16 32 48 64 128 256; do
  convert "$tmp/icon-512.png" -resize ${size}x${size} "$ui/icon-$size.png"
done
cp "$ui/icon-256.png" "$out/linux/civic-themes.png"
convert "$ui/icon-16.png" "$ui/icon-32.png" "$ui/icon-48.png" "$ui/icon-256.png" "$out/windows/civic-themes.ico"
cp "$tmp/icon-512.png" "$tmp/ic09.png"
# macOS .icns: a header and PNG entries (ic07 128, ic08 256, ic09 512)
python3 - "$ui/icon-128.png" "$ui/icon-256.png" "$tmp/ic09.png" "$out/macos/civic-themes.icns" <<'PY'
import struct, sys
entries = b""
for kind, path in zip((b"ic07", b"ic08", b"ic09"), sys.argv[1:4]):
    data = open(path, "rb").read()
    entries += kind + struct.pack(">I", len(data) + 8) + data
open(sys.argv[4], "wb").write(b"icns" + struct.pack(">I", len(entries) + 8) + entries)
PY
echo "icons written"
