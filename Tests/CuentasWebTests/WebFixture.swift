import CuentasCore
import CuentasStore
import CuentasTables
import CuentasTestSupport
import CuentasWeb
import CuentasWebPostgres
import Foundation
import Hummingbird
import HummingbirdTesting
import PostgresNIO
import Testing

@testable import CuentasPostgres

/// Which store a web test's app serves: the ledger file, or its copy on the throwaway PostgreSQL server.
typealias ServedStore = TestedStore

/// A ledger with two municipalities, each with a club and an approved 3x1 project, and one user of every role
/// (bcrypt cost 4, so tests stay quick); the site folder is empty until an official publishes.
struct WebFixture {
    let folder: URL
    let store: LedgerStore
    /// The ledger the app serves: `store` itself, or its copy on PostgreSQL (`on(_:)`).
    private(set) var served: any AppLedger & PublishingLedger & SessionStore
    var siteFolder: URL { folder.appendingPathComponent("site") }
    static let password = "correct horse battery"

    static func id<Kind>(_ text: String) -> Identifier<Kind> { Identifier(trusted: text) }
    static func date(_ text: String) -> CalendarDate { try! CalendarDate(parsing: text, field: "date") }
    static func pesos(_ minorUnits: Int64) -> Money { Money(minorUnits: minorUnits, currency: .mexicanPeso) }

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("cuentas-web-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        store = try LedgerStore.create(path: folder.appendingPathComponent("ledger.sqlite").path)
        served = store
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        try store.addScheme(json: try Data(contentsOf: root.appendingPathComponent("SampleData/schemes/3x1-classic.json")))
        try store.addGovernment(Government(id: Self.id("MX"), name: "Federal", level: .federal, parentID: nil, countryCode: "MX"))
        try store.addGovernment(
            Government(id: Self.id("ZAC"), name: "Zacatecas", level: .state, parentID: Self.id("MX"), countryCode: "MX"))
        for letter in ["A", "B"] {
            try store.addGovernment(
                Government(
                    id: Self.id("MUN-\(letter)"), name: "Municipio \(letter)", level: .municipal, parentID: Self.id("ZAC"),
                    countryCode: "MX"))
            try store.addClub(
                Club(
                    id: Self.id("CLUB-\(letter)"), name: "Club \(letter)", federationID: nil, cityAbroad: "Los Angeles", stateAbroad: "CA",
                    countryAbroad: "USA", tomaDeNota: TomaDeNota(number: "T-\(letter)", expiresOn: Self.date("2030-01-01")),
                    fundCurrency: .usDollar))
            try store.addProject(
                Project(
                    folio: Self.id("P-\(letter)"), title: LocalizedText(spanish: "Obra \(letter)", english: "Work \(letter)"),
                    description: LocalizedText(spanish: "", english: ""), kind: .infrastructure, municipalityID: Self.id("MUN-\(letter)"),
                    locality: "Centro", sponsorClubIDs: [Self.id("CLUB-\(letter)")], executingAgencyID: Self.id("MUN-\(letter)"),
                    approvedCost: Self.pesos(400_000_00),
                    budgetLines: [BudgetLine(number: 1, concept: "Obra", amount: Self.pesos(400_000_00))],
                    proposedOn: Self.date("2024-01-01")))
            _ = try store.approve(
                folio: Self.id("P-\(letter)"), schemeID: Self.id("3x1-classic"), agreedParts: [:], sessionDate: Self.date("2024-02-01"),
                minutesReference: "ACTA-\(letter)", occurredOn: Self.date("2024-02-01"), recordedBy: "setup", note: "")
        }
        let hasher = PasswordHasher(cost: 4)
        let users: [(String, UserRole, String?, String?)] = [
            ("tesorera-a", .treasurer, "CLUB-A", nil), ("tesorero-b", .treasurer, "CLUB-B", nil), ("oficial-a", .official, nil, "MUN-A"),
            ("auditora", .auditor, nil, nil), ("admin", .admin, nil, nil),
        ]
        for (name, role, club, municipality) in users {
            try store.addUser(
                try UserAccount(name: name, role: role, clubID: club.map(Self.id), municipalityID: municipality.map(Self.id)),
                passwordHash: hasher.hash(Self.password), createdBy: "fixture")
        }
    }

    func application(signingKey: URL? = nil, maximumSessions: Int = 10_000, baseURL: String? = nil) throws -> some ApplicationProtocol {
        var configuration = WebConfiguration(port: 0, siteFolder: siteFolder, signingKeyFile: signingKey, bcryptCost: 4)
        configuration.maximumSessions = maximumSessions
        configuration.baseURL = baseURL
        return try buildApplication(ledger: served, configuration: configuration)
    }

    /// The fixture's ledger served from `kind`: for PostgreSQL, the file copied into a new database on the test server
    /// (`cuentas copy`'s own copy, through the rules), its evidence folder beside the file.
    static func on(_ kind: ServedStore) async throws -> WebFixture {
        var fixture = try WebFixture()
        guard kind == .postgres else { return fixture }
        let database = try await TestPostgresServer.freshLedger(
            prefix: "web", evidence: fixture.folder.appendingPathComponent("postgres.evidence", isDirectory: true))
        let store = fixture.store
        try await OwnThread.run { _ = try PostgresLedgerCopy.copy(from: store, catalogue: try store.catalogue(), into: database) }
        fixture.served = database
        return fixture
    }

    /// Every movement of the served ledger, read on a thread of its own (a PostgreSQL session blocks).
    func movements() async throws -> [Movement] {
        let served = served
        let box = Box<[Movement]>([])
        try await OwnThread.run { box.value = try served.movements(after: 0) }
        return box.value
    }

    /// What `body` reads or writes in the served ledger, on a thread of its own (a PostgreSQL session blocks).
    func onServed<Value>(
        _ body: @escaping @Sendable (any AppLedger & PublishingLedger & SessionStore) throws -> Value
    ) async throws -> Value {
        let served = served
        let box = Box<Value?>(nil)
        try await OwnThread.run { box.value = try body(served) }
        return box.value!
    }

    /// The number of movements in the file (where most tests' app records).
    var movementCount: Int64 { (try? store.ledgerHead().movements) ?? -1 }

    /// The number of movements in the served ledger.
    var servedMovementCount: Int64 { get async { (try? await movements().count).map(Int64.init) ?? -1 } }
}
