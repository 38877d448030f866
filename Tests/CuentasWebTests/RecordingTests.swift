import CuentasCore
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import CuentasWeb

@Suite struct RecordingTests {
    /// The fields of a donation form as the page gave them, with `changes` applied.
    static func donation(_ form: Browser.Page, _ changes: [String: String] = [:]) -> [(String, String)] {
        var fields: [String: String] = [
            "csrf": form.csrf ?? "", "submission": form.input("submission") ?? "", "club": form.input("club") ?? "",
            "currency": form.input("currency") ?? "", "date": "2026-11-20", "amount": "250.00", "event": "Kermés de otoño",
        ]
        for (name, value) in changes { fields[name] = value }
        return fields.sorted { $0.key < $1.key }
    }

    @Test func aTreasurerRecordsADonationWithTheirNameOnIt() async throws {
        let fixture = try WebFixture()
        let before = fixture.movementCount
        try await fixture.application().test(.router) { client in
            let browser = Browser(client)
            try await browser.signIn("tesorera-a")
            let form = try await browser.get("/app/record/donation")
            #expect(form.status == .ok)
            #expect(form.input("club") == "CLUB-A")
            let done = try await browser.post("/app/record/donation", Self.donation(form))
            #expect(done.status == .ok, "\(done.text)")
            // Read back in words: number, date, what, how much, for whom.
            #expect(done.html.contains("Recorded. This is now in the ledger:"))
            let sentence = try #require(
                done.html.firstRange(of: "Movement #\(before + 1), dated ").map { String(done.html[$0.lowerBound...].prefix { $0 != "<" }) }
            )
            #expect(
                sentence.contains(": donation of US$250.00 to the fund of Club A (event “Kermés de otoño”). Recorded by tesorera-a."),
                "\(sentence)")
        }
        let movement = try #require(try fixture.store.movements().last)
        #expect(movement.recordedBy == "tesorera-a")
        guard case .donation(let donation) = movement.body else { Issue.record("not a donation: \(movement.body)"); return }
        #expect(donation.clubID == WebFixture.id("CLUB-A") && donation.amount == Money(minorUnits: 250_00, currency: .usDollar))
        #expect(donation.source == .event("Kermés de otoño"))
        #expect(donation.receipt != nil)
    }

    @Test func aFormWithoutTheTokenOrWithAWrongOneIsRefusedAndRecordsNothing() async throws {
        let fixture = try WebFixture()
        let before = fixture.movementCount
        try await fixture.application().test(.router) { client in
            let browser = Browser(client)
            try await browser.signIn("tesorera-a")
            let form = try await browser.get("/app/record/donation")
            let missing = try await browser.post("/app/record/donation", Self.donation(form).filter { $0.0 != "csrf" })
            #expect(missing.status == .forbidden)
            #expect(missing.html.contains("security token"))
            let wrong = try await browser.post("/app/record/donation", Self.donation(form, ["csrf": String(repeating: "0", count: 64)]))
            #expect(wrong.status == .forbidden)
            // A token from another session is wrong too.
            let other = Browser(client)
            try await other.signIn("tesorero-b")
            let stolen = try await other.post("/app/record/donation", Self.donation(form, ["club": "CLUB-B"]))
            #expect(stolen.status == .forbidden)
        }
        #expect(fixture.movementCount == before)
    }

    /// Another user's one-time key, sent with one's own session and token: a clear 409, nothing recorded.
    @Test func anotherUsersSubmissionKeyIsAConflictNotAnError() async throws {
        let fixture = try WebFixture()
        try await fixture.application().test(.router) { client in
            let first = Browser(client)
            try await first.signIn("tesorera-a")
            let form = try await first.get("/app/record/donation")
            #expect(try await first.post("/app/record/donation", Self.donation(form)).status == .ok)
            let before = fixture.movementCount
            let other = Browser(client)
            try await other.signIn("tesorero-b")
            let own = try await other.get("/app/record/donation")
            let reused = try await other.post("/app/record/donation", Self.donation(own, ["submission": form.input("submission") ?? ""]))
            #expect(reused.status == .conflict)
            #expect(reused.html.contains("This form was opened by another user: it was not recorded."))
            #expect(fixture.movementCount == before)
        }
    }

    @Test func aTreasurerOfClubAGets403RecordingForClubB() async throws {
        let fixture = try WebFixture()
        let before = fixture.movementCount
        try await fixture.application().test(.router) { client in
            let browser = Browser(client)
            try await browser.signIn("tesorera-a")
            let form = try await browser.get("/app/record/donation")
            let refused = try await browser.post("/app/record/donation", Self.donation(form, ["club": "CLUB-B"]))
            #expect(refused.status == .forbidden)
            #expect(refused.html.contains("Outside your scope"))
            // Nor an official's form, nor another municipality's project page.
            #expect(try await browser.get("/app/record/payment").status == .forbidden)
            #expect(try await browser.get("/app/projects/P-B").status == .forbidden)
            #expect(try await browser.get("/app/projects/P-A").status == .ok)
            #expect(try await browser.get("/app/users").status == .forbidden)
        }
        #expect(fixture.movementCount == before)
    }

    /// "125,50" on a Spanish form is explained in words beside the amount, without the file's column name or a
    /// command-line option, and nothing is recorded.
    @Test func anAmountWithADecimalCommaIsExplainedInThePagesLanguage() async throws {
        let fixture = try WebFixture()
        let before = fixture.movementCount
        try await fixture.application().test(.router) { client in
            let browser = Browser(client)
            try await browser.signIn("tesorera-a")
            _ = try await browser.get("/app/language/es")
            let form = try await browser.get("/app/record/donation")
            let refused = try await browser.post("/app/record/donation", Self.donation(form, ["amount": "125,50"]))
            #expect(refused.status == .unprocessableContent)
            let error = try #require(
                refused.html.firstRange(of: "id=\"error-amount\">").map { String(refused.html[$0.upperBound...].prefix { $0 != "<" }) })
            #expect(error.hasPrefix("&quot;125,50&quot; no es válido; se espera un importe en USD con punto decimal"), "\(error)")
            #expect(error.contains("coma decimal, como 1.234,50; escriba los centavos tras un punto"), "\(error)")
            #expect(!error.contains("--number-style") && !error.contains("amount"))
        }
        #expect(fixture.movementCount == before)
    }

    /// A donation more than ten times the largest of the club's last fifty asks for a second look, with the amount in
    /// words, and records nothing until the same amount is confirmed.
    @Test func anUnusualAmountIsRecordedOnlyWhenConfirmed() async throws {
        let fixture = try WebFixture()
        try await fixture.application().test(.router) { client in
            let browser = Browser(client)
            try await browser.signIn("tesorera-a")
            let first = try await browser.get("/app/record/donation")
            #expect(try await browser.post("/app/record/donation", Self.donation(first)).status == .ok)
            let before = fixture.movementCount
            let form = try await browser.get("/app/record/donation")
            let asked = try await browser.post("/app/record/donation", Self.donation(form, ["amount": "12550"]))
            #expect(asked.status == .ok)
            #expect(
                asked.html.contains("US$12,550.00 (twelve thousand five hundred fifty dollars) is more than 10 times the largest"),
                "\(asked.text)")
            #expect(asked.input("amount") == "12550")
            #expect(fixture.movementCount == before)
            // Another amount is looked at again; the same one, confirmed, is recorded once.
            let changed = try await browser.post(
                "/app/record/donation", Self.donation(form, ["amount": "9999", "confirm_amount": "12550"]))
            #expect(changed.html.contains("is more than 10 times"))
            #expect(fixture.movementCount == before)
            let confirmed = try await browser.post(
                "/app/record/donation", Self.donation(form, ["amount": "12550", "confirm_amount": "12550"]))
            #expect(confirmed.html.contains("donation of US$12,550.00"), "\(confirmed.text)")
            #expect(fixture.movementCount == before + 1)
        }
    }

    /// A donation dated next year, or from neither a member nor an event, is refused beside its field.
    @Test func aDonationFromTheFutureOrFromNobodyIsRefused() async throws {
        let fixture = try WebFixture()
        let before = fixture.movementCount
        try await fixture.application().test(.router) { client in
            let browser = Browser(client)
            try await browser.signIn("tesorera-a")
            let nextYear = "\(Int(CalendarDate.today().isoText.prefix(4))! + 1)-01-15"
            let form = try await browser.get("/app/record/donation")
            let future = try await browser.post("/app/record/donation", Self.donation(form, ["date": nextYear]))
            #expect(future.status == .unprocessableContent)
            #expect(
                future.html.contains(
                    "id=\"error-date\">&quot;\(nextYear)&quot; is not valid; expected a real date YYYY-MM-DD between 2000-01-01 and"),
                "\(future.text)")
            let nobody = try await browser.post("/app/record/donation", Self.donation(form, ["event": ""]))
            #expect(nobody.status == .unprocessableContent, "\(nobody.text)")
        }
        #expect(fixture.movementCount == before)
    }

    /// Every value wrong by itself is named in one round, each beside its field; a giver missing too is named in
    /// words of the page's language, once the values are right.
    @Test func everyBadValueIsNamedInOneRound() async throws {
        let fixture = try WebFixture()
        let before = fixture.movementCount
        try await fixture.application().test(.router) { client in
            let browser = Browser(client)
            try await browser.signIn("tesorera-a")
            let form = try await browser.get("/app/record/donation")
            let refused = try await browser.post(
                "/app/record/donation", Self.donation(form, ["date": "2026-13-45", "amount": "12,5x", "event": "Kermés\u{202E}"]))
            #expect(refused.status == .unprocessableContent)
            for field in ["date", "amount", "event"] {
                #expect(refused.html.contains("id=\"error-\(field)\""), "\(field): \(refused.text)")
            }
            #expect(refused.input("amount") == "12,5x")
            browser.acceptLanguage = "es"
            let nobody = try await browser.post("/app/record/donation", Self.donation(form, ["event": ""]))
            #expect(nobody.html.contains("el número de un miembro o el nombre de un evento, uno de los dos"), "\(nobody.text)")
        }
        #expect(fixture.movementCount == before)
    }

    /// A slip seen after recording is corrected at once: the recorded page links to a reversal form filled in with the
    /// movement; only someone who could have recorded that movement may reverse it.
    @Test func aRecordedMovementIsCorrectedWithAReversalFromItsPage() async throws {
        let fixture = try WebFixture()
        try await fixture.application().test(.router) { client in
            let browser = Browser(client)
            try await browser.signIn("tesorera-a")
            let form = try await browser.get("/app/record/donation")
            let done = try await browser.post("/app/record/donation", Self.donation(form, ["amount": "25.00"]))
            let number = fixture.movementCount
            #expect(done.html.contains("href=\"/app/record/reversal?movement=\(number)\""), "\(done.text)")
            // The start page's recent movements show the amount, and the date.
            let home = try await browser.get("/app").html
            #expect(home.contains("<td>\(number)</td><td>Nov 20, 2026</td><td>donation</td><td>US$25.00</td>"), "\(home)")
            let other = Browser(client)
            try await other.signIn("tesorero-b")
            let foreign = try await other.get("/app/record/reversal?movement=\(number)")
            #expect(
                try await other.post(
                    "/app/record/reversal",
                    [
                        ("csrf", foreign.csrf ?? ""), ("submission", foreign.input("submission") ?? ""), ("date", "2026-11-21"),
                        ("movement", "\(number)"), ("reason", "no es mío"),
                    ]
                ).status == .forbidden)
            let reversal = try await browser.get("/app/record/reversal?movement=\(number)")
            #expect(reversal.input("movement") == "\(number)")
            let undone = try await browser.post(
                "/app/record/reversal",
                [
                    ("csrf", reversal.csrf ?? ""), ("submission", reversal.input("submission") ?? ""), ("date", "2026-11-21"),
                    ("movement", "\(number)"), ("reason", "Se tecleó 25 en lugar de 250"),
                ])
            #expect(undone.html.contains("reversal of movement #\(number)"), "\(undone.text)")
            #expect(!undone.html.contains("/app/record/reversal?movement="), "a reversal is not itself reversed")
        }
        let last = try #require(try fixture.store.movements().last)
        #expect(last.recordedBy == "tesorera-a")
        guard case .reversal(let reversal) = last.body else { Issue.record("not a reversal: \(last)"); return }
        #expect(reversal.reason == "Se tecleó 25 en lugar de 250")
    }

    /// Members are chosen by name, not typed as numbers; another club's members are not offered, and the amount
    /// field asks the phone for a decimal keyboard.
    @Test func theDonationFormOffersTheClubsMembersByName() async throws {
        let fixture = try WebFixture()
        let juan = try fixture.store.addMember(clubID: WebFixture.id("CLUB-A"), displayName: "Juan V.").id
        _ = try fixture.store.addMember(clubID: WebFixture.id("CLUB-B"), displayName: "Pedro de B")
        try await fixture.application().test(.router) { client in
            let browser = Browser(client)
            try await browser.signIn("tesorera-a")
            let form = try await browser.get("/app/record/donation").html
            #expect(form.contains("<option value=\"\(juan)\">Juan V.</option>"))
            #expect(!form.contains("Pedro de B"))
            #expect(form.contains("name=\"amount\" type=\"text\" inputmode=\"decimal\" required"))
        }
    }

    /// A payment's project and budget line are chosen from one list of the official's projects in execution, with
    /// what is left on each line; nothing is typed but the payee, the amount and the invoice.
    @Test func aPaymentsBudgetLineIsChosenWithWhatIsLeftOnIt() async throws {
        let fixture = try WebFixture()
        try await fixture.application().test(.router) { client in
            let browser = Browser(client)
            try await browser.signIn("oficial-a")
            func send(_ slug: String, _ fields: [String: String]) async throws -> Browser.Page {
                let form = try await browser.get("/app/record/\(slug)")
                var all = fields
                all["csrf"] = form.csrf ?? ""
                all["submission"] = form.input("submission") ?? ""
                all["date"] = "2026-11-20"
                return try await browser.post("/app/record/\(slug)", all.sorted { $0.key < $1.key })
            }
            let approvedOnly = try await browser.get("/app/record/payment")
            #expect(!approvedOnly.html.contains("value=\"P-A/1\""), "a project not in execution takes no payment")
            let started = try await send("status", ["project": "P-A", "status": "in-execution"])
            #expect(started.html.contains("Recorded."), "\(started.text)")
            let deposited = try await send(
                "deposit",
                [
                    "project": "P-A", "party": "MX", "sent_amount": "1000.00", "sent_currency": "MXN", "fee": "0", "exchange_rate": "1",
                    "rate_source": "same currency", "received_amount": "1000.00", "reference": "SPEI-1",
                ])
            #expect(deposited.html.contains("Recorded."), "\(deposited.text)")
            let form = try await browser.get("/app/record/payment")
            #expect(
                form.html.contains("<option value=\"P-A/1\">P-A · 1. Obra: MX$400,000.00 left of MX$400,000.00</option>"), "\(form.text)")
            #expect(!form.html.contains("P-B/1"))
            #expect(!form.html.contains("id=\"field-project\""))
            let paid = try await send(
                "payment",
                [
                    "budget_line": "P-A/1", "payee": "Materiales del Centro SA de CV", "payee_tax_id": "MCE1703149K2", "amount": "250.00",
                    "invoice_uuid": "6F9619FF-8B86-D011-B42D-00C04FC964FF",
                ])
            #expect(
                paid.html.contains("payment of MX$250.00 to Materiales del Centro SA de CV, budget line 1 of project P-A (Work A)"),
                "\(paid.text)")
            #expect(try await browser.get("/app/record/payment").html.contains("MX$399,750.00 left of MX$400,000.00"))
        }
    }

    /// A national catalogue has thousands of parties: the deposit form offers only those that may pay into the
    /// official's projects (their municipality, the governments above it, its projects' clubs).
    @Test func theDepositFormOffersOnlyThePartiesOfTheOfficialsProjects() async throws {
        let fixture = try WebFixture()
        try await fixture.application().test(.router) { client in
            let browser = Browser(client)
            try await browser.signIn("oficial-a")
            let form = try await browser.get("/app/record/deposit").html
            for offered in ["MX", "ZAC", "MUN-A", "CLUB-A"] { #expect(form.contains("<option value=\"\(offered)\"")) }
            for other in ["MUN-B", "CLUB-B"] { #expect(!form.contains("<option value=\"\(other)\"")) }
        }
    }

    @Test func anOfficialCannotRecordForAnotherMunicipalitysProject() async throws {
        let fixture = try WebFixture()
        let before = fixture.movementCount
        try await fixture.application().test(.router) { client in
            let browser = Browser(client)
            try await browser.signIn("oficial-a")
            let form = try await browser.get("/app/record/progress")
            let fields = [
                ("csrf", form.csrf ?? ""), ("submission", form.input("submission") ?? ""), ("date", "2026-11-20"), ("project", "P-B"),
                ("percent", "40"),
            ]
            let refused = try await browser.post("/app/record/progress", fields)
            #expect(refused.status == .forbidden)
        }
        #expect(fixture.movementCount == before)
    }

    @Test func aBadFieldComesBackNextToTheFieldWithTheValuesKept() async throws {
        let fixture = try WebFixture()
        let before = fixture.movementCount
        try await fixture.application().test(.router) { client in
            let browser = Browser(client)
            try await browser.signIn("tesorera-a")
            let form = try await browser.get("/app/record/donation")
            let again = try await browser.post(
                "/app/record/donation", Self.donation(form, ["amount": "12,50.3", "event": "Baile <b>grande</b>"]))
            #expect(again.status == .unprocessableContent)
            #expect(again.html.contains(#"<p class="error" id="error-amount">"#))
            #expect(again.html.contains(#"aria-invalid="true""#))
            #expect(again.html.contains(#"value="12,50.3""#))
            // The entered text is kept, and escaped.
            #expect(again.html.contains("Baile &lt;b&gt;grande&lt;/b&gt;"))
            #expect(!again.html.contains("<b>grande</b>"))
            // The same one-time key comes back, so fixing and sending records once.
            #expect(again.input("submission") == form.input("submission"))
            // A ledger rule broken: a transfer bigger than the club's fund.
            let transfer = try await browser.get("/app/record/transfer")
            let tooMuch = try await browser.post(
                "/app/record/transfer",
                [
                    ("csrf", transfer.csrf ?? ""), ("submission", transfer.input("submission") ?? ""), ("club", "CLUB-A"),
                    ("date", "2026-11-20"),
                    ("project", "P-A"), ("sent_amount", "5800"), ("fee", "0"), ("exchange_rate", "17.00"), ("rate_source", "bank"),
                    ("received_amount", "98600.00"), ("reference", "WIRE-1"),
                ])
            #expect(tooMuch.status == .unprocessableContent, "\(tooMuch.text)")
            #expect(tooMuch.html.contains(#"class="error""#))
        }
        #expect(fixture.movementCount == before)
    }

    @Test func theSameFormSentTwiceRecordsOnce() async throws {
        let fixture = try WebFixture()
        let before = fixture.movementCount
        try await fixture.application().test(.router) { client in
            let browser = Browser(client)
            try await browser.signIn("tesorera-a")
            let form = try await browser.get("/app/record/donation")
            let first = try await browser.post("/app/record/donation", Self.donation(form))
            #expect(first.status == .ok)
            let second = try await browser.post("/app/record/donation", Self.donation(form))
            #expect(second.status == .conflict)
            #expect(second.html.contains("already recorded (#\(before + 1))"))
            // A new showing of the form is a new key: a second, real donation is recorded.
            let next = try await browser.get("/app/record/donation")
            #expect(next.input("submission") != form.input("submission"))
            #expect(try await browser.post("/app/record/donation", Self.donation(next)).status == .ok)
        }
        #expect(fixture.movementCount == before + 2)
    }

    @Test func anAuditorWritesObservationsAndRecordsNoMoney() async throws {
        let fixture = try WebFixture()
        let before = fixture.movementCount
        try await fixture.application().test(.router) { client in
            let browser = Browser(client)
            try await browser.signIn("auditora")
            let page = try await browser.get("/app/projects/P-B")
            #expect(page.status == .ok)
            let saved = try await browser.post(
                "/app/projects/P-B/observations", [("csrf", page.csrf ?? ""), ("text", "Falta la factura <del>3</del>.")])
            #expect(saved.status == .ok)
            #expect(saved.html.contains("Falta la factura &lt;del&gt;3&lt;/del&gt;."))
            #expect(try await browser.get("/app/record/donation").status == .forbidden)
            let treasurer = Browser(client)
            let home = try await treasurer.signIn("tesorera-a")
            let refused = try await treasurer.post("/app/projects/P-A/observations", [("csrf", home.csrf ?? ""), ("text", "mine")])
            #expect(refused.status == .forbidden)
        }
        #expect(try fixture.store.observations(folio: WebFixture.id("P-B")).map(\.author) == ["auditora"])
        #expect(fixture.movementCount == before)
    }

    @Test func anAdminAddsAUserWhoCanThenSignIn() async throws {
        let fixture = try WebFixture()
        try await fixture.application().test(.router) { client in
            let admin = Browser(client)
            let users = try await admin.signIn("admin")
            #expect(users.html.contains("tesorera-a"))
            let short = try await admin.post(
                "/app/users",
                [
                    ("csrf", users.csrf ?? ""), ("name", "lupe"), ("role", "treasurer"), ("club", "CLUB-B"), ("password", "short"),
                ])
            #expect(short.status == .unprocessableContent)
            #expect(short.html.contains("at least 10 characters"))
            let added = try await admin.post(
                "/app/users",
                [
                    ("csrf", users.csrf ?? ""), ("name", "lupe"), ("role", "treasurer"), ("club", "CLUB-B"),
                    ("password", "una contraseña larga"),
                ])
            #expect(added.html.contains("User lupe added."), "\(added.text)")
            let lupe = Browser(client)
            #expect(try await lupe.signIn("lupe", password: "una contraseña larga").html.contains("<h1>Club B</h1>"))
        }
    }

    @Test func anOfficialRegistersAProjectInTheirMunicipalityOnly() async throws {
        let fixture = try WebFixture()
        try await fixture.application().test(.router) { client in
            let official = Browser(client)
            try await official.signIn("oficial-a")
            let form = try await official.get("/app/record/project")
            #expect(form.status == .ok)
            #expect(form.input("municipality") == "MUN-A")
            func fields(_ municipality: String) -> [(String, String)] {
                [
                    ("csrf", form.csrf ?? ""), ("submission", form.input("submission") ?? ""), ("folio", "P-NEW"), ("kind", "education"),
                    ("title_es", "Aulas"), ("title_en", "Classrooms"), ("municipality", municipality), ("locality", "Centro"),
                    ("clubs", "CLUB-A"), ("cost", "200000.00"), ("lines", "Obra=150000|Mobiliario=50000"), ("proposed_on", "2026-11-01"),
                ]
            }
            #expect(try await official.post("/app/record/project", fields("MUN-B")).status == .forbidden)
            let added = try await official.post("/app/record/project", fields("MUN-A"))
            #expect(added.status == .ok, "\(added.text)")
            #expect(added.html.contains("Project P-NEW registered"))
            #expect(try await official.post("/app/record/project", fields("MUN-A")).status == .conflict)
            var badLines = fields("MUN-A")
            badLines[0] = ("csrf", form.csrf ?? "")
            badLines.removeAll { $0.0 == "lines" || $0.0 == "folio" }
            let refused = try await official.post("/app/record/project", badLines + [("folio", "P-NEW2"), ("lines", "Obra=1")])
            #expect(refused.status == .unprocessableContent)
            // Beside the first row of budget lines, where the form shows them.
            #expect(refused.html.contains(#"id="error-line_concept_1""#), "\(refused.text)")
        }
        #expect(try fixture.store.catalogue().projects[WebFixture.id("P-NEW")]?.municipalityID == WebFixture.id("MUN-A"))
    }

    /// Budget lines as rows of concept and amount, sponsoring clubs ticked: no list syntax to type. Half a row is
    /// named beside its empty field, with every row kept.
    @Test func aProjectIsRegisteredFromRowsAndTickedClubs() async throws {
        let fixture = try WebFixture()
        try await fixture.application().test(.router) { client in
            let official = Browser(client)
            try await official.signIn("oficial-a")
            let form = try await official.get("/app/record/project")
            #expect(form.html.contains(#"<input type="checkbox" name="club_CLUB-A" value="yes">"#), "\(form.text)")
            #expect(!form.html.contains("club_CLUB-B"))
            #expect(form.html.contains(#"id="field-line_amount_6""#))
            let common: [(String, String)] = [
                ("csrf", form.csrf ?? ""), ("submission", form.input("submission") ?? ""), ("folio", "P-ROWS"), ("kind", "education"),
                ("title_es", "Aulas"), ("title_en", "Classrooms"), ("locality", "Centro"), ("club_CLUB-A", "yes"),
                ("other_clubs", ""), ("cost", "200000.00"), ("proposed_on", "2026-11-01"), ("line_concept_1", "Obra civil"),
                ("line_amount_1", "150000"), ("line_concept_3", ""), ("line_amount_3", ""),
            ]
            let half = try await official.post("/app/record/project", common + [("line_concept_2", "Mobiliario"), ("line_amount_2", "")])
            #expect(half.status == .unprocessableContent)
            #expect(half.html.contains(#"id="error-line_amount_2">This budget line has no amount"#), "\(half.text)")
            #expect(half.input("line_concept_1") == "Obra civil" && half.input("line_concept_2") == "Mobiliario")
            #expect(half.html.contains(#"name="club_CLUB-A" value="yes" checked"#))
            let added = try await official.post(
                "/app/record/project", common + [("line_concept_2", "Mobiliario"), ("line_amount_2", "50,000.00")])
            #expect(added.html.contains("Project P-ROWS registered"), "\(added.text)")
        }
        let project = try #require(try fixture.store.catalogue().projects[WebFixture.id("P-ROWS")])
        #expect(project.budgetLines.map(\.concept) == ["Obra civil", "Mobiliario"])
        #expect(project.budgetLines.map(\.amount.minorUnits) == [150_000_00, 50_000_00])
        #expect(project.sponsorClubIDs == [WebFixture.id("CLUB-A")])
    }
}
