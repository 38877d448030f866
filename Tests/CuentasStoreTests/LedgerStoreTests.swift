import CuentasCore
import CuentasTables
@testable import CuentasStore
import CuentasTestSupport
import Foundation
import GRDB
import Testing

@Suite struct LedgerStoreTests {
    typealias F = StoreFixture

    @Test func theSchemaComesFromNamedMigrations() throws {
        let fixture = try F()
        #expect(
            try fixture.file.appliedMigrations() == [
                "v1-parties", "v1-projects-and-schemes", "v1-movements", "v1-append-only", "v2-hash-chain", "v3-publications",
                "v4-web-users-submissions-observations", "v5-movement-by-reversed", "v6-drop-movement-by-hash", "v7-balances",
                "v8-comparisons", "v9-page-indexes", "v10-catalogue-seals", "v11-sponsorship-proposals", "v12-recordings",
                "v13-club-renewals", "v14-user-amendments", "v15-catalogue-amendments", "v16-transfers-in-transit", "v17-receipts",
                "v18-evidence-oversight",
            ])
        let journal = try DatabaseQueue(path: fixture.path).read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") }
        #expect(journal == "wal")
    }

    @Test func openingRefusesAMissingFileAndCreatingRefusesAnExistingOne() throws {
        let fixture = try F()
        let missing = fixture.folder.appendingPathComponent("typo.sqlite").path
        #expect(throws: StoreError.self) { try LedgerStore.open(path: missing) }
        #expect(!FileManager.default.fileExists(atPath: missing))
        #expect(throws: StoreError.self) { try LedgerStore.create(path: fixture.path) }
    }

    @Test(arguments: TestedStore.all) func approvalRecordsTheStatusAndPledgesThatAddUpToTheCost(store kind: TestedStore) async throws {
        try await F.on(kind) { fixture in
            try fixture.approve()
            let movements = try fixture.movements()
            #expect(movements.map(\.body.kind) == [.status, .pledge, .pledge, .pledge, .pledge])
            var total: Int64 = 0
            for movement in movements {
                if case .pledge(let pledge) = movement.body { total += pledge.amount.minorUnits }
            }
            #expect(total == 1_000_000_01)
            #expect(try fixture.store.state().projects[F.folio]?.status == .approved)
            #expect(try fixture.check().passed)
        }
    }

    @Test(arguments: TestedStore.all) func aBatchWithOneBadEntryWritesNothing(store kind: TestedStore) async throws {
        try await F.on(kind) { fixture in
            try fixture.approve()
            let before = try fixture.contents()
            #expect(throws: StoreError.self) {
                try fixture.store.record([
                    fixture.draft(F.deposit("MUN", 250_000_00, reference: "SPEI-1")),
                    fixture.draft(F.deposit("ZAC", 999_999_999_00, reference: "SPEI-2")),
                    fixture.draft(F.deposit("CLUB", 1_00, reference: "SPEI-1")),
                ])
            }
            #expect(try fixture.contents() == before)
            do {
                try fixture.store.record([
                    fixture.draft(F.deposit("MUN", 1_00, reference: "A")), fixture.draft(F.deposit("MUN", 1_00, reference: "A")),
                ])
                Issue.record("a batch recording one bank reference twice was accepted")
            } catch StoreError.violationInBatch(let index, let violation) {
                #expect(index == 1)
                #expect(violation.rule == .duplicateReference("A", existing: 6))
            }
            #expect(try fixture.contents() == before)
        }
    }

    @Test(arguments: TestedStore.all) func everyKindOfMovementReadsBackAsWritten(store kind: TestedStore) async throws {
        try await F.on(kind) { fixture in
            try fixture.approve()
            let club: PartyID = F.id("CLUB")
            let bodies: [MovementBody] = [
                .status(StatusChange(folio: F.folio, status: .inExecution)),
                .donation(
                    Donation(
                        clubID: club, amount: Money(minorUnits: 90_000_00, currency: .usDollar), source: .event("Baile \"grande\", 2024"))),
                .donation(Donation(clubID: club, amount: Money(minorUnits: 5_00, currency: .usDollar), source: .member(nil))),
                .transfer(
                    Transfer(
                        clubID: club, folio: F.folio,
                        remittance: Remittance(
                            sent: Money(minorUnits: 14_500_00, currency: .usDollar), fee: Money(minorUnits: 29_00, currency: .usDollar),
                            exchangeRate: ExchangeRate(millionths: 17_241_379), rateSource: "Banco",
                            marketRate: ExchangeRate(millionths: 17_800_000),
                            received: F.pesos(250_000_00), reference: "WIRE-1"))),
                F.deposit("MUN", 250_000_00, reference: "SPEI-1"),
                .payment(
                    Payment(
                        folio: F.folio, budgetLine: 2, payee: "Supervisión SC", payeeTaxID: "SUP010101AB1", amount: F.pesos(100_000_02),
                        invoiceUUID: "6F9619FF-8B86-D011-B42D-00C04FC964FF", overrunReason: "acuerdo de cabildo")),
                .progress(ProgressReport(folio: F.folio, physicalPercent: 35)),
                .reversal(Reversal(movementID: 12, reason: "wrong percent")),
                .pledge(Pledge(folio: F.folio, partyID: F.id("MUN"), amount: F.pesos(10_00), schemeID: nil, capBound: false)),
            ]
            let recorded = try fixture.store.record(bodies.map { fixture.draft($0) })
            #expect(recorded.map(\.id) == Array(6...14))
            let stored = try fixture.movements().suffix(bodies.count)
            #expect(Array(stored) == recorded)
            #expect(try fixture.check().passed)
            // One project's own listed part (its stored balances and its movements) shows what the whole replay gives.
            let own = try #require(try fixture.store.projectState(F.folio))
            let whole = try fixture.check().state
            let asOf = F.date("2025-01-01")
            #expect(
                ProjectFigures(account: own.projects[F.folio]!, catalogue: own.catalogue, asOf: asOf)
                    == ProjectFigures(account: whole.projects[F.folio]!, catalogue: whole.catalogue, asOf: asOf))
        }
    }

    /// Batches past the inserter's statement of 64 rows: two full statements and the rest one by one, every column
    /// bound by position (integers, texts with quotes and accents, nulls left over from the row before).
    @Test(arguments: TestedStore.all) func aBatchOfManyStatementsReadsBackAsWritten(store kind: TestedStore) async throws {
        try await F.on(kind) { fixture in
            try fixture.approve()
            let club: PartyID = F.id("CLUB")
            var bodies: [MovementBody] = [.status(StatusChange(folio: F.folio, status: .inExecution))]
            for number in 1..<150 {
                switch number % 4 {
                case 0:
                    bodies.append(
                        .donation(
                            Donation(
                                clubID: club, amount: Money(minorUnits: Int64(100 + number), currency: .usDollar),
                                source: .event("Kermés \"\(number)\" ñ"))))
                case 1:
                    bodies.append(
                        .donation(
                            Donation(
                                clubID: club, amount: Money(minorUnits: Int64(number) * 1_000_000_007, currency: .usDollar),
                                source: .member(nil))))
                case 2: bodies.append(F.deposit("MUN", Int64(1_000 + number), reference: "SPEI-\(number)"))
                default: bodies.append(.progress(ProgressReport(folio: F.folio, physicalPercent: number % 101)))
                }
            }
            let recorded = try fixture.store.record(bodies.map { fixture.draft($0) })
            #expect(recorded.count == 150)
            let stored = try fixture.movements().suffix(bodies.count)
            #expect(Array(stored) == recorded)
            #expect(try fixture.check().passed)
        }
    }

    @Test(arguments: TestedStore.all) func rawUpdatesAndDeletesOfRecordedDataFail(store kind: TestedStore) async throws {
        try await F.on(kind) { fixture in
            try fixture.approve()
            for sql in [
                "UPDATE movement SET amountMinorUnits = 1 WHERE id = 2",
                "DELETE FROM movement WHERE id = 2",
                "UPDATE party SET name = 'x'",
                "DELETE FROM project",
                "UPDATE budgetLine SET amountMinorUnits = 5",
                "DELETE FROM catalogueSeal",
            ] {
                #expect(throws: (any Error).self, "\(sql)") { try fixture.execute(sql) }
            }
            #expect(try fixture.movements().count == 5)
        }
    }

    /// Each impossible row differs from a possible one (the first, which is written and rolled back) in one value only,
    /// so it is that value's constraint that refuses it, not a missing hash or another rule.
    @Test func checkConstraintsRefuseImpossibleRows() throws {
        let fixture = try F()
        let database = try DatabaseQueue(path: fixture.path)
        let base =
            "INSERT INTO movement (id, kind, occurredOn, recordedAt, recordedBy, note, folio, physicalPercent, status, partyId, amountMinorUnits, currency, capBound, previousHash, hash)"
        let hashes = ", '\(String(repeating: "0", count: 64))', '\(String(repeating: "1", count: 64))')"
        func insert(_ values: String) throws {
            try database.write { db in
                try db.inSavepoint {
                    try db.execute(sql: base + " VALUES " + values + hashes)
                    return .rollback
                }
            }
        }
        try insert("(1, 'pledge', '2024-01-01', 'now', 'x', '', 'P-1', NULL, NULL, 'MUN', 5, 'MXN', 0")
        for values in [
            "(1, 'progress', '2024-01-01', 'now', 'x', '', 'P-1', 101, NULL, NULL, NULL, NULL, NULL",
            "(1, 'pledge', '2024-01-01', 'now', 'x', '', 'P-1', NULL, NULL, 'MUN', -5, 'MXN', 0",
            "(1, 'pledge', '2024-01-01', 'now', 'x', '', 'P-1', NULL, NULL, 'MUN', 5, 'mxn', 0",
            "(1, 'pledge', '2024-01-01', 'now', 'x', '', 'P-1', NULL, NULL, 'MUN', 5, 'MXN', NULL",
            "(1, 'gift', '2024-01-01', 'now', 'x', '', 'P-1', NULL, NULL, 'MUN', 5, 'MXN', 0",
            "(1, 'pledge', '2024-13-01', 'now', 'x', '', 'P-1', NULL, NULL, 'MUN', 5, 'MXN', 0",
            "(1, 'pledge', '2025-02-30', 'now', 'x', '', 'P-1', NULL, NULL, 'MUN', 5, 'MXN', 0",
            "(1, 'pledge', '2024-01-01', 'now', 'x', '', 'NO-SUCH', NULL, NULL, 'MUN', 5, 'MXN', 0",
        ] {
            #expect(throws: DatabaseError.self, "\(values)") { try insert(values) }
        }
        #expect(try fixture.movements().isEmpty)
    }

    @Test(arguments: TestedStore.all) func partiesAndProjectsAreNotAddedTwiceNorWithDanglingReferences(store kind: TestedStore) async throws
    {
        try await F.on(kind) { fixture in
            #expect(throws: StoreError.self) {
                try fixture.store.addGovernment(
                    Government(id: F.id("MUN"), name: "Again", level: .municipal, parentID: F.id("ZAC"), countryCode: "MX"))
            }
            #expect(throws: StoreError.self) {
                try fixture.store.addGovernment(
                    Government(id: F.id("MUN-2"), name: "Wrong parent", level: .municipal, parentID: F.id("MX"), countryCode: "MX"))
            }
            #expect(throws: StoreError.self) {
                try fixture.store.addClub(
                    Club(
                        id: F.id("CLUB-2"), name: "x", federationID: F.id("NO-FED"), cityAbroad: "a", stateAbroad: "b", countryAbroad: "c",
                        tomaDeNota: nil, fundCurrency: .usDollar))
            }
            let clubs = try fixture.store.catalogue().clubs
            #expect(clubs.count == 1)
        }
    }

    @Test(arguments: TestedStore.all) func theHashChainNamesTheFirstMovementEditedOutsideTheProgram(store kind: TestedStore) async throws {
        try await F.on(kind) { fixture in
            try fixture.approve()
            try fixture.store.record(fixture.draft(F.deposit("MUN", 250_000_00, reference: "SPEI-1")))
            #expect(try fixture.store.fullCheck().passed)
            #expect(try fixture.movements().count == 6)
            #expect(try fixture.store.hash(ofMovement: 6)?.count == 64)
            try fixture.tamper(["UPDATE movement SET amountMinorUnits = 35000000 WHERE id = 3"])
            let check = try fixture.store.fullCheck()
            #expect(check.brokenLink?.id == 3)
            #expect(check.brokenLink?.reason == .contentChanged)
            #expect(!check.passed)
        }
    }

    @Test(arguments: TestedStore.all) func removingAMovementBreaksTheChainAtTheNextOne(store kind: TestedStore) async throws {
        try await F.on(kind) { fixture in
            try fixture.approve()
            try fixture.tamper(["DELETE FROM movement WHERE id = 4"])
            let check = try fixture.store.fullCheck()
            #expect(check.brokenLink?.id == 5)
            #expect(check.brokenLink?.reason == .previousHashDiffers)
        }
    }

    /// A full check reads the ledger in parts on several threads and replays them as they come: cut into parts of every
    /// size, it finds the same first broken link, head, rule violations and movements as one part, whether a movement
    /// was edited, removed at a part's edge or neither.
    @Test func aCheckInPartsFindsWhatACheckInOnePartFinds() throws {
        for damage in ["none", "edit 3", "remove 4"] {
            let fixture = try F()
            try fixture.approve()
            try fixture.store.record(fixture.draft(F.deposit("MUN", 250_000_00, reference: "SPEI-1")))
            try fixture.store.record(fixture.draft(.status(StatusChange(folio: F.folio, status: .inExecution))))
            try DatabaseQueue(path: fixture.path).writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA foreign_keys = OFF")
                switch damage {
                case "edit 3":
                    try db.execute(sql: "DROP TRIGGER movementNoUpdate")
                    try db.execute(sql: "UPDATE movement SET note = 'cambiada' WHERE id = 3")
                case "remove 4":
                    try db.execute(sql: "DROP TRIGGER movementNoDelete")
                    try db.execute(sql: "DELETE FROM movement WHERE id = 4")
                default: break
                }
            }
            let whole = try fixture.file.replayWholeLedger(checkingChain: true, partSize: 1_000)
            #expect(whole.ledger.movementCount == (damage == "remove 4" ? 6 : 7))
            #expect(whole.brokenLink?.id == ["none": nil, "edit 3": 3, "remove 4": 5][damage]!, "\(damage)")
            for partSize in MovementID(1)...8 {
                let parts = try fixture.file.replayWholeLedger(checkingChain: true, partSize: partSize)
                #expect(
                    parts.brokenLink?.id == whole.brokenLink?.id && parts.brokenLink?.reason == whole.brokenLink?.reason,
                    "\(damage) \(partSize)")
                #expect(parts.headHash == whole.headHash, "\(damage) \(partSize)")
                #expect(parts.ledger.movementCount == whole.ledger.movementCount)
                #expect(parts.ledger.violations.map(\.movementID) == whole.ledger.violations.map(\.movementID))
                #expect(parts.ledger.state.lastMovementID == whole.ledger.state.lastMovementID)
            }
        }
    }

    /// A row that can no longer be read as a movement stops a check in parts with the row's number, whichever part it
    /// falls in, instead of a check of the rest.
    @Test func anUnreadableRowStopsACheckInPartsWithItsNumber() throws {
        let fixture = try F()
        try fixture.approve()
        try DatabaseQueue(path: fixture.path).writeWithoutTransaction { db in
            try db.execute(sql: "DROP TRIGGER movementNoUpdate")
            try db.execute(sql: "PRAGMA ignore_check_constraints = ON")
            try db.execute(sql: "UPDATE movement SET kind = 'gift' WHERE id = 3")
        }
        for partSize in MovementID(1)...6 {
            do {
                _ = try fixture.file.replayWholeLedger(checkingChain: true, partSize: partSize)
                Issue.record("a check in parts of \(partSize) read an unreadable row")
            } catch {
                guard case .corruptRow(let table, let id, let detail) = error else {
                    Issue.record("unexpected \(error)")
                    continue
                }
                #expect(table == "movement" && id == "#3" && detail == "kind gift", "parts of \(partSize)")
            }
        }
    }

    @Test func aMovementWrittenOutsideTheProgramIsReportedByCheck() throws {
        let fixture = try F()
        try fixture.approve()
        try fixture.store.record(fixture.draft(.status(StatusChange(folio: F.folio, status: .inExecution))))
        // A payment with no money in the account, inserted with plain SQL (the rules live in the program).
        try DatabaseQueue(path: fixture.path).write { db in
            try db.execute(
                sql: """
                    INSERT INTO movement (id, kind, occurredOn, recordedAt, recordedBy, note, folio, budgetLine, payee, payeeTaxId,
                        amountMinorUnits, currency, invoiceUuid, previousHash, hash)
                    VALUES (7, 'payment', '2024-05-01', 'now', 'intruder', '', 'P-1', 1, 'Nadie', 'NAD010101AB1', 5000000, 'MXN',
                        '6F9619FF-8B86-D011-B42D-00C04FC964FF', (SELECT hash FROM movement WHERE id = 6), printf('%064d', 7))
                    """)
        }
        let check = try fixture.store.fullCheck()
        #expect(check.ledger.violations.map(\.movementID) == [7])
        #expect(check.ledger.violations.first?.explanation(in: .english).contains("exceeds the balance on hand") == true)
        // Its hash was made up, so the chain breaks there too.
        #expect(check.brokenLink?.id == 7)
        #expect(check.brokenLink?.reason == .contentChanged)
    }
}

