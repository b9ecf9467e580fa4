#!/bin/bash
# A throwaway PostgreSQL cluster for the tests, reachable through a Unix socket only.
#   pgcluster.sh start DIR   creates the cluster in DIR/data (once) and starts it, socket in DIR;
#                            nothing printed on success, the log and a non-zero status on failure.
#                            Already running: nothing to do.
#   pgcluster.sh stop DIR    stops it (immediately) and removes DIR.
# DIR's path, socket included (DIR/.s.PGSQL.5432), must fit in 107 bytes.
# initdb refuses root: run as root (as the tests are in CI), the cluster belongs to and runs as the
# `postgres` system user. With PACTE_TEST_NO_POSTGRES=1, a `start` that fails says why and exits 0:
# the tests then skip their PostgreSQL cases with a warning (tests/common/pgcluster.h).
set -uo pipefail

usage() {
    echo "usage: $0 start|stop DIR" >&2
    exit 2
}
[ $# -eq 2 ] || usage
action=$1
dir=$2
[ -n "$dir" ] || usage
case $dir in
/*) ;;
*) dir=$PWD/$dir ;;
esac
# The path the clients use (PGHOST). Where the postgres user cannot reach it (a build folder under
# /root), DIR is a link to a folder under /tmp holding the cluster, and `dir` the folder linked to.
given=$dir
if [ -L "$dir" ]; then
    dir=$(readlink -f "$dir")
fi

# The server's programs: pg_config's, else the highest installed major version's (Debian).
bindir=
if command -v pg_config >/dev/null 2>&1; then
    bindir=$(pg_config --bindir 2>/dev/null)
fi
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
    bindir=$(printf '%s\n' /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
fi

as_owner() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

fail() {
    echo "pgcluster.sh: $*" >&2
    if [ -f "$dir/log" ]; then
        echo "--- $dir/log" >&2
        cat "$dir/log" >&2
    fi
    if [ "${PACTE_TEST_NO_POSTGRES:-}" = 1 ]; then
        echo "pgcluster.sh: PACTE_TEST_NO_POSTGRES=1: no cluster, the PostgreSQL tests are skipped" >&2
        exit 0
    fi
    exit 1
}

running() {
    [ -f "$dir/data/PG_VERSION" ] && (cd / && as_owner "$bindir/pg_ctl" -D "$dir/data" status) >/dev/null 2>&1
}

start() {
    if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ] || [ ! -x "$bindir/pg_ctl" ]; then
        fail "PostgreSQL's server programs (initdb, pg_ctl) are not installed (no pg_config, no /usr/lib/postgresql/*/bin)"
    fi
    # The socket's path must fit in sockaddr_un (107 bytes and the final NUL).
    [ ${#given} -le 94 ] || fail "$given is too long a path for the server's socket ($given/.s.PGSQL.5432 > 107 bytes)"
    if [ "$(id -u)" -eq 0 ] && ! id postgres >/dev/null 2>&1; then
        fail "run as root, the cluster needs the 'postgres' system user, which does not exist"
    fi
    if [ "$(id -u)" -eq 0 ] && [ ! -e "$dir" ]; then
        mkdir -p "$(dirname "$dir")" || fail "cannot create $(dirname "$dir")"
        if ! runuser -u postgres -- test -x "$(dirname "$dir")"; then
            local real
            real=$(mktemp -d /tmp/pacte-pg-XXXXXX) || fail "cannot create a folder under /tmp"
            ln -s "$real" "$dir" || fail "cannot link $dir to $real"
            dir=$real
        fi
    fi
    mkdir -p "$dir" || fail "cannot create $dir"
    if [ "$(id -u)" -eq 0 ]; then
        chown postgres: "$dir" || fail "cannot give $dir to postgres"
        runuser -u postgres -- test -w "$dir" ||
            fail "the postgres user cannot reach $dir (a parent folder closed to others?)"
    fi
    # Others (a test running a program as nobody) reach the socket too.
    chmod 0755 "$dir" || fail "cannot open $dir to others"
    running && return 0

    local out=$dir/pgcluster.out
    if [ ! -f "$dir/data/PG_VERSION" ]; then
        rm -rf "$dir/data"
        # A cluster made halfway by a failed initdb is made again.
        if ! (cd "$dir" && as_owner "$bindir/initdb" -D "$dir/data" -A trust -U postgres --no-sync -E UTF8 \
            --locale=C.UTF-8) >"$out" 2>&1; then
            rm -rf "$dir/data"
            (cd "$dir" && as_owner "$bindir/initdb" -D "$dir/data" -A trust -U postgres --no-sync -E UTF8 \
                --no-locale) >>"$out" 2>&1 || { cat "$out" >&2; fail "initdb failed in $dir/data"; }
        fi
    fi
    # The roles of the group pacte_password_users must give their password (scram-sha-256): the tests of
    # a real password exchange (PgCluster::createPasswordRole); every other local connection is trusted.
    local hba=$dir/data/pg_hba.conf
    if ! grep -q '+pacte_password_users' "$hba"; then
        { echo 'local all +pacte_password_users scram-sha-256'; cat "$hba"; } >"$hba.new" &&
            cat "$hba.new" >"$hba" && rm -f "$hba.new" || fail "cannot write $hba"
    fi
    # pg_ctl writes the log as the cluster's owner.
    if [ "$(id -u)" -eq 0 ]; then
        touch "$dir/log" && chown postgres: "$dir/log"
    fi
    if ! (cd "$dir" && as_owner "$bindir/pg_ctl" -D "$dir/data" -w -t 60 -l "$dir/log" \
        -o "-k '$dir' -c listen_addresses='' -c fsync=off -c max_connections=200" start) >"$out" 2>&1; then
        cat "$out" >&2
        fail "the server did not start (socket folder $dir)"
    fi
    rm -f "$out"
}

stop() {
    # Immediate: the cluster is thrown away, so the shutdown checkpoint (writing out every database the
    # tests made, minutes on a busy machine) is not needed.
    if [ -n "$bindir" ] && running; then
        (cd / && as_owner "$bindir/pg_ctl" -D "$dir/data" -w -t 60 -m immediate stop) >/dev/null 2>&1 ||
            { echo "pgcluster.sh: the server in $dir/data did not stop" >&2; exit 1; }
    fi
    rm -rf "$dir"
    if [ -L "$given" ]; then
        rm -f "$given"
    fi
}

case $action in
start) start ;;
stop) stop ;;
*) usage ;;
esac
