#!/usr/bin/env bash
# Builds Ochiq's Debian package (.deb) with cargo-deb and prints its path and size.
#   scripts/package-deb.sh [--no-build] [extra cargo-deb options]
# --no-build packages the release binary already in $CARGO_TARGET_DIR/release.
# The package's contents (binary, desktop entry, icons, docs) and dependencies are in
# Cargo.toml under [package.metadata.deb]. Release builds go to $CARGO_TARGET_DIR when it is
# set (default: target/), so a separate directory keeps them apart from debug builds.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

if ! cargo deb --version >/dev/null 2>&1; then
  echo "cargo-deb is missing; installing it from crates.io (about 2 minutes)" >&2
  cargo install cargo-deb --locked
fi
# "$auto" in the Depends (libc) is worked out with dpkg-shlibdeps when dpkg-dev is installed.
command -v dpkg-shlibdeps >/dev/null 2>&1 ||
  echo "note: dpkg-shlibdeps (package dpkg-dev) is missing; the libc dependency is less exact" >&2

target_dir=${CARGO_TARGET_DIR:-$root/target}
out_dir=$target_dir/debian
mkdir -p "$out_dir"
# cargo-deb prints the path of the package it wrote as its last line.
deb=$(CARGO_TARGET_DIR=$target_dir cargo deb --locked --output "$out_dir" "$@" | tail -n 1)
[ -f "$deb" ] || { echo "cargo deb did not report a package file (got: $deb)" >&2; exit 1; }
size=$(stat -c %s "$deb")
echo "package: $deb"
echo "size: $size bytes ($(numfmt --to=iec-i --suffix=B "$size"))"
