#!/usr/bin/env python3
"""The web app under load: `make bench-web`.

Loads the national benchmark ledger (bench/generate.py --scale national, imported with the release build), publishes
its site, adds users (treasurers of different clubs, officials of different municipalities, auditors), starts
`cuentas serve`, and drives it from this separate process on loopback with a mixed workload at 1, 8, 32 and 128
concurrent clients, then with 16 more clients sending wrong passwords from another loopback address. The client is
plain asyncio (HTTP/1.1, keep-alive, one connection per client; no package to install).

Reports per route p50/p95/p99 and requests/s, errors, the server's peak memory (VmHWM), and afterwards proves that
every write the server acknowledged is in the ledger (count and sum per kind) and that `cuentas check` passes.
Writes the figures into bench/results.json under "web". Absolute times vary up to 2x on this shared machine: beside
each phase stands the same server's static-page figure from the same run, as the floor.

With --postgres, the same ledger (users and all) is copied into a throwaway PostgreSQL server started in the work
folder (Tests/postgres/cluster.sh, a Unix socket, fsync on) with `cuentas copy`, and --servers N `cuentas serve`
processes share it, each client talking to one of them: the acknowledged writes are then counted on the server and
`cuentas check --db postgres://…` proves the chain and the balances. --scale state runs the same on the state-scale
ledger (bench/generate.py), which both stores hold within the session's time.

Usage: load.py [--binary .build/release/cuentas] [--work /tmp/cuentas-bench-web] [--duration 60] [--reuse]
               [--scale national|state] [--postgres] [--servers 2] [--clients 1,8,32,128] [--no-attack]
"""
import argparse
import asyncio
import json
import os
import random
import re
import shutil
import sqlite3
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
ORDER = ["governments", "clubs", "projects", "approvals", "statuses", "donations", "transfers", "deposits", "payments",
         "progress", "reversals"]
PASSWORD = "banco de pruebas 2026"
WRITE_KINDS = ("donation", "transfer", "deposit", "payment", "progress")
# What each kind's sum adds up: the amount received (transfers, deposits), paid or given, or the progress percent.
SUMMED = {"donation": "amountMinorUnits", "transfer": "amountMinorUnits", "deposit": "amountMinorUnits",
          "payment": "amountMinorUnits", "progress": "physicalPercent"}


# ---------------------------------------------------------------- a small HTTP/1.1 client

class Connection:
    def __init__(self, host, port, local_host=None):
        self.host, self.port, self.local_host = host, port, local_host
        self.reader = self.writer = None
        self.cookies = {}

    async def open(self):
        local = (self.local_host, 0) if self.local_host else None
        self.reader, self.writer = await asyncio.open_connection(self.host, self.port, local_addr=local)

    async def request(self, method, path, form=None):
        if self.writer is None:
            await self.open()
        body = b""
        headers = [f"{method} {path} HTTP/1.1", f"Host: {self.host}:{self.port}", "Accept-Language: es"]
        if self.cookies:
            headers.append("Cookie: " + "; ".join(f"{k}={v}" for k, v in self.cookies.items()))
        if form is not None:
            from urllib.parse import urlencode
            body = urlencode(form).encode()
            headers += ["Content-Type: application/x-www-form-urlencoded", f"Content-Length: {len(body)}"]
        self.writer.write(("\r\n".join(headers) + "\r\n\r\n").encode() + body)
        await self.writer.drain()
        status_line = await self.reader.readline()
        if not status_line:
            raise ConnectionError("closed")
        status = int(status_line.split()[1])
        length, chunked, close = None, False, False
        while True:
            line = await self.reader.readline()
            if line in (b"\r\n", b""):
                break
            name, _, value = line.decode("latin-1").partition(":")
            name, value = name.strip().lower(), value.strip()
            if name == "content-length":
                length = int(value)
            elif name == "transfer-encoding" and "chunked" in value.lower():
                chunked = True
            elif name == "connection" and value.lower() == "close":
                close = True
            elif name == "set-cookie":
                cookie = value.split(";")[0]
                key, _, val = cookie.partition("=")
                self.cookies[key.strip()] = val.strip()
            elif name == "location":
                pass
        if chunked:
            data = b""
            while True:
                size = int((await self.reader.readline()).strip(), 16)
                if size == 0:
                    await self.reader.readline()
                    break
                data += await self.reader.readexactly(size)
                await self.reader.readline()
        elif length is not None:
            data = await self.reader.readexactly(length)
        else:
            data = b""
        if close:
            self.writer.close()
            self.writer = None
        return status, data

    def close(self):
        if self.writer:
            self.writer.close()
            self.writer = None


