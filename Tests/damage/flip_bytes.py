#!/usr/bin/env python3
"""A damaged ledger file gets a message, never a crash.

Copies a ledger, changes one byte (at positions spread over every page of the file, past the 100-byte header), and
runs the commands that read the whole ledger. Any of them stopping on a signal (a Swift trap is SIGILL or SIGTRAP) or
printing a crash trace fails the run. Refusing the file with a message, or not noticing a byte in unused space, is
fine. Usage: flip_bytes.py LEDGER CUENTAS_BINARY [POSITIONS]
"""
import os
import random
import shutil
import subprocess
import sys
import tempfile

COMMANDS = [["check"], ["project", "list"], ["club", "list"], ["statement", "all", "--format", "text"]]


def main() -> int:
    ledger, binary = sys.argv[1], sys.argv[2]
    count = int(sys.argv[3]) if len(sys.argv) > 3 else 60
    size = os.path.getsize(ledger)
    page = 4096
    rng = random.Random(19)  # the same positions every run: a failure can be repeated
    positions = sorted(rng.randrange(100, size) for _ in range(count))
    # One byte in each page's header too, where damage changes the shape of the b-tree rather than a value.
    positions += [p * page + 8 for p in range(1, size // page)]
    crashes = []
    refused = 0
    with tempfile.TemporaryDirectory() as folder:
        damaged = os.path.join(folder, "damaged.sqlite")
        for position in positions:
            shutil.copy(ledger, damaged)
            with open(damaged, "r+b") as file:
                file.seek(position)
                byte = file.read(1)
                file.seek(position)
                file.write(bytes([byte[0] ^ 0x5A]))
            for command in COMMANDS:
                out = os.path.join(folder, "site")
                result = subprocess.run(
                    [binary, *command, "--db", damaged], capture_output=True, text=True, errors="replace", timeout=120,
                    env={**os.environ, "CUENTAS_DB": damaged})
                trace = "Fatal error" in result.stderr or "Precondition failed" in result.stderr or "Backtrace" in result.stderr
                if result.returncode < 0 or result.returncode >= 128 or trace:
                    crashes.append((position, command, result.returncode, result.stderr.strip().splitlines()[-3:]))
                elif result.returncode != 0:
                    refused += 1
                shutil.rmtree(out, ignore_errors=True)
    runs = len(positions) * len(COMMANDS)
    print(f"damage check: {len(positions)} one-byte changes x {len(COMMANDS)} commands = {runs} runs; "
          f"{refused} refused with a message, {len(crashes)} crashed")
    for position, command, code, tail in crashes[:20]:
        print(f"  byte {position}: cuentas {' '.join(command)} -> exit {code}: {' | '.join(tail)}")
    return 1 if crashes else 0


if __name__ == "__main__":
    sys.exit(main())
