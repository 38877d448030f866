#!/usr/bin/env bash
# Prints two receipt codes of the demo to try, each with where its page is in the published site (make demo).
# The codes are drawn at random when the sample is loaded: they change with every `make demo`.
set -euo pipefail
echo
echo "Two receipts to try (a member's gift of 2022 that paved a street; an event's income of 2026, partly still on its way):"
first=$(cuentas receipt list --club CLUB-CANON-LA | head -n 1 | cut -c1-11)
last=$(cuentas receipt list --club CLUB-CANON-CHI | tail -n 1 | cut -c1-11)
for code in "$first" "$last"; do
  echo "  cuentas receipt $code"
  cuentas receipt "$code" --lang en | tail -n 1 | sed 's/^/      /'
done
echo
