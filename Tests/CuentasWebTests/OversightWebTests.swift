import CuentasCore
import CuentasStore
@testable import CuentasWeb
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// The hometown committee on a phone: its member sees only the projects they watch, records a visit with a photo
/// (its location removed) and a complaint; a sponsoring club's treasurer complains too; the project's official sees
/// the complaints waiting on the start page, flagged when late, and answers; nobody else may.
@Suite struct OversightWebTests {
    static let photo = Array(
        try! Data(
            contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent().appendingPathComponent("SampleData/evidence/obra-linea-de-conduccion.jpg")))

    private func fixtureWithCommittee() throws -> WebFixture {
        let fixture = try WebFixture()
        try fixture.store.addUser(
            try UserAccount(name: "comite-a", role: .committee, clubID: nil, municipalityID: nil).watching([WebFixture.id("P-A")]),
            passwordHash: PasswordHasher(cost: 4).hash(WebFixture.password), createdBy: "fixture")
        return fixture
    }

    @Test func theCommitteeRecordsAVisitWithAPhotoAndAComplaint() async throws {
        let fixture = try fixtureWithCommittee()
        let before = fixture.movementCount
        try await fixture.application().test(.router) { client in
            let committee = Browser(client)
            let home = try await committee.signIn("comite-a")
            #expect(home.html.contains("/app/projects/P-A") && !home.html.contains("/app/projects/P-B"))
            let page = try await committee.get("/app/projects/P-A")
            #expect(page.status == .ok)
            #expect(page.html.contains("action=\"/app/projects/P-A/visits\"") && page.html.contains("enctype=\"multipart/form-data\""))
            #expect(try await committee.get("/app/projects/P-B").status == .forbidden)

            let visit = try await committee.upload(
                "/app/projects/P-A/visits",
                fields: [
                    ("csrf", page.csrf ?? ""), ("date", "2024-05-02"), ("attendees", "Tres integrantes"), ("percent", "40"),
                    ("remarks", "Zanja abierta"), ("caption", "La zanja"),
                ],
                fileField: "photo", fileName: "zanja.jpg", bytes: Self.photo, type: "image/jpeg")
            #expect(visit.status == .seeOther, "\(visit.html.prefix(300))")
            let complaint = try await committee.post(
                "/app/projects/P-A/complaints", [("csrf", page.csrf ?? ""), ("kind", "complaint"), ("text", "¿Cuándo llega el tubo?")])
            #expect(complaint.status == .seeOther)
            let after = try await committee.get("/app/projects/P-A?done=complaint")
            #expect(
                after.html.contains("¿Cuándo llega el tubo?") || after.html.contains("&#191;Cuándo llega el tubo?")
                    || after.html.contains("Cuándo llega el tubo"))
            // Not on a project they do not watch, and a visit's photo that is not one is refused with the reason.
            #expect(
                try await committee.post("/app/projects/P-B/complaints", [("csrf", page.csrf ?? ""), ("text", "x")]).status == .forbidden)
            let fake = try await committee.upload(
                "/app/projects/P-A/visits",
                fields: [("csrf", page.csrf ?? ""), ("date", "2024-05-03"), ("attendees", "Tres"), ("remarks", "Otra")],
                fileField: "photo", fileName: "foto.jpg", bytes: Array("%PDF-1.4 not a photo".utf8), type: "image/jpeg")
            #expect(fake.status == .unprocessableContent)
            #expect(fake.html.contains("foto.jpg"))
        }
        let oversight = try fixture.store.oversight(folio: WebFixture.id("P-A"))
        #expect(oversight.visits.count == 1, "the refused photo recorded no visit")
        #expect(oversight.visits.first?.physicalPercent == 40)
        #expect(oversight.evidence.count == 1 && oversight.evidence.first?.visitID == oversight.visits.first?.id)
        let kept = try #require(fixture.store.evidenceFolder.bytes(digest: oversight.evidence[0].digest))
        #expect(kept.count == Self.photo.count && Array(kept) != Self.photo, "kept with its location zeroed")
        #expect(oversight.complaints.map(\.origin) == [.committee])
        #expect(fixture.movementCount == before, "no money recorded")
    }

    @Test func theOfficialSeesLateComplaintsAndAnswersThem() async throws {
        let fixture = try fixtureWithCommittee()
        let old = try fixture.store.addComplaint(
            folio: WebFixture.id("P-A"), kind: .complaint, origin: .treasurer, author: "tesorera-a",
            writtenOn: WebFixture.date("2024-01-15"),
            text: "No vemos la factura")
        try await fixture.application().test(.router) { client in
            let treasurer = Browser(client)
            try await treasurer.signIn("tesorera-a")
            let page = try await treasurer.get("/app/projects/P-A")
            #expect(
                try await treasurer.post(
                    "/app/projects/P-A/complaints", [("csrf", page.csrf ?? ""), ("kind", "observation"), ("text", "Y el acta")]
                ).status == .seeOther)
            let other = Browser(client)
            let otherHome = try await other.signIn("tesorero-b")
            #expect(
                try await other.post("/app/projects/P-A/complaints", [("csrf", otherHome.csrf ?? ""), ("text", "ajena")]).status
                    == .forbidden)

            let official = Browser(client)
            let home = try await official.signIn("oficial-a")
            #expect(home.html.contains("No vemos la factura"))
            #expect(home.html.contains("unanswered for more than 30 days") || home.html.contains("sin respuesta desde hace más de 30 días"))
            #expect(
                try await treasurer.post("/app/projects/P-A/complaints/\(old.id)/answer", [("csrf", page.csrf ?? ""), ("text", "x")]).status
                    == .forbidden)
            let answered = try await official.post(
                "/app/projects/P-A/complaints/\(old.id)/answer", [("csrf", home.csrf ?? ""), ("text", "Ya está publicada")])
            #expect(answered.status == .seeOther)
            let again = try await official.post(
                "/app/projects/P-A/complaints/\(old.id)/answer", [("csrf", home.csrf ?? ""), ("text", "Otra vez")])
            #expect(again.status == .unprocessableContent)
        }
        let complaints = try fixture.store.oversight(folio: WebFixture.id("P-A")).complaints
        #expect(complaints.first { $0.id == old.id }?.answer?.text == "Ya está publicada")
        #expect(complaints.contains { $0.origin == .treasurer && $0.kind == .observation })
    }

    /// The progress form carries a photo: recorded with it in one step; a file that is not a photo records nothing.
    @Test func aMovementFormAttachesItsFileInTheSameStep() async throws {
        let fixture = try fixtureWithCommittee()
        try fixture.store.record(
            MovementDraft(
                occurredOn: WebFixture.date("2024-03-01"), recordedBy: "setup", note: "",
                body: .status(StatusChange(folio: WebFixture.id("P-A"), status: .inExecution))))
        let before = fixture.movementCount
        try await fixture.application().test(.router) { client in
            let official = Browser(client)
            try await official.signIn("oficial-a")
            let form = try await official.get("/app/record/progress")
            #expect(form.html.contains("enctype=\"multipart/form-data\"") && form.html.contains("type=\"file\""))
            func fields(_ page: Browser.Page, _ percent: String) -> [(String, String)] {
                [
                    ("csrf", page.csrf ?? ""), ("submission", page.input("submission") ?? ""), ("date", "2026-11-20"), ("project", "P-A"),
                    ("percent", percent), ("evidence_caption", "La zanja tapada"),
                ]
            }
            let refused = try await official.upload(
                "/app/record/progress", fields: fields(form, "35"), fileField: "evidence", fileName: "zanja.png", bytes: Self.photo,
                type: "image/png")
            #expect(refused.status == .unprocessableContent)
            #expect(refused.html.contains("zanja.png"))
            let again = try await official.get("/app/record/progress")
            let recorded = try await official.upload(
                "/app/record/progress", fields: fields(again, "35"), fileField: "evidence", fileName: "zanja.jpg", bytes: Self.photo,
                type: "image/jpeg")
            #expect(recorded.status == .ok, "\(recorded.html.components(separatedBy: "<main").last?.prefix(1500) ?? "")")
        }
        #expect(fixture.movementCount == before + 1)
        let evidence = try fixture.store.oversight(folio: WebFixture.id("P-A")).evidence
        #expect(evidence.count == 1 && evidence.first?.caption == "La zanja tapada" && evidence.first?.movementID != nil)
    }
}
