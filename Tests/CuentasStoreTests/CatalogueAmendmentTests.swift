import CuentasCore
@testable import CuentasStore
import CuentasTestSupport
import Foundation
import GRDB
import Testing
import CuentasTables

/// Amendments of the catalogue and re-programmings of a budget: recorded beside the entry, applied in order, shown
/// with what they replaced, checked against the ledger's rules on recording and on every replay, sealed.
@Suite struct CatalogueAmendmentTests {
    typealias F = StoreFixture

    private func amendment(
        _ subject: CatalogueAmendment.Subject, _ field: CatalogueAmendment.Field, _ value: String, on day: String = "2024-05-01"
    ) -> CatalogueAmendment {
        CatalogueAmendment(
            subject: subject, field: field, value: value, effectiveOn: F.date(day), reason: "Error de captura", minutes: "ACTA-9",
            recordedBy: "tester")
    }

    private func reprogramming(_ lines: [(Int, Int64)], from day: String = "2024-04-01") -> BudgetReprogramming {
        BudgetReprogramming(
            folio: F.folio, effectiveOn: F.date(day), lines: lines.map { .init(number: $0.0, amount: F.pesos($0.1)) },
            minutes: "ACTA-COMITE-3", reason: "Más obra, menos supervisión", recordedBy: "tester")
    }

    /// The fixture's project approved, in execution, fully funded.
    private func fundedProject(_ fixture: F) throws {
        try fixture.approve()
        var bodies: [MovementBody] = [.status(StatusChange(folio: F.folio, status: .inExecution))]
        for (party, share) in [("MX", 250_000_00), ("ZAC", 250_000_00), ("MUN", 250_000_00), ("CLUB", 250_000_00)] as [(String, Int64)] {
            bodies.append(F.deposit(party, share, reference: "SPEI-\(party)"))
        }
        _ = try fixture.store.record(bodies.map { fixture.draft($0, on: "2024-02-10") })
    }

    private func pay(_ fixture: F, line: Int, _ minorUnits: Int64, on day: String) throws {
        _ = try fixture.store.record([
            fixture.draft(
                .payment(
                    Payment(
                        folio: F.folio, budgetLine: line, payee: "Constructora SA", payeeTaxID: "CON010101AB1", amount: F.pesos(minorUnits),
                        invoiceUUID: "6F9619FF-8B86-D011-B42D-\(String(format: "%012d", minorUnits + Int64(line)))", overrunReason: nil)),
                on: day)
        ])
    }

    private func refusal(_ body: () throws -> Void) -> String {
        do {
            try body()
            return "accepted"
        } catch {
            return (error as? StoreError)?.explanation(in: .english) ?? "\(error)"
        }
    }

    @Test(arguments: TestedStore.all) func aReprogrammedLineIsPaidAgainstItsModifiedAmountFromItsDate(store kind: TestedStore) async throws
    {
        try await F.on(kind) { fixture in
            try fundedProject(fixture)
            try pay(fixture, line: 1, 500_000_00, on: "2024-03-01")
            try fixture.store.reprogram(reprogramming([(1, 950_000_00), (2, 50_000_01)]))
            // Before the re-programming's date the line still had its approved 900,000.00.
            #expect(refusal { try pay(fixture, line: 1, 420_000_00, on: "2024-03-15") }.contains("budget"))
            try pay(fixture, line: 1, 420_000_00, on: "2024-04-02")
            let state = try fixture.store.state()
            let line = ProjectFigures(account: state.projects[F.folio]!, catalogue: state.catalogue, asOf: F.date("2024-05-01"))
                .budgetLines[0]
            #expect(line.approved == F.pesos(900_000_00))
            #expect(line.budgeted == F.pesos(950_000_00))
            #expect(line.paid == F.pesos(920_000_00))
            #expect(line.remaining == F.pesos(30_000_00))
            #expect(line.isModified)
            let check = try fixture.reopened().fullCheck()
            #expect(check.passed, "\(check.ledger.violations)")
        }
    }

