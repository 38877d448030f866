#!/usr/bin/env bash
# Runs a command with a throwaway PostgreSQL server (cluster.sh) named in CUENTAS_TEST_POSTGRES, and stops the server
# afterwards whatever the command did: `Tests/postgres/with-server.sh swift test --skip-build`.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
dir=$(mktemp -d /tmp/cuentas-postgres.XXXXXX)
trap '"$here/cluster.sh" stop "$dir"' EXIT
"$here/cluster.sh" start "$dir" >/dev/null
export CUENTAS_TEST_POSTGRES="postgres://cuentas@/cuentas?host=$dir"
"$@"
