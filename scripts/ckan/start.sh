#!/usr/bin/env bash
# Start a throwaway CKAN 2.11 (+ private PostgreSQL and redis) for tests.
#
#   scripts/ckan/start.sh STATE_DIR
#
# Runs setup.sh (a no-op when already installed), copies the template
# instance (db already initialised, users/org/tokens already made) into
# STATE_DIR, starts PostgreSQL (unix socket only), redis (unix socket only)
# and `ckan run` on 127.0.0.1:<free port>, waits for status_show, checks the
# tokens, then writes STATE_DIR/env (KEY=VALUE lines) and returns.
#
# Env knobs: OCHIQ_CKAN_PORT (default: a free port), OCHIQ_CKAN_START_TIMEOUT
# (seconds, default 90), OCHIQ_CKAN_WATCH_PID (stop the instance when that
# process exits: a safety net for test runners that die before stop.sh).
# Re-running start.sh on a stopped STATE_DIR restarts it with its data.
set -euo pipefail
# shellcheck source=lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

[ $# -eq 1 ] || ock_die "usage: $0 STATE_DIR"
T0="$(ock_now)"
mkdir -p "$1"
STATE="$(cd "$1" && pwd)"
LOGS="$STATE/logs"
mkdir -p "$LOGS" "$STATE/storage"

bash "$OCHIQ_CKAN_DIR/setup.sh" --quiet
T_SETUP="$(ock_since "$T0")"

if [ -f "$STATE/env" ]; then
    old_pid="$(sed -n 's/^CKAN_PID=//p' "$STATE/env")"
    ock_pid_is "$old_pid" "$STATE/ckan.ini" && ock_die "a CKAN for $STATE is already running (pid $old_pid); run stop.sh first"
    rm -f "$STATE/env"
fi

# ------------------------------------------------ where postgres can live
# Default: a fresh dir on /dev/shm (tmpfs: copying the ~25 MB template takes
# ~0.05 s there against 0.4-1.3 s on this disk). Otherwise STATE_DIR/pg, if
# the postgres user can reach it and socket paths stay short (< 108 bytes),
# else a /tmp dir. OCHIQ_CKAN_PG_PARENT=DIR forces a parent directory;
# OCHIQ_CKAN_PG_PARENT=state keeps the cluster in STATE_DIR/pg (then a
# restart with start.sh keeps the data).
TMPDIR_USED=""
if [ -f "$STATE/pgdata.path" ]; then
    PGDATA="$(cat "$STATE/pgdata.path")"
else
    parent="${OCHIQ_CKAN_PG_PARENT:-auto}"
    if [ "$parent" = auto ]; then
        parent=/tmp
        if [ -d /dev/shm ] && [ -w /dev/shm ] &&
            [ "$(df -Pk /dev/shm 2>/dev/null | awk 'NR==2 {print $4}')" -gt 1048576 ] 2>/dev/null; then
            parent=/dev/shm
        else
            [ "$(id -u)" = 0 ] && chmod o+x "$STATE" 2>/dev/null || true
            if [ "${#STATE}" -le 70 ] && ock_as_pg test -x "$STATE" 2>/dev/null; then
                parent=state
            fi
        fi
    fi
    if [ "$parent" = state ]; then
        [ "$(id -u)" = 0 ] && chmod o+x "$STATE" 2>/dev/null || true
        PGDATA="$STATE/pg"
    else
        TMPDIR_USED="$(mktemp -d "$parent/ochiq-ckan.XXXXXX")"
        chmod 755 "$TMPDIR_USED"
        PGDATA="$TMPDIR_USED/pg"
    fi
    printf '%s\n' "$PGDATA" >"$STATE/pgdata.path"
fi
case "$PGDATA" in */ochiq-ckan.*/pg) TMPDIR_USED="$(dirname "$PGDATA")" ;; esac
RUN="$PGDATA"                        # sockets live in the pg data dir
started_ok=0
on_exit() {
    if [ "$started_ok" != 1 ]; then
        ock_log "start failed; stopping what was started"
        bash "$OCHIQ_CKAN_DIR/stop.sh" "$STATE" >/dev/null 2>&1 || true
    fi
}
trap on_exit EXIT

# Record what stop.sh needs before anything runs.
{
    printf 'PGDATA=%s\n' "$PGDATA"
    printf 'TMPDIR_USED=%s\n' "$TMPDIR_USED"
} >"$STATE/stop.info"

# copy the template under a shared lock (setup.sh rebuilds it under an
# exclusive one)
exec 8<>"$OCHIQ_CKAN_HOME/.setup.lock"
flock -s 8
if [ ! -f "$PGDATA/PG_VERSION" ]; then
    mkdir -p "$(dirname "$PGDATA")"
    cp -a "$OCHIQ_CKAN_TEMPLATE/pg" "$PGDATA"
fi
[ -d "$STATE/storage/i18n" ] || cp -a "$OCHIQ_CKAN_TEMPLATE/storage/." "$STATE/storage/"
[ -f "$STATE/bootstrap.json" ] || cp "$OCHIQ_CKAN_TEMPLATE/bootstrap.json" "$STATE/bootstrap.json"
[ -f "$STATE/secret" ] || cp "$OCHIQ_CKAN_TEMPLATE/secret" "$STATE/secret"
exec 8<&-
PG_LOG="$PGDATA/postgres.log"       # written by the postgres user
ln -sfn "$PG_LOG" "$LOGS/postgres.log"
REDIS_SOCK="$RUN/redis.sock"
REDIS_PID="$STATE/redis.pid"
REDIS_LOG="$LOGS/redis.log"
CKAN_LOG="$LOGS/ckan.log"

