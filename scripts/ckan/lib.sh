# shellcheck shell=bash
# Shared helpers for setup.sh / start.sh / stop.sh / smoke.sh. Source it.

OCHIQ_CKAN_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OCHIQ_CKAN_HOME="${OCHIQ_CKAN_HOME:-$HOME/.cache/ochiq-ckan}"
# CKAN 2.11 is what the project targets; the "requirements" extra pins
# CKAN's own tested dependency set (the same list as its requirements.txt).
OCHIQ_CKAN_SPEC="${OCHIQ_CKAN_SPEC:-ckan[requirements]==2.11.*}"
OCHIQ_CKAN_VENV="$OCHIQ_CKAN_HOME/venv"
OCHIQ_CKAN_TEMPLATE="$OCHIQ_CKAN_HOME/template"
OCHIQ_CKAN_PLUGIN_SRC="$OCHIQ_CKAN_DIR/ckanext-ochiqsearch"
OCHIQ_CKAN_MAX_RESOURCE_MB="${OCHIQ_CKAN_MAX_RESOURCE_MB:-5}"
OCHIQ_CKAN_ORG_NAME="ochiq-test-org"

ock_log() { printf '[ochiq-ckan] %s\n' "$*" >&2; }
ock_die() { ock_log "ERROR: $*"; exit 1; }
ock_now() { date +%s.%N; }
ock_since() { awk -v a="$1" -v b="$(ock_now)" 'BEGIN { printf "%.2f", b - a }'; }

# Highest installed PostgreSQL server bin dir (Debian layout), else PATH.
ock_pg_bindir() {
    local d best=""
    for d in /usr/lib/postgresql/*/bin; do
        [ -x "$d/pg_ctl" ] && best="$d"
    done
    if [ -z "$best" ] && command -v pg_ctl >/dev/null 2>&1; then
        best="$(dirname "$(command -v pg_ctl)")"
    fi
    printf '%s' "$best"
}

# PostgreSQL refuses to run as root: as root, run its tools as `postgres`.
ock_pg_user() {
    if [ "$(id -u)" = 0 ]; then printf 'postgres'; else id -un; fi
}
ock_as_pg() {
    if [ "$(id -u)" = 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

# Can the postgres user reach (and write into) directory $1?
ock_pg_can_use() {
    ock_as_pg test -x "$1" -a -w "$1" 2>/dev/null
}

ock_free_port() {
    "$OCHIQ_CKAN_VENV/bin/python" - <<'EOF'
import socket
s = socket.socket()
s.bind(("127.0.0.1", 0))
print(s.getsockname()[1])
EOF
}

# A pid is ours only if it is alive and its command line mentions $2.
ock_pid_is() {
    local pid="$1" what="$2"
    [ -n "$pid" ] && [ -r "/proc/$pid/cmdline" ] || return 1
    tr '\0' ' ' <"/proc/$pid/cmdline" | grep -q -- "$what"
}

# Sha256 over the plugin source, the scripts that shape an instance and the
# CKAN spec: any change rebuilds what depends on it.
ock_plugin_hash() {
    (cd "$OCHIQ_CKAN_PLUGIN_SRC" && find . -type f \( -name '*.py' -o -name '*.toml' \) \
        -not -path '*/__pycache__/*' -not -path './build/*' -print0 | sort -z | xargs -0 sha256sum) \
        | sha256sum | cut -c1-16
}
# Installed CKAN version, read from the venv's metadata (no import: fast).
ock_ckan_version() {
    local d
    for d in "$OCHIQ_CKAN_VENV"/lib/python*/site-packages/ckan-*.dist-info; do
        [ -d "$d" ] && { basename "$d" .dist-info | sed 's/^ckan-//'; return 0; }
    done
    return 1
}
ock_template_key() {
    {
        ock_ckan_version || true
        ock_plugin_hash
        cat "$OCHIQ_CKAN_DIR/lib.sh" "$OCHIQ_CKAN_DIR/setup.sh" | sha256sum | cut -c1-16
        ock_pg_bindir
    } | sha256sum | cut -c1-16
}