def hidden(html, name):
    match = re.search(rf'name="{name}" value="([^"]*)"', html)
    return match.group(1) if match else ""


# ---------------------------------------------------------------- the workload

class Recorder:
    def __init__(self):
        self.samples = {}
        self.errors = {}
        self.statuses = {}
        self.acknowledged = {kind: [0, 0] for kind in WRITE_KINDS}
        # Writes the ledger's rules refused (a progress below the latest another client recorded, a club fund another
        # client emptied): answered with the form and its message, not errors of the server and not writes.
        self.refused = {kind: 0 for kind in WRITE_KINDS}

    def add(self, route, seconds, status):
        self.samples.setdefault(route, []).append(seconds)
        self.statuses.setdefault(route, {}).setdefault(status, 0)
        self.statuses[route][status] += 1
        if status >= 500 and status != 503 or status == 0:
            self.errors[route] = self.errors.get(route, 0) + 1


async def timed(recorder, route, conn, method, path, form=None, ok=(200,)):
    start = time.monotonic()
    try:
        status, body = await conn.request(method, path, form)
    except (ConnectionError, asyncio.IncompleteReadError, OSError):
        conn.close()
        recorder.add(route, time.monotonic() - start, 0)
        return 0, ""
    recorder.add(route, time.monotonic() - start, status)
    if status not in ok and status not in (303, 503, 429):
        recorder.errors[route] = recorder.errors.get(route, 0) + 1
    return status, body.decode("utf-8", "replace")


async def sign_in(conn, name):
    status, body = await conn.request("GET", "/app/login")
    csrf = hidden(body.decode("utf-8", "replace"), "csrf")
    status, _ = await conn.request("POST", "/app/login", {"csrf": csrf, "name": name, "password": PASSWORD})
    return status == 303


def money(cents):
    return f"{cents // 100}.{cents % 100:02d}"


def write_fields(role, scope, folios, targets, state, plan, rng):
    """The kind and fields of one valid write: treasurers give (60 %) and send home what they gave (40 %); officials
    record progress (40 %), government deposits (30 %) and payments (30 %) on projects with room left."""
    pick = rng.random()
    if role == "treasurer":
        if pick < 0.4 and targets["transfer"] and state["fund"] >= 800:
            sent = 800 + rng.randrange(min(1200, state["fund"] - 800) + 1)
            fee = 100
            received = (sent - fee) * 172 // 10
            state["fund"] -= sent
            return "transfer", received, {
                "club": scope, "project": rng.choice(targets["transfer"]), "sent_amount": money(sent), "fee": money(fee),
                "exchange_rate": "17.2", "rate_source": "Comprobante del banco", "market_rate": "",
                "received_amount": money(received), "reference": f"BENCH-WIRE-{rng.getrandbits(64):016X}", "note": ""}
        cents = 1000 + rng.randrange(90000)
        return "donation", cents, {"club": scope, "amount": money(cents), "currency": "USD", "event": "Colecta en línea",
                                   "member": "", "note": ""}
    if pick < 0.3 and targets["deposit"]:
        folio, party = rng.choice(targets["deposit"])
        cents = 10000 + rng.randrange(20000)
        return "deposit", cents, {
            "project": folio, "party": party, "sent_amount": money(cents), "sent_currency": "MXN", "fee": "0",
            "exchange_rate": "1", "rate_source": "same currency", "market_rate": "", "received_amount": money(cents),
            "reference": f"BENCH-SPEI-{rng.getrandbits(64):016X}", "note": ""}
    if pick < 0.6 and targets["payment"]:
        folio, line = rng.choice(targets["payment"])
        cents = 1000 + rng.randrange(20000)
        invoice = "%08X-%04X-4%03X-A%03X-%012X" % (rng.getrandbits(32), rng.getrandbits(16), rng.getrandbits(12),
                                                   rng.getrandbits(12), rng.getrandbits(48))
        return "payment", cents, {
            "project": folio, "budget_line": str(line), "payee": "Materiales del Centro SA de CV",
            "payee_tax_id": "MCE1703149K2", "amount": money(cents), "invoice_uuid": invoice, "overrun_reason": "", "note": ""}
    state["progress"] = min(100, state["progress"] + 1)
    return "progress", state["progress"], {"project": rng.choice(folios), "percent": str(state["progress"]),
                                           "note": "Visita de obra"}


