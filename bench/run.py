#!/usr/bin/env python3
"""`make bench`: times the program at a given scale against the tools a treasurer would otherwise use and the SQLite
floor, on the same movements, in the same run. Never part of `make test`.

  python3 bench/run.py --binary .build/release/cuentas --scale state [--scale national] [--runs 3]

Measures per scale: (a) import of every file into a fresh ledger (rows/s, peak memory), (b) every project, club and
municipality statement computed from the whole ledger (`cuentas statement all`, statements/s), (c) check, (d) publish,
(e) publish again after 100 more movements, (f) show of one project, one club and one municipality, and the latency of
recording one donation on the full ledger, as a whole process (`cuentas donation`) and in process (`cuentas-bench`,
median of 20 on a copy of the ledger); and `ledger bal`, `hledger bal`, `sqlite3 .import`, SQLite's own insert of the
same movement rows into the same movement table (`bench/sqlite_insert_floor.py`, the floor of (a)) and one GROUP BY
(the floor of (b)). Prints a table and writes bench/results.json (medians; `--reference-runs N` times the other tools in the first N
runs only, since `ledger bal` alone takes a quarter of an hour at the national scale).
"""
import argparse, datetime, json, os, platform, shutil, statistics, subprocess, sys, tempfile, time

ORDER = ["governments", "clubs", "projects", "approvals", "statuses", "donations", "transfers", "deposits", "payments",
         "progress", "reversals"]
HERE = os.path.dirname(os.path.abspath(__file__))
REFERENCE_LIMIT_S = 900
ROOT = os.path.dirname(HERE)

def settled():
    """Writes what earlier steps left in the page cache to disk before a step is timed: a national publish leaves about
    2 GB to write back, and the step after it (ours or a reference tool) otherwise paid for part of it (`sqlite3
    .import` 1.95 s right after a publish, 1.11-1.15 s on a settled disk)."""
    os.sync()

def timed(command, env=None, cwd=None, limit=None):
    """Runs a command under /usr/bin/time once the disk is settled; returns (seconds, peak KiB), or (None, None) when it
    ran past `limit` seconds (it is stopped then)."""
    settled()
    start = time.monotonic()
    try:
        result = subprocess.run(["/usr/bin/time", "-f", "%M"] + command, env=env, cwd=cwd, capture_output=True, text=True,
                                timeout=limit)
    except subprocess.TimeoutExpired:
        subprocess.run(["pkill", "-f", " ".join(command)], capture_output=True)
        return None, None
    seconds = time.monotonic() - start
    if result.returncode != 0:
        sys.exit(f"failed: {' '.join(command)}\n{result.stdout[-2000:]}\n{result.stderr[-2000:]}")
    peak = int(result.stderr.strip().splitlines()[-1])
    return seconds, peak

def median(values):
    return statistics.median(values)

