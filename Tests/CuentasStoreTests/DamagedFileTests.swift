import CuentasCore
@testable import CuentasStore
import Foundation
import GRDB
import Testing
import CuentasTables

/// A damaged ledger file (a changed byte, a row edited by hand past the constraints) gets a message naming the
/// table, the row and the column; nothing reading it may stop the program. Each case here trapped before:
/// `Precondition failed: bad stored identifier`, `amount out of range`, or GRDB's fatal error on a value that does not
/// convert.
@Suite struct DamagedFileTests {
    typealias F = StoreFixture

    /// Changes the file the way damage would: past the CHECK constraints, the foreign keys and the append-only triggers.
    private func damage(_ fixture: F, _ statements: [String]) throws {
        let queue = try DatabaseQueue(path: fixture.path)
        try queue.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA ignore_check_constraints = ON; PRAGMA foreign_keys = OFF")
            for trigger in try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'trigger'") {
                try db.execute(sql: "DROP TRIGGER \"\(trigger)\"")
            }
            for statement in statements { try db.execute(sql: statement) }
        }
    }

    private func funded() throws -> F {
        let fixture = try F()
        try fixture.approve()
        try fixture.store.record(fixture.draft(F.deposit("MUN", 250_000_00, reference: "SPEI-1")))
        return fixture
    }

    @Test(arguments: [
        (
            "UPDATE budgetLine SET amountMinorUnits = 9000000000000000000 WHERE number = 1",
            "budgetLine P-1 1: amountMinorUnits 9000000000000000000 is out of range"
        ),
        ("UPDATE project SET executingAgencyId = '' ", "project P-1: executingAgencyId \"\" is not an identifier"),
        ("UPDATE movement SET folio = '..' WHERE kind = 'deposit'", "folio \"..\" is not an identifier"),
        ("UPDATE movement SET partyId = '\(String(repeating: "X", count: 60))' WHERE kind = 'deposit'", "is not an identifier"),
        ("UPDATE movement SET occurredOn = '2024-13-45' WHERE kind = 'deposit'", "occurredOn 2024-13-45"),
        ("UPDATE government SET parentId = NULL WHERE level = 'state'", "government ZAC: level and parent"),
        ("UPDATE projectBalance SET physicalPercent = 900, progressMovementId = 1, progressOn = '2024-01-01'", ""),
    ])
    func aDamagedValueIsNamedNotTrappedOn(statement: String, message: String) throws {
        let fixture = try funded()
        try damage(fixture, [statement])
        let outcomes: [Result<Void, StoreError>] = [
            Result { () throws(StoreError) in _ = try fixture.store.fullCheck() },
            Result { () throws(StoreError) in _ = try fixture.store.state() },
            Result { () throws(StoreError) in _ = try fixture.store.catalogue() },
        ]
        for outcome in outcomes {
            guard case .failure(let error) = outcome else { continue }
            let text = error.explanation(in: .english)
            #expect(text.hasPrefix("the file is damaged or was changed outside the program: "), "\(text)")
            #expect(text.contains(message), "\(text)")
        }
        if !message.isEmpty {
            #expect(outcomes.contains { if case .failure = $0 { true } else { false } }, "the damage is noticed")
        }
    }

    /// A changed byte in an index leaves every row readable and the chain whole; SQLite's own check of the file finds it.
    @Test func aDamagedIndexIsFoundBySQLitesOwnCheck() throws {
        let fixture = try funded()
        #expect(try fixture.store.fullCheck().fileProblems.isEmpty)
        let queue = try DatabaseQueue(path: fixture.path)
        // Every page into the file itself, where damage happens.
        try queue.writeWithoutTransaction { db in _ = try Row.fetchAll(db, sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
        let (root, pageSize) = try queue.read { db in
            (
                try Int.fetchOne(db, sql: "SELECT rootpage FROM sqlite_schema WHERE name = 'movementByReference'")!,
                try Int.fetchOne(db, sql: "PRAGMA page_size")!
            )
        }
        let file = try FileHandle(forUpdating: URL(fileURLWithPath: fixture.path))
        let offset = UInt64((root - 1) * pageSize + pageSize - 20)
        try file.seek(toOffset: offset)
        let byte = try #require(try file.read(upToCount: 1)?.first)
        try file.seek(toOffset: offset)
        try file.write(contentsOf: Data([byte ^ 0x01]))
        try file.close()
        let check = try fixture.reopened().fullCheck()
        #expect(!check.passed)
        #expect(check.fileProblems.contains { $0.contains("movementByReference") }, "\(check.fileProblems)")
    }

    /// A full disk rolls the transaction back; the person is told what happened and that nothing changed.
    @Test func aFullDiskSaysSo() throws {
        let fixture = try funded()
        let before = try fixture.file.ledgerHead()
        let queue = try DatabaseQueue(path: fixture.path)
        // SQLite's own way to make a disk "full": no page beyond those the file has.
        let full = #expect(throws: DatabaseError.self) {
            try queue.write { db in
                let pages = try Int.fetchOne(db, sql: "PRAGMA page_count")!
                try db.execute(sql: "PRAGMA max_page_count = \(pages)")
                try db.execute(sql: "CREATE TABLE filler (x BLOB); INSERT INTO filler VALUES (zeroblob(1000000))")
            }
        }
        let error = StoreError(try #require(full))
        #expect(
            error.explanation(in: .english) == "the disk holding the ledger is full; nothing was changed. Free some space and try again")
        #expect(try fixture.file.ledgerHead() == before)
    }
}
