import CuentasCore

/// A small ledger to test the rules on: one club, three governments, one approved project in execution.
struct LedgerFixture {
    static func id<Kind>(_ text: String) -> Identifier<Kind> { Identifier(trusted: text) }
    static func date(_ text: String) -> CalendarDate { try! CalendarDate(parsing: text, field: "date") }
    static func pesos(_ minorUnits: Int64) -> Money { Money(minorUnits: minorUnits, currency: .mexicanPeso) }
    static func dollars(_ minorUnits: Int64) -> Money { Money(minorUnits: minorUnits, currency: .usDollar) }

    static let folio: Folio = id("P-1")
    static let club: PartyID = id("CLUB-A")
    static let federal: PartyID = id("MX")
    static let state: PartyID = id("ZAC")
    static let municipality: PartyID = id("MUN-A")

    static var catalogue: Catalogue {
        var catalogue = Catalogue()
        catalogue.clubs[club] = Club(
            id: club, name: "Club A", federationID: nil, cityAbroad: "Los Angeles", stateAbroad: "CA", countryAbroad: "USA",
            tomaDeNota: TomaDeNota(number: "LA-1", expiresOn: date("2026-12-31")), fundCurrency: .usDollar)
        catalogue.clubs[id("CLUB-EXPIRED")] = Club(
            id: id("CLUB-EXPIRED"), name: "Club B", federationID: nil, cityAbroad: "Chicago", stateAbroad: "IL",
            countryAbroad: "USA", tomaDeNota: TomaDeNota(number: "CHI-1", expiresOn: date("2023-12-31")), fundCurrency: .usDollar)
        catalogue.governments[federal] = Government(id: federal, name: "Federal", level: .federal, parentID: nil, countryCode: "MX")
        catalogue.governments[state] = Government(id: state, name: "Zacatecas", level: .state, parentID: federal, countryCode: "MX")
        catalogue.governments[municipality] = Government(
            id: municipality, name: "Municipio A", level: .municipal, parentID: state, countryCode: "MX")
        catalogue.projects[folio] = project(folio, clubs: [club, id("CLUB-EXPIRED")])
        return catalogue
    }

    static func project(_ folio: Folio, clubs: [PartyID]) -> Project {
        Project(
            folio: folio, title: LocalizedText(spanish: "Obra", english: "Work"), description: LocalizedText(spanish: "", english: ""),
            kind: .infrastructure, municipalityID: municipality, locality: "Centro", sponsorClubIDs: clubs,
            executingAgencyID: municipality, approvedCost: pesos(400_000_00),
            budgetLines: [
                BudgetLine(number: 1, concept: "Materiales", amount: pesos(300_000_00)),
                BudgetLine(number: 2, concept: "Mano de obra", amount: pesos(100_000_00)),
            ],
            proposedOn: date("2024-01-10"))
    }

    var state = LedgerState(catalogue: LedgerFixture.catalogue)

    /// Records a movement with the next number, on the given date.
    @discardableResult
    mutating func record(_ body: MovementBody, on day: String = "2024-05-01") throws(LedgerViolation) -> Movement {
        let movement = Movement(id: state.nextMovementID, occurredOn: LedgerFixture.date(day), recordedBy: "test", note: "", body: body)
        try state.record(movement)
        return movement
    }

    static func pledge(_ party: PartyID, _ minorUnits: Int64) -> MovementBody {
        .pledge(Pledge(folio: folio, partyID: party, amount: pesos(minorUnits), schemeID: nil, capBound: false))
    }

    static func deposit(_ party: PartyID, _ minorUnits: Int64, reference: String) -> MovementBody {
        .deposit(
            Deposit(
                folio: folio, partyID: party,
                remittance: Remittance(
                    sent: pesos(minorUnits), fee: pesos(0), exchangeRate: .one, rateSource: "same currency", marketRate: nil,
                    received: pesos(minorUnits), reference: reference)))
    }

    /// A CFDI invoice per line and amount: one invoice is paid once.
    static func invoice(line: Int, _ minorUnits: Int64) -> String {
        let tail = String(UInt64(minorUnits) * 100 + UInt64(line), radix: 16, uppercase: true)
        return "6F9619FF-8B86-D011-B42D-" + String(repeating: "0", count: 12 - tail.count) + tail
    }

    static func payment(line: Int, _ minorUnits: Int64, overrunReason: String? = nil) -> MovementBody {
        .payment(
            Payment(
                folio: folio, budgetLine: line, payee: "Constructora", payeeTaxID: "CON010101AB1", amount: pesos(minorUnits),
                invoiceUUID: invoice(line: line, minorUnits), overrunReason: overrunReason))
    }

    static func status(
        _ status: ProjectStatus, minutes: String? = nil, session: String? = nil, handOver: String? = nil, reason: String? = nil
    ) -> MovementBody {
        .status(
            StatusChange(
                folio: folio, status: status, sessionDate: session.map(date), minutesReference: minutes,
                handOverReference: handOver, reason: reason))
    }

    /// Approved and in execution, with the municipality's and the federal pledge of 100,000 each and their deposits.
    static func funded() throws -> LedgerFixture {
        var fixture = LedgerFixture()
        try fixture.record(status(.approved, minutes: "ACTA-1", session: "2024-02-01"), on: "2024-02-01")
        try fixture.record(pledge(municipality, 100_000_00), on: "2024-02-01")
        try fixture.record(pledge(federal, 100_000_00), on: "2024-02-01")
        try fixture.record(pledge(state, 100_000_00), on: "2024-02-01")
        try fixture.record(status(.inExecution), on: "2024-03-01")
        try fixture.record(deposit(municipality, 100_000_00, reference: "SPEI-1"), on: "2024-03-05")
        try fixture.record(deposit(federal, 100_000_00, reference: "SPEI-2"), on: "2024-04-05")
        return fixture
    }
}