@Suite struct WebTablesTests {
    @Test(arguments: TestedStore.all) func aSubmissionKeyRecordsOnceAndBelongsToItsUser(store kind: TestedStore) async throws {
        try await StoreFixture.on(kind) { fixture in
            try fixture.approve()
            let hash = "$2b$04$" + String(repeating: "a", count: 53)
            try fixture.store.addUser(
                try UserAccount(name: "ana", role: .auditor, clubID: nil, municipalityID: nil), passwordHash: hash, createdBy: "t")
            try fixture.store.addUser(
                try UserAccount(name: "beto", role: .auditor, clubID: nil, municipalityID: nil), passwordHash: hash, createdBy: "t")
            let draft = fixture.draft(StoreFixture.deposit("MX", 100_00, reference: "R-1"))
            let key = String(repeating: "k", count: 64)
            let first = try fixture.store.recordOnce([draft], submissionKey: key, userName: "ana")
            guard case .recorded(let movements) = first else { Issue.record("not recorded"); return }
            let second = try fixture.store.recordOnce([draft], submissionKey: key, userName: "ana")
            #expect(second == .alreadyRecorded(firstMovement: movements[0].id, lastMovement: movements[0].id))
            #expect(throws: StoreError.self) { try fixture.store.recordOnce([draft], submissionKey: key, userName: "beto") }
            #expect(try fixture.movements().last?.id == movements[0].id)
        }
    }

