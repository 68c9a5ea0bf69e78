#!/usr/bin/env bash
# Stop the CKAN, redis and PostgreSQL that start.sh started for STATE_DIR.
# Safe to call twice, or on a STATE_DIR whose start failed half-way.
#
#   scripts/ckan/stop.sh STATE_DIR
set -euo pipefail
# shellcheck source=lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

[ $# -eq 1 ] || ock_die "usage: $0 STATE_DIR"
[ -d "$1" ] || exit 0
STATE="$(cd "$1" && pwd)"
T0="$(ock_now)"

PGDATA="" TMPDIR_USED="" CKAN_PID="" WATCH_PID=""
if [ -f "$STATE/stop.info" ]; then
    PGDATA="$(sed -n 's/^PGDATA=//p' "$STATE/stop.info" | tail -n1)"
    TMPDIR_USED="$(sed -n 's/^TMPDIR_USED=//p' "$STATE/stop.info" | tail -n1)"
    CKAN_PID="$(sed -n 's/^CKAN_PID=//p' "$STATE/stop.info" | tail -n1)"
    WATCH_PID="$(sed -n 's/^WATCH_PID=//p' "$STATE/stop.info" | tail -n1)"
fi
[ -n "$PGDATA" ] || PGDATA="$(cat "$STATE/pgdata.path" 2>/dev/null || echo "$STATE/pg")"

# the watchdog (unless it is what runs us)
if [ -n "$WATCH_PID" ] && [ "$WATCH_PID" != "$$" ] && ock_pid_is "$WATCH_PID" ochiq-ckan-watch; then
    kill -TERM "$WATCH_PID" 2>/dev/null || true
fi

# CKAN (werkzeug dev server: dies on SIGTERM)
if ock_pid_is "$CKAN_PID" "$STATE/ckan.ini"; then
    kill -TERM "$CKAN_PID" 2>/dev/null || true
    for _ in $(seq 1 100); do ock_pid_is "$CKAN_PID" "$STATE/ckan.ini" || break; sleep 0.05; done
    if ock_pid_is "$CKAN_PID" "$STATE/ckan.ini"; then
        kill -KILL "$CKAN_PID" 2>/dev/null || true
    fi
fi

ock_redis_stop "$STATE/redis.pid"
if [ -d "$PGDATA" ]; then
    ock_pg_stop "$PGDATA"
fi

rm -f "$STATE/env"
# A cluster outside STATE_DIR (/dev/shm or /tmp, see start.sh) goes with the
# instance. One inside STATE_DIR is left for the caller's clean-up (or a
# restart with start.sh).
case "$TMPDIR_USED" in
    */ochiq-ckan.*)
        if [ -f "$PGDATA/postgres.log" ] && [ -d "$STATE/logs" ]; then
            rm -f "$STATE/logs/postgres.log"
            cp "$PGDATA/postgres.log" "$STATE/logs/postgres.log" 2>/dev/null || true
        fi
        rm -rf "$TMPDIR_USED"
        rm -f "$STATE/pgdata.path"
        ;;
esac
ock_log "stopped $STATE in $(ock_since "$T0")s"
