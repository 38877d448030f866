import CuentasCore
import CuentasTestSupport
import Foundation
import GRDB
import Testing

@testable import CuentasStore
import CuentasTables

/// Receipt codes in the ledger: each donation recorded gets one, none is given twice, the hash chain covers it, and a
/// row whose code was changed behind the program's back is named.
@Suite struct ReceiptStoreTests {
    static func donation(_ minorUnits: Int64) -> MovementDraft {
        MovementDraft(
            occurredOn: StoreFixture.date("2024-03-01"), recordedBy: "tesorera", note: "",
            body: .donation(
                Donation(
                    clubID: StoreFixture.id("CLUB"), amount: Money(minorUnits: minorUnits, currency: .usDollar), source: .event("Baile"))))
    }

    static func code(_ movement: Movement) -> ReceiptCode? {
        guard case .donation(let donation) = movement.body else { return nil }
        return donation.receipt
    }

    @Test(arguments: TestedStore.all) func everyDonationRecordedGetsItsOwnCodeReadBackAsRecorded(store kind: TestedStore) async throws {
        try await StoreFixture.on(kind) { fixture in
            let recorded = try fixture.store.record((1...200).map { Self.donation(Int64($0) * 100) })
            let codes = recorded.compactMap(Self.code)
            #expect(codes.count == 200)
            #expect(Set(codes).count == 200)
            let read = try fixture.movements().compactMap(Self.code)
            #expect(read == codes)
            #expect(try fixture.store.club(ofReceipt: codes[17]) == StoreFixture.id("CLUB"))
            #expect(try fixture.store.fullCheck().passed)
        }
    }

    @Test(arguments: TestedStore.all) func aCodeAlreadyGivenIsRefusedByTheLedger(store kind: TestedStore) async throws {
        try await StoreFixture.on(kind) { fixture in
            let first = try fixture.store.record(Self.donation(100))
            let taken = try #require(Self.code(first))
            let again = MovementDraft(
                occurredOn: StoreFixture.date("2024-03-02"), recordedBy: "tesorera", note: "",
                body: .donation(
                    Donation(
                        clubID: StoreFixture.id("CLUB"), amount: Money(minorUnits: 200, currency: .usDollar), source: .event("Rifa"),
                        receipt: taken)))
            #expect(throws: StoreError.self) { try fixture.store.record(again) }
            #expect(try fixture.movements().count == 1)
        }
    }

    @Test func aCodeChangedOutsideTheProgramBreaksTheChain() throws {
        let fixture = try StoreFixture()
        let recorded = try fixture.store.record([Self.donation(100), Self.donation(200)])
        #expect(try fixture.store.fullCheck().passed)
        let code = try #require(Self.code(recorded[0]))
        var other = ReceiptCode.random()
        while other == code { other = ReceiptCode.random() }
        let queue = try DatabaseQueue(path: fixture.path)
        try queue.write { db in
            try db.execute(sql: "DROP TRIGGER movementNoUpdate")
            try db.execute(sql: "UPDATE movement SET receipt = ? WHERE id = ?", arguments: [other.compact, recorded[0].id])
        }
        try queue.close()
        let check = try fixture.reopened().fullCheck()
        #expect(!check.passed)
        // Named as the hash chain broken at that very donation: the code is part of what its hash covers.
        #expect(check.brokenLink?.id == recorded[0].id, "\(String(describing: check.brokenLink))")
        // A code that is not one (edited by hand) is refused by the table itself.
        let queue2 = try DatabaseQueue(path: fixture.path)
        #expect(throws: (any Error).self) {
            try queue2.write { db in
                try db.execute(sql: "UPDATE movement SET receipt = 'AAAAIAAAAA' WHERE id = ?", arguments: [recorded[1].id])
            }
        }
        try queue2.close()
    }
}
