#!/usr/bin/env bash
# Takes a screenshot of Ochiq running under Xvfb: scripts/screenshot.sh OUT.png [LANG] [FILE]
# LANG is uz-Latn, uz-Cyrl, ru or en; FILE is opened at start (default: the first demo file).
# Uses a throw-away OCHIQ_HOME so the user's own preferences are not touched.
set -euo pipefail
out=${1:?usage: screenshot.sh OUT.png [LANG] [FILE]}
lang=${2:-uz-Latn}
file=${3:-}
root=$(cd "$(dirname "$0")/.." && pwd)
bin=${OCHIQ_BIN:-$root/target/release/ochiq}
[ -x "$bin" ] || bin=$root/target/debug/ochiq
home=$(mktemp -d)
trap 'rm -rf "$home"; kill "$xvfb" 2>/dev/null || true' EXIT
printf '{"language":"%s"}' "$lang" > "$home/preferences.json"
display=:$((90 + RANDOM % 9))
Xvfb "$display" -screen 0 1280x760x24 >/dev/null 2>&1 &
xvfb=$!
sleep 1
args=()
[ -n "$file" ] && args=(open "$file")
DISPLAY=$display OCHIQ_HOME=$home "$bin" "${args[@]}" >/dev/null 2>&1 &
app=$!
sleep "${WAIT:-5}"
# Park the pointer in a corner so no row shows a hover highlight.
DISPLAY=$display xdotool mousemove 1279 759 2>/dev/null || true
sleep 0.5
DISPLAY=$display import -window root "$out"
kill "$app" 2>/dev/null || true
echo "$out"
