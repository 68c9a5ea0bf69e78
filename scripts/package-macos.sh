#!/usr/bin/env bash
# Lays out Ochiq.app around a binary already built and puts it in a .dmg. macOS only (it
# uses iconutil, plutil, codesign and hdiutil, which come with macOS).
#   scripts/package-macos.sh BINARY VERSION OUT_DIR
# BINARY is the program (a universal one from `lipo`, or one architecture); VERSION goes into
# Info.plist (packaging/macos/Info.plist) and the file name; OUT_DIR receives Ochiq.app and
# ochiq-VERSION-macos.dmg. The app is signed ad hoc only (no Apple Developer identity): on
# another Mac it opens with right-click → Open the first time. Not yet run by the project on
# a Mac: see docs/BUILDING.md.
set -euo pipefail
[ $# -eq 3 ] || { echo "usage: $0 BINARY VERSION OUT_DIR" >&2; exit 2; }
binary=$1
version=$2
out=$3
root=$(cd "$(dirname "$0")/.." && pwd)
[ -x "$binary" ] || { echo "no program at $binary" >&2; exit 1; }
mkdir -p "$out"
out=$(cd "$out" && pwd)

app=$out/Ochiq.app
rm -rf "$app"
mkdir -p "$app/Contents/MacOS" "$app/Contents/Resources"
cp "$binary" "$app/Contents/MacOS/ochiq"
chmod 755 "$app/Contents/MacOS/ochiq"
sed "s/@VERSION@/$version/g" "$root/packaging/macos/Info.plist" >"$app/Contents/Info.plist"
plutil -lint "$app/Contents/Info.plist"

# The icon: iconutil wants a folder of PNGs at fixed names (the 1024 px one is left out:
# there is no PNG that large, and macOS scales the 512 px one).
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
iconset=$work/ochiq.iconset
mkdir -p "$iconset"
icons=$root/assets/icon
for n in 16 32 128 256 512; do
  cp "$icons/ochiq-$n.png" "$iconset/icon_${n}x${n}.png"
done
cp "$icons/ochiq-32.png" "$iconset/icon_16x16@2x.png"
cp "$icons/ochiq-64.png" "$iconset/icon_32x32@2x.png"
cp "$icons/ochiq-256.png" "$iconset/icon_128x128@2x.png"
cp "$icons/ochiq-512.png" "$iconset/icon_256x256@2x.png"
iconutil -c icns "$iconset" -o "$app/Contents/Resources/ochiq.icns"

# Apple Silicon runs only signed code; an ad-hoc signature over the whole bundle.
codesign --force --sign - "$app"
codesign --verify --verbose "$app"

# The disk image: the app and a link to /Applications to drag it onto.
stage=$work/dmg
mkdir -p "$stage"
cp -R "$app" "$stage/"
ln -s /Applications "$stage/Applications"
dmg=$out/ochiq-$version-macos.dmg
rm -f "$dmg"
hdiutil create -volname Ochiq -srcfolder "$stage" -ov -format UDZO "$dmg"
echo "app: $app"
echo "dmg: $dmg ($(stat -f %z "$dmg") bytes)"
