import CuentasCore
import CuentasStore
import Foundation
import HummingbirdTesting
import Testing

/// The amendment forms: an official corrects their project's details and re-programs its budget, a treasurer amends
/// their club's details; each scoped, each showing the current values, each recorded all or nothing.
@Suite struct AmendmentFormTests {
    typealias W = WebFixture

    @Test(arguments: ServedStore.all) func anOfficialCorrectsTheirProjectOnlyAndNothingUnchangedIsRecorded(store: ServedStore) async throws
    {
        let fixture = try await WebFixture.on(store)
        try await fixture.application().test(.router) { client in
            let official = Browser(client)
            try await official.signIn("oficial-a")
            let project = try await official.get("/app/projects/P-A")
            #expect(project.html.contains("/app/projects/P-A/correct"))
            let form = try await official.get("/app/projects/P-A/correct")
            #expect(form.status == .ok && form.input("title_es") == "Obra A", "\(form.status)")
            func fields(_ changes: [(String, String)]) -> [(String, String)] {
                var all = [
                    "title_es": "Obra A", "title_en": "Work A", "description_es": "", "description_en": "", "locality": "Centro",
                    "executing_agency": "MUN-A", "planned_end": "", "date": "2024-03-01", "reason": "Error de captura", "minutes": "",
                ]
                for (name, value) in changes { all[name] = value }
                return [("csrf", form.csrf ?? "")] + all.sorted { $0.key < $1.key }
            }
            let nothing = try await official.post("/app/projects/P-A/correct", fields([]))
            #expect(nothing.status == .unprocessableContent && nothing.text.contains("Nothing changed"))
            let badDate = try await official.post(
                "/app/projects/P-A/correct", fields([("title_es", "Obra A bis"), ("planned_end", "2023-02-30")]))
            #expect(badDate.status == .unprocessableContent)
            #expect(try await fixture.onServed { try $0.catalogue().projects[W.id("P-A")]?.title.spanish } == "Obra A")
            let done = try await official.post(
                "/app/projects/P-A/correct", fields([("title_es", "Pozo de agua de Centro"), ("planned_end", "2025-06-30")]))
            #expect(done.status == .ok && done.text.contains("Change recorded"), "\(done.text)")
            #expect(done.input("title_es") == "Pozo de agua de Centro")
            let live = try await official.get("/app/live/en/projects/P-A.html")
            #expect(
                live.text.contains("Changes to this record") && live.text.contains("“Obra A” → “Pozo de agua de Centro”"), "\(live.status)")
            #expect(try await official.get("/app/projects/P-B/correct").status == .forbidden)
            let treasurer = Browser(client)
            try await treasurer.signIn("tesorera-a")
            #expect(try await treasurer.get("/app/projects/P-A/reprogram").status == .forbidden)
        }
        let project = try #require(try await fixture.onServed { try $0.catalogue().projects[W.id("P-A")] })
        #expect(project.title.spanish == "Pozo de agua de Centro" && project.plannedEndOn == W.date("2025-06-30"))
        #expect(try await fixture.onServed { try $0.catalogue().history[.project(W.id("P-A"))]?.count } == 2)
    }

    @Test func anOfficialReprogramsABudgetBetweenItsLines() async throws {
        let fixture = try WebFixture()
        try fixture.store.addProject(
            Project(
                folio: W.id("P-C"), title: LocalizedText(spanish: "Aulas", english: "Classrooms"),
                description: LocalizedText(spanish: "", english: ""),
                kind: .education, municipalityID: W.id("MUN-A"), locality: "Centro", sponsorClubIDs: [W.id("CLUB-A")],
                executingAgencyID: W.id("MUN-A"), approvedCost: W.pesos(400_000_00),
                budgetLines: [
                    BudgetLine(number: 1, concept: "Obra", amount: W.pesos(300_000_00)),
                    BudgetLine(number: 2, concept: "Muebles", amount: W.pesos(100_000_00)),
                ],
                proposedOn: W.date("2024-01-01")))
        try await fixture.application().test(.router) { client in
            let official = Browser(client)
            try await official.signIn("oficial-a")
            let form = try await official.get("/app/projects/P-C/reprogram")
            #expect(form.input("line_1") == "300000.00" && form.input("line_2") == "100000.00")
            #expect(form.text.contains("Line 1. Obra (approved MX$300,000.00; paid MX$0.00)"), "\(form.text)")
            func post(_ one: String, _ two: String, minutes: String = "ACTA-COMITE-4") async throws -> Browser.Page {
                try await official.post(
                    "/app/projects/P-C/reprogram",
                    [
                        ("csrf", form.csrf ?? ""), ("line_1", one), ("line_2", two), ("date", "2024-05-01"), ("reason", "Más obra"),
                        ("minutes", minutes),
                    ])
            }
            let unbalanced = try await post("320000", "100000")
            #expect(unbalanced.status == .unprocessableContent && unbalanced.text.contains("adding up to"), "\(unbalanced.text)")
            let noMinutes = try await post("320000", "80000", minutes: "")
            #expect(noMinutes.status == .unprocessableContent)
            let sameWrittenOtherwise = try await post("300000", "100000.0")
            #expect(sameWrittenOtherwise.text.contains("Nothing changed"))
            let done = try await post("320000", "80000")
            #expect(done.status == .ok && done.input("line_1") == "320000.00", "\(done.text)")
        }
        let project = try #require(try fixture.store.catalogue().projects[W.id("P-C")])
        #expect(project.modifiedAmount(line: 1) == W.pesos(320_000_00) && project.modifiedAmount(line: 2) == W.pesos(80_000_00))
        #expect(project.reprogrammings.count == 1 && project.reprogrammings[0].minutes == "ACTA-COMITE-4")
        #expect(try await fixture.onServed { try $0.fullCheck().passed })
    }

    @Test(arguments: ServedStore.all) func aTreasurerAmendsTheirOwnClubsDetails(store: ServedStore) async throws {
        let fixture = try await WebFixture.on(store)
        try await fixture.application().test(.router) { client in
            let treasurer = Browser(client)
            try await treasurer.signIn("tesorera-a")
            #expect(try await treasurer.get("/app").html.contains("/app/club/details"))
            let form = try await treasurer.get("/app/club/details")
            #expect(form.input("city") == "Los Angeles")
            let done = try await treasurer.post(
                "/app/club/details",
                [
                    ("csrf", form.csrf ?? ""), ("name", "Club A"), ("federation", ""), ("city", "Santa Ana"), ("state", "CA"),
                    ("country", "USA"),
                    ("date", "2024-06-01"), ("reason", "Nueva sede"), ("minutes", ""),
                ])
            #expect(done.status == .ok && done.input("city") == "Santa Ana", "\(done.text)")
            let official = Browser(client)
            try await official.signIn("oficial-a")
            #expect(try await official.get("/app/club/details").status == .forbidden)
        }
        #expect(try await fixture.onServed { try $0.catalogue().clubs[W.id("CLUB-A")]?.cityAbroad } == "Santa Ana")
        #expect(try await fixture.onServed { try $0.catalogue().clubs[W.id("CLUB-B")]?.cityAbroad } == "Los Angeles")
    }
}
