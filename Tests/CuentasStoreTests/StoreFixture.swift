import CuentasCore
import CuentasPostgres
import CuentasStore
import CuentasTables
import CuentasTestSupport
import Foundation
import GRDB

/// A ledger in a fresh temporary folder, with a federal, state and municipal government, a club, the classic 3x1
/// scheme and one proposed project: in a file (`init()`), or in either store (`on(_:_:)`), where the same test
/// function runs against the SQLite file and against a new database on the PostgreSQL test server.
struct StoreFixture: Sendable {
    let folder: URL
    let kind: TestedStore
    /// The ledger under test, whichever store holds it: only what both stores offer.
    let store: any SharedLedger
    private let fileStore: LedgerStore?
    private let postgres: PostgresLedgerDatabase?

    /// The SQLite file, for the tests of what only a file has (its schema, its triggers, backups).
    var file: LedgerStore { fileStore! }
    var path: String { file.path }

    static func id<Kind>(_ text: String) -> Identifier<Kind> { Identifier(trusted: text) }
    static func date(_ text: String) -> CalendarDate { try! CalendarDate(parsing: text, field: "date") }
    static func pesos(_ minorUnits: Int64) -> Money { Money(minorUnits: minorUnits, currency: .mexicanPeso) }
    static let folio: Folio = id("P-1")

    static func newFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cuentas-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// The fixture in a ledger file.
    init() throws {
        let folder = try Self.newFolder()
        let file = try LedgerStore.create(path: folder.appendingPathComponent("ledger.sqlite").path)
        try self.init(folder: folder, kind: .file, file: file, postgres: nil)
    }

    private init(folder: URL, kind: TestedStore, file: LedgerStore?, postgres: PostgresLedgerDatabase?) throws {
        self.folder = folder
        self.kind = kind
        fileStore = file
        self.postgres = postgres
        store = file ?? postgres!
        try fill()
    }

    /// Runs `body` with the fixture in `kind`'s store, on a thread of its own (a PostgreSQL session waits for each
    /// answer), and closes the database afterwards.
    static func on(_ kind: TestedStore, _ body: @escaping @Sendable (StoreFixture) throws -> Void) async throws {
        let folder = try newFolder()
        switch kind {
        case .file:
            try await OwnThread.run {
                let file = try LedgerStore.create(path: folder.appendingPathComponent("ledger.sqlite").path)
                try body(try StoreFixture(folder: folder, kind: kind, file: file, postgres: nil))
            }
        case .postgres:
            let database = try await TestPostgresServer.freshLedger(
                evidence: folder.appendingPathComponent("ledger.evidence", isDirectory: true))
            do {
                try await OwnThread.run { try body(try StoreFixture(folder: folder, kind: kind, file: nil, postgres: database)) }
            } catch {
                await database.close()
                throw error
            }
            await database.close()
        }
    }

    /// The same ledger opened anew, with nothing kept from this handle's reads (a file opened again, a second pool on
    /// the database).
    func reopened() throws -> any SharedLedger {
        if let postgres { return PostgresLedgerDatabase(postgres.address, maximumConnections: 2, evidence: postgres.evidenceFolder) }
        return try LedgerStore.open(path: path)
    }

    /// Every movement replayed through the rules (with the chain, the balances and the seals, by `fullCheck`).
    func check() throws -> LedgerCheck { try store.fullCheck().ledger }

    /// Every movement, in order.
    func movements() throws -> [Movement] { try store.movements(after: 0) }

    /// Edits the ledger as someone with the database's own shell would: past the append-only triggers and the
    /// references (SQLite's triggers dropped; PostgreSQL's set aside for the transaction, as a superuser may).
    func tamper(_ statements: [String]) throws {
        guard kind == .file else { return try Self.tamper(store, statements) }
        try DatabaseQueue(path: path).writeWithoutTransaction { db in
            for trigger in try String.fetchAll(
                db, sql: "SELECT name FROM sqlite_master WHERE type = 'trigger' AND (name LIKE '%NoUpdate' OR name LIKE '%NoDelete')")
            {
                try db.execute(sql: "DROP TRIGGER \"\(trigger)\"")
            }
            try db.execute(sql: "PRAGMA foreign_keys = OFF")
            for statement in statements { try db.execute(sql: statement) }
        }
    }

    /// Runs one statement as the program's own connection would, triggers and references in force.
    func execute(_ statement: String) throws { try Self.execute(store, statement) }

