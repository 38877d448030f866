import CuentasCore
import Foundation
import Hummingbird
import HummingbirdTesting
import CuentasTestSupport
import Testing

@testable import CuentasWeb

@Suite struct FlowTests {
    /// Sends a movement form as shown, with `fields` filled in.
    static func record(_ browser: Browser, _ form: String, _ fields: [(String, String)]) async throws -> Browser.Page {
        let page = try await browser.get("/app/record/\(form)")
        var sent = [("csrf", page.csrf ?? ""), ("submission", page.input("submission") ?? "")]
        for hidden in ["club", "currency"] { if let value = page.input(hidden) { sent.append((hidden, value)) } }
        return try await browser.post("/app/record/\(form)", sent + fields)
    }

    @Test(arguments: ServedStore.all) func aTreasurerAndAnOfficialRecordAndPublishAndThePublicPageShowsTheNewFigures(
        store: ServedStore
    ) async throws {
        let fixture = try await WebFixture.on(store)
        try await fixture.application().test(.router) { client in
            let treasurer = Browser(client)
            try await treasurer.signIn("tesorera-a")
            let donation = try await Self.record(
                treasurer, "donation", [("date", "2026-11-02"), ("amount", "6000.00"), ("member", ""), ("event", "Kermés")])
            #expect(donation.status == .ok, "\(donation.text)")
            let transfer = try await Self.record(
                treasurer, "transfer",
                [
                    ("date", "2026-11-05"), ("project", "P-A"), ("sent_amount", "5882.35"), ("fee", "20.00"), ("exchange_rate", "17.00"),
                    ("rate_source", "Comprobante del banco"), ("received_amount", "100000.00"), ("reference", "WIRE-A-1"),
                ])
            #expect(transfer.status == .ok, "\(transfer.text)")

            let official = Browser(client)
            try await official.signIn("oficial-a")
            let start = try await Self.record(official, "status", [("date", "2026-11-06"), ("project", "P-A"), ("status", "in-execution")])
            #expect(start.status == .ok, "\(start.text)")
            let deposit = try await Self.record(
                official, "deposit",
                [
                    ("date", "2026-11-07"), ("project", "P-A"), ("party", "MX"), ("sent_amount", "100000.00"), ("sent_currency", "MXN"),
                    ("fee", "0"), ("exchange_rate", "1"), ("rate_source", "same currency"), ("received_amount", "100000.00"),
                    ("reference", "SPEI-A-1"),
                ])
            #expect(deposit.status == .ok, "\(deposit.text)")
            let payment = try await Self.record(
                official, "payment",
                [
                    ("date", "2026-11-10"), ("project", "P-A"), ("budget_line", "1"), ("payee", "Constructora del Cañón SA de CV"),
                    ("payee_tax_id", "CCV1703149K2"), ("amount", "150000.00"), ("invoice_uuid", "A12C552E-777F-435C-AE15-000000000009"),
                ])
            #expect(payment.status == .ok, "\(payment.text)")
            let progress = try await Self.record(official, "progress", [("date", "2026-11-12"), ("project", "P-A"), ("percent", "35")])
            #expect(progress.status == .ok, "\(progress.text)")

            let home = try await official.get("/app")
            // Publishing runs in the background: the press answers at once with the way to its state page, which
            // says it is under way until it is done.
            let pressed = try await official.post("/app/publish", [("csrf", home.csrf ?? "")])
            #expect(pressed.status == .seeOther)
            #expect(pressed.location == "/app/publish")
            var published = try await official.get("/app/publish")
            for _ in 0..<600 where published.html.contains("is under way") {
                try await Task.sleep(for: .milliseconds(50))
                published = try await official.get("/app/publish")
            }
            #expect(published.status == .ok, "\(published.text)")
            #expect(published.html.contains("Site published"), "\(published.text)")

            // Anyone, signed in or not, reads the published statement at /.
            let visitor = Browser(client)
            let statement = try await visitor.get("/en/projects/P-A.html")
            #expect(statement.status == .ok)
            #expect(statement.html.contains("Work A"))
            #expect(statement.html.contains("150,000.00"))
            #expect(statement.html.contains("Constructora del Cañón SA de CV"))
            #expect(statement.html.contains("35"))
            #expect(statement.headers[.contentSecurityPolicy]?.contains("default-src 'none'") == true)
            #expect(try await visitor.get("/").status == .ok)
        }
        let recorders = Set(try await fixture.movements().filter { $0.recordedBy != "setup" }.map(\.recordedBy))
        #expect(recorders == ["tesorera-a", "oficial-a"])
    }