    @Test(arguments: TestedStore.all) func usersAreCheckedByTheSchemaAndNeverEdited(store kind: TestedStore) async throws {
        try await StoreFixture.on(kind) { fixture in
            let hash = "$2b$04$" + String(repeating: "a", count: 53)
            #expect(throws: StoreError.self) {
                try fixture.store.addUser(
                    try UserAccount(name: "t", role: .treasurer, clubID: StoreFixture.id("NOPE"), municipalityID: nil),
                    passwordHash: hash, createdBy: "t")
            }
            #expect(throws: StoreError.self) {
                try fixture.store.addUser(
                    try UserAccount(name: "p", role: .auditor, clubID: nil, municipalityID: nil), passwordHash: "plain", createdBy: "t")
            }
            try fixture.store.addUser(
                try UserAccount(name: "o", role: .official, clubID: nil, municipalityID: StoreFixture.id("MUN")), passwordHash: hash,
                createdBy: "t")
            #expect(throws: StoreError.self) {
                try fixture.store.addUser(
                    try UserAccount(name: "o", role: .auditor, clubID: nil, municipalityID: nil), passwordHash: hash, createdBy: "t")
            }
            #expect(throws: (any Error).self) { try fixture.execute("UPDATE appUser SET role = 'admin'") }
            #expect(try fixture.store.users().map(\.name) == ["o"])
        }
    }

    /// Lists handed to SQLite's `json_each` come back as given, quotes, backslashes, control characters and accents
    /// included (the store writes the JSON itself).
    @Test func listsForJSONEachComeBackAsGiven() throws {
        let texts = ["plain", "with \"quotes\"", "back\\slash", "tab\tand\u{1}", "Ñandú É", ""]
        let queue = try DatabaseQueue()
        let back = try queue.read { db in
            try String.fetchAll(db, sql: "SELECT value FROM json_each(?) ORDER BY key", arguments: [SQLDialect.jsonArray(texts)])
        }
        #expect(back == texts)
        #expect(SQLDialect.jsonArray([String]()) == "[]")
    }
}
