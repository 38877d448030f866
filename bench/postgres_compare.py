#!/usr/bin/env python3
"""The same ledger on both stores, timed: `python3 bench/postgres_compare.py --binary .build/release/cuentas`.

Imports a generated ledger (bench/generate.py) into a file, starts a throwaway PostgreSQL server (Tests/postgres/
cluster.sh: a Unix socket in a folder of its own, fsync off as in the tests), copies the file into it (`cuentas copy`,
through the rules, proved), then times the commands both stores run, alternately, file then server, `--runs` times
each: `check`, a whole unsigned `publish` into a new folder, `show` of a project, a club and a municipality, and one
donation recorded (the whole process). Beside them, the floors of the same minutes: each database scanning every
movement row for a sum (`SELECT count(*), sum(amountMinorUnits) FROM movement`, by its own client), which is the least
any whole-ledger command must do. Prints one JSON object; bench/NOTES.md keeps what it measured.
"""
import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
ORDER = ["governments", "clubs", "projects", "approvals", "statuses", "donations", "transfers", "deposits", "payments",
         "progress", "reversals"]


def timed(command, env):
    start = time.monotonic()
    result = subprocess.run(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    seconds = time.monotonic() - start
    if result.returncode != 0:
        sys.exit(f"{' '.join(command)} failed: {result.stderr.strip()[:500]}")
    return seconds, result.stdout


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", default=os.path.join(ROOT, ".build/release/cuentas"))
    parser.add_argument("--scale", default="state")
    parser.add_argument("--work", default="/tmp/cuentas-bench-postgres")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    binary = os.path.abspath(args.binary)
    work = args.work
    data, ledger, server = f"{work}/data", f"{work}/ledger.sqlite", f"{work}/server"
    cluster = os.path.join(ROOT, "Tests/postgres/cluster.sh")
    subprocess.run([cluster, "stop", server], check=True)
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)
    env = dict(os.environ, LANG="en_US.UTF-8", CUENTAS_USER="bench", CUENTAS_EARLIEST_DATE="2000-01-01")
    subprocess.run([sys.executable, os.path.join(HERE, "generate.py"), "--scale", args.scale, "--out", data], check=True,
                   stdout=subprocess.DEVNULL)
    file_env = dict(env, CUENTAS_DB=ledger)
    timed([binary, "init"], file_env)
    timed([binary, "scheme", "add", os.path.join(ROOT, "SampleData/schemes/3x1-classic.json")], file_env)
    imported = 0.0
    for name in ORDER:
        seconds, _ = timed([binary, "import", f"{data}/{name}.csv"], file_env)
        imported += seconds
    subprocess.run([cluster, "start", server], check=True, stdout=subprocess.DEVNULL)
    try:
        address = f"postgres://cuentas@/cuentas?host={server}"
        pg_env = dict(env, CUENTAS_DB=address, CUENTAS_EVIDENCE=ledger + ".evidence")
        timed([binary, "init"], pg_env)
        copy_seconds, copy_output = timed([binary, "copy", "--from", ledger, "--to", address], env)
        movements = int(subprocess.run(["sqlite3", ledger, "SELECT count(*) FROM movement"], capture_output=True,
                                       text=True, check=True).stdout)
        project = subprocess.run(["sqlite3", ledger, "SELECT folio FROM project ORDER BY rowid LIMIT 1 OFFSET 7"],
                                 capture_output=True, text=True, check=True).stdout.strip()
        club, municipality = (subprocess.run(
            ["sqlite3", ledger, f"SELECT clubId FROM projectClub WHERE folio = '{project}' LIMIT 1"],
            capture_output=True, text=True, check=True).stdout.strip(), subprocess.run(
            ["sqlite3", ledger, f"SELECT municipalityId FROM project WHERE folio = '{project}'"],
            capture_output=True, text=True, check=True).stdout.strip())
        floor_sql = "SELECT count(*), sum(amountMinorUnits) FROM movement"
        measures = {
            "floor (scan every movement row)": (["sqlite3", ledger, floor_sql],
                                                ["psql", "--host", server, "--username", "cuentas", "--dbname",
                                                 "cuentas", "-AtX", "-c", floor_sql]),
            "check": ([binary, "check"], [binary, "check"]),
            "publish (whole, unsigned)": ([binary, "publish", "--out", "{site}"], [binary, "publish", "--out", "{site}"]),
            "show project": ([binary, "show", project], [binary, "show", project]),
            "show club": ([binary, "show", club], [binary, "show", club]),
            "show municipality": ([binary, "show", municipality], [binary, "show", municipality]),
            "one donation (whole process)": (
                [binary, "donation", "--club", club, "--amount", "10", "--event", "Rifa", "--by", "bench"],
                [binary, "donation", "--club", club, "--amount", "10", "--event", "Rifa", "--by", "bench"]),
        }
        figures = {name: {"sqlite": [], "postgres": []} for name in measures}
        for run in range(args.runs):
            for name, (on_file, on_server) in measures.items():
                for store, command, store_env in (("sqlite", on_file, file_env), ("postgres", on_server, pg_env)):
                    site = f"{work}/site-{store}-{run}"
                    seconds, _ = timed([part.replace("{site}", site) for part in command], store_env)
                    figures[name][store].append(round(seconds, 3))
                    shutil.rmtree(site, ignore_errors=True)
        floor = {store: statistics.median(figures["floor (scan every movement row)"][store])
                 for store in ("sqlite", "postgres")}
        report = {
            "scale": args.scale, "movements": movements, "import_into_file_s": round(imported, 2),
            "copy_into_postgres_s": round(copy_seconds, 2), "copy_output": copy_output.strip().splitlines()[0],
            "runs": args.runs, "date": time.strftime("%Y-%m-%d %H:%M"),
            "commit": subprocess.run(["git", "-C", ROOT, "rev-parse", "--short", "HEAD"], capture_output=True,
                                     text=True).stdout.strip(),
            "measures": {
                name: {
                    store: {"seconds": values, "median": statistics.median(values),
                            "ratio_to_floor": round(statistics.median(values) / floor[store], 1) if floor[store] else None}
                    for store, values in stores.items()
                } | {"postgres_over_sqlite": round(statistics.median(stores["postgres"]) /
                                                   statistics.median(stores["sqlite"]), 2)}
                for name, stores in figures.items()
            },
        }
        print(json.dumps(report, indent=2, ensure_ascii=False))
    finally:
        subprocess.run([cluster, "stop", server])


if __name__ == "__main__":
    main()
