#!/usr/bin/env python3
"""Deterministic synthetic portfolio for `make bench`, in the import CSV formats (SampleData/README.md).

  python3 bench/generate.py --scale state|national --out DIR [--seed 42]

Writes, in the order they must be imported: governments.csv, clubs.csv, projects.csv, approvals.csv, statuses.csv,
donations.csv, transfers.csv, deposits.csv, payments.csv, progress.csv, reversals.csv; and the same money movements
as a ledger/hledger journal (movements.journal) and as flat CSV for sqlite3 (postings.csv). Every project uses the
classic 3x1 scheme with one club, so an approval records exactly 5 movements and movement numbers can be predicted
(reversals name them).
"""
import argparse, os, random

SCALES = {
    # projects, municipalities, clubs, deposits per government party, transfers per club pledge, payments per project
    "state": dict(projects=2_000, municipalities=58, clubs=200, instalments=2, payments=9, donations_per_club=60),
    "national": dict(projects=40_000, municipalities=2_400, clubs=4_000, instalments=2, payments=9, donations_per_club=60),
}
KINDS = ["infrastructure", "agriculture", "commercialization", "scholarship", "community-services", "education"]

def money(cents):
    return f"{cents // 100}.{cents % 100:02d}"

def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--scale", choices=SCALES, required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--seed", type=int, default=42)
    args = parser.parse_args()
    p = SCALES[args.scale]
    rng = random.Random(args.seed)
    os.makedirs(args.out, exist_ok=True)
    def open_csv(name, header):
        f = open(os.path.join(args.out, name), "w", encoding="utf-8")
        f.write(header + "\n")
        return f

    g = open_csv("governments.csv", "id,name,level,parent,country")
    g.write("MX,Gobierno Federal,federal,,MX\n")
    states = [f"E{n:02d}" for n in range(1, 33)]
    for s in states: g.write(f"{s},Estado {s},state,MX,MX\n")
    municipalities = [f"M{n:05d}" for n in range(p["municipalities"])]
    for i, m in enumerate(municipalities): g.write(f"{m},Municipio {m},municipal,{states[i % len(states)]},MX\n")
    g.close()

    c = open_csv("clubs.csv", "id,name,city,state,toma_de_nota,toma_de_nota_expires")
    clubs = [f"C{n:05d}" for n in range(p["clubs"])]
    for club in clubs: c.write(f"{club},Club {club},Los Angeles,CA,TN-{club},2030-12-31\n")
    c.close()

    pr = open_csv("projects.csv", "folio,kind,title_es,title_en,municipality,locality,clubs,cost,lines,proposed_on")
    ap = open_csv("approvals.csv", "date,project,scheme,session_date,minutes")
    st = open_csv("statuses.csv", "date,project,status")
    projects = []
    for n in range(p["projects"]):
        folio = f"P{n:06d}"
        cost_quarters = rng.randint(20_000, 600_000)  # each share is a whole number of pesos
        cost = cost_quarters * 4 * 100
        lines = [cost * 5 // 10, cost * 3 // 10]
        lines.append(cost - sum(lines))
        club = clubs[n % len(clubs)]
        municipality = municipalities[n % len(municipalities)]
        state = states[municipalities.index(municipality) % len(states)] if n < len(municipalities) else None
        projects.append(dict(folio=folio, cost=cost, club=club, municipality=municipality, lines=lines))
        pr.write(f"{folio},{KINDS[n % 6]},Proyecto {folio},Project {folio},{municipality},Centro,{club},{money(cost)},"
                 f"Obra={money(lines[0])}|Materiales={money(lines[1])}|Supervisión={money(lines[2])},2024-01-15\n")
        ap.write(f"2024-02-15,{folio},3x1-classic,2024-02-15,ACTA-{folio}\n")
        st.write(f"2024-03-01,{folio},in-execution\n")
    for f in (pr, ap, st): f.close()

    state_of = {m: states[i % len(states)] for i, m in enumerate(municipalities)}
    next_id = 1 + 5 * len(projects) + len(projects)  # approvals, then starts
    journal = open(os.path.join(args.out, "movements.journal"), "w", encoding="utf-8")
    postings = open_csv("postings.csv", "movement,date,project,party,kind,amount_centavos")
    def post(movement, date, project, party, kind, cents):
        postings.write(f"{movement},{date},{project},{party},{kind},{cents}\n")
        journal.write(f"{date} {kind} {project}\n    projects:{project}:{party}  {money(cents)} MXN\n    sources:{party}\n\n")

    # Donations fill each club's fund with what its transfers will need.
    needs = {club: 0 for club in clubs}
    transfer_rows = []
    for project in projects:
        share = project["cost"] // 4
        instalment = share // p["instalments"]
        for k in range(p["instalments"]):
            received = instalment if k < p["instalments"] - 1 else share - instalment * (p["instalments"] - 1)
            rate = 18_000_000 + rng.randint(-500_000, 500_000)
            sent = (received * 1_000_000 + rate - 1) // rate
            fee = 1500 + sent // 500
            needs[project["club"]] += sent + fee
            transfer_rows.append((project, received, sent, fee, rate, k))
    # Every donation names who gave it (the ledger refuses one that names neither a member nor an event).
    do = open_csv("donations.csv", "date,club,amount,currency,event")
    for club in clubs:
        total = needs[club] + 100_000
        count = p["donations_per_club"]
        part = total // count
        for k in range(count):
            amount = part if k < count - 1 else total - part * (count - 1)
            do.write(f"2023-{1 + k % 12:02d}-{1 + k % 28:02d},{club},{money(amount)},USD,Colecta {k + 1}\n")
            next_id += 1
    do.close()

    tr = open_csv("transfers.csv", "date,club,project,sent_amount,fee,exchange_rate,rate_source,market_rate,received_amount,reference")
    for project, received, sent, fee, rate, k in transfer_rows:
        date = f"2024-0{4 + k}-10"
        tr.write(f"{date},{project['club']},{project['folio']},{money(sent)},{money(fee)},{rate / 1e6:.6f},Banco,"
                 f"{(rate + 600_000) / 1e6:.6f},{money(received)},W-{next_id}\n")
        post(next_id, date, project["folio"], project["club"], "deposit", received)
        next_id += 1
    tr.close()

    de = open_csv("deposits.csv", "date,project,party,sent_amount,sent_currency,fee,exchange_rate,rate_source,received_amount,reference")
    for project in projects:
        share = project["cost"] // 4
        parties = ["MX", state_of[project["municipality"]], project["municipality"]]
        for party in parties:
            instalment = share // p["instalments"]
            for k in range(p["instalments"]):
                received = instalment if k < p["instalments"] - 1 else share - instalment * (p["instalments"] - 1)
                date = f"2024-0{4 + k}-20"
                de.write(f"{date},{project['folio']},{party},{money(received)},MXN,0,1,same currency,{money(received)},S-{next_id}\n")
                post(next_id, date, project["folio"], party, "deposit", received)
                next_id += 1
    de.close()

    pa = open_csv("payments.csv", "date,project,budget_line,payee,payee_tax_id,amount,invoice_uuid")
    payment_ids = []
    for project in projects:
        for k in range(p["payments"]):
            line = k % 3
            amount = project["lines"][line] // 4
            date = f"2024-{6 + k % 6:02d}-15"
            pa.write(f"{date},{project['folio']},{line + 1},Contratista SA de CV,CON010101AB1,{money(amount)},"
                     f"{next_id:08X}-0000-4000-A000-{next_id:012X}\n")
            post(next_id, date, project["folio"], "contratista", "payment", -amount)
            payment_ids.append((next_id, project["folio"], amount))
            next_id += 1
    pa.close()

    pg = open_csv("progress.csv", "date,project,percent")
    for project in projects:
        for k, percent in enumerate((25, 60)):
            pg.write(f"2024-{8 + k}-01,{project['folio']},{percent}\n".replace("-8-", "-08-").replace("-9-", "-09-"))
            next_id += 1
    pg.close()

    rv = open_csv("reversals.csv", "date,movement,reason")
    for movement, folio, amount in payment_ids[:: max(1, len(payment_ids) // (len(projects) // 10 or 1))][: len(projects) // 10]:
        rv.write(f"2024-12-01,{movement},Pago duplicado\n")
        post(next_id, "2024-12-01", folio, "contratista", "reversal", amount)
        next_id += 1
    rv.close()
    journal.close()
    postings.close()
    print(f"{args.scale}: {len(projects)} projects, {len(municipalities)} municipalities, {len(clubs)} clubs, "
          f"{next_id - 1} movements")

if __name__ == "__main__":
    main()