# Write a CKAN ini. Args: file port pg_socket_dir redis_socket storage_dir secret
ock_write_ini() {
    local file="$1" port="$2" pgsock="$3" redissock="$4" storage="$5" secret="$6"
    cat >"$file" <<EOF
# Written by scripts/ckan (Ochiq integration-test CKAN). Throwaway instance.
[DEFAULT]
debug = false

[app:main]
use = egg:ckan
ckan.site_url = http://127.0.0.1:${port}
ckan.site_id = ochiq-test
ckan.site_title = Ochiq test CKAN
SECRET_KEY = ${secret}
sqlalchemy.url = postgresql://$(ock_pg_user)@/ckan?host=${pgsock}
ckan.redis.url = unix://${redissock}?db=0
# No Solr: the ochiqsearch plugin answers package search from PostgreSQL.
solr_url = http://127.0.0.1:1/solr/ckan-unused
ckan.plugins = ochiqsearch
ckan.storage_path = ${storage}
ckan.max_resource_size = ${OCHIQ_CKAN_MAX_RESOURCE_MB}
ckan.max_image_size = 2
ckan.devserver.threaded = true
ckan.auth.create_user_via_web = false
ckan.locale_default = en
ckan.views.default_views =
ckan.tracking_enabled = false

[loggers]
keys = root, ckan, ckanext, werkzeug

[handlers]
keys = console

[formatters]
keys = generic

[logger_root]
level = WARNING
handlers = console

[logger_werkzeug]
level = INFO
handlers = console
qualname = werkzeug
propagate = 0

[logger_ckan]
level = INFO
handlers = console
qualname = ckan
propagate = 0

[logger_ckanext]
level = INFO
handlers = console
qualname = ckanext
propagate = 0

[handler_console]
class = StreamHandler
args = (sys.stderr,)
level = NOTSET
formatter = generic

[formatter_generic]
format = %(asctime)s %(levelname)-5.5s [%(name)s] %(message)s
EOF
}

# initdb a throwaway cluster into $1 (must not exist), owned by the pg user.
ock_pg_initdb() {
    local data="$1" bindir
    bindir="$(ock_pg_bindir)"
    mkdir -p "$data"
    [ "$(id -u)" = 0 ] && chown postgres: "$data"
    chmod 700 "$data"
    ock_as_pg "$bindir/initdb" -D "$data" -U "$(ock_pg_user)" --auth=trust \
        -E UTF8 --locale=C.UTF-8 --no-sync --wal-segsize=1 >/dev/null
    # Test instance: speed over durability, unix socket only (no TCP port).
    cat >>"$data/postgresql.conf" <<'EOF'

# --- ochiq test settings ---
listen_addresses = ''
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 40
shared_buffers = 32MB
min_wal_size = 4MB
max_wal_size = 64MB
EOF
}

# Start a cluster. Args: data_dir socket_dir log_file
ock_pg_start() {
    local data="$1" sock="$2" logf="$3"
    # the socket dir is per instance: set it in the copy's auto.conf
    printf "unix_socket_directories = '%s'\n" "$sock" >"$data/postgresql.auto.conf"
    [ "$(id -u)" = 0 ] && chown postgres: "$data/postgresql.auto.conf"
    touch "$logf"
    [ "$(id -u)" = 0 ] && chown postgres: "$logf"
    ock_as_pg "$(ock_pg_bindir)/pg_ctl" -D "$data" -l "$logf" -w -t 60 start >/dev/null \
        || { tail -n 30 "$logf" >&2; ock_die "postgres did not start (log: $logf)"; }
}

ock_pg_stop() {
    local data="$1"
    [ -f "$data/postmaster.pid" ] || return 0
    ock_as_pg "$(ock_pg_bindir)/pg_ctl" -D "$data" -m fast -w -t 30 stop >/dev/null 2>&1 || {
        local pid
        pid="$(head -n1 "$data/postmaster.pid" 2>/dev/null || true)"
        ock_pid_is "$pid" postgres && kill -KILL "$pid" 2>/dev/null || true
    }
}

# Start a private redis on a unix socket. Args: dir socket pidfile logfile
ock_redis_start() {
    local dir="$1" sock="$2" pidf="$3" logf="$4" i
    mkdir -p "$dir"
    redis-server --port 0 --bind 127.0.0.1 --unixsocket "$sock" --unixsocketperm 700 \
        --daemonize yes --pidfile "$pidf" --logfile "$logf" --dir "$dir" \
        --save "" --appendonly no >/dev/null
    for i in $(seq 1 100); do
        [ -S "$sock" ] && [ -s "$pidf" ] && return 0
        sleep 0.05
    done
    tail -n 20 "$logf" >&2 || true
    ock_die "redis did not start (log: $logf)"
}

ock_redis_stop() {
    local pidf="$1" pid i
    [ -f "$pidf" ] || return 0
    pid="$(cat "$pidf" 2>/dev/null || true)"
    if ock_pid_is "$pid" redis-server; then
        kill -TERM "$pid" 2>/dev/null || true
        for i in $(seq 1 50); do ock_pid_is "$pid" redis-server || break; sleep 0.05; done
        ock_pid_is "$pid" redis-server && kill -KILL "$pid" 2>/dev/null || true
    fi
    rm -f "$pidf"
}
