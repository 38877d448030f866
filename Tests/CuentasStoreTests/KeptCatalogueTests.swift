import CuentasCore
import CuentasTables
import CuentasTestSupport
import Foundation
import Testing

/// The store keeps parts of the catalogue between reads (`KeptCatalogue.part`): a change made through this handle or
/// through another (a second app server, the command line) is seen by the next read and the next recording.
@Suite struct KeptCatalogueTests {
    typealias F = StoreFixture

    static func retitle(_ title: String, on day: String) -> CatalogueAmendment {
        CatalogueAmendment(
            subject: .project(F.folio), field: .titleSpanish, value: title, effectiveOn: F.date(day), reason: "Error de captura",
            minutes: "ACTA-9", recordedBy: "tester")
    }

    @Test(arguments: TestedStore.all) func aKeptPartIsReadAgainWhenTheCatalogueChangesAnywhere(store kind: TestedStore) async throws {
        try await F.on(kind) { fixture in
            func title() throws -> String? {
                try fixture.store.catalogue(onlyProjects: [F.folio], onlyClubs: nil).projects[F.folio]?.title.spanish
            }
            #expect(try title() == "Obra")
            #expect(try title() == "Obra")
            try fixture.store.amend([Self.retitle("Obra del camino", on: "2024-05-01")])
            #expect(try title() == "Obra del camino")
            let other = try fixture.reopened()
            try other.amend([Self.retitle("Obra del camino a Centro", on: "2024-06-01")])
            #expect(try title() == "Obra del camino a Centro")
            // A club another handle adds is known to this one's next recording.
            let donation = MovementBody.donation(
                Donation(clubID: F.id("CLUB-2"), amount: Money(minorUnits: 10_00, currency: .usDollar), source: .event("Rifa")))
            #expect(throws: (any Error).self) { try fixture.store.record(fixture.draft(donation)) }
            try other.addClub(
                Club(
                    id: F.id("CLUB-2"), name: "Club Dos", federationID: nil, cityAbroad: "Dallas", stateAbroad: "TX", countryAbroad: "USA",
                    tomaDeNota: TomaDeNota(number: "T-2", expiresOn: F.date("2030-01-01")), fundCurrency: .usDollar))
            let recorded = try fixture.store.record(fixture.draft(donation))
            #expect(recorded.body.kind == .donation)
            #expect(try fixture.store.fullCheck().passed)
        }
    }
}
