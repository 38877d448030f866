import CuentasCore
@testable import CuentasStore
import CuentasTestSupport
import Foundation
import GRDB
import Testing
import CuentasTables

/// When each movement was typed in (`movement.recordedAt`) is kept outside the movements' own encoding; each write's
/// record (`recording`) binds it to the chain, so `check` names a time changed, a movement added or a record removed
/// behind the program's back.
@Suite struct RecordedAtTests {
    typealias F = StoreFixture

    /// A ledger with three writes: the approval (movements 1-5), two deposits together (6-7), one more deposit (8).
    private func ledger(_ fixture: F) throws {
        try fixture.approve()
        _ = try fixture.store.record([
            fixture.draft(F.deposit("MX", 100_00, reference: "R-1")), fixture.draft(F.deposit("ZAC", 100_00, reference: "R-2")),
        ])
        _ = try fixture.store.record(fixture.draft(F.deposit("MUN", 100_00, reference: "R-3")))
    }

    private func problems(_ fixture: F) throws -> [RecordingProblem] {
        let check = try fixture.reopened().fullCheck()
        #expect(check.passed == check.recordingProblems.isEmpty)
        return check.recordingProblems
    }

    private func recordings(_ fixture: F) throws -> [[Int64]] { try Self.recordings(fixture.store) }

    private static func recordings<Store: SessionStore>(_ store: Store) throws -> [[Int64]] {
        try store.reading { session in
            try session.rows("SELECT firstMovement, lastMovement FROM recording ORDER BY firstMovement").map {
                [$0.integer(at: 0) ?? -1, $0.integer(at: 1) ?? -1]
            }
        }
    }

    @Test(arguments: TestedStore.all) func eachWriteIsRecordedOnceAndTheLedgerPasses(store kind: TestedStore) async throws {
        try await F.on(kind) { fixture in
            try ledger(fixture)
            let written = try recordings(fixture)
            #expect(written == [[1, 5], [6, 7], [8, 8]], "\(written)")
            #expect(try problems(fixture).isEmpty)
        }
    }

    @Test(arguments: TestedStore.all) func aRecordingTimeChangedByHandIsNamed(store kind: TestedStore) async throws {
        try await F.on(kind) { fixture in
            try ledger(fixture)
            try fixture.tamper(["UPDATE movement SET recordedAt = '2019-01-01T00:00:00Z' WHERE id = 7"])
            let found = try problems(fixture)
            #expect(found.map(\.movement) == [7])
            #expect(found.first?.explanation(in: .english).contains("the file says 2019-01-01T00:00:00Z") == true, "\(found)")
        }
    }

    @Test(arguments: TestedStore.all) func aTimeChangedTogetherWithItsRecordBreaksTheRecordsChain(store kind: TestedStore) async throws {
        try await F.on(kind) { fixture in
            try ledger(fixture)
            try fixture.tamper(
                [
                    "UPDATE movement SET recordedAt = '2019-01-01T00:00:00Z' WHERE id BETWEEN 6 AND 7",
                    "UPDATE recording SET recordedAt = '2019-01-01T00:00:00Z' WHERE firstMovement = 6",
                ])
            #expect(try problems(fixture).map(\.kind) == [.recordingChanged])
        }
    }

    @Test(arguments: TestedStore.all) func aWritesRecordRemovedLeavesItsMovementsUnrecorded(store kind: TestedStore) async throws {
        try await F.on(kind) { fixture in
            try ledger(fixture)
            try fixture.tamper(["DELETE FROM recording WHERE firstMovement = 8"])
            let found = try problems(fixture)
            #expect(found == [RecordingProblem(movement: 8, kind: .notRecorded)], "\(found)")
        }
    }

    @Test(arguments: TestedStore.all) func aRecordWhoseMovementsAreGoneIsNamed(store kind: TestedStore) async throws {
        try await F.on(kind) { fixture in
            try ledger(fixture)
            try fixture.tamper(["DELETE FROM movement WHERE id = 8"])
            // The movements' chain and the balances say so too; the record names the movement.
            let check = try fixture.reopened().fullCheck()
            #expect(!check.passed)
            #expect(check.recordingProblems == [RecordingProblem(movement: 8, kind: .movementGone)])
        }
    }

    /// A ledger written before v12 gets one record per run of movements typed in at the same moment, once, and passes.
    @Test func aLedgerFromBeforeTheRecordsIsFilledInOnceWhenOpened() throws {
        let fixture = try F()
        try ledger(fixture)
        try fixture.tamper(["DROP TABLE recording", "DELETE FROM grdb_migrations WHERE identifier = 'v12-recordings'"])
        #expect(try problems(fixture).isEmpty)
        let filled = try recordings(fixture)
        #expect(filled.first?.first == 1 && filled.last?.last == 8)
        #expect(zip(filled, filled.dropFirst()).allSatisfy { $0[1] + 1 == $1[0] })
        _ = try fixture.reopened()
        #expect(try recordings(fixture) == filled)
    }
}
