#!/usr/bin/env python3
"""Writes the fictional sample portfolio: SampleData/load.sh (the commands) and SampleData/csv/*.csv (the imports).

Run it from the repository root after changing the portfolio: python3 SampleData/generate_portfolio.py
Everything here is invented: clubs, people, municipalities, figures. Amounts are integer centavos or cents.
"""
import os
import random

random.seed(2024)  # deterministic output
ROOT = os.path.dirname(os.path.abspath(__file__))

def money(cents):
    return f"{cents // 100}.{cents % 100:02d}"

def convert(cents, rate_millionths):
    """Half-up rounding of cents * rate, like ExchangeRate.convert."""
    numerator = cents * rate_millionths
    quotient, remainder = divmod(numerator, 1_000_000)
    return quotient + (1 if 2 * remainder >= 1_000_000 else 0)

def rate_text(millionths):
    text = f"{millionths // 1_000_000}.{millionths % 1_000_000:06d}".rstrip("0")
    return text + "0" if text.endswith(".") else text

def usd_mxn_market(date):
    """A plausible market rate for the date (invented, smooth)."""
    year, month = int(date[:4]), int(date[5:7])
    table = {2023: 17.80, 2024: 17.30, 2025: 19.60, 2026: 18.40}
    drift = {2024: 0.14, 2025: -0.08, 2023: -0.06, 2026: -0.02}
    value = table[year] + drift[year] * (month - 1)
    return int(round(value * 10_000)) * 100

commands = []
def cli(line):
    commands.append(line)

# ---------------------------------------------------------------- parties
OFFICIAL = {
    "MUN-CANON": "Tesorería Municipal de San Miguel del Cañón",
    "MUN-HUERTAS": "Tesorería Municipal de Santa Rosa de las Huertas",
    "MUN-MEZQUITES": "Tesorería Municipal de Villa de los Mezquites",
}
CLUBS = {
    "CLUB-CANON-LA": ("Club Social Cañonero de Los Ángeles", "Los Angeles", "CA", "LA-2023-0117", "2027-01-31"),
    "CLUB-CANON-CHI": ("Club Hijos del Cañón de Chicago", "Chicago", "IL", "CHI-2023-0342", "2026-12-31"),
    "CLUB-HUERTAS-SA": ("Club Huerteños Unidos de Santa Ana", "Santa Ana", "CA", "SA-2022-0088", "2027-03-31"),
    "CLUB-HUERTAS-AUR": ("Club Santa Rosa de Aurora", "Aurora", "IL", "CHI-2023-0415", "2026-09-30"),
    "CLUB-MEZQ-LB": ("Club Mezquiteños de Long Beach", "Long Beach", "CA", "LA-2022-0291", "2027-06-30"),
}
TREASURER = {club: f"Tesorería {name}" for club, (name, *_rest) in CLUBS.items()}

cli('cuentas scheme add SampleData/schemes/*.json')
cli('cuentas federation add FED-ZAC-USA --name "Federación de Clubes Zacatecanos de California e Illinois" '
    '--state-of-origin Zacatecas --region-abroad "California and Illinois, USA"')
for club, (name, city, state, toma, expires) in CLUBS.items():
    cli(f'cuentas club add {club} --name "{name}" --federation FED-ZAC-USA --city "{city}" --state {state} '
        f'--country USA --toma-de-nota {toma} --toma-de-nota-expires {expires} --currency USD')
commands.append("# Aurora's toma de nota lapsed on 2026-09-30; the consulate renewed it (an amendment, never an edit of the club).")
cli('cuentas club renew CLUB-HUERTAS-AUR --toma-de-nota CHI-2026-0733 --expires 2028-10-14 --date 2026-10-15 '
    '--by "Tesorería Municipal" --reason "Renovación ante el consulado de Chicago"')
cli('cuentas government add MX-FED --name "Gobierno Federal (Secretaría de Bienestar)" --level federal')
cli('cuentas government add ZAC --name "Gobierno del Estado de Zacatecas" --level state --parent MX-FED')
cli('cuentas government add MUN-CANON --name "Municipio de San Miguel del Cañón" --level municipal --parent ZAC')
cli('cuentas government add MUN-HUERTAS --name "Municipio de Santa Rosa de las Huertas" --level municipal --parent ZAC')
cli('cuentas government add MUN-MEZQUITES --name "Municipio de Villa de los Mezquites" --level municipal --parent ZAC')

MEMBERS = {}  # club -> list of member numbers
member_number = 0
FIRST = ["María", "José", "Guadalupe", "Juan", "Rosa", "Francisco", "Ana", "Miguel", "Lucía", "Pedro", "Carmen", "Jesús"]
LAST = ["G.", "R.", "M.", "H.", "S.", "L.", "V.", "C."]
for club in CLUBS:
    MEMBERS[club] = []
    for index in range(6):
        member_number += 1
        MEMBERS[club].append(member_number)
        if index == 5:
            cli(f'cuentas member add --club {club} --anonymous')
        else:
            cli(f'cuentas member add --club {club} --name "{random.choice(FIRST)} {random.choice(LAST)}"')

