#!/usr/bin/env bash
# Install what scripts/keyring/session.sh needs: a D-Bus session bus (dbus-run-session,
# dbus-send) and gnome-keyring's Secret Service. Idempotent: when both are there it only
# looks for two commands and returns.
#
#   scripts/keyring/setup.sh [--quiet]
#
# apt (Debian/Ubuntu; only the missing ones; needs root): dbus, gnome-keyring.
set -euo pipefail

QUIET=0
[ "${1:-}" = "--quiet" ] && QUIET=1
log() { printf '[ochiq-keyring] %s\n' "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }
now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.2f", b - a }'; }

T0="$(now)"
missing() {
    local m=()
    { command -v dbus-run-session && command -v dbus-send; } >/dev/null 2>&1 || m+=(dbus)
    command -v gnome-keyring-daemon >/dev/null 2>&1 || m+=(gnome-keyring)
    printf '%s\n' "${m[@]}"
}

packages=()
while IFS= read -r p; do [ -n "$p" ] && packages+=("$p"); done < <(missing)
if [ "${#packages[@]}" -gt 0 ]; then
    # One installer at a time (tests run in parallel); apt waits for dpkg's own lock too.
    exec 9>"${TMPDIR:-/tmp}/ochiq-keyring-setup.lock"
    flock 9
    packages=()
    while IFS= read -r p; do [ -n "$p" ] && packages+=("$p"); done < <(missing)
fi
if [ "${#packages[@]}" -gt 0 ]; then
    [ "$(id -u)" = 0 ] || die "missing system packages (${packages[*]}); run as root or install them"
    command -v apt-get >/dev/null 2>&1 || die "missing ${packages[*]} and no apt-get here; install them by hand"
    log "apt-get install ${packages[*]}"
    apt_install() {
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
            -o DPkg::Lock::Timeout=300 "${packages[@]}" >/dev/null
    }
    # Try with the package lists there are; refresh them only when that fails.
    if ! apt_install 2>/dev/null; then
        apt-get update -qq -o DPkg::Lock::Timeout=300
        apt_install
    fi
    log "apt done in $(since "$T0")s"
    leftover="$(missing)"
    [ -z "$leftover" ] || die "still missing after apt-get: $leftover"
fi

[ "$QUIET" = 1 ] || log "setup ok in $(since "$T0")s: $(gnome-keyring-daemon --version 2>/dev/null | head -n1)"