def bench_scale(binary, scale, runs, reference_runs, work):
    data = os.path.join(work, scale)
    subprocess.run([sys.executable, os.path.join(HERE, "generate.py"), "--scale", scale, "--out", data], check=True)
    rows = sum(sum(1 for _ in open(os.path.join(data, f"{name}.csv"))) - 1 for name in ORDER)
    figures = {"rows": rows}
    samples = {key: [] for key in ["import_s", "import_peak_kib", "statements_s", "statements_peak_kib", "check_s",
                                    "check_peak_kib", "publish_s", "publish_peak_kib", "republish_s", "republish_peak_kib",
                                    "show_s", "show_peak_kib", "show_club_s", "show_municipality_s", "record_one_s",
                                    "record_one_peak_kib", "record_in_process_ms", "import_movement_files_s",
                                    "sqlite_insert_floor_s", "sqlite_import_s", "sqlite_groupby_s",
                                    "sqlite_integrity_check_s", "sqlite_read_movements_s", "ledger_s", "ledger_peak_kib", "hledger_s", "hledger_peak_kib"]}
    statements = 0
    pages = 0
    for run in range(runs):
        database = os.path.join(work, f"{scale}-{run}.sqlite")
        for suffix in ("", "-wal", "-shm"):
            if os.path.exists(database + suffix): os.remove(database + suffix)
        env = dict(os.environ, CUENTAS_DB=database, CUENTAS_USER="bench", LANG="en_US.UTF-8")
        subprocess.run([binary, "init"], env=env, check=True, capture_output=True)
        subprocess.run([binary, "scheme", "add", os.path.join(ROOT, "SampleData/schemes/3x1-classic.json")], env=env,
                       check=True, capture_output=True)
        total, peak, movement_files = 0.0, 0, 0.0
        for name in ORDER:
            seconds, kib = timed([binary, "import", os.path.join(data, f"{name}.csv")], env=env)
            total += seconds
            peak = max(peak, kib)
            if name not in ("governments", "clubs", "projects"): movement_files += seconds
        samples["import_s"].append(total); samples["import_peak_kib"].append(peak)
        samples["import_movement_files_s"].append(movement_files)
        if run < max(1, reference_runs):
            floor_out = subprocess.run([sys.executable, os.path.join(HERE, "sqlite_insert_floor.py"), database, "--work", work],
                                       check=True, capture_output=True, text=True).stdout
            samples["sqlite_insert_floor_s"].append(float(floor_out.split()[0]))
        settled()
        start = time.monotonic()
        result = subprocess.run(["/usr/bin/time", "-f", "%M", binary, "statement", "all", "--as-of", "2025-06-30"], env=env,
                                capture_output=True, text=True)
        if result.returncode != 0: sys.exit(f"statement all failed: {result.stderr[-2000:]}")
        samples["statements_s"].append(time.monotonic() - start)
        samples["statements_peak_kib"].append(int(result.stderr.strip().splitlines()[-1]))
        statements = int(result.stderr.strip().splitlines()[-2].split()[0])  # "N statements (...)"
        s, k = timed([binary, "check"], env=env); samples["check_s"].append(s); samples["check_peak_kib"].append(k)
        # Floors on the same file, in the same run: SQLite's own check of its pages and indexes, which `check` runs
        # beside its replay, and SQLite reading every column of every movement row (what the statements list), each
        # without any work of ours.
        s, _ = timed(["sqlite3", database, "PRAGMA integrity_check"]); samples["sqlite_integrity_check_s"].append(s)
        s, _ = timed(["sqlite3", database, "SELECT count(*) FROM (SELECT * FROM movement ORDER BY id)"])
        samples["sqlite_read_movements_s"].append(s)
        site = os.path.join(work, f"site-{scale}-{run}")
        shutil.rmtree(site, ignore_errors=True)
        s, k = timed([binary, "publish", "--out", site, "--as-of", "2025-06-30"], env=env)
        samples["publish_s"].append(s); samples["publish_peak_kib"].append(k)
        pages = sum(len([f for f in files if f.endswith(".html")]) for _, _, files in os.walk(site))
        extra = os.path.join(work, "extra.csv")
        with open(extra, "w") as f:
            f.write("date,project,percent\n")
            for n in range(100): f.write(f"2025-01-{1 + n % 28:02d},P{n:06d},70\n")
        subprocess.run([binary, "import", extra], env=env, check=True, capture_output=True)
        s, k = timed([binary, "publish", "--out", site, "--as-of", "2025-06-30"], env=env)
        samples["republish_s"].append(s); samples["republish_peak_kib"].append(k)
        s, k = timed([binary, "show", "P000123"], env=env); samples["show_s"].append(s); samples["show_peak_kib"].append(k)
        s, _ = timed([binary, "show", "C00007"], env=env); samples["show_club_s"].append(s)
        s, _ = timed([binary, "show", "M00042"], env=env); samples["show_municipality_s"].append(s)
        copy = os.path.join(work, f"{scale}-{run}-copy.sqlite")
        shutil.copyfile(database, copy)
        bench_binary = os.path.join(os.path.dirname(binary), "cuentas-bench")
        if os.path.exists(bench_binary):
            out = subprocess.run([bench_binary, copy, "C00007", "20"], check=True, capture_output=True, text=True).stdout
            samples["record_in_process_ms"].append(float(out.strip().splitlines()[-1].split()[1]))
        os.remove(copy)
        s, k = timed([binary, "donation", "--club", "C00007", "--amount", "25", "--event", "Kermés", "--date", "2025-03-01"], env=env)
        samples["record_one_s"].append(s); samples["record_one_peak_kib"].append(k)
        # The floors are measured in the first run at least; the other tools only in the reference runs.
        if run >= max(1, reference_runs): continue
        floor = os.path.join(work, f"floor-{run}.sqlite")
        if os.path.exists(floor): os.remove(floor)
        s, _ = timed(["sqlite3", floor, ".mode csv", f".import {os.path.join(data, 'postings.csv')} postings"])
        samples["sqlite_import_s"].append(s)
        s, _ = timed(["sqlite3", floor, "SELECT project, party, sum(amount_centavos) FROM postings GROUP BY project, party;"])
        samples["sqlite_groupby_s"].append(s)
        for tool in ("ledger", "hledger"):
            if run < reference_runs and shutil.which(tool):
                # `ledger bal` took from 4.6 to over 30 minutes on the national journal on this machine: past the limit it
                # is stopped and recorded as a lower bound.
                s, k = timed([tool, "-f", os.path.join(data, "movements.journal"), "bal"], limit=REFERENCE_LIMIT_S)
                if s is None:
                    figures[f"{tool}_over_s"] = REFERENCE_LIMIT_S
                    continue
                samples[f"{tool}_s"].append(s); samples[f"{tool}_peak_kib"].append(k)
    for key, values in samples.items():
        figures[key] = median(values) if values else None
    figures["pages"] = pages
    figures["statements"] = statements
    figures["import_rows_per_s"] = rows / figures["import_s"]
    figures["statements_per_s"] = statements / figures["statements_s"]
    figures["publish_pages_per_s"] = pages / figures["publish_s"]
    figures["runs"], figures["reference_runs"] = runs, min(runs, reference_runs)
    if figures["sqlite_import_s"]:
        figures["import_vs_sqlite_import"] = figures["import_s"] / figures["sqlite_import_s"]
    if figures["sqlite_insert_floor_s"]:
        figures["import_vs_sqlite_insert_floor"] = figures["import_movement_files_s"] / figures["sqlite_insert_floor_s"]
    if figures["sqlite_groupby_s"]:
        figures["statements_vs_sqlite_groupby"] = figures["statements_s"] / figures["sqlite_groupby_s"]
    if figures["sqlite_integrity_check_s"]:
        figures["check_vs_sqlite_integrity_check"] = figures["check_s"] / figures["sqlite_integrity_check_s"]
    for tool in ("ledger", "hledger"):
        if figures[f"{tool}_s"]:
            for measure in ("import", "statements", "check", "publish", "republish", "show"):
                figures[f"{measure}_vs_{tool}"] = figures[f"{measure}_s"] / figures[f"{tool}_s"]
    return figures