    @Test(arguments: TestedStore.all) func aReprogrammingThatBreaksTheBudgetIsRefusedAndChangesNothing(store kind: TestedStore) async throws
    {
        try await F.on(kind) { fixture in
            try fundedProject(fixture)
            try pay(fixture, line: 2, 60_000_00, on: "2024-03-01")
            #expect(refusal { try fixture.store.reprogram(reprogramming([(1, 950_000_00)])) }.contains("adding up to MX$1,000,000.01"))
            #expect(
                refusal { try fixture.store.reprogram(reprogramming([(1, 950_000_00), (2, 50_000_01)])) }
                    .contains("at least MX$60,000.00, what was already paid"))
            #expect(refusal { try fixture.store.reprogram(reprogramming([(3, 1_00)])) }.contains("one of: 1, 2"))
            #expect(refusal { try fixture.store.reprogram(reprogramming([(1, 900_000_00)])) }.contains("other than MX$900,000.00"))
            #expect(
                refusal { try fixture.store.reprogram(reprogramming([(1, 890_000_00), (2, 110_000_01)], from: "2023-12-31")) }
                    .contains("on or after 2024-01-01"))
            #expect(try fixture.store.catalogue().projects[F.folio]!.reprogrammings.isEmpty)
            try fixture.store.reprogram(reprogramming([(1, 890_000_00), (2, 110_000_01)], from: "2024-04-01"))
            // A later re-programming may not be dated before the last one.
            #expect(
                refusal { try fixture.store.reprogram(reprogramming([(1, 880_000_00), (2, 120_000_01)], from: "2024-03-01")) }
                    .contains("on or after 2024-04-01"))
        }
    }

    /// A new approved cost is a new approval of the cost: in one transaction the scheme's pledges for it, the old
    /// ones reversed; the parties' commitments are the new shares, `check` passes, and a cost that would leave a party
    /// pledged below what it gave is refused whole.
    @Test(arguments: TestedStore.all) func aNewCostPledgesTheSchemeAgainAndReversesTheOldPledges(store kind: TestedStore) async throws {
        try await F.on(kind) { fixture in
            try fundedProject(fixture)
            let before = try fixture.movements().count
            let raise = BudgetReprogramming(
                folio: F.folio, effectiveOn: F.date("2024-04-01"), lines: [.init(number: 1, amount: F.pesos(1_100_000_00))],
                minutes: "ACTA-COMITE-5", reason: "Más obra", recordedBy: "tester", newCost: F.pesos(1_200_000_01))
            let recorded = try fixture.store.reprogram(raise)
            #expect(recorded.filter { $0.body.kind == .pledge }.count == 4)
            #expect(recorded.filter { $0.body.kind == .reversal }.count == 4)
            let state = try fixture.store.state()
            let figures = ProjectFigures(account: state.projects[F.folio]!, catalogue: state.catalogue, asOf: F.date("2024-05-01"))
            #expect(figures.approvedCost == F.pesos(1_200_000_01))
            #expect(figures.totalCommitted == F.pesos(1_200_000_01))
            #expect(figures.budgetLines[0].approved == F.pesos(900_000_00) && figures.budgetLines[0].budgeted == F.pesos(1_100_000_00))
            #expect(try fixture.reopened().fullCheck().passed)
            // Lowering the cost so far that each share is below the 250,000.00 each party gave: refused, nothing recorded.
            let lower = BudgetReprogramming(
                folio: F.folio, effectiveOn: F.date("2024-04-02"), lines: [.init(number: 1, amount: F.pesos(700_000_00))],
                minutes: "ACTA-COMITE-6", reason: "Menos obra", recordedBy: "tester", newCost: F.pesos(800_000_01))
            #expect(refusal { try fixture.store.reprogram(lower) }.contains("not below the MX$250,000.00 it already gave"))
            #expect(try fixture.movements().count == before + 8)
            #expect(try fixture.store.catalogue().projects[F.folio]?.approvedCost == F.pesos(1_200_000_01))
            let changes = try fixture.store.catalogue().projects[F.folio]!.reprogrammings
            #expect(changes.count == 1 && changes[0].newCost == F.pesos(1_200_000_01))
        }
    }

    @Test(arguments: TestedStore.all) func anAmendmentChangesTheCurrentValueAndKeepsTheHistory(store kind: TestedStore) async throws {
        try await F.on(kind) { fixture in
            try fixture.store.addFederation(Federation(id: F.id("FED"), name: "Federación", stateOfOrigin: "Zacatecas", regionAbroad: "CA"))
            try fixture.store.amend([
                amendment(.project(F.folio), .titleSpanish, "Obra del camino"),
                amendment(.project(F.folio), .plannedEnd, "2025-06-30"),
                amendment(.club(F.id("CLUB")), .federation, "FED"),
                amendment(.government(F.id("MUN")), .administration, "Ayuntamiento 2021-2024", on: "2021-09-15"),
                amendment(.government(F.id("MUN")), .administration, "Ayuntamiento 2024-2027", on: "2024-09-15"),
            ])
            try fixture.store.amend([amendment(.project(F.folio), .titleSpanish, "Obra del camino a Centro", on: "2024-06-01")])
            let catalogue = try fixture.reopened().catalogue()
            let project = catalogue.projects[F.folio]!
            #expect(project.title.spanish == "Obra del camino a Centro")
            #expect(project.title.english == "Work")
            #expect(project.plannedEndOn == F.date("2025-06-30"))
            #expect(catalogue.clubs[F.id("CLUB")]?.federationID == F.id("FED"))
            let titles = (catalogue.history[.project(F.folio)] ?? []).filter { $0.amendment.field == .titleSpanish }
            #expect(titles.map(\.previousValue) == ["Obra", "Obra del camino"])
            #expect(titles.map(\.amendment.value) == ["Obra del camino", "Obra del camino a Centro"])
            #expect(catalogue.administration(of: F.id("MUN"), on: F.date("2024-03-01"))?.name == "Ayuntamiento 2021-2024")
            #expect(catalogue.administration(of: F.id("MUN"), on: F.date("2024-10-01"))?.name == "Ayuntamiento 2024-2027")
            #expect(catalogue.administration(of: F.id("MUN"), on: F.date("2020-01-01")) == nil)
            // A partial read (one project) applies the same amendments.
            #expect(try fixture.store.catalogue(onlyProjects: [F.folio]).projects[F.folio]?.title.spanish == "Obra del camino a Centro")
            #expect(try fixture.reopened().fullCheck().passed)
        }
    }

    @Test(arguments: TestedStore.all) func anAmendmentThatChangesNothingOrNamesWhatIsNotThereIsRefusedWhole(
        store kind: TestedStore
    ) async throws {
        try await F.on(kind) { fixture in
            #expect(refusal { try fixture.store.amend([amendment(.project(F.folio), .titleSpanish, "Obra")]) }.contains("already “Obra”"))
            #expect(refusal { try fixture.store.amend([amendment(.club(F.id("NADIE")), .name, "X")]) }.contains("there is no club NADIE"))
            #expect(refusal { try fixture.store.amend([amendment(.club(F.id("CLUB")), .federation, "FED-X")]) }.contains("FED-X"))
            #expect(refusal { try fixture.store.amend([amendment(.project(F.folio), .executingAgency, "NADIE")]) }.contains("NADIE"))
            #expect(refusal { try fixture.store.amend([amendment(.project(F.folio), .plannedEnd, "2023-01-01")]) }.contains("2024-01-01"))
            // All or nothing: a good amendment before a bad one is not kept.
            #expect(
                refusal {
                    try fixture.store.amend([
                        amendment(.project(F.folio), .locality, "Las Huertas"), amendment(.project(F.folio), .titleSpanish, "Obra"),
                    ])
                } != "accepted")
            let catalogue = try fixture.store.catalogue()
            #expect(catalogue.projects[F.folio]?.locality == "Centro")
            #expect(catalogue.history.isEmpty)
        }
    }

    /// An amendment or a re-programming changed with the SQLite shell is named by `check`, like any catalogue row.
    @Test(arguments: [
        ("UPDATE catalogueAmendment SET value = 'Obra ajena'", "catalogueAmendment 1: value was recorded as \"Obra del camino\""),
        // Both lines, so they still add up to the cost and only the seal can tell.
        (
            "UPDATE budgetReprogrammingLine SET amountMinorUnits = CASE number WHEN 1 THEN 96000000 ELSE 4000001 END",
            "budgetReprogrammingLine 1/1: amountMinorUnits was recorded as \"95000000\""
        ),
        ("DELETE FROM catalogueAmendment", "catalogueAmendment 1 was recorded and is no longer in the file"),
    ])
    func anAmendmentChangedBehindTheProgramsBackIsNamed(statement: String, message: String) throws {
        let fixture = try F()
        try fundedProject(fixture)
        try fixture.store.amend([amendment(.project(F.folio), .titleSpanish, "Obra del camino")])
        try fixture.store.reprogram(reprogramming([(1, 950_000_00), (2, 50_000_01)]))
        let queue = try DatabaseQueue(path: fixture.path)
        try queue.writeWithoutTransaction { db in
            for trigger in try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'trigger'") {
                try db.execute(sql: "DROP TRIGGER \"\(trigger)\"")
            }
            try db.execute(sql: "PRAGMA foreign_keys = OFF")
            try db.execute(sql: statement)
        }
        let found: [String]
        do {
            found = try fixture.reopened().fullCheck().catalogueProblems.map { $0.explanation(in: .english) }
        } catch {
            found = [(error as? StoreError)?.explanation(in: .english) ?? "\(error)"]
        }
        #expect(found.contains { $0.contains(message) }, "\(found)")
    }

    /// A ledger sealed before v15 keeps every seal when the table of seals is rebuilt to accept amendments.
    @Test func theSealsOfALedgerFromBeforeAmendmentsAreKept() throws {
        let fixture = try F()
        let before = try DatabaseQueue(path: fixture.path).read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM catalogueSeal ORDER BY number")
        }
        let queue = try DatabaseQueue(path: fixture.path)
        try queue.writeWithoutTransaction { db in
            try db.execute(
                sql: """
                    DROP TABLE budgetReprogrammingLine; DROP TABLE budgetReprogramming; DROP TABLE catalogueAmendment; DROP TABLE userChange;
                    DELETE FROM grdb_migrations WHERE identifier = 'v15-catalogue-amendments';
                    """)
        }
        try queue.close()
        let store = try fixture.reopened()
        try store.amend([amendment(.project(F.folio), .locality, "Las Huertas")])
        let after = try DatabaseQueue(path: fixture.path).read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM catalogueSeal ORDER BY number")
        }
        #expect(Array(after.prefix(before.count)) == before)
        #expect(after.count == before.count + 1)
        #expect(try fixture.reopened().fullCheck().passed)
    }
}