async def client(index, users, plan, recorder, stop_at, rng):
    role, name, scope, folios, targets = users[index % len(users)]
    conn = Connection("127.0.0.1", plan["ports"][index % len(plan["ports"])])
    while not await sign_in(conn, name):
        await asyncio.sleep(0.5)
    # A client sends home only what it gave itself, so that clients sharing a club never overdraw its fund.
    state = {"progress": 60 + index % 20, "fund": 0}
    while time.monotonic() < stop_at:
        pick = rng.random()
        if pick < 0.20:
            await timed(recorder, "static page", conn, "GET", rng.choice(plan["static"]))
        elif pick < 0.40:
            await timed(recorder, f"{role} start page", conn, "GET", "/app")
        elif pick < 0.55:
            folio = rng.choice(folios)
            await timed(recorder, "project page", conn, "GET", f"/app/projects/{folio}")
        elif pick < 0.65:
            section = "clubs" if role == "treasurer" else "municipalities"
            target = scope if role != "auditor" else rng.choice(plan["municipalities"])
            await timed(recorder, "live statement", conn, "GET", f"/app/live/es/{section}/{target}.html")
        elif pick < 0.80 or role == "auditor":
            form = "donation" if role == "treasurer" else "progress"
            if role == "auditor":
                await timed(recorder, "auditor start page", conn, "GET", f"/app?page={1 + rng.randrange(24)}")
            else:
                await timed(recorder, "form", conn, "GET", f"/app/record/{form}")
        elif pick < 0.90:
            await timed(recorder, "sign-in page", conn, "GET", "/app/login")
        else:
            kind, summed, fields = write_fields(role, scope, folios, targets, state, plan, rng)
            status, page = await timed(recorder, "form", conn, "GET", f"/app/record/{kind}")
            if status != 200:
                continue
            fields.update({"csrf": hidden(page, "csrf"), "submission": hidden(page, "submission"), "date": plan["today"]})
            status, body = await timed(recorder, f"write ({kind})", conn, "POST", f"/app/record/{kind}", fields, ok=(200, 422))
            if status == 200 and "Registrado" in body:
                recorder.acknowledged[kind][0] += 1
                recorder.acknowledged[kind][1] += summed
                if kind == "donation":
                    state["fund"] += summed
            elif status == 200 or status == 422:
                recorder.refused[kind] += 1
    conn.close()


async def attacker(index, plan, recorder, stop_at):
    conn = Connection("127.0.0.1", plan["ports"][index % len(plan["ports"])], local_host="127.0.0.2")
    while time.monotonic() < stop_at:
        try:
            status, body = await conn.request("GET", "/app/login")
            csrf = hidden(body.decode("utf-8", "replace"), "csrf")
            start = time.monotonic()
            status, _ = await conn.request("POST", "/app/login", {"csrf": csrf, "name": f"nadie{index}", "password": "equivocada 123"})
            recorder.add("wrong password (attacker)", time.monotonic() - start, status)
        except (ConnectionError, asyncio.IncompleteReadError, OSError):
            conn.close()
            await asyncio.sleep(0.05)
    conn.close()


def percentile(values, p):
    if not values:
        return None
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def summarise(recorder, seconds):
    routes = {}
    total = 0
    for route, values in sorted(recorder.samples.items()):
        total += len(values)
        routes[route] = {
            "requests": len(values), "per_s": round(len(values) / seconds, 1),
            "p50_ms": round(percentile(values, 50) * 1000, 1), "p95_ms": round(percentile(values, 95) * 1000, 1),
            "p99_ms": round(percentile(values, 99) * 1000, 1), "errors": recorder.errors.get(route, 0),
            "statuses": {str(k): v for k, v in sorted(recorder.statuses.get(route, {}).items())},
        }
    return {"requests_per_s": round(total / seconds, 1), "routes": routes,
            "errors": sum(recorder.errors.values())}


