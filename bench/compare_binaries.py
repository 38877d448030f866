"""Two builds of cuentas on one ledger, alternating, in one run: check, show (project, club, municipality), statement
all, one donation on a fresh copy. For a before/after of a change at national scale when a whole `make bench` does
not fit: the same ledger, the same hour, a floor (SQLite's own count and sum of the movements) beside them.

python3 bench/compare_binaries.py OLD_BINARY NEW_BINARY [ROUNDS] [LEDGER]
(LEDGER: by default the national ledger `make bench-web` prepares, /tmp/cuentas-bench-web/national-as-imported.sqlite)
"""
import subprocess, time, shutil, os, sys, json, statistics
binaries = {"before (1a7aceb)": sys.argv[1], "after (HEAD)": sys.argv[2]}
source = sys.argv[4] if len(sys.argv) > 4 else "/tmp/cuentas-bench-web/national-as-imported.sqlite"
work = "/tmp/cmp"; os.makedirs(work, exist_ok=True)
db = os.path.join(work, "ledger.sqlite")
shutil.copyfile(source, db)
for suffix in ("-wal", "-shm"):
    if os.path.exists(source + suffix): shutil.copyfile(source + suffix, db + suffix)
env = dict(os.environ, CUENTAS_DB=db, LANG="en_US.UTF-8")
def timed(cmd, env=env):
    subprocess.run(["sync"])
    t = time.monotonic(); r = subprocess.run(cmd, env=env, capture_output=True, text=True); dt = time.monotonic() - t
    if r.returncode != 0: print("FAILED", cmd, r.stderr[:300]); 
    return dt
results = {}
rounds = int(sys.argv[3]) if len(sys.argv) > 3 else 3
for r in range(rounds):
    results.setdefault("floor: sqlite3 count+sum of movement", []).append(timed(["sqlite3", db, "select count(*), sum(amountMinorUnits) from movement"]))
    for name, binary in binaries.items():
        def add(key, value): results.setdefault(f"{key} | {name}", []).append(value)
        add("check", timed([binary, "check"]))
        add("show project", timed([binary, "show", "P000123", "--as-of", "2025-06-30"]))
        add("show club", timed([binary, "show", "C00007", "--as-of", "2025-06-30"]))
        add("show municipality", timed([binary, "show", "M00042", "--as-of", "2025-06-30"]))
        add("statement all (text)", timed([binary, "statement", "all", "--as-of", "2025-06-30"]))
        copy = os.path.join(work, "copy.sqlite"); shutil.copyfile(db, copy)
        e2 = dict(env, CUENTAS_DB=copy)
        add("one donation", timed([binary, "donation", "--club", "C00007", "--amount", "25", "--event", "Kermes", "--date", "2025-03-01"], env=e2))
        os.remove(copy)
out = {k: {"runs": [round(x, 3) for x in v], "median": round(statistics.median(v), 3)} for k, v in sorted(results.items())}
print(json.dumps(out, indent=1))
