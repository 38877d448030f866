#!/usr/bin/env bash
# `make demo DB=postgres`: the sample ledger on a PostgreSQL server, publishing the same site as the file.
# Starts a throwaway server (Tests/postgres/cluster.sh: its own folder, a Unix socket, no TCP port, no system service),
# loads the sample into a file, copies it into the server movement by movement through the rules (`cuentas copy`, which
# proves the copy), then publishes the signed site from the server and again from the file, and compares the two byte
# for byte. Then loads the sample a second time, straight into a second database through the same commands, and
# compares its statements with the file's (receipt codes and recording times differ, so its site is not the same
# bytes; every figure is).
# Usage: demo-postgres.sh BIN DEMO SERVER_DIR
set -euo pipefail
bin=$1 demo=$2 server=$3
root=$(cd "$(dirname "$0")/.." && pwd)
export PATH="$bin:$PATH"
cd "$root"
"$root/Tests/postgres/cluster.sh" stop "$server"
rm -rf "$demo" && mkdir -p "$demo"
"$root/Tests/postgres/cluster.sh" start "$server" >/dev/null
database="postgres://cuentas@/cuentas?host=$server"
# PostgreSQL keeps the evidence's records; the files stay in a folder every app server reads.
export CUENTAS_EVIDENCE="$demo/postgres.evidence"
prices=SampleData/reference/remittance-prices-usa-mex.csv

CUENTAS_DB="$demo/cuentas.sqlite" sh -c 'cuentas init && bash SampleData/load.sh && bash SampleData/users.sh' >"$demo/load.log"
echo "The sample ledger loaded into $demo/cuentas.sqlite (log: $demo/load.log)."
cuentas init --db "$database"
cuentas copy --from "$demo/cuentas.sqlite" --to "$database"
cuentas check --db "$database"
cuentas show 3X1-2024-003 --db "$database"
cuentas key new --name "Tesorería Municipal de Santa Rosa de las Huertas (demo)" --out "$demo/tesoreria.key" >/dev/null
cuentas publish --db "$database" --out "$demo/site" --sign "$demo/tesoreria.key" --remittance-prices "$prices"
cuentas verify "$demo/site" | tail -n 1
cuentas publish --db "$demo/cuentas.sqlite" --out "$demo/site-from-file" --sign "$demo/tesoreria.key" --remittance-prices "$prices" >/dev/null
if diff -r "$demo/site" "$demo/site-from-file" >/dev/null; then
  echo "The site published from PostgreSQL is the one published from the file, byte for byte ($(find "$demo/site" -type f | wc -l) files)."
else
  echo "The site published from PostgreSQL differs from the one published from the file:" >&2
  diff -rq "$demo/site" "$demo/site-from-file" | head -20 >&2
  exit 1
fi
direct="postgres://cuentas@/direct?host=$server"
createdb --host "$server" --username cuentas direct
CUENTAS_DB="$direct" CUENTAS_EVIDENCE="$demo/direct.evidence" sh -c 'cuentas init && bash SampleData/load.sh && bash SampleData/users.sh' \
  >"$demo/load-direct.log"
CUENTAS_EVIDENCE="$demo/direct.evidence" cuentas check --db "$direct"
if [ "$(cuentas statement all --db "$direct" --as-of 2025-06-30)" = "$(cuentas statement all --db "$demo/cuentas.sqlite" --as-of 2025-06-30)" ]; then
  echo "The sample loaded straight into PostgreSQL through the commands reads as the file: every statement the same."
else
  echo "The sample loaded straight into PostgreSQL reads differently from the file." >&2
  exit 1
fi
cuentas export iati --db "$database" --out "$demo/iati-activities.xml" --publisher-prefix XM-EXAMPLE-ZAC \
  --base-url https://transparencia.example.org
xmllint --noout --schema Templates/Files/iati/iati-activities-schema.xsd "$demo/iati-activities.xml"
echo
echo "Open the transparency site: file://$demo/site/index.html"
echo "The server keeps running for you to try it:"
echo "  export PATH=\"$bin:\$PATH\" CUENTAS_DB='$database' CUENTAS_EVIDENCE='$CUENTAS_EVIDENCE'"
echo "  cuentas check; cuentas donation --club CLUB-CANON-CHI --amount 50 --event Rifa --by Tesorería; cuentas publish --out $demo/site2"
echo "Stop it (and remove its data) with: Tests/postgres/cluster.sh stop $server"