async def phase(clients, attackers, users, plan, duration, seed):
    recorder = Recorder()
    stop_at = time.monotonic() + duration
    rng = random.Random(seed)
    tasks = [client(i, users, plan, recorder, stop_at, random.Random(rng.random())) for i in range(clients)]
    tasks += [attacker(i, plan, recorder, stop_at) for i in range(attackers)]
    start = time.monotonic()
    await asyncio.gather(*tasks)
    return recorder, time.monotonic() - start


# ---------------------------------------------------------------- setting up the ledger and the server

def run(command, **kwargs):
    return subprocess.run(command, check=True, capture_output=True, text=True, **kwargs)


def prepare(binary, work, reuse, scale):
    database = os.path.join(work, f"{scale}.sqlite")
    site = os.path.join(work, "site" if scale == "national" else f"site-{scale}")
    env = dict(os.environ, CUENTAS_DB=database, CUENTAS_USER="bench", LANG="es_MX.UTF-8")
    # Every run starts from the same ledger: the one imported and published, kept aside. A run records some 10,000
    # movements into the clubs and projects of its users; measured on the ledger of the run before, the forty clubs'
    # statements grew with every run (to 3,500-8,200 donations each, against 70 for a club of the national ledger).
    pristine = os.path.join(work, f"{scale}-as-imported.sqlite")
    if reuse and os.path.exists(pristine) and os.path.exists(os.path.join(site, "index.html")):
        for suffix in ("-wal", "-shm"):
            if os.path.exists(database + suffix):
                os.remove(database + suffix)
        # A ledger kept aside by an older bench-web gets its room once (checkpointed, so the copy below is whole).
        give_room(binary, dict(env, CUENTAS_DB=pristine), pristine)
        checkpoint = sqlite3.connect(pristine)
        checkpoint.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        checkpoint.close()
        shutil.copyfile(pristine, database)
        return database, site, env
    data = os.path.join(work, "data" if scale == "national" else f"data-{scale}")
    if not os.path.exists(os.path.join(data, "reversals.csv")):
        run([sys.executable, os.path.join(ROOT, "bench/generate.py"), "--scale", scale, "--out", data])
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(database + suffix):
            os.remove(database + suffix)
    run([binary, "init"], env=env)
    run([binary, "scheme", "add", os.path.join(ROOT, "SampleData/schemes/3x1-classic.json")], env=env)
    for name in ORDER:
        print(f"  import {name}", flush=True)
        run([binary, "import", os.path.join(data, f"{name}.csv")], env=env)
    shutil.rmtree(site, ignore_errors=True)
    print("  publish", flush=True)
    run([binary, "publish", "--out", site, "--as-of", "2025-06-30"], env=env)
    give_room(binary, env, database)
    # The ledger as imported, with no user and no write of a run (SQLite's backup API, so the copy is whole).
    source = sqlite3.connect(database)
    target = sqlite3.connect(pristine)
    source.backup(target)
    target.close()
    source.close()
    return database, site, env


def scopes(db):
    """The clubs of the run's treasurers and the municipalities of its officials."""
    clubs = [row[0] for row in db.execute("SELECT partyId FROM club ORDER BY partyId LIMIT 40")]
    municipalities = [row[0] for row in db.execute(
        "SELECT g.partyId FROM government g WHERE level = 'municipal' AND EXISTS "
        "(SELECT 1 FROM project p JOIN projectBalance b ON b.folio = p.folio WHERE p.municipalityId = g.partyId AND b.status = 'in-execution') "
        "ORDER BY g.partyId LIMIT 20")]
    return clubs, municipalities


ROOM_NOTE = "bench-web: una aportación adicional acordada"