    private static func execute<Store: SessionStore>(_ store: Store, _ statement: String) throws {
        try store.writing { session in try session.execute(statement, []) }
    }

    /// Everything in the ledger, as text: equal contents mean an unchanged ledger (every table's rows on SQLite, a
    /// digest of every table's rows on PostgreSQL).
    func contents() throws -> String {
        guard kind == .file else { return try Self.digests(store) }
        return try DatabaseQueue(path: path).read { db in
            var lines: [String] = []
            for table in try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name") {
                let withoutRowID =
                    try Bool.fetchOne(
                        db, sql: "SELECT sql LIKE '%WITHOUT ROWID%' FROM sqlite_master WHERE name = ?", arguments: [table]) ?? false
                let order = withoutRowID ? "1, 2" : "rowid"
                for row in try Row.fetchAll(db, sql: "SELECT * FROM \"\(table)\" ORDER BY \(order)") { lines.append("\(table) \(row)") }
            }
            return lines.joined(separator: "\n")
        }
    }

    private static func digests<Store: SessionStore>(_ store: Store) throws -> String {
        try store.reading { session in
            let tables = try session.rows(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name"
            ).compactMap { $0.text(at: 0) }
            return try tables.map { table in
                let rows = try session.rows(
                    "SELECT count(*), coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '') FROM \"\(table)\" t")
                return "\(table) \(rows.first?.integer(at: 0) ?? -1) \(rows.first?.text(at: 1) ?? "")"
            }.joined(separator: "\n")
        }
    }

    private static func tamper<Store: SessionStore>(_ store: Store, _ statements: [String]) throws {
        try store.writing { session in
            try session.execute("SET LOCAL session_replication_role = replica", [])
            for statement in statements { try session.execute(statement, []) }
        }
    }

    private func fill() throws {
        let schemeJSON = try Data(
            contentsOf: URL(fileURLWithPath: #filePath)
                .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
                .appendingPathComponent("SampleData/schemes/3x1-classic.json"))
        _ = try store.addScheme(json: schemeJSON)
        try store.addGovernment(Government(id: Self.id("MX"), name: "Federal", level: .federal, parentID: nil, countryCode: "MX"))
        try store.addGovernment(
            Government(id: Self.id("ZAC"), name: "Zacatecas", level: .state, parentID: Self.id("MX"), countryCode: "MX"))
        try store.addGovernment(
            Government(id: Self.id("MUN"), name: "Municipio", level: .municipal, parentID: Self.id("ZAC"), countryCode: "MX"))
        try store.addClub(
            Club(
                id: Self.id("CLUB"), name: "Club", federationID: nil, cityAbroad: "LA", stateAbroad: "CA", countryAbroad: "USA",
                tomaDeNota: TomaDeNota(number: "T-1", expiresOn: Self.date("2030-01-01")), fundCurrency: .usDollar))
        let cost = Self.pesos(1_000_000_01)
        try store.addProject(
            Project(
                folio: Self.folio, title: LocalizedText(spanish: "Obra", english: "Work"),
                description: LocalizedText(spanish: "", english: ""), kind: .infrastructure, municipalityID: Self.id("MUN"),
                locality: "Centro", sponsorClubIDs: [Self.id("CLUB")], executingAgencyID: Self.id("MUN"), approvedCost: cost,
                budgetLines: [
                    BudgetLine(number: 1, concept: "Obra", amount: Self.pesos(900_000_00)),
                    BudgetLine(number: 2, concept: "Supervisión", amount: Self.pesos(100_000_01)),
                ],
                proposedOn: Self.date("2024-01-01")))
    }

    func draft(_ body: MovementBody, on day: String = "2024-03-01") -> MovementDraft {
        MovementDraft(occurredOn: Self.date(day), recordedBy: "tester", note: "note", body: body)
    }

    func approve() throws {
        _ = try store.approve(
            folio: Self.folio, schemeID: Self.id("3x1-classic"), agreedParts: [:], sessionDate: Self.date("2024-02-01"),
            minutesReference: "ACTA-1", occurredOn: Self.date("2024-02-01"), recordedBy: "tester", note: "")
    }

    static func deposit(_ party: String, _ minorUnits: Int64, reference: String) -> MovementBody {
        .deposit(
            Deposit(
                folio: folio, partyID: id(party),
                remittance: Remittance(
                    sent: pesos(minorUnits), fee: pesos(0), exchangeRate: .one, rateSource: "same currency", marketRate: nil,
                    received: pesos(minorUnits), reference: reference)))
    }
}
