#!/usr/bin/env bash
# Run a command against a throwaway Secret Service: a private D-Bus session bus
# (dbus-run-session) with gnome-keyring's secrets component, unlocked with a throwaway
# password. The daemon is stopped and its runtime directory removed when CMD exits; the exit
# code is CMD's.
#
#   scripts/keyring/session.sh CMD [ARGS...]
#
# The daemon keeps its keyrings (encrypted) in $OCHIQ_KEYRING_DATA/keyrings when that is
# set, else in a fresh temporary directory removed afterwards; it never touches your own
# keyrings. CMD sees DBUS_SESSION_BUS_ADDRESS, XDG_RUNTIME_DIR (private, 0700) and
# OCHIQ_KEYRING_DATA. OCHIQ_KEYRING_TIMEOUT (seconds, default 10) bounds the wait for
# org.freedesktop.secrets to appear on the bus.
set -euo pipefail

log() { printf '[ochiq-keyring] %s\n' "$*" >&2; }
die() { log "ERROR: $*"; exit 125; }

[ "$#" -gt 0 ] || die "usage: $0 CMD [ARGS...]"

if [ -z "${OCHIQ_KEYRING_INNER:-}" ]; then
    command -v dbus-run-session >/dev/null 2>&1 || die "no dbus-run-session (run scripts/keyring/setup.sh)"
    command -v gnome-keyring-daemon >/dev/null 2>&1 || die "no gnome-keyring-daemon (run scripts/keyring/setup.sh)"
    OCHIQ_KEYRING_INNER=1 exec dbus-run-session -- bash "${BASH_SOURCE[0]}" "$@"
fi
unset OCHIQ_KEYRING_INNER

# ------------------------------------------------ inside the private session bus
owned=()
runtime="$(mktemp -d "${TMPDIR:-/tmp}/ochiq-keyring-run.XXXXXX")"
owned+=("$runtime")
chmod 700 "$runtime"
if [ -z "${OCHIQ_KEYRING_DATA:-}" ]; then
    OCHIQ_KEYRING_DATA="$(mktemp -d "${TMPDIR:-/tmp}/ochiq-keyring-data.XXXXXX")"
    owned+=("$OCHIQ_KEYRING_DATA")
fi
mkdir -p "$OCHIQ_KEYRING_DATA"
chmod 700 "$OCHIQ_KEYRING_DATA"
export OCHIQ_KEYRING_DATA XDG_RUNTIME_DIR="$runtime"

daemon=""
cleanup() {
    if [ -n "$daemon" ] && kill -0 "$daemon" 2>/dev/null; then
        kill "$daemon" 2>/dev/null || true
        wait "$daemon" 2>/dev/null || true
    fi
    rm -rf "${owned[@]}"
}
trap cleanup EXIT

# --foreground keeps it our child (so we know its pid); the password comes on stdin and
# creates (or unlocks) the "login" keyring, which becomes the default collection.
printf 'ochiq-throwaway-%s' "$$" |
    HOME="$OCHIQ_KEYRING_DATA" XDG_DATA_HOME="$OCHIQ_KEYRING_DATA" \
        gnome-keyring-daemon --foreground --unlock --components=secrets \
        >"$runtime/daemon.log" 2>&1 &
daemon=$!

has_owner() {
    dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null |
        grep -q 'boolean true'
}
deadline=$(( $(date +%s) + ${OCHIQ_KEYRING_TIMEOUT:-10} ))
until has_owner; do
    if ! kill -0 "$daemon" 2>/dev/null; then
        cat "$runtime/daemon.log" >&2
        die "gnome-keyring-daemon exited before it was on the bus"
    fi
    if [ "$(date +%s)" -ge "$deadline" ]; then
        cat "$runtime/daemon.log" >&2
        die "org.freedesktop.secrets not on the bus after ${OCHIQ_KEYRING_TIMEOUT:-10}s"
    fi
    sleep 0.05
done

status=0
"$@" || status=$?
exit "$status"
