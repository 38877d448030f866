#!/usr/bin/env bash
# Sample users of the web app (`cuentas serve`), for the demo only: the passwords are in the README, so never use
# them on a real ledger. Run after load.sh, with CUENTAS_DB set. BCRYPT_COST (default 12) is lowered only by tests.
set -euo pipefail
cost="${BCRYPT_COST:-12}"
add() { # name password role [scope options...]
  local name="$1" password="$2" role="$3"; shift 3
  printf '%s\n' "$password" | cuentas user add "$name" --role "$role" "$@" --password-stdin --bcrypt-cost "$cost" >/dev/null
}
add admin          "admin-demo-2026"      admin
add tesorera.canon "tesorera-demo-2026"   treasurer --club CLUB-CANON-LA
add tesorero.huertas "tesorero-demo-2026" treasurer --club CLUB-HUERTAS-SA
add oficial.huertas "oficial-demo-2026"   official  --municipality MUN-HUERTAS
add oficial.canon  "oficial-canon-2026"   official  --municipality MUN-CANON
add auditora       "auditora-demo-2026"   auditor
add comite.tepetate "comite-demo-2026"    committee --project 3X1-2024-002
echo "Sample users: admin, tesorera.canon, tesorero.huertas, oficial.huertas, oficial.canon, auditora, comite.tepetate (passwords in README.md)"