def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", default=os.path.join(ROOT, ".build/release/cuentas"))
    parser.add_argument("--scale", action="append", choices=["state", "national"])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--reference-runs", type=int, default=None)
    parser.add_argument("--work", default=None)
    parser.add_argument("--reference-limit", type=int, default=900,
                        help="seconds after which ledger or hledger is stopped and recorded as slower than that")
    parser.add_argument("--output", default=os.path.join(HERE, "results.json"))
    args = parser.parse_args()
    global REFERENCE_LIMIT_S
    REFERENCE_LIMIT_S = args.reference_limit
    scales = args.scale or ["state"]
    work = args.work or tempfile.mkdtemp(prefix="cuentas-bench-")
    # Earlier results are kept: a scale measured again moves its previous figures to `history`.
    try:
        with open(args.output) as f: results = json.load(f)
    except (OSError, ValueError):
        results = {}
    results.setdefault("scales", {})
    results.setdefault("history", {})
    date = datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds")
    commit = subprocess.run(["git", "-C", ROOT, "rev-parse", "HEAD"], capture_output=True, text=True).stdout.strip()
    results["machine"] = {"cpus": os.cpu_count(), "system": platform.platform()}
    for scale in scales:
        figures = bench_scale(os.path.abspath(args.binary), scale, args.runs, args.runs if args.reference_runs is None else args.reference_runs, work)
        figures["date"], figures["commit"] = date, commit
        previous = results["scales"].get(scale)
        if previous:
            results["history"][f"{scale}_before_{date}"] = previous
        results["scales"][scale] = figures
        with open(args.output, "w") as f:
            json.dump(results, f, indent=2, sort_keys=True)
    print(f"{'scale':10} {'measure':30} {'median':>14}")
    for scale in scales:
        figures = results["scales"][scale]
        for key in sorted(figures):
            value = figures[key]
            text = "—" if value is None else (f"{value:,.2f}" if isinstance(value, float) else (f"{value:,}" if isinstance(value, int) else str(value)))
            print(f"{scale:10} {key:30} {text:>14}")
    print(f"results: {args.output} (medians of {args.runs} runs; work folder {work})")

if __name__ == "__main__":
    main()
