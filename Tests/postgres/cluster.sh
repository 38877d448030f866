#!/usr/bin/env bash
# A throwaway PostgreSQL server for the tests: `cluster.sh start DIR` makes a new cluster in DIR (initdb), starts it
# listening only on a Unix socket in DIR (no TCP port, no system service) and creates the database `cuentas`;
# `cluster.sh stop DIR` stops it and removes DIR. PostgreSQL refuses to run as root: as root, the cluster belongs to
# the `postgres` user the Debian package creates. Prints the socket's folder on start. fsync is off (a test server's
# data need not survive a crash) unless CUENTAS_PG_FSYNC=on (the load benchmark, to compare with a file that syncs).
set -euo pipefail
action=${1:?usage: cluster.sh start|stop DIR}
dir=${2:?usage: cluster.sh start|stop DIR}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -x "$bin/initdb" ] || { echo "cluster.sh: PostgreSQL's server programs are not installed (Debian package postgresql)" >&2; exit 1; }
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
case $action in
start)
  rm -rf "$dir" && mkdir -p "$dir"
  [ "$(id -u)" -eq 0 ] && chown postgres: "$dir"
  as_owner "$bin/initdb" --pgdata "$dir/data" --username cuentas --auth trust --encoding UTF8 --locale C.UTF-8 >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; exit 1; }
  as_owner "$bin/pg_ctl" --pgdata "$dir/data" --log "$dir/server.log" --wait --silent \
    --options "-c listen_addresses='' -c unix_socket_directories='$dir' -c fsync=${CUENTAS_PG_FSYNC:-off} -c max_connections=200" start \
    || { cat "$dir/server.log" >&2; exit 1; }
  as_owner "$bin/createdb" --host "$dir" --username cuentas cuentas
  echo "$dir"
  ;;
stop)
  if [ -d "$dir/data" ]; then as_owner "$bin/pg_ctl" --pgdata "$dir/data" --wait --silent --mode fast stop || true; fi
  rm -rf "$dir"
  ;;
*) echo "usage: cluster.sh start|stop DIR" >&2; exit 2 ;;
esac
