#!/usr/bin/env bash
# Install everything a throwaway CKAN 2.11 test server needs. Idempotent:
# a second run only compares stamps and returns.
#
#   scripts/ckan/setup.sh [--quiet]
#
# - apt: redis-server, postgresql, libpq-dev, libmagic1, gcc, curl (only the
#   missing ones; needs root)
# - a venv in ${OCHIQ_CKAN_HOME:-$HOME/.cache/ochiq-ckan}/venv with
#   "ckan[requirements]==2.11.*" and the project's ckanext-ochiqsearch plugin
# - a template instance (initialised PostgreSQL cluster after `ckan db init`,
#   with sysadmin, organisation, second user and their API tokens) that
#   start.sh copies, so a start takes seconds.
set -euo pipefail
# shellcheck source=lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

QUIET=0
[ "${1:-}" = "--quiet" ] && QUIET=1
say() { [ "$QUIET" = 1 ] || ock_log "$@"; }

T0="$(ock_now)"
mkdir -p "$OCHIQ_CKAN_HOME"
exec 9>"$OCHIQ_CKAN_HOME/.setup.lock"
flock 9

# ---------------------------------------------------------------- apt
missing=()
command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
bindir="$(ock_pg_bindir)"
{ [ -n "$bindir" ] && [ -x "$bindir/initdb" ]; } || missing+=(postgresql)
command -v pg_config >/dev/null 2>&1 || missing+=(libpq-dev)      # psycopg2 builds against it
ldconfig -p 2>/dev/null | grep -q 'libmagic\.so\.1' || missing+=(libmagic1)  # python-magic
command -v gcc >/dev/null 2>&1 || missing+=(gcc)
command -v curl >/dev/null 2>&1 || missing+=(curl)
command -v runuser >/dev/null 2>&1 || missing+=(util-linux)
if [ "${#missing[@]}" -gt 0 ]; then
    [ "$(id -u)" = 0 ] || ock_die "missing system packages (${missing[*]}); run as root or install them"
    ock_log "apt-get install ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}" >/dev/null
    ock_log "apt done at $(ock_since "$T0")s"
fi
[ "$(id -u)" != 0 ] || id postgres >/dev/null 2>&1 || ock_die "no 'postgres' user (is the postgresql package installed?)"

# --------------------------------------------------------------- venv
# The stamp records the requested spec; delete $OCHIQ_CKAN_HOME to force a
# rebuild (e.g. with another Python: OCHIQ_PYTHON=/path/to/python3.x).
if [ "$(cat "$OCHIQ_CKAN_VENV/.ochiq-stamp" 2>/dev/null || true)" != "$OCHIQ_CKAN_SPEC" ] ||
    [ ! -x "$OCHIQ_CKAN_VENV/bin/ckan" ]; then
    PY="${OCHIQ_PYTHON:-}"
    if [ -z "$PY" ]; then
        for cand in python3.12 python3.11 python3.10 python3; do
            if command -v "$cand" >/dev/null 2>&1 &&
                "$cand" -c 'import sys, venv, ensurepip; sys.exit(sys.version_info < (3, 10))' 2>/dev/null; then
                PY="$(command -v "$cand")"
                break
            fi
        done
    fi
    [ -n "$PY" ] || ock_die "need Python >= 3.10 with venv/ensurepip (apt-get install python3-venv)"
    ock_log "creating venv with $OCHIQ_CKAN_SPEC ($PY)"
    rm -rf "$OCHIQ_CKAN_VENV"
    "$PY" -m venv "$OCHIQ_CKAN_VENV"
    "$OCHIQ_CKAN_VENV/bin/pip" install --quiet --disable-pip-version-check "$OCHIQ_CKAN_SPEC"
    printf '%s' "$OCHIQ_CKAN_SPEC" >"$OCHIQ_CKAN_VENV/.ochiq-stamp"
    rm -f "$OCHIQ_CKAN_VENV/.ochiq-plugin-stamp"
    ock_log "venv done at $(ock_since "$T0")s: CKAN $(ock_ckan_version)"
fi