def give_room(binary, env, database):
    """Every pledge of the national ledger is received in full, so a transfer or a deposit could only use the 1 % the
    rules allow beyond a pledge. Before the first run, the run's clubs and the governments of its municipalities agree
    an extra contribution of 1,000,000 pesos on up to five projects each (`cuentas pledge`), as a committee does; the
    ledger kept aside holds them, so each run starts with the same room."""
    db = sqlite3.connect(database)
    if db.execute("SELECT 1 FROM movement WHERE kind = 'pledge' AND note = ?", (ROOM_NOTE,)).fetchone():
        db.close()
        return
    clubs, municipalities = scopes(db)
    pledges = []
    for club in clubs:
        for (folio,) in db.execute(
                "SELECT c.folio FROM projectClub c JOIN projectBalance p ON p.folio = c.folio "
                "WHERE c.clubId = ? AND p.status = 'in-execution' ORDER BY c.folio LIMIT 5", (club,)):
            pledges.append((folio, club))
    for municipality in municipalities:
        chain = [municipality]
        while True:
            parent = db.execute("SELECT parentId FROM government WHERE partyId = ?", (chain[-1],)).fetchone()
            if not parent or not parent[0]:
                break
            chain.append(parent[0])
        for (folio,) in db.execute(
                "SELECT j.folio FROM project j JOIN projectBalance p ON p.folio = j.folio "
                "WHERE j.municipalityId = ? AND p.status = 'in-execution' ORDER BY j.folio LIMIT 5", (municipality,)):
            pledges += [(folio, government) for government in chain]
    db.close()
    for folio, party in pledges:
        run([binary, "pledge", folio, "--party", party, "--amount", "1000000", "--note", ROOM_NOTE, "--by", "preparacion"],
            env=env)


def add_users(binary, env, database):
    db = sqlite3.connect(database)
    clubs, municipalities = scopes(db)
    existing = {row[0] for row in db.execute("SELECT name FROM appUser")}
    # Pledges with room for the run's transfers and deposits (`give_room`).
    room = "b.committedMinorUnits - b.receivedMinorUnits > 20000000"
    users = []
    for club in clubs:
        name = f"bench-t-{club.lower()}"
        folios = [row[0] for row in db.execute("SELECT folio FROM projectClub WHERE clubId = ?", (club,))]
        # Projects in execution whose pledge from this club has room for the run's transfers.
        transfer = [row[0] for row in db.execute(
            "SELECT b.folio FROM projectPartyBalance b JOIN projectBalance p ON p.folio = b.folio "
            f"WHERE b.partyId = ? AND p.status = 'in-execution' AND {room}", (club,))]
        users.append(("treasurer", name, club, folios, {"transfer": transfer}, ["--role", "treasurer", "--club", club]))
    for municipality in municipalities:
        name = f"bench-o-{municipality.lower()}"
        folios = [row[0] for row in db.execute(
            "SELECT p.folio FROM project p JOIN projectBalance b ON b.folio = p.folio "
            "WHERE p.municipalityId = ? AND b.status = 'in-execution'", (municipality,))]
        # Government pledges with room left, and budget lines with room left on projects with money on hand.
        deposit = [(row[0], row[1]) for row in db.execute(
            "SELECT b.folio, b.partyId FROM projectPartyBalance b JOIN projectBalance p ON p.folio = b.folio "
            "JOIN project j ON j.folio = b.folio JOIN government g ON g.partyId = b.partyId "
            f"WHERE j.municipalityId = ? AND p.status = 'in-execution' AND {room}", (municipality,))]
        payment = [(row[0], row[1]) for row in db.execute(
            "SELECT l.folio, l.number FROM budgetLine l JOIN budgetLineBalance b ON b.folio = l.folio AND b.number = l.number "
            "JOIN projectBalance p ON p.folio = l.folio JOIN project j ON j.folio = l.folio "
            "WHERE j.municipalityId = ? AND p.status = 'in-execution' AND p.onHandMinorUnits > 5000000 "
            "AND l.amountMinorUnits - b.paidMinorUnits > 5000000", (municipality,))]
        users.append(("official", name, municipality, folios, {"deposit": deposit, "payment": payment},
                      ["--role", "official", "--municipality", municipality]))
    all_folios = [row[0] for row in db.execute("SELECT folio FROM project ORDER BY folio LIMIT 2000")]
    for number in range(8):
        users.append(("auditor", f"bench-a-{number}", "", all_folios, {}, ["--role", "auditor"]))
    all_municipalities = [row[0] for row in db.execute("SELECT partyId FROM government WHERE level = 'municipal'")]
    db.close()
    for role, name, scope, folios, targets, options in users:
        if name not in existing:
            subprocess.run([binary, "user", "add", name, *options, "--password-stdin"], input=PASSWORD + "\n",
                           env=env, check=True, capture_output=True, text=True)
    ordered = []
    treasurers = [u for u in users if u[0] == "treasurer"]
    officials = [u for u in users if u[0] == "official"]
    auditors = [u for u in users if u[0] == "auditor"]
    # Six treasurers, three officials and one auditor in every ten clients.
    while treasurers or officials or auditors:
        for pool, count in ((treasurers, 6), (officials, 3), (auditors, 1)):
            for _ in range(count):
                if pool:
                    ordered.append(pool.pop(0)[:5])
    return ordered, all_municipalities


