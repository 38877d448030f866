import CuentasCore
import CuentasStore
import CuentasWeb
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// What keeps the app quick for everyone at the scale of a national program, proved on the router: pages that do
/// not grow with the program, sign-ins limited per address, a catalogue in memory that follows the ledger when the
/// command line changes it, and bodies refused before they are read whole.
@Suite struct ServerLimitsTests {
    @Test func theAuditorsStartPageGoesAPageOfMunicipalitiesAtATime() async throws {
        let fixture = try WebFixture()
        for number in 1...150 {
            try fixture.store.addGovernment(
                Government(
                    id: WebFixture.id("M-\(1000 + number)"), name: "Municipio \(1000 + number)", level: .municipal,
                    parentID: WebFixture.id("ZAC"), countryCode: "MX"))
        }
        try await fixture.application().test(.router) { client in
            let auditor = Browser(client)
            let first = try await auditor.signIn("auditora")
            #expect(first.status == .ok)
            #expect(first.html.contains("Municipalities, page 1 of 2"))
            #expect(first.html.contains("href=\"/app?page=2\""))
            #expect(first.html.components(separatedBy: "/app/live/en/municipalities/").count - 1 == 100)
            let second = try await auditor.get("/app?page=2")
            #expect(second.html.contains("Municipalities, page 2 of 2"))
            #expect(second.html.components(separatedBy: "/app/live/en/municipalities/").count - 1 == 52)
            #expect(second.html.contains("href=\"/app?page=1\""))
            #expect(second.html.utf8.count < 200_000)
            // The list is kept between requests, and made again when the command line adds a municipality.
            let other = try LedgerStore.open(path: fixture.folder.appendingPathComponent("ledger.sqlite").path)
            try other.addGovernment(
                Government(
                    id: WebFixture.id("M-2000"), name: "Municipio 2000", level: .municipal, parentID: WebFixture.id("ZAC"),
                    countryCode: "MX"))
            let again = try await auditor.get("/app?page=2")
            #expect(again.html.components(separatedBy: "/app/live/en/municipalities/").count - 1 == 53)
        }
    }

    /// Wrong passwords lock the name after 5, and the address after 20 whatever the names tried; the answer then
    /// comes without hashing anything.
    @Test func signInsAreLimitedPerAddressNotOnlyPerName() async throws {
        let fixture = try WebFixture()
        try await fixture.application().test(.router) { client in
            let attacker = Browser(client)
            for attempt in 0..<20 {
                let refused = try await attacker.signIn("nadie-\(attempt)", password: "wrong password \(attempt)")
                #expect(refused.status == .unauthorized, "attempt \(attempt)")
            }
            let locked = try await attacker.signIn("tesorera-a")
            #expect(locked.status == .tooManyRequests)
            #expect(locked.html.contains("locked") || locked.html.contains("Too many"), "\(locked.text)")
        }
    }

    /// A project added by the command line (another process, straight into the file) is in the next form.
    @Test func aCatalogueChangedOutsideTheAppIsSeenByTheNextRequest() async throws {
        let fixture = try WebFixture()
        try await fixture.application().test(.router) { client in
            let official = Browser(client)
            try await official.signIn("oficial-a")
            let before = try await official.get("/app/record/deposit")
            #expect(before.status == .ok)
            #expect(!before.html.contains("P-NEW"))
            let other = try LedgerStore.open(path: fixture.folder.appendingPathComponent("ledger.sqlite").path)
            try other.addProject(
                Project(
                    folio: WebFixture.id("P-NEW"), title: LocalizedText(spanish: "Nueva", english: "New"),
                    description: LocalizedText(spanish: "", english: ""), kind: .infrastructure, municipalityID: WebFixture.id("MUN-A"),
                    locality: "Centro", sponsorClubIDs: [WebFixture.id("CLUB-A")], executingAgencyID: WebFixture.id("MUN-A"),
                    approvedCost: WebFixture.pesos(100_00),
                    budgetLines: [BudgetLine(number: 1, concept: "Obra", amount: WebFixture.pesos(100_00))],
                    proposedOn: WebFixture.date("2024-01-01")))
            let after = try await official.get("/app/record/deposit")
            #expect(after.html.contains("P-NEW"), "\(after.text)")
        }
    }

