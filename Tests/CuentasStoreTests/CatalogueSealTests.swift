import CuentasCore
@testable import CuentasStore
import CuentasTestSupport
import Foundation
import GRDB
import Testing
import CuentasTables

/// Names, titles, budget lines, scheme definitions and users are sealed when the program adds them; `check` names
/// any catalogue row changed, added or removed behind the program's back.
@Suite struct CatalogueSealTests {
    typealias F = StoreFixture

    private func problems(_ fixture: F) throws -> [CatalogueSealProblem] {
        let check = try fixture.reopened().fullCheck()
        #expect(check.passed == check.catalogueProblems.isEmpty)
        return check.catalogueProblems
    }

    @Test func aLedgerAddedToByTheProgramIsSealedWhole() throws {
        let fixture = try F()
        try fixture.store.addUser(
            try UserAccount(name: "ana", role: .auditor, clubID: nil, municipalityID: nil),
            passwordHash: "$2b$04$" + String(repeating: "a", count: 53), createdBy: "test")
        _ = try fixture.store.addMember(clubID: F.id("CLUB"), displayName: "Juan V.")
        #expect(try problems(fixture).isEmpty)
        let seals = try DatabaseQueue(path: fixture.path).read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM catalogueSeal") }
        // 4 parties, 3 governments, 1 club, 1 scheme, 1 project, 1 sponsor, 2 budget lines, 1 user, 1 member.
        #expect(seals == 15)
    }

    @Test(
        arguments: TestedStore.all,
        [
            (
                "UPDATE project SET titleSpanish = 'Obra ajena'",
                "project P-1: titleSpanish was recorded as \"Obra\" and the file holds \"Obra ajena\""
            ),
            ("UPDATE party SET name = 'Club falso' WHERE id = 'CLUB'", "party CLUB: name was recorded as \"Club\""),
            ("UPDATE budgetLine SET concept = 'Otra cosa' WHERE number = 2", "budgetLine P-1/2: concept was recorded as \"Supervisión\""),
            // Lines that no longer add up to the cost are refused when the catalogue is read, before the seals are compared.
            ("UPDATE budgetLine SET amountMinorUnits = 1 WHERE number = 2", "project P-1: kind, clubs or budget lines"),
            (
                "UPDATE scheme SET definitionJSON = replace(definitionJSON, '25', '35')",
                "scheme 3x1-classic: definitionJSON was recorded as"
            ),
            ("UPDATE club SET tomaDeNotaExpiresOn = '2099-01-01'", "club CLUB: tomaDeNotaExpiresOn was recorded as \"2030-01-01\""),
            (
                "INSERT INTO party (id, kind, name) VALUES ('INTRUSO', 'club', 'Intruso')",
                "party INTRUSO is in the file but was never recorded by the program"
            ),
            ("DELETE FROM scheme", "scheme 3x1-classic was recorded and is no longer in the file"),
            ("UPDATE catalogueSeal SET content = replace(content, 'Obra', 'Otra') WHERE entity = 'project'", "catalogue seal #"),
        ])
    func aCatalogueChangedOutsideTheProgramIsNamed(store kind: TestedStore, change: (String, String)) async throws {
        try await F.on(kind) { fixture in
            try fixture.tamper([change.0])
            let found: [String]
            do {
                found = try problems(fixture).map { $0.explanation(in: .english) }
            } catch {
                found = [(error as? StoreError)?.explanation(in: .english) ?? "\(error)"]
            }
            #expect(found.contains { $0.contains(change.1) }, "\(found)")
        }
    }

    @Test(arguments: TestedStore.all) func aUsersPasswordHashChangedByHandIsNamed(store kind: TestedStore) async throws {
        try await F.on(kind) { fixture in
            try fixture.store.addUser(
                try UserAccount(name: "ana", role: .auditor, clubID: nil, municipalityID: nil),
                passwordHash: "$2b$04$" + String(repeating: "a", count: 53), createdBy: "test")
            try fixture.tamper(["UPDATE appUser SET passwordHash = '$2b$04$' || substr('\(String(repeating: "b", count: 53))', 1, 53)"])
            let found = try problems(fixture)
            #expect(found.contains { $0.entity == "appUser" && $0.key == "ana" })
        }
    }

    /// A ledger written before the seals existed is sealed as it stands when first opened for writing, and passes.
    @Test func aLedgerFromBeforeTheSealsIsSealedOnceWhenOpened() throws {
        let fixture = try F()
        try fixture.tamper(
            [
                "DELETE FROM catalogueSeal", "DELETE FROM grdb_migrations WHERE identifier = 'v10-catalogue-seals'",
                "DROP TABLE catalogueSeal",
            ])
        #expect(try problems(fixture).isEmpty)
        let seals = try DatabaseQueue(path: fixture.path).read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM catalogueSeal") }
        #expect(seals == 13)
    }
}