# ------------------------------------------------------------- plugin
plugin_key="$(ock_plugin_hash)"
if [ "$(cat "$OCHIQ_CKAN_VENV/.ochiq-plugin-stamp" 2>/dev/null || true)" != "$plugin_key" ]; then
    ock_log "installing ckanext-ochiqsearch ($plugin_key)"
    # build from a copy so the repository never gets build/ or *.egg-info
    build="$OCHIQ_CKAN_HOME/build/ckanext-ochiqsearch"
    rm -rf "$build"
    mkdir -p "$build"
    cp -r "$OCHIQ_CKAN_PLUGIN_SRC/." "$build/"
    find "$build" -name __pycache__ -prune -exec rm -rf {} +
    "$OCHIQ_CKAN_VENV/bin/pip" install --quiet --disable-pip-version-check \
        --no-deps --force-reinstall "$build"
    printf '%s' "$plugin_key" >"$OCHIQ_CKAN_VENV/.ochiq-plugin-stamp"
    ock_log "plugin done at $(ock_since "$T0")s"
fi

# ----------------------------------------------------------- template
# An initialised instance that start.sh copies: cluster + `ckan db init` +
# users/org/tokens. Rebuilt when CKAN, the plugin or lib.sh change.
template_key="$(ock_template_key)"
if [ "$(cat "$OCHIQ_CKAN_TEMPLATE/key" 2>/dev/null || true)" != "$template_key" ]; then
    ock_log "building template instance (db init, users, organisation, tokens)"
    tb="$OCHIQ_CKAN_HOME/template.build"
    rm -rf "$tb"
    mkdir -p "$tb/logs" "$tb/storage"
    run="$(mktemp -d /tmp/ochiq-ckan-build.XXXXXX)"
    chmod 755 "$run"
    [ "$(id -u)" = 0 ] && chown postgres: "$run"
    # the cluster is built under /tmp: the postgres user may not be able to
    # traverse $HOME (e.g. /root is 0700)
    cleanup_build() {
        ock_redis_stop "$run/redis.pid"
        ock_pg_stop "$run/pg"
    }
    trap 'cleanup_build; cp "$run/postgres.log" "$tb/logs/" 2>/dev/null; rm -rf "$run"' EXIT
    ock_pg_initdb "$run/pg"
    ock_pg_start "$run/pg" "$run" "$run/postgres.log"
    ock_as_pg "$(ock_pg_bindir)/createdb" -h "$run" -U "$(ock_pg_user)" -E UTF8 -T template0 ckan
    ock_redis_start "$run" "$run/redis.sock" "$run/redis.pid" "$tb/logs/redis.log"
    "$OCHIQ_CKAN_VENV/bin/python" -c 'import secrets; print(secrets.token_urlsafe(32))' >"$tb/secret"
    ock_write_ini "$tb/ckan.ini" 5000 "$run" "$run/redis.sock" "$tb/storage" "$(cat "$tb/secret")"
    "$OCHIQ_CKAN_VENV/bin/ckan" -c "$tb/ckan.ini" db init >"$tb/logs/db-init.log" 2>&1 ||
        { tail -n 40 "$tb/logs/db-init.log" >&2; ock_die "ckan db init failed"; }
    "$OCHIQ_CKAN_VENV/bin/ckan" -c "$tb/ckan.ini" ochiq bootstrap --out "$tb/bootstrap.json" \
        >"$tb/logs/bootstrap.log" 2>&1 ||
        { tail -n 40 "$tb/logs/bootstrap.log" >&2; ock_die "ochiq bootstrap failed"; }
    # JS translations live under storage_path and `ckan run` rebuilds any that
    # are missing (~2 s): build them once here, start.sh copies them.
    "$OCHIQ_CKAN_VENV/bin/ckan" -c "$tb/ckan.ini" translation js >"$tb/logs/translation.log" 2>&1 ||
        { tail -n 40 "$tb/logs/translation.log" >&2; ock_die "ckan translation js failed"; }
    ock_as_pg "$(ock_pg_bindir)/psql" -h "$run" -U "$(ock_pg_user)" -d ckan -q -c 'VACUUM FULL' -c 'DROP DATABASE postgres' -c 'CHECKPOINT' >/dev/null
    cleanup_build
    # after a clean shutdown: keep one WAL segment, not the recycled ones
    ock_as_pg "$(ock_pg_bindir)/pg_resetwal" -D "$run/pg" >/dev/null
    rm -f "$run/pg/postmaster.opts" "$run/pg/postgresql.auto.conf"
    mv "$run/pg" "$tb/pg"
    cp "$run/postgres.log" "$tb/logs/"
    rm -rf "$run"
    trap - EXIT
    printf '%s' "$template_key" >"$tb/key"
    rm -rf "$OCHIQ_CKAN_TEMPLATE"
    mv "$tb" "$OCHIQ_CKAN_TEMPLATE"
fi

say "setup ok in $(ock_since "$T0")s: CKAN $(ock_ckan_version) [venv $OCHIQ_CKAN_VENV]"