T1="$(ock_now)"
ock_pg_start "$PGDATA" "$RUN" "$PG_LOG"
PG_PID="$(head -n1 "$PGDATA/postmaster.pid")"
ock_redis_start "$STATE/redis" "$REDIS_SOCK" "$REDIS_PID" "$REDIS_LOG"
REDIS_PID_N="$(cat "$REDIS_PID")"
T_DB="$(ock_since "$T1")"

PORT="${OCHIQ_CKAN_PORT:-$(ock_free_port)}"
URL="http://127.0.0.1:$PORT"
ock_write_ini "$STATE/ckan.ini" "$PORT" "$RUN" "$REDIS_SOCK" "$STATE/storage" "$(cat "$STATE/secret")"

T2="$(ock_now)"
# Own session: the server outlives this script and ignores the caller's ^C;
# stop.sh (or OCHIQ_CKAN_WATCH_PID) ends it.
setsid "$OCHIQ_CKAN_VENV/bin/ckan" -c "$STATE/ckan.ini" run --host 127.0.0.1 --port "$PORT" \
    --disable-reloader >"$CKAN_LOG" 2>&1 </dev/null &
CKAN_PID=$!
printf 'CKAN_PID=%s\n' "$CKAN_PID" >>"$STATE/stop.info"

timeout="${OCHIQ_CKAN_START_TIMEOUT:-90}"
deadline=$(( $(date +%s) + timeout ))
until curl -fsS -o /dev/null --max-time 2 "$URL/api/3/action/status_show" 2>/dev/null; do
    if ! kill -0 "$CKAN_PID" 2>/dev/null; then
        ock_log "ckan exited during start-up; last lines of $CKAN_LOG:"
        tail -n 40 "$CKAN_LOG" >&2 || true
        exit 1
    fi
    if [ "$(date +%s)" -ge "$deadline" ]; then
        ock_log "CKAN did not answer $URL/api/3/action/status_show within ${timeout}s; last lines of $CKAN_LOG:"
        tail -n 40 "$CKAN_LOG" >&2 || true
        exit 1
    fi
    sleep 0.1
done
T_CKAN="$(ock_since "$T2")"

# Fixtures made when the template was built (see setup.sh / `ckan ochiq bootstrap`).
eval "$("$OCHIQ_CKAN_VENV/bin/python" - "$STATE/bootstrap.json" <<'EOF'
import json, shlex, sys
b = json.load(open(sys.argv[1]))
for k, v in (("ADMIN_NAME", b["admin"]["name"]), ("ADMIN_TOKEN", b["admin"]["token"]),
             ("OTHER_NAME", b["other"]["name"]), ("OTHER_TOKEN", b["other"]["token"]),
             ("ORG_NAME", b["org"]["name"]), ("ORG_ID", b["org"]["id"])):
    print("%s=%s" % (k, shlex.quote(v)))
EOF
)"

# The tokens must work against this instance (same secret as the template).
check="$(curl -sS --max-time 10 -H "Authorization: $ADMIN_TOKEN" \
    "$URL/api/3/action/organization_list_for_user?permission=create_dataset")"
case "$check" in
    *"\"success\": true"*"$ORG_NAME"*) ;;
    *) ock_die "sysadmin token check failed: $check" ;;
esac

if [ -n "${OCHIQ_CKAN_WATCH_PID:-}" ]; then
    setsid bash -c 'while kill -0 "$1" 2>/dev/null; do sleep 1; done; exec bash "$2" "$3"' \
        ochiq-ckan-watch "$OCHIQ_CKAN_WATCH_PID" "$OCHIQ_CKAN_DIR/stop.sh" "$STATE" \
        >/dev/null 2>&1 </dev/null &
    printf 'WATCH_PID=%s\n' "$!" >>"$STATE/stop.info"
fi

# Values never contain spaces or quotes unless STATE_DIR does.
q() { case "$1" in *[!A-Za-z0-9_./:,@+=-]*) printf "'%s'" "$1" ;; *) printf '%s' "$1" ;; esac; }
{
    echo "CKAN_URL=$(q "$URL")"
    echo "CKAN_TOKEN=$(q "$ADMIN_TOKEN")"
    echo "CKAN_USER=$(q "$ADMIN_NAME")"
    echo "CKAN_ORG=$(q "$ORG_NAME")"
    echo "CKAN_ORG_ID=$(q "$ORG_ID")"
    echo "CKAN_OTHER_USER=$(q "$OTHER_NAME")"
    echo "CKAN_OTHER_TOKEN=$(q "$OTHER_TOKEN")"
    echo "CKAN_MAX_RESOURCE_SIZE_MB=$OCHIQ_CKAN_MAX_RESOURCE_MB"
    echo "CKAN_VERSION=$(ock_ckan_version)"
    echo "CKAN_PIDS=$CKAN_PID,$REDIS_PID_N,$PG_PID"
    echo "CKAN_PID=$CKAN_PID"
    echo "CKAN_REDIS_PID=$REDIS_PID_N"
    echo "CKAN_PG_PID=$PG_PID"
    echo "CKAN_INI=$(q "$STATE/ckan.ini")"
    echo "CKAN_STORAGE=$(q "$STATE/storage")"
    echo "CKAN_LOG=$(q "$CKAN_LOG")"
    echo "CKAN_REDIS_LOG=$(q "$REDIS_LOG")"
    echo "CKAN_PG_LOG=$(q "$LOGS/postgres.log")"
} >"$STATE/env.tmp"
mv "$STATE/env.tmp" "$STATE/env"
started_ok=1
printf '%s\n' "$STATE/env"
ock_log "CKAN $(ock_ckan_version) at $URL in $(ock_since "$T0")s (setup check ${T_SETUP}s, postgres+redis ${T_DB}s, ckan ${T_CKAN}s); env: $STATE/env"
