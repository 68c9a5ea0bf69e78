#!/usr/bin/env bash
# Installs what a fresh Debian/Ubuntu machine needs to run Ochiq's window (the build itself
# needs only Rust and a C compiler). With --screenshots, also Xvfb and ImageMagick, to run the
# app without a display and take pictures of it.
set -euo pipefail
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
packages=(libgl1 libegl1 libx11-6 libxcursor1 libxrandr2 libxi6 libxkbcommon-x11-0 libwayland-client0 libwayland-egl1 xdg-desktop-portal)
if [ "${1:-}" = "--screenshots" ]; then
  packages+=(xvfb xauth imagemagick xdotool)
fi
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${packages[@]}"