    @Test(arguments: ServedStore.all) func onlyAnOfficialPublishes(store: ServedStore) async throws {
        let fixture = try await WebFixture.on(store)
        try await fixture.application().test(.router) { client in
            let treasurer = Browser(client)
            let home = try await treasurer.signIn("tesorera-a")
            let refused = try await treasurer.post("/app/publish", [("csrf", home.csrf ?? "")])
            #expect(refused.status == .forbidden)
        }
        #expect(!FileManager.default.fileExists(atPath: fixture.siteFolder.appendingPathComponent("index.html").path))
    }

    @Test(arguments: ServedStore.all) func anUploadShowsEveryErrorFirstAndRecordsNothing(store: ServedStore) async throws {
        let fixture = try await WebFixture.on(store)
        let served = fixture.served
        try await OwnThread.run {
            for folio in ["P-A", "P-B"] {
                try served.record(
                    MovementDraft(
                        occurredOn: WebFixture.date("2026-11-01"), recordedBy: "setup", note: "",
                        body: .status(StatusChange(folio: WebFixture.id(folio), status: .inExecution))))
            }
        }
        let before = await fixture.servedMovementCount
        try await fixture.application().test(.router) { client in
            let official = Browser(client)
            let home = try await official.signIn("oficial-a")
            let csv = """
                date,project,percent
                2026-11-12,P-A,140
                2026-11-13,P-A,20
                2026-11-14,P-B,30
                2026-13-01,P-A,40

                """
            let preview = try await official.upload(
                "/app/import", fields: [("csrf", home.csrf ?? "")], fileField: "file", fileName: "avance.csv", content: csv)
            #expect(preview.status == .unprocessableContent, "\(preview.text)")
            #expect(preview.html.contains("3 rows with problems"))
            // In words: the column named in the page's language, with the file's name for it.
            #expect(preview.html.contains("Physical progress (%) (percent): &quot;140&quot; is not valid; expected a whole percentage"))
            #expect(preview.html.contains("<td>2026-11-13</td><td>P-A</td><td>20</td><td>ok</td>"))
            #expect(preview.html.contains("Outside your scope"))
            #expect(preview.html.contains("Date (date): &quot;2026-13-01&quot;"))
            #expect(!preview.html.contains("/app/import/confirm"))
        }
        #expect(await fixture.servedMovementCount == before)
    }

    @Test(arguments: ServedStore.all) func aCleanUploadIsPreviewedThenRecordedWholeAndOnlyOnce(store: ServedStore) async throws {
        let fixture = try await WebFixture.on(store)
        let before = await fixture.servedMovementCount
        try await fixture.application().test(.router) { client in
            let treasurer = Browser(client)
            let home = try await treasurer.signIn("tesorera-a")
            let csv =
                "date,club,amount,currency,member,event,note\r\n2026-10-01,CLUB-A,100.00,USD,,Rifa,\r\n2026-10-08,CLUB-A,55.50,USD,,Tamalada,\"con \"\"comillas\"\"\"\r\n"
            let preview = try await treasurer.upload(
                "/app/import", fields: [("csrf", home.csrf ?? "")], fileField: "file", fileName: "donativos.csv", content: csv)
            #expect(preview.status == .ok, "\(preview.text)")
            #expect(preview.html.contains("2 rows without problems: 2 movements will be recorded"))
            #expect(await fixture.servedMovementCount == before)
            let pending = try #require(preview.input("pending"))
            let confirmed = try await treasurer.post("/app/import/confirm", [("csrf", preview.csrf ?? ""), ("pending", pending)])
            #expect(confirmed.status == .ok, "\(confirmed.text)")
            #expect(confirmed.html.contains("donativos.csv: 2 movements recorded"))
            let again = try await treasurer.post("/app/import/confirm", [("csrf", preview.csrf ?? ""), ("pending", pending)])
            #expect(again.status == .conflict)
            // Another user cannot confirm someone else's upload.
            let other = Browser(client)
            let otherHome = try await other.signIn("tesorero-b")
            #expect(
                try await other.post("/app/import/confirm", [("csrf", otherHome.csrf ?? ""), ("pending", pending)]).status == .badRequest)
            // A file of a kind that is not the treasurer's is refused.
            let deposits =
                "date,project,party,sent_amount,sent_currency,fee,exchange_rate,rate_source,received_amount,reference\n2026-10-01,P-A,MX,1,MXN,0,1,x,1,R-1\n"
            let refused = try await treasurer.upload(
                "/app/import", fields: [("csrf", home.csrf ?? "")], fileField: "file", fileName: "d.csv", content: deposits)
            #expect(refused.status == .forbidden)
        }
        #expect(await fixture.servedMovementCount == before + 2)
        #expect(try await fixture.movements().last?.note == "con \"comillas\"")
    }
}
