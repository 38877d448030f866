import CuentasCore
import CuentasStore
import Foundation

/// A ledger file in a fresh temporary folder, with a federal, state and municipal government, a club, the classic
/// 3x1 scheme and one proposed project.
struct StoreFixture {
    let folder: URL
    let store: LedgerStore
    var path: String { store.path }

    static func id<Kind>(_ text: String) -> Identifier<Kind> { Identifier(trusted: text) }
    static func date(_ text: String) -> CalendarDate { try! CalendarDate(parsing: text, field: "date") }
    static func pesos(_ minorUnits: Int64) -> Money { Money(minorUnits: minorUnits, currency: .mexicanPeso) }
    static let folio: Folio = id("P-1")

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("cuentas-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        store = try LedgerStore.create(path: folder.appendingPathComponent("ledger.sqlite").path)
        let schemeJSON = try Data(
            contentsOf: URL(fileURLWithPath: #filePath)
                .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
                .appendingPathComponent("SampleData/schemes/3x1-classic.json"))
        try store.addScheme(json: schemeJSON)
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
