#!/usr/bin/env python3
"""The floor of import (a): SQLite's own insert of the same movement rows into the same movement table.

  python3 bench/sqlite_insert_floor.py LEDGER [--work DIR]

LEDGER is a ledger that `cuentas import` filled. A fresh file gets the same schema (every table, index and trigger,
read from LEDGER's sqlite_master), the same settings as the program's writer (WAL, foreign keys on, 32 MiB page
cache, temporary storage in memory) and LEDGER's catalogue (parties, projects, schemes: not timed). Then LEDGER's
movement rows, every column as stored (hashes included), are inserted with one prepared statement, one transaction per
imported file (the rows that share a `recordedAt`), and only that is timed. Prints the seconds and the row count.
"""
import argparse, os, sqlite3, sys, tempfile, time

CATALOGUE = ["party", "federation", "club", "government", "clubMember", "scheme", "project", "projectClub", "budgetLine"]

def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("ledger")
    parser.add_argument("--work", default=None)
    args = parser.parse_args()
    work = args.work or tempfile.mkdtemp(prefix="cuentas-floor-")
    floor = os.path.join(work, "insert-floor.sqlite")
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(floor + suffix): os.remove(floor + suffix)
    source = sqlite3.connect(f"file:{args.ledger}?mode=ro", uri=True)
    schema = source.execute(
        "SELECT type, sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' "
        "ORDER BY CASE type WHEN 'table' THEN 0 WHEN 'index' THEN 1 ELSE 2 END, rowid").fetchall()
    target = sqlite3.connect(floor, isolation_level=None)
    target.execute("PRAGMA journal_mode = WAL")
    target.execute("PRAGMA foreign_keys = ON")
    target.execute("PRAGMA cache_size = -32768")
    target.execute("PRAGMA temp_store = MEMORY")
    for _, sql in schema: target.execute(sql)
    target.execute("ATTACH DATABASE ? AS source", (f"file:{args.ledger}?mode=ro",))
    target.execute("BEGIN")
    for table in CATALOGUE: target.execute(f"INSERT INTO main.{table} SELECT * FROM source.{table}")
    target.execute("COMMIT")
    target.execute("DETACH DATABASE source")
    columns = [row[1] for row in source.execute("PRAGMA table_info(movement)")]
    groups = []
    current, stamp = [], None
    for row in source.execute(f"SELECT {', '.join(columns)} FROM movement ORDER BY id"):
        recorded_at = row[columns.index("recordedAt")]
        if recorded_at != stamp and current:
            groups.append(current)
            current = []
        stamp = recorded_at
        current.append(row)
    if current: groups.append(current)
    rows = sum(len(group) for group in groups)
    insert = f"INSERT INTO movement ({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)})"
    os.sync()
    start = time.monotonic()
    for group in groups:
        target.execute("BEGIN")
        target.executemany(insert, group)
        target.execute("COMMIT")
    seconds = time.monotonic() - start
    print(f"{seconds:.3f} s for {rows} movement rows in {len(groups)} transactions ({rows / seconds:,.0f} rows/s)")

if __name__ == "__main__":
    main()
