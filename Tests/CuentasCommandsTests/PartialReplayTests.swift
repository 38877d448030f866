import CuentasCore
import CuentasRender
import CuentasStatements
import CuentasStore
import Foundation
import Testing

/// A re-publish renders the statements a new movement changes from a replay of only part of the ledger
/// (`SiteChanges`, `LedgerStore.partialCheck`). For every movement of the sample, as if it were the only new one,
/// those statements and the index lines must be exactly what the whole ledger gives.
@Suite struct PartialReplayTests {
    static let asOf = try! CalendarDate(parsing: "2026-11-23", field: "date")

    static func sampleStore() throws -> (CLI, LedgerStore) {
        let cli = try CLI()
        #expect(try cli.shell("cuentas init >/dev/null && bash SampleData/load.sh >/dev/null").status == 0)
        return (cli, try LedgerStore.open(path: cli.database))
    }

    @Test func theStatementsEachMovementChangesComeOutOfThePartialReplayAsOutOfTheWholeLedger() throws {
        let (_, store) = try Self.sampleStore()
        let whole = try store.state()
        let catalogue = whole.catalogue
        let units = StatementSubject.all(in: catalogue)
        #expect(units.count == 20)
        var kindsSeen: Set<MovementKind> = []
        let earlier = Dictionary(uniqueKeysWithValues: whole.movements.inOrder.map { ($0.id, $0) })
        for movement in try store.movements() {
            let changes = SiteChanges(
                newMovements: [movement], earlierMovements: earlier, catalogue: catalogue, previousUnits: units)
            #expect(!changes.units.isEmpty, "movement \(movement.id)")
            let replay = try store.partialCheck(catalogue: catalogue, folios: changes.folios, clubs: changes.clubs)
            #expect(replay.passed, "movement \(movement.id): \(replay.violations)")
            #expect(replay.movementCount < whole.movements.count || changes.folios.count == catalogue.projects.count)
            for unit in changes.units {
                let fromWhole = try #require(Statement(unit, state: whole, asOf: Self.asOf), "\(unit.unit)")
                #expect(Statement(unit, state: replay.state, asOf: Self.asOf) == fromWhole, "\(unit.unit) after \(movement.id)")
            }
            for folio in changes.folios {
                #expect(
                    ProjectSummary(account: replay.state.projects[folio]!, catalogue: catalogue, asOf: Self.asOf)
                        == ProjectSummary(account: whole.projects[folio]!, catalogue: catalogue, asOf: Self.asOf))
            }
            kindsSeen.insert(movement.body.kind)
        }
        #expect(kindsSeen.isSuperset(of: [.pledge, .deposit, .donation, .transfer, .payment, .progress, .status, .reversal, .refund]))
    }

    /// A part that covers every project is read as the whole ledger (in the table's order, not sorted through the
    /// indexes): up to any movement, it is exactly the whole ledger up to that movement.
    @Test func aPartCoveringEveryProjectIsTheWholeLedgerUpToItsLastMovement() throws {
        let (_, store) = try Self.sampleStore()
        let whole = try store.state()
        let catalogue = whole.catalogue
        let every = Set(catalogue.projects.keys)
        for last in [1, 57, 180, 261, whole.lastMovementID] as [MovementID] {
            let upTo = LedgerCheck(catalogue: catalogue, movements: whole.movements.inOrder.filter { $0.id <= last })
            let part = try store.partialCheck(catalogue: catalogue, folios: every, clubs: [], through: last)
            #expect(part.passed && part.movementCount == Int(last), "through #\(last)")
            #expect(part.state.movements.inOrder == upTo.state.movements.inOrder, "through #\(last)")
            for folio in every {
                #expect(
                    ProjectStatement(folio: folio, state: part.state, asOf: Self.asOf)
                        == ProjectStatement(folio: folio, state: upTo.state, asOf: Self.asOf), "\(folio) through #\(last)")
            }
            for club in catalogue.clubs.keys {
                #expect(
                    ClubStatement(clubID: club, state: part.state, asOf: Self.asOf)
                        == ClubStatement(clubID: club, state: upTo.state, asOf: Self.asOf), "\(club) through #\(last)")
            }
        }
    }

    @Test func aDonationChangesItsClubAndAProgressReportItsProjectClubsAndMunicipality() throws {
        let (_, store) = try Self.sampleStore()
        let whole = try store.state()
        let units = StatementSubject.all(in: whole.catalogue)
        let movements = try store.movements()
        let donation = try #require(movements.first { if case .donation = $0.body { true } else { false } })
        guard case .donation(let body) = donation.body else { return }
        let afterDonation = SiteChanges(newMovements: [donation], earlierMovements: [:], catalogue: whole.catalogue, previousUnits: units)
        #expect(afterDonation.units == [.club(body.clubID)])

        let progress = try #require(movements.first { $0.body.kind == .progress && $0.body.folio?.text == "3X1-2024-002" })
        let afterProgress = SiteChanges(newMovements: [progress], earlierMovements: [:], catalogue: whole.catalogue, previousUnits: units)
        #expect(
            Set(afterProgress.units.map(\.unit)) == [
                "project:3X1-2024-002", "club:CLUB-CANON-LA", "club:CLUB-CANON-CHI", "municipality:MUN-CANON",
            ])
        // Every project of the municipality and of the two clubs is replayed, no other.
        let expected = Set(
            whole.catalogue.projects.values.filter {
                $0.municipalityID.text == "MUN-CANON"
                    || $0.sponsorClubIDs.contains { ["CLUB-CANON-LA", "CLUB-CANON-CHI"].contains($0.text) }
            }.map(\.folio))
        #expect(afterProgress.folios == expected)
        #expect(expected.count < whole.catalogue.projects.count)

        // Nothing new: nothing to render.
        #expect(SiteChanges(newMovements: [], earlierMovements: [:], catalogue: whole.catalogue, previousUnits: units).units.isEmpty)
        // A statement not published before is rendered.
        let withoutClub = units.subtracting([.club(PartyID(trusted: "CLUB-MEZQ-LB"))])
        #expect(
            SiteChanges(newMovements: [], earlierMovements: [:], catalogue: whole.catalogue, previousUnits: withoutClub).units.map(\.unit)
                == ["club:CLUB-MEZQ-LB"])
    }

    @Test func theIndexFromSummaryLinesIsTheIndexFromTheLedger() throws {
        let (_, store) = try Self.sampleStore()
        let whole = try store.state()
        let summaries = whole.projects.values.map { ProjectSummary(account: $0, catalogue: whole.catalogue, asOf: Self.asOf) }
        let readBack = summaries.map { ProjectSummary(figuresLine: Substring($0.figuresLine), catalogue: whole.catalogue) }
        #expect(readBack == summaries)
        // With every club's cost of sending (kept beside the summaries in a published folder), the corridors too.
        let clubCosts = whole.clubFunds.keys.compactMap { ClubSendingCosts(clubID: $0, state: whole, asOf: Self.asOf) }
        let index = PortfolioIndex(state: whole, asOf: Self.asOf)
        #expect(index.corridors.first?.providers.contains { $0.provider == "Remesas Uno" } == true)
        #expect(
            PortfolioIndex(summaries: readBack.compactMap { $0 }, catalogue: whole.catalogue, asOf: Self.asOf, clubCosts: clubCosts)
                == index)
        // A line that does not read, or names an unknown project, gives nothing rather than a wrong line.
        #expect(ProjectSummary(figuresLine: "3X1-2024-002\tapproved\t1", catalogue: whole.catalogue) == nil)
        #expect(ProjectSummary(figuresLine: "NOPE\tapproved\t1\t2\t3\t4\t5\t6\t-\t0\t0", catalogue: whole.catalogue) == nil)
    }
}