    /// Sessions are bounded: past the limit the oldest signed-in one is let go (its user is sent to sign in again), the
    /// others stay; visitors who only open the sign-in page never push out people signed in.
    @Test func theOldestSessionIsLetGoPastTheLimitAndVisitorsPushOutNoOne() async throws {
        let fixture = try WebFixture()
        try await fixture.application(maximumSessions: 2).test(.router) { client in
            let first = Browser(client), second = Browser(client), third = Browser(client)
            try await first.signIn("tesorera-a")
            #expect(try await first.get("/app").status == .ok)
            try await second.signIn("oficial-a")
            for _ in 0..<5 { _ = try await Browser(client).get("/app/login") }
            #expect(try await first.get("/app").status == .ok, "visitors let a signed-in session go")
            #expect(try await second.get("/app").status == .ok)
            try await third.signIn("auditora")
            let letGo = try await first.get("/app")
            #expect(letGo.status != .ok && letGo.headers[.location] == "/app/login", "\(letGo.status)")
            #expect(try await second.get("/app").status == .ok)
            #expect(try await third.get("/app").status == .ok)
        }
    }

    /// A body over the limit is refused before it is read whole, and before any session or form is looked at.
    @Test func anOversizedBodyIsRefusedBeforeItIsParsed() async throws {
        let fixture = try WebFixture()
        try await fixture.application().test(.router) { client in
            let big = ByteBuffer(repeating: UInt8(ascii: "a"), count: 6 * 1024 * 1024)
            let response = try await client.execute(
                uri: "/app/login", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"], body: big)
            #expect(response.status == .contentTooLarge)
        }
        #expect(fixture.movementCount >= 0)
    }

    /// Before anyone signs in, only a small body is read: a sign-in form over its 4 KiB is refused whole (413), and a
    /// body declared over the largest upload is refused before a byte of it is read.
    @Test func beforeSignInOnlySmallBodiesAreRead() async throws {
        let fixture = try WebFixture()
        try await fixture.application().test(.router) { client in
            let browser = Browser(client)
            let login = try await browser.get("/app/login")
            let padded = try await browser.post(
                "/app/login",
                [
                    ("csrf", login.csrf ?? ""), ("name", "tesorera-a"), ("password", WebFixture.password),
                    ("x", String(repeating: "a", count: 5_000)),
                ])
            #expect(padded.status == .contentTooLarge)
            let signedIn = try await browser.post(
                "/app/login", [("csrf", login.csrf ?? ""), ("name", "tesorera-a"), ("password", WebFixture.password)])
            #expect(signedIn.status == .seeOther && signedIn.location == "/app")
            // Over the largest upload (an evidence file), to an upload's address, by nobody signed in: refused from its length
            // (not sent to sign in, which would mean the session had been looked up first).
            let declared = try await client.execute(
                uri: "/app/projects/P-A/evidence", method: .post, headers: [.contentType: "multipart/form-data; boundary=B"],
                body: ByteBuffer(repeating: UInt8(ascii: "a"), count: 22 * 1024 * 1024))
            #expect(declared.status == .contentTooLarge)
        }
    }

    /// A failure the program explains (here a damaged ledger file) is answered by the one error middleware with a page
    /// that says what is wrong, in the reader's language; the rest of the app goes on answering.
    @Test func aDamagedLedgerIsAnsweredWithAPageThatSaysSo() async throws {
        let fixture = try WebFixture()
        let configuration = WebConfiguration(port: 0, siteFolder: fixture.siteFolder, bcryptCost: 4)
        try await buildApplication(ledger: DamagedLedger(store: fixture.store), configuration: configuration).test(.router) { client in
            let treasurer = Browser(client)
            let home = try await treasurer.signIn("tesorera-a")
            #expect(home.status == .internalServerError)
            #expect(home.html.contains("movement 7") || home.html.contains("movement"), "\(home.text)")
            #expect(home.html.contains("amount &#39;x&#39; is not a number") || home.html.contains("is not a number"), "\(home.text)")
            let official = Browser(client)
            #expect(try await official.signIn("oficial-a").status == .ok)
        }
    }
}