def counts(database, socket=None):
    """Per kind, the count and sum of the movements the run's users recorded: in the file, or on the server."""
    result = {}
    if socket:
        for kind, column in SUMMED.items():
            out = run(["psql", "-h", socket, "-U", "cuentas", "-d", "cuentas", "-At", "-c",
                       f"SELECT count(*), coalesce(sum({column}), 0) FROM movement WHERE kind = '{kind}' AND recordedBy LIKE 'bench-%'"])
            count, total = out.stdout.strip().split("|")
            result[kind] = [int(count), int(total)]
        return result
    db = sqlite3.connect(database)
    for kind, column in SUMMED.items():
        row = db.execute(
            f"SELECT count(*), ifnull(sum({column}), 0) FROM movement WHERE kind = ? AND recordedBy LIKE 'bench-%'", (kind,)).fetchone()
        result[kind] = [row[0], row[1]]
    db.close()
    return result


def evidence_folder(work):
    """Where the PostgreSQL copy's evidence files are kept (the copy copies the file's there)."""
    return os.path.join(work, "postgres-evidence")


def start_postgres(binary, work, env, database):
    """A throwaway server in the work folder, fsync on, holding a copy of the file (users and all)."""
    socket = os.path.join(work, "postgres")
    shutil.rmtree(evidence_folder(work), ignore_errors=True)
    cluster = os.path.join(ROOT, "Tests/postgres/cluster.sh")
    run([cluster, "start", socket], env=dict(os.environ, CUENTAS_PG_FSYNC="on"))
    address = f"postgres://cuentas@/cuentas?host={socket}"
    started = time.monotonic()
    run([binary, "copy", "--from", database, "--to", address], env=dict(env, CUENTAS_EVIDENCE=evidence_folder(work)))
    print(f"  copied into PostgreSQL in {time.monotonic() - started:.1f} s", flush=True)
    return socket, address