# ---------------------------------------------------------------- projects
class P:
    def __init__(self, folio, kind, municipality, locality, clubs, title_es, title_en, desc_es, desc_en, lines, proposed):
        self.folio, self.kind, self.municipality, self.locality = folio, kind, municipality, locality
        self.clubs, self.title_es, self.title_en, self.desc_es, self.desc_en = clubs, title_es, title_en, desc_es, desc_en
        self.lines = lines  # [(concept, pesos)]
        self.proposed = proposed
        self.cost = sum(pesos for _, pesos in lines) * 100
        self.pledges = {}  # party -> centavos

    def add(self):
        club_options = " ".join(f"--club {c}" for c in self.clubs)
        line_options = " ".join(f'--line "{concept}={pesos}"' for concept, pesos in self.lines)
        cli(f'cuentas project add {self.folio} --kind {self.kind} --title-es "{self.title_es}" --title-en "{self.title_en}" '
            f'--description-es "{self.desc_es}" --description-en "{self.desc_en}" --municipality {self.municipality} '
            f'--locality "{self.locality}" {club_options} --cost {money(self.cost)} {line_options} --proposed-on {self.proposed}')

def apportion(total, weights):
    """Largest remainder, ties to the first listed: the same rule as Apportionment.split."""
    weight_sum = sum(weights)
    parts = [total * w // weight_sum for w in weights]
    remainders = sorted(range(len(weights)), key=lambda i: (-(total * weights[i] % weight_sum), i))
    for i in remainders[: total - sum(parts)]:
        parts[i] += 1
    return parts

def approve(p, scheme, date, minutes, agreed=None):
    roles = {"3x1-classic": [("club", 25), ("federal", 25), ("state", 25), ("municipal", 25)],
             "3x1-infrastructure": [("club", 25), ("federal", 25), ("state", 25), ("municipal", 25)],
             "productive": [("club", 50), ("federal", 50)],
             "2x1": [("club", 1), ("state", 1), ("municipal", 1)]}[scheme]
    if agreed:
        roles = [(r, agreed.get(r, w)) for r, w in roles]
    amounts = dict(zip([r for r, _ in roles], apportion(p.cost, [w for _, w in roles])))
    caps = {"3x1-infrastructure": ("federal", 100_000_000, ["state", "municipal"]), "productive": ("federal", 30_000_000, ["club"])}
    if scheme in caps:
        role, cap, covering = caps[scheme]
        if amounts[role] > cap:
            excess = amounts[role] - cap
            amounts[role] = cap
            weights = [dict(roles)[r] for r in covering]
            for r, extra in zip(covering, apportion(excess, weights)):
                amounts[r] += extra
    parties = {"federal": "MX-FED", "state": "ZAC", "municipal": p.municipality}
    for role, amount in amounts.items():
        if amount == 0:
            continue
        if role == "club":
            for club, share in zip(p.clubs, apportion(amount, [1] * len(p.clubs))):
                p.pledges[club] = share
        else:
            p.pledges[parties[role]] = amount
    agreed_options = " ".join(f"--agreed {r}={w}" for r, w in (agreed or {}).items())
    cli(f'cuentas project approve {p.folio} --scheme {scheme} --session-date {date} --minutes {minutes} {agreed_options} '
        f'--date {date} --by "{OFFICIAL[p.municipality]}"'.replace("  ", " "))

projects = [
    P("3X1-2023-001", "infrastructure", "MUN-CANON", "San Miguel del Cañón (cabecera)", ["CLUB-CANON-LA"],
      "Pavimentación de la calle Hidalgo", "Paving of Hidalgo Street",
      "Pavimento de concreto hidráulico, guarniciones y banquetas en 420 metros de la calle Hidalgo.",
      "Concrete paving, kerbs and sidewalks along 420 metres of Hidalgo Street.",
      [("Terracerías y base hidráulica", 700_000), ("Carpeta de concreto hidráulico", 1_300_000),
       ("Guarniciones y banquetas", 300_000), ("Supervisión externa", 100_000)], "2023-02-10"),
    P("3X1-2024-002", "infrastructure", "MUN-CANON", "El Tepetate", ["CLUB-CANON-LA", "CLUB-CANON-CHI"],
      "Red de agua potable en El Tepetate", "Drinking water network in El Tepetate",
      "Línea de conducción de 3.2 km, tanque elevado de 120 m³ y 164 tomas domiciliarias.",
      "A 3.2 km supply line, a 120 m³ elevated tank and 164 household connections.",
      [("Línea de conducción", 1_800_000), ("Tanque de almacenamiento", 1_200_000),
       ("Red de distribución y tomas domiciliarias", 1_300_000), ("Supervisión externa", 200_000)], "2023-11-20"),
    P("3X1-2024-003", "infrastructure", "MUN-HUERTAS", "Las Huertas", ["CLUB-HUERTAS-SA"],
      "Rehabilitación del camino a Las Huertas", "Rebuilding the road to Las Huertas",
      "Rehabilitación de 4.8 km de camino rural con revestimiento y obras de drenaje.",
      "Rebuilding 4.8 km of rural road with gravel surfacing and drainage works.",
      [("Terracerías", 1_100_000), ("Revestimiento", 1_300_000), ("Alcantarillas y cunetas", 650_000),
       ("Supervisión externa", 150_000)], "2024-01-15"),
    P("3X1-2024-004", "agriculture", "MUN-HUERTAS", "Santa Rosa de las Huertas (cabecera)", ["CLUB-HUERTAS-AUR"],
      "Invernadero de jitomate de la cooperativa Las Huertas", "Tomato greenhouse of the Las Huertas cooperative",
      "Invernadero de 1,000 m² para 12 familias socias de la cooperativa.",
      "A 1,000 m² greenhouse for the 12 member families of the cooperative.",
      [("Estructura y cubierta del invernadero", 420_000), ("Sistema de riego y fertirrigación", 180_000),
       ("Plántula e insumos del primer ciclo", 100_000)], "2024-02-01"),
    P("3X1-2024-005", "commercialization", "MUN-MEZQUITES", "Villa de los Mezquites (cabecera)", ["CLUB-MEZQ-LB"],
      "Tienda cooperativa de mujeres artesanas", "Shop of the women artisans' cooperative",
      "Local, mobiliario y capital de trabajo para la venta de bordados y dulces regionales.",
      "Premises, fittings and working capital to sell embroidery and regional sweets.",
      [("Adecuación del local", 210_000), ("Mobiliario y equipo", 150_000), ("Capital de trabajo inicial", 120_000)], "2024-03-04"),
    P("3X1-2024-006", "scholarship", "MUN-CANON", "San Miguel del Cañón (cabecera)", ["CLUB-CANON-CHI"],
      "Becas 3x1 para estudiantes de bachillerato 2024-2025", "3x1 scholarships for high-school students 2024-2025",
      "30 becas de 6,000 pesos por semestre. Los nombres de los estudiantes no se publican.",
      "30 scholarships of 6,000 pesos per semester. Students' names are not published.",
      [("Becas semestre agosto-diciembre 2024", 180_000), ("Becas semestre enero-junio 2025", 180_000)], "2024-04-10"),
    P("3X1-2024-007", "community-services", "MUN-MEZQUITES", "Los Mezquites", ["CLUB-MEZQ-LB"],
      "Centro comunitario de Los Mezquites", "Los Mezquites community centre",
      "Salón de usos múltiples con cocina y sanitarios en terreno donado por el ejido.",
      "A multi-purpose hall with kitchen and toilets on land donated by the ejido.",
      [("Estudios y proyecto ejecutivo", 120_000), ("Obra civil", 1_380_000), ("Instalaciones y acabados", 300_000)], "2024-06-03"),
    P("3X1-2025-008", "education", "MUN-HUERTAS", "Santa Rosa de las Huertas (cabecera)", ["CLUB-HUERTAS-AUR"],
      "Aula de cómputo en la Secundaria Técnica 12", "Computer room at Technical Secondary School 12",
      "Adecuación de aula, 30 computadoras, red y mobiliario.",
      "Room refit, 30 computers, network and furniture.",
      [("Adecuación del aula", 240_000), ("Computadoras y red", 560_000), ("Mobiliario", 100_000)], "2025-01-20"),
    P("3X1-2025-009", "infrastructure", "MUN-MEZQUITES", "Villa de los Mezquites (cabecera)", ["CLUB-MEZQ-LB"],
      "Alumbrado público solar en la entrada del pueblo", "Solar street lighting at the town entrance",
      "46 luminarias solares en 1.5 km del acceso principal.",
      "46 solar street lights along 1.5 km of the main access road.",
      [("Luminarias solares", 900_000), ("Instalación", 250_000)], "2025-10-02"),
    P("3X1-2025-010", "agriculture", "MUN-CANON", "La Ciénega", ["CLUB-CANON-LA"],
      "Sistema de riego por goteo en La Ciénega", "Drip irrigation in La Ciénega",
      "Riego por goteo para 18 hectáreas de frijol y chile.",
      "Drip irrigation for 18 hectares of beans and chili.",
      [("Equipo de bombeo", 260_000), ("Tubería y goteros", 390_000)], "2025-03-03"),
    P("3X1-2025-011", "community-services", "MUN-CANON", "El Tepetate", ["CLUB-CANON-CHI"],
      "Cancha de usos múltiples en El Tepetate", "Multi-sport court in El Tepetate",
      "Cancha con techumbre, gradas y alumbrado.",
      "A roofed court with stands and lighting.",
      [("Plataforma y cancha", 450_000), ("Techumbre", 420_000), ("Gradas y alumbrado", 130_000)], "2026-05-11"),
    P("3X1-2026-012", "infrastructure", "MUN-HUERTAS", "Santa Rosa de las Huertas (cabecera)", ["CLUB-HUERTAS-SA"],
      "Drenaje de la calle Morelos", "Sewer for Morelos Street",
      "Red de drenaje sanitario de 640 metros con 58 descargas domiciliarias.",
      "A 640-metre sanitary sewer with 58 household connections.",
      [("Excavación y tubería", 1_250_000), ("Pozos de visita y descargas", 600_000), ("Supervisión externa", 150_000)], "2026-01-12"),
]
BY = {p.folio: p for p in projects}
for p in projects:
    p.add()

approve(BY["3X1-2023-001"], "3x1-classic", "2023-04-18", "COVAM-ZAC-2023-04")
approve(BY["3X1-2024-002"], "3x1-infrastructure", "2024-03-12", "COVAM-ZAC-2024-03", agreed={"state": 30, "municipal": 20})
approve(BY["3X1-2024-003"], "3x1-classic", "2024-04-22", "COVAM-ZAC-2024-04")
approve(BY["3X1-2024-004"], "productive", "2024-04-22", "COVAM-ZAC-2024-04")
approve(BY["3X1-2024-005"], "productive", "2024-05-20", "COVAM-ZAC-2024-05")
approve(BY["3X1-2024-006"], "3x1-classic", "2024-06-17", "COVAM-ZAC-2024-06")
approve(BY["3X1-2024-007"], "3x1-infrastructure", "2024-09-09", "COVAM-ZAC-2024-09")
approve(BY["3X1-2025-008"], "2x1", "2025-03-24", "COVAM-ZAC-2025-03")
cli(f'cuentas project reject 3X1-2025-010 --minutes COVAM-ZAC-2025-06 --date 2025-06-16 --by "{OFFICIAL["MUN-CANON"]}" '
    '--note "Sin concesión de agua vigente para el pozo"')
approve(BY["3X1-2025-011"], "3x1-classic", "2026-08-18", "COVAM-ZAC-2026-08")
approve(BY["3X1-2026-012"], "3x1-infrastructure", "2026-02-23", "COVAM-ZAC-2026-02")

starts = {"3X1-2023-001": "2023-06-01", "3X1-2024-002": "2024-05-06", "3X1-2024-003": "2024-06-03",
          "3X1-2024-004": "2024-06-10", "3X1-2024-005": "2024-07-01", "3X1-2024-006": "2024-08-01",
          "3X1-2024-007": "2024-11-04", "3X1-2025-008": "2025-05-05", "3X1-2026-012": "2026-03-16"}

# ---------------------------------------------------------------- money plan
# (folio, party, date, share of the pledge in thousandths); clubs send through transfers, governments deposit.
arrivals = [
    ("3X1-2023-001", "CLUB-CANON-LA", "2023-05-15", 500), ("3X1-2023-001", "CLUB-CANON-LA", "2023-09-12", 500),
    ("3X1-2023-001", "MX-FED", "2023-06-20", 1000), ("3X1-2023-001", "ZAC", "2023-07-03", 500),
    ("3X1-2023-001", "ZAC", "2023-10-30", 500), ("3X1-2023-001", "MUN-CANON", "2023-06-05", 1000),
    ("3X1-2024-002", "CLUB-CANON-LA", "2024-04-22", 500), ("3X1-2024-002", "CLUB-CANON-LA", "2024-11-18", 500),
    ("3X1-2024-002", "CLUB-CANON-CHI", "2024-05-02", 500), ("3X1-2024-002", "CLUB-CANON-CHI", "2025-04-14", 500),
    ("3X1-2024-002", "MX-FED", "2024-06-24", 500), ("3X1-2024-002", "MX-FED", "2025-01-27", 500),
    ("3X1-2024-002", "ZAC", "2024-07-15", 500), ("3X1-2024-002", "ZAC", "2025-02-17", 500),
    ("3X1-2024-002", "MUN-CANON", "2024-06-03", 500), ("3X1-2024-002", "MUN-CANON", "2025-03-10", 500),
    # 3X1-2024-003: the state pledged on 2024-04-22 and has deposited nothing since.
    ("3X1-2024-003", "CLUB-HUERTAS-SA", "2024-05-27", 500), ("3X1-2024-003", "CLUB-HUERTAS-SA", "2024-10-14", 500),
    ("3X1-2024-003", "MX-FED", "2024-08-19", 1000), ("3X1-2024-003", "MUN-HUERTAS", "2024-07-08", 1000),
    ("3X1-2024-004", "CLUB-HUERTAS-AUR", "2024-05-20", 1000), ("3X1-2024-004", "MX-FED", "2024-07-22", 1000),
    ("3X1-2024-005", "CLUB-MEZQ-LB", "2024-06-17", 1000), ("3X1-2024-005", "MX-FED", "2024-09-16", 500),
    ("3X1-2024-006", "CLUB-CANON-CHI", "2024-07-08", 1000), ("3X1-2024-006", "MX-FED", "2024-08-26", 1000),
    ("3X1-2024-006", "ZAC", "2024-09-09", 1000), ("3X1-2024-006", "MUN-CANON", "2024-07-29", 1000),
    ("3X1-2024-007", "CLUB-MEZQ-LB", "2024-10-07", 1000), ("3X1-2024-007", "MUN-MEZQUITES", "2024-10-21", 1000),
    ("3X1-2025-008", "CLUB-HUERTAS-AUR", "2025-04-07", 1000), ("3X1-2025-008", "ZAC", "2025-05-26", 1000),
    ("3X1-2025-008", "MUN-HUERTAS", "2025-04-28", 1000),
    ("3X1-2025-011", "CLUB-CANON-CHI", "2026-09-21", 500),
    ("3X1-2026-012", "CLUB-HUERTAS-SA", "2026-03-02", 1000), ("3X1-2026-012", "MX-FED", "2026-04-13", 1000),
    ("3X1-2026-012", "ZAC", "2026-04-27", 1000), ("3X1-2026-012", "MUN-HUERTAS", "2026-03-09", 1000),
]

received = {p.folio: {} for p in projects}
transfer_rows, deposit_rows = [], []
club_outflow = {club: 0 for club in CLUBS}
club_first_transfer = {}
reference_number = 1000
for folio, party, date, thousandths in arrivals:
    p = BY[folio]
    pledge = p.pledges[party]
    already = received[folio].get(party, 0)
    target = pledge * thousandths // 1000 if thousandths < 1000 or already == 0 else pledge - already
    if thousandths == 500 and already > 0:
        target = pledge - already  # the last instalment completes the pledge exactly
    received[folio][party] = already + target
    reference_number += 1
    if party.startswith("CLUB"):
        market = usd_mxn_market(date)
        bank = market * 965 // 1000  # the bank's rate is about 3.5 % below the market
        sent_cents = (target * 1_000_000 + bank - 1) // bank
        fee_cents = 1500 + (sent_cents // 100_000) * 200  # 15 dollars plus 2 dollars per thousand
        club_outflow[party] += sent_cents + fee_cents
        club_first_transfer.setdefault(party, date)
        transfer_rows.append([date, party, folio, money(sent_cents), money(fee_cents), rate_text(bank),
                              "Comprobante del banco", rate_text(market), money(target), f"WIRE-{date[:4]}-{reference_number}",
                              "Envío del fondo del club"])
    else:
        deposit_rows.append([date, folio, party, money(target), "MXN", "0", "1", "same currency", "", money(target),
                             f"SPEI-{date.replace('-', '')}-{reference_number}", "Aportación"])

# ---------------------------------------------------------------- donations: enough to cover every transfer
donation_rows = []
EVENTS = ["Baile de primavera", "Rifa navideña", "Kermés del 16 de septiembre", "Cena baile anual", "Torneo de fútbol"]
for club, outflow in club_outflow.items():
    goal = outflow + random.randint(80_000, 300_000)  # a fund balance left for the next project
    year = 2022
    collected = 0
    while collected < goal:
        month = random.randint(1, 12)
        date = f"{year}-{month:02d}-{random.randint(1, 28):02d}"
        if random.random() < 0.35:
            amount = random.randint(150_000, 900_000)
            donation_rows.append([date, club, money(amount), "USD", "", random.choice(EVENTS), "Ingreso neto del evento"])
        else:
            amount = random.choice([5_000, 10_000, 20_000, 25_000, 50_000, 100_000, 150_000])
            donation_rows.append([date, club, money(amount), "USD", str(random.choice(MEMBERS[club])), "", ""])
        collected += amount
        if len(donation_rows) % 12 == 0 and year < 2026:
            year += 1
donation_rows.sort(key=lambda row: (row[0], row[1]))

# ---------------------------------------------------------------- payments
payment_rows = []
CONTRACTORS = [("Constructora Cañón Verde SA de CV", "CCV1703149K2"), ("Materiales y Agregados del Sur SA de CV", "MAS091120QW7"),
               ("Ingeniería Hidráulica Zacatecana SC", "IHZ150612AB3"), ("Supervisión Técnica Integral SC", "STI110303RT5"),
               ("Invernaderos del Altiplano SA de CV", "IAL190822MN1"), ("Equipos y Cómputo Escolar SA de CV", "ECE200115HJ8")]
uuid_counter = 0
def invoice():
    global uuid_counter
    uuid_counter += 1
    return f"{random.getrandbits(32):08X}-{random.getrandbits(16):04X}-4{random.getrandbits(12):03X}-A{random.getrandbits(12):03X}-{uuid_counter:012X}"

def pay(folio, date, line, share_thousandths, contractor, note=""):
    p = BY[folio]
    concept, pesos = p.lines[line - 1]
    amount = pesos * 100 * share_thousandths // 1000
    payee, rfc = contractor
    payment_rows.append([date, folio, str(line), payee, rfc, money(amount), invoice(), "", note or concept])
    return amount

C = CONTRACTORS
for line, contractor in [(1, C[0]), (2, C[0]), (3, C[1]), (4, C[3])]:
    pay("3X1-2023-001", ["2023-07-14", "2023-11-20", "2024-01-22", "2024-02-28"][line - 1], line, 1000, contractor)
pay("3X1-2024-002", "2024-07-29", 1, 600, C[2]); pay("3X1-2024-002", "2025-02-24", 1, 400, C[2])
pay("3X1-2024-002", "2025-04-28", 2, 700, C[2]); pay("3X1-2024-002", "2025-09-15", 3, 300, C[2])
pay("3X1-2024-002", "2025-10-06", 4, 500, C[3])
pay("3X1-2024-003", "2024-08-26", 1, 1000, C[0]); pay("3X1-2024-003", "2024-11-11", 2, 700, C[1])
pay("3X1-2024-003", "2025-02-10", 4, 1000, C[3])
pay("3X1-2024-004", "2024-08-05", 1, 1000, C[4]); pay("3X1-2024-004", "2024-09-02", 2, 1000, C[4])
pay("3X1-2024-004", "2025-01-13", 3, 1000, ("Agroinsumos La Huerta SPR de RL", "ALH140923PL4"))
pay("3X1-2024-005", "2024-09-23", 1, 1000, ("Construcciones Mezquite SA de CV", "CME120514UV6"))
pay("3X1-2024-005", "2024-10-28", 2, 600, ("Muebles Artesanales del Norte SA de CV", "MAN080707KL2"))
scholars = ("Dispersión de becas (30 estudiantes, nombres reservados)", "XAXX010101000")
pay("3X1-2024-006", "2024-09-30", 1, 1000, scholars, "Becas ago-dic 2024, 30 estudiantes")
pay("3X1-2024-006", "2025-02-24", 2, 500, scholars, "Primera ministración ene-jun 2025")
pay("3X1-2024-007", "2024-12-09", 1, 1000, ("Arquitectura Comunitaria SC", "ACO160218DE9"))
pay("3X1-2025-008", "2025-06-16", 1, 1000, C[0]); pay("3X1-2025-008", "2025-07-21", 2, 1000, C[5])
pay("3X1-2025-008", "2025-08-11", 3, 1000, C[5])
pay("3X1-2026-012", "2026-05-18", 1, 800, C[0]); pay("3X1-2026-012", "2026-07-06", 2, 300, C[1])

# ---------------------------------------------------------------- write the CSV files
def write_csv(name, header, rows, folder="csv"):
    path = os.path.join(ROOT, folder, name)
    with open(path, "w", encoding="utf-8", newline="") as f:
        def cell(value):
            value = str(value)
            return '"' + value.replace('"', '""') + '"' if any(c in value for c in ',"\n') else value
        f.write(",".join(header) + "\n")
        for row in rows:
            f.write(",".join(cell(v) for v in row) + "\n")

write_csv("donations.csv", ["date", "club", "amount", "currency", "member", "event", "note"], donation_rows)
write_csv("transfers.csv", ["date", "club", "project", "sent_amount", "fee", "exchange_rate", "rate_source", "market_rate",
                            "received_amount", "reference", "note"], transfer_rows)
write_csv("deposits.csv", ["date", "project", "party", "sent_amount", "sent_currency", "fee", "exchange_rate", "rate_source",
                           "market_rate", "received_amount", "reference", "note"], deposit_rows)
write_csv("payments.csv", ["date", "project", "budget_line", "payee", "payee_tax_id", "amount", "invoice_uuid",
                           "overrun_reason", "note"], payment_rows)
# The shares this script assumed when it chose the amounts above (`approve`): the program computes its own from the
# scheme files, and a test (SamplePortfolioTests) checks that they are these, so the two cannot drift apart unseen.
write_csv("pledges-assumed.csv", ["folio", "party", "pledge"],
          [(p.folio, party, money(amount)) for p in projects for party, amount in sorted(p.pledges.items())], "reference")

# ---------------------------------------------------------------- the rest of the life of each project
for folio, date in starts.items():
    cli(f'cuentas project start {folio} --date {date} --by "{OFFICIAL[BY[folio].municipality]}"')
cli('cuentas import SampleData/csv/donations.csv --by "Tesorerías de los clubes"')
cli('cuentas import SampleData/csv/transfers.csv --by "Tesorerías de los clubes"')
cli('cuentas import SampleData/csv/deposits.csv --by "Tesorerías municipales"')
cli('cuentas import SampleData/csv/payments.csv --by "Tesorerías municipales"')

progress = [("3X1-2023-001", "2023-09-29", 30), ("3X1-2023-001", "2023-12-15", 65), ("3X1-2023-001", "2024-03-08", 100),
            ("3X1-2024-002", "2024-10-25", 25), ("3X1-2024-002", "2025-05-30", 50), ("3X1-2024-002", "2026-09-18", 70),
            ("3X1-2024-003", "2024-10-04", 35), ("3X1-2024-003", "2025-03-21", 70),
            ("3X1-2024-004", "2024-09-13", 80), ("3X1-2024-004", "2025-02-07", 100),
            ("3X1-2024-005", "2024-11-29", 60),
            ("3X1-2024-006", "2024-12-13", 50), ("3X1-2024-006", "2025-06-27", 75),
            ("3X1-2024-007", "2024-12-20", 5),
            ("3X1-2025-008", "2025-08-29", 100),
            ("3X1-2026-012", "2026-06-26", 10), ("3X1-2026-012", "2026-10-30", 20)]
for folio, date, percent in progress:
    cli(f'cuentas progress {folio} --percent {percent} --date {date} --by "{OFFICIAL[BY[folio].municipality]}" '
        '--note "Visita del comité de obra (contraloría social)"')

# A correction: a deposit recorded with the wrong amount is reversed and recorded again, both kept.
cli(f'WRONG=$(cuentas deposit 3X1-2024-005 --party MX-FED --received 12000 --reference SPEI-20250113-CORR --date 2025-01-13 '
    f'--by "{OFFICIAL["MUN-MEZQUITES"]}" --note "Segunda ministración federal" | sed -n "s/^[^#]*#\\([0-9][0-9]*\\).*/\\1/p")')
cli(f'cuentas reverse "$WRONG" --reason "Importe capturado mal: el banco abonó 120,000.00, no 12,000.00" '
    f'--date 2025-01-14 --by "{OFFICIAL["MUN-MEZQUITES"]}"')
cli(f'cuentas deposit 3X1-2024-005 --party MX-FED --received 120000 --reference SPEI-20250113-2211 --date 2025-01-13 '
    f'--by "{OFFICIAL["MUN-MEZQUITES"]}" --note "Segunda ministración federal (captura corregida)"')

# 3X1-2024-007: the land fell through; the project is cancelled and what was not spent goes back.
p7 = BY["3X1-2024-007"]
cli(f'cuentas project cancel 3X1-2024-007 --reason "El ejido revocó la donación del terreno; no hubo escrituras" '
    f'--date 2025-07-14 --by "{OFFICIAL["MUN-MEZQUITES"]}"')
spent = p7.lines[0][1] * 100
balance = sum(received["3X1-2024-007"].values()) - spent
club_back, municipal_back = balance // 2, balance - balance // 2
cli(f'cuentas refund 3X1-2024-007 --party CLUB-MEZQ-LB --amount {money(club_back)} --reference SPEI-20250808-7710 '
    f'--date 2025-08-08 --by "{OFFICIAL["MUN-MEZQUITES"]}" --note "Reembolso proporcional al club"')
cli(f'cuentas refund 3X1-2024-007 --party MUN-MEZQUITES --amount {money(municipal_back)} --reference INT-20250808-7711 '
    f'--date 2025-08-08 --by "{OFFICIAL["MUN-MEZQUITES"]}" --note "Reintegro a la tesorería municipal"')

cli(f'cuentas project complete 3X1-2023-001 --hand-over AER-CANON-2024-002 --date 2024-03-20 --by "{OFFICIAL["MUN-CANON"]}"')
cli(f'cuentas project close 3X1-2023-001 --date 2024-05-15 --by "{OFFICIAL["MUN-CANON"]}"')
cli(f'cuentas project complete 3X1-2024-004 --hand-over AER-HUERTAS-2025-001 --date 2025-02-14 --by "{OFFICIAL["MUN-HUERTAS"]}"')
cli(f'cuentas project complete 3X1-2025-008 --hand-over AER-HUERTAS-2025-006 --date 2025-09-05 --by "{OFFICIAL["MUN-HUERTAS"]}"')

# The living catalogue: the municipality's administration, a corrected title with the planned end, and the road's
# budget re-programmed by the committee (more surfacing, fewer culverts), each an amendment beside the entry.
commands.append("# Amendments: never edits; each shows in the statements' changes, with the earlier value.")
cli(f'cuentas government administration MUN-HUERTAS --name "Ayuntamiento 2024-2027" --date 2024-09-15 '
    f'--reason "Toma de protesta del cabildo" --by "{OFFICIAL["MUN-HUERTAS"]}"')
cli(f'cuentas project correct 3X1-2024-003 --title-en "Resurfacing the road to Las Huertas" --planned-end 2026-12-31 '
    f'--reason "The English title said rebuilding; the work is resurfacing and drainage" --minutes COVAM-ZAC-2025-04 --date 2025-04-10 '
    f'--by "{OFFICIAL["MUN-HUERTAS"]}"')
cli(f'cuentas project reprogram 3X1-2024-003 --line 2=1400000 --line 3=550000 --minutes COVAM-ZAC-2025-04 '
    f'--reason "Tramo rocoso: más revestimiento; dos alcantarillas ya no hacen falta" --date 2025-04-10 --by "{OFFICIAL["MUN-HUERTAS"]}"')

# Money sent in two steps (issue: transfers in transit): the club's treasurer records the sending, the municipality's
# official confirms the arrival. One arrived in full, one arrived short, one has waited for its confirmation for weeks
# (flagged "not confirmed" after 10 days), one was sent days ago.
commands.append("# Sendings in transit: the club sends, the municipality confirms the arrival (or not yet).")
CHI, TEPETATE = "CLUB-CANON-CHI", "3X1-2025-011"
NUMBER = 'sed -n "s/^[^#]*#\\([0-9][0-9]*\\).*/\\1/p"'
cli(f'cuentas donation --club {CHI} --amount 8000 --event "Kermés de la Virgen del Rosario" --date 2026-08-30 '
    f'--by "{TREASURER[CHI]}"')
def sending(var, date, sent, fee, rate, market, provider, reference):
    cli(f'{var}=$(cuentas sending record --club {CHI} --project {TEPETATE} --sent {sent} --fee {fee} --rate {rate} '
        f'--rate-source "Cotización de {provider}" --market-rate {market} --provider "{provider}" --reference {reference} '
        f'--date {date} --by "{TREASURER[CHI]}" | {NUMBER})')
def arrival(var, date, received, reference):
    cli(f'cuentas sending arrival --sending "${var}" --received {received} --reference {reference} --date {date} '
        f'--by "{OFFICIAL["MUN-CANON"]}"')
sending("SENT_LAGO", "2026-09-05", 1000, 25, "18.40", "18.52", "Banco del Lago", "LAGO-20260905-118")
arrival("SENT_LAGO", "2026-09-09", 18400, "EDO-CTA-CANON-2026-09-09")
sending("SENT_REMESAS", "2026-10-15", 2500, 12, "18.20", "18.45", "Remesas Uno", "MTCN-8841203377")
arrival("SENT_REMESAS", "2026-10-19", 43500, "EDO-CTA-CANON-2026-10-19")
sending("SENT_LATE", "2026-11-02", 2000, 20, "18.30", "18.41", "Banco del Lago", "LAGO-20261102-204")
sending("SENT_RECENT", "2026-11-28", 1200, 12, "18.30", "18.38", "Remesas Uno", "MTCN-8841290045")

with open(os.path.join(ROOT, "load.sh"), "w", encoding="utf-8") as f:
    f.write("#!/usr/bin/env bash\n")
    f.write("# Loads the fictional sample portfolio with the real commands. Generated by SampleData/generate_portfolio.py.\n")
    f.write("# Usage: SampleData/load.sh (from the repository root, with cuentas on PATH and CUENTAS_DB set).\n")
    f.write("set -euo pipefail\n")
    for line in commands:
        if line.startswith("#"):
            f.write(line + "\n")
            continue
        quiet = not line.startswith(("cuentas import", "WRONG=", "SENT_"))
        f.write(line + (" >/dev/null\n" if quiet else "\n"))
    # The oversight committees' evidence, reviews and complaints are written by hand (oversight.sh), not generated.
    f.write("bash SampleData/oversight.sh\n")
os.chmod(os.path.join(ROOT, "load.sh"), 0o755)
print(f"{len(commands)} commands, {len(donation_rows)} donations, {len(transfer_rows)} transfers, "
      f"{len(deposit_rows)} deposits, {len(payment_rows)} payments")