def peak_memory_kib(pid):
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return None


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", default=os.path.join(ROOT, ".build/release/cuentas"))
    parser.add_argument("--work", default="/tmp/cuentas-bench-web")
    parser.add_argument("--duration", type=float, default=60)
    parser.add_argument("--clients", default="1,8,32,128")
    parser.add_argument("--port", type=int, default=18080)
    parser.add_argument("--reuse", action="store_true", help="reuse a ledger and site prepared by an earlier run")
    parser.add_argument("--scale", choices=["national", "state"], default="national")
    parser.add_argument("--postgres", action="store_true", help="serve a copy on a throwaway PostgreSQL server")
    parser.add_argument("--servers", type=int, default=1, help="app servers on the one database (PostgreSQL only)")
    parser.add_argument("--no-attack", action="store_true", help="leave out the wrong-password phase")
    args = parser.parse_args()
    if args.servers > 1 and not args.postgres:
        parser.error("several app servers share a PostgreSQL database: add --postgres")
    os.makedirs(args.work, exist_ok=True)
    print(f"preparing the {args.scale} ledger", flush=True)
    database, site, env = prepare(args.binary, args.work, args.reuse, args.scale)
    users, municipalities = add_users(args.binary, env, database)
    socket = None
    if args.postgres:
        socket, address = start_postgres(args.binary, args.work, env, database)
        env = dict(env, CUENTAS_DB=address, CUENTAS_EVIDENCE=evidence_folder(args.work))
    before = counts(database, socket)
    static = ["/index.html", "/es/index.html", "/en/index.html"]
    for section in ("projects", "clubs", "municipalities"):
        folder = os.path.join(site, "es", section)
        if os.path.isdir(folder):
            static += [f"/es/{section}/{name}" for name in sorted(os.listdir(folder))[:200]]
    ports = [args.port + number for number in range(args.servers)]
    servers = [subprocess.Popen([args.binary, "serve", "--db", env["CUENTAS_DB"], "--site", site, "--port", str(port)],
                                env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE) for port in ports]
    try:
        for port in ports:
            for _ in range(100):
                try:
                    import urllib.request
                    urllib.request.urlopen(f"http://127.0.0.1:{port}/app/login", timeout=2)
                    break
                except Exception:
                    time.sleep(0.2)
        plan = {"ports": ports, "static": static, "municipalities": municipalities,
                "today": time.strftime("%Y-%m-%d")}
        results = {"phases": {}}
        acknowledged = {kind: [0, 0] for kind in WRITE_KINDS}
        refused = {kind: 0 for kind in WRITE_KINDS}
        for clients in [int(c) for c in args.clients.split(",")]:
            print(f"{clients} clients for {args.duration:.0f} s", flush=True)
            recorder, seconds = asyncio.run(phase(clients, 0, users, plan, args.duration, clients))
            for kind in acknowledged:
                acknowledged[kind][0] += recorder.acknowledged[kind][0]
                acknowledged[kind][1] += recorder.acknowledged[kind][1]
                refused[kind] += recorder.refused[kind]
            results["phases"][f"{clients} clients"] = summarise(recorder, seconds)
        if not args.no_attack:
            print(f"32 clients and 16 sending wrong passwords for {args.duration:.0f} s", flush=True)
            recorder, seconds = asyncio.run(phase(32, 16, users, plan, args.duration, 99))
            for kind in acknowledged:
                acknowledged[kind][0] += recorder.acknowledged[kind][0]
                acknowledged[kind][1] += recorder.acknowledged[kind][1]
                refused[kind] += recorder.refused[kind]
            results["phases"]["32 clients + 16 wrong-password clients"] = summarise(recorder, seconds)
        results["server_peak_kib"] = max(peak_memory_kib(server.pid) or 0 for server in servers)
    finally:
        for server in servers:
            server.terminate()
            server.wait(timeout=30)
    after = counts(database, socket)
    results["writes_acknowledged"] = acknowledged
    results["writes_refused_by_the_rules"] = refused
    results["writes_in_ledger"] = {kind: [after[kind][0] - before[kind][0], after[kind][1] - before[kind][1]] for kind in after}
    # Every acknowledged write is in the ledger, and nothing else was: counts and sums equal, kind by kind.
    results["no_acknowledged_write_lost"] = all(
        results["writes_in_ledger"][kind] == acknowledged[kind] for kind in acknowledged)
    check = subprocess.run([args.binary, "check"], env=env, capture_output=True, text=True)
    results["check_passes"] = check.returncode == 0
    results["check_output"] = (check.stdout or check.stderr).strip().splitlines()[-1:]
    if socket:
        run([os.path.join(ROOT, "Tests/postgres/cluster.sh"), "stop", socket])
    results["store"] = f"PostgreSQL 15, {args.servers} app server(s)" if args.postgres else "SQLite file, 1 app server"
    results["scale"] = args.scale
    results["duration_s"] = args.duration
    results["client"] = "bench/web/load.py: asyncio, HTTP/1.1 keep-alive, one connection per client, on loopback"
    results["measured_on"] = time.strftime("%Y-%m-%d %H:%M")
    print(json.dumps(results, indent=1, ensure_ascii=False))
    path = os.path.join(ROOT, "bench/results.json")
    stored = json.load(open(path)) if os.path.exists(path) else {}
    # The national run on a file is "web"; any other is kept beside it under its own name.
    key = "web" if (args.scale, args.postgres) == ("national", False) else f"web_{args.scale}_" + (
        f"postgres_{args.servers}_servers" if args.postgres else "sqlite")
    stored[key] = results
    with open(path, "w") as f:
        # The layout bench/run.py writes, so that each run's diff is only its figures.
        json.dump(stored, f, indent=2, sort_keys=True, ensure_ascii=False)
        f.write("\n")
    return 0 if results["check_passes"] and results["no_acknowledged_write_lost"] else 1


if __name__ == "__main__":
    sys.exit(main())
