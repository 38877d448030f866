import CuentasCore
import CuentasStore
import Foundation
import Testing

@Suite struct CommandLineTests {
    @Test func theHelpTextIsGolden() throws {
        let cli = try CLI()
        let help = try cli.run(["--help"], environment: ["COLUMNS": "100"])
        #expect(help.status == 0)
        let golden = CLI.repositoryRoot.appendingPathComponent("Tests/CuentasCommandsTests/Golden/help.txt")
        if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" { try Data(help.output.utf8).write(to: golden) }
        #expect(help.output == (try String(contentsOf: golden, encoding: .utf8)))
    }

    @Test func recordingAndShowingAProject() throws {
        let cli = try CLI.smallLedger()
        #expect(
            try cli.run(["deposit", "P-1", "--party", "MUN", "--received", "100000", "--reference", "SPEI-1", "--date", "2024-03-05"])
                .status == 0)
        let transfer = try cli.run(["donation", "--club", "CLUB", "--amount", "6,000.00", "--event", "Baile", "--date", "2024-02-10"])
        #expect(transfer.output.contains("US$6,000.00"))
        let sent = try cli.run([
            "transfer", "--club", "CLUB", "--project", "P-1", "--sent", "5000", "--fee", "25", "--rate", "17.00",
            "--rate-source", "bank receipt", "--market-rate", "17.50", "--reference", "W-1", "--date", "2024-03-10",
        ])
        #expect(sent.output.contains("MX$85,000.00 arrived"))
        let paid = try cli.run([
            "pay", "P-1", "--line", "1", "--payee", "Constructora", "--tax-id", "CON010101AB1", "--amount", "150000",
            "--invoice", "6f9619ff-8b86-d011-b42d-00c04fc964ff", "--date", "2024-04-01",
        ])
        #expect(paid.status == 0, "\(paid.errors)")
        #expect(try cli.run(["progress", "P-1", "--percent", "45", "--date", "2024-04-15"]).status == 0)
        let shown = try CLI.json(try cli.run(["show", "P-1", "--format", "json", "--as-of", "2024-05-01"]).output)
        #expect((shown["totalReceived"] as? [String: String])?["amount"] == "185000.00")
        #expect((shown["balanceOnHand"] as? [String: String])?["amount"] == "35000.00")
        #expect(shown["financialProgressBasisPoints"] as? Int == 3750)
        #expect(shown["physicalProgressPercent"] as? Int == 45)
        let parties = try #require(shown["parties"] as? [[String: Any]])
        let state = try #require(parties.first { $0["party"] as? String == "ZAC" })
        #expect((state["outstanding"] as? [String: String])?["amount"] == "100000.00")
        #expect(state["daysOutstanding"] as? Int == 90)
        let text = try cli.run(["show", "P-1", "--as-of", "2024-05-01", "--lang", "es"]).output
        #expect(text.contains("Saldo disponible: $35,000.00 MXN"))
        let club = try CLI.json(try cli.run(["show", "CLUB", "--format", "json", "--as-of", "2024-05-01"]).output)
        #expect((club["fundBalance"] as? [String: String])?["amount"] == "975.00")
        #expect(try cli.run(["check"]).output.contains("no rule broken"))
    }

    /// A renewed toma de nota is recorded beside the club, once; an expiry before its first day is named.
    @Test func aClubsTomaDeNotaIsRenewedOnce() throws {
        let cli = try CLI.smallLedger()
        let renew = [
            "club", "renew", "CLUB", "--toma-de-nota", "LA-2026-1", "--expires", "2028-01-31", "--date", "2026-01-05",
            "--reason", "Renovación ante el consulado", "--lang", "en",
        ]
        let done = try cli.run(renew)
        #expect(done.status == 0, "\(done.output)")
        #expect(
            done.output.contains("Toma de nota of CLUB renewed: LA-2026-1, in force from Jan 5, 2026 to Jan 31, 2028."), "\(done.output)")
        let again = try cli.run(renew)
        #expect(again.status != 0)
        #expect(again.errors.contains("LA-2026-1"), "\(again.errors)")
        let backwards = try cli.run([
            "club", "renew", "CLUB", "--toma-de-nota", "LA-2026-2", "--expires", "2025-01-31", "--date", "2026-01-05",
            "--reason", "r", "--lang", "en",
        ])
        #expect(backwards.status != 0)
        #expect(
            backwards.errors.contains("--expires: \"2025-01-31\" is not valid; expected a real date YYYY-MM-DD on or after 2026-01-05"),
            "\(backwards.errors)")
        #expect(try cli.run(["check"]).status == 0)
    }

    /// Amendments from the command line: a title corrected and a planned end set, a budget re-programmed, a club and a
    /// government amended; each shown in the statements' changes, refused when it changes nothing, and `check` passes.
    @Test func theCatalogueIsAmendedFromTheCommandLine() throws {
        let cli = try CLI.smallLedger()
        let corrected = try cli.run([
            "project", "correct", "P-1", "--title-es", "Aulas nuevas", "--planned-end", "2025-12-31", "--reason", "Error de captura",
            "--minutes", "ACTA-7", "--date", "2024-03-01", "--lang", "en",
        ])
        #expect(corrected.status == 0, "\(corrected.errors)")
        #expect(corrected.output.contains("P-1: titleSpanish = “Aulas nuevas”, from Mar 1, 2024."), "\(corrected.output)")
        let same = try cli.run(["project", "correct", "P-1", "--title-es", "Aulas nuevas", "--reason", "otra vez", "--lang", "en"])
        #expect(same.status != 0 && same.errors.contains("P-1: titleSpanish is already “Aulas nuevas”"), "\(same.errors)")
        let nothing = try cli.run(["project", "correct", "P-1", "--reason", "nada", "--lang", "en"])
        #expect(nothing.status != 0 && nothing.errors.contains("--title-es"), "\(nothing.errors)")
        let reprogrammed = try cli.run([
            "project", "reprogram", "P-1", "--line", "1=250000", "--line", "2=150000", "--minutes", "ACTA-8", "--reason",
            "Más mano de obra",
            "--date", "2024-04-01", "--lang", "en",
        ])
        #expect(reprogrammed.status == 0, "\(reprogrammed.errors)")
        let unbalanced = try cli.run([
            "project", "reprogram", "P-1", "--line", "1=260000", "--minutes", "ACTA-9", "--reason", "r", "--date", "2024-04-02", "--lang",
            "en",
        ])
        #expect(unbalanced.status != 0 && unbalanced.errors.contains("adding up to MX$400,000.00"), "\(unbalanced.errors)")
        let badLine = try cli.run(["project", "reprogram", "P-1", "--line", "uno=5", "--minutes", "A", "--reason", "r", "--lang", "en"])
        #expect(badLine.status != 0 && badLine.errors.contains("N=AMOUNT"), "\(badLine.errors)")
        #expect(try cli.run(["club", "amend", "CLUB", "--city", "Santa Ana", "--reason", "Nueva sede", "--lang", "en"]).status == 0)
        #expect(
            try cli.run(["government", "rename", "ZAC", "--name", "Gobierno del Estado Libre de Zacatecas", "--reason", "Nombre oficial"])
                .status == 0)
        let unknown = try cli.run(["federation", "rename", "FED-X", "--name", "Otra", "--reason", "r", "--lang", "en"])
        #expect(unknown.status != 0 && unknown.errors.contains("there is no federation FED-X"), "\(unknown.errors)")
        #expect(
            try cli.run([
                "government", "administration", "MUN", "--name", "Ayuntamiento 2024-2027", "--date", "2024-09-15", "--reason",
                "Toma de protesta",
            ]).status == 0)
        let text = try cli.run(["statement", "project", "P-1", "--lang", "en"]).output
        #expect(text.contains("Approved") && text.contains("Modified"), "\(text)")
        #expect(text.contains("Title in Spanish: “Aulas” → “Aulas nuevas”") || text.contains("Title in Spanish:"), "\(text)")
        #expect(
            text.contains(
                "Budget re-programmed: 1. Materiales: MX$300,000.00 → MX$250,000.00; 2. Mano de obra: MX$100,000.00 → MX$150,000.00"),
            "\(text)")
        #expect(try cli.run(["statement", "club", "CLUB", "--lang", "en"]).output.contains("City abroad:"))
        #expect(
            try cli.run(["statement", "municipality", "MUN", "--lang", "en"]).output.contains(
                "New administration: “Ayuntamiento 2024-2027”"))
        #expect(
            try LedgerStore.open(path: cli.database).catalogue().governments[Identifier(trusted: "ZAC")]?.name
                == "Gobierno del Estado Libre de Zacatecas")
        #expect(try cli.run(["check"]).status == 0)
    }

    /// Amendments arrive in a CSV file too: all or nothing, lines of one re-programming together, a repeat refused
    /// with nothing changed, a bad row named by line, column and value.
    @Test func amendmentsAreImportedFromAFileAllOrNothing() throws {
        let cli = try CLI.smallLedger()
        let header = "entity,id,field,value,date,reason,minutes\n"
        let good =
            header + """
                project,P-1,title_es,Aulas nuevas,2024-03-01,Error de captura,
                project,P-1,line,1=250000,2024-04-01,Más mano de obra,ACTA-8
                project,P-1,line,2=150000,2024-04-01,Más mano de obra,ACTA-8
                club,CLUB,city,Santa Ana,2024-05-01,Nueva sede,
                government,MUN,administration,Ayuntamiento 2024-2027,2024-09-15,Toma de protesta,

                """
        let file = cli.folder.appendingPathComponent("amendments.csv")
        try good.write(to: file, atomically: true, encoding: .utf8)
        let bad = cli.folder.appendingPathComponent("bad.csv")
        try (header + "project,P-1,locality,Las Huertas,2024-03-01,r,\nproject,P-1,colour,red,2024-03-01,r,\n").write(
            to: bad, atomically: true, encoding: .utf8)
        let before = try cli.dump()
        let refused = try cli.run(["import", bad.path, "--lang", "en"])
        #expect(refused.status != 0 && refused.errors.contains("line 3") && refused.errors.contains("colour"), "\(refused.errors)")
        #expect(try cli.dump() == before)
        let imported = try cli.run(["import", file.path, "--lang", "en"])
        #expect(imported.status == 0 && imported.output.contains("imported 5 records (amendments)"), "\(imported.errors)")
        let again = try cli.run(["import", file.path, "--lang", "en"])
        #expect(again.status != 0 && again.errors.contains("already"), "\(again.errors)")
        let text = try cli.run(["statement", "project", "P-1", "--lang", "en"]).output
        #expect(
            text.contains(
                "Budget re-programmed: 1. Materiales: MX$300,000.00 → MX$250,000.00; 2. Mano de obra: MX$100,000.00 → MX$150,000.00"),
            "\(text)")
        let store = try LedgerStore.open(path: cli.database)
        #expect(try store.catalogue().projects[Identifier(trusted: "P-1")]?.reprogrammings.count == 1)
        #expect(try cli.run(["check"]).status == 0)
    }

    /// A club proposed in the web app may accept from the command line too; with no proposal, nothing is recorded.
    @Test func aProposedSponsorAcceptsFromTheCommandLine() throws {
        let cli = try CLI.smallLedger()
        let none = try cli.run(["project", "accept-sponsor", "P-1", "--club", "CLUB", "--lang", "en"])
        #expect(none.status != 0)
        #expect(none.errors.contains("there is no proposal P-1/CLUB"), "\(none.errors)")
        #expect(
            try cli.run(["government", "add", "MUN-2", "--name", "Otro municipio", "--level", "municipal", "--parent", "ZAC"]).status == 0)
        #expect(
            try cli.run([
                "club", "add", "CLUB-2", "--name", "Club Dos", "--city", "Dallas", "--state", "TX",
                "--toma-de-nota", "DA-1", "--toma-de-nota-expires", "2030-01-01",
            ]).status == 0)
        let store = try LedgerStore.open(path: cli.database)
        let awaiting = try store.proposeProject(
            Project(
                folio: Identifier(trusted: "P-2"), title: LocalizedText(spanish: "Aulas", english: "Classrooms"),
                description: LocalizedText(spanish: "", english: ""), kind: .education, municipalityID: Identifier(trusted: "MUN-2"),
                locality: "Centro", sponsorClubIDs: [Identifier(trusted: "CLUB")], executingAgencyID: Identifier(trusted: "MUN-2"),
                approvedCost: Money(minorUnits: 100_00, currency: .mexicanPeso),
                budgetLines: [BudgetLine(number: 1, concept: "Obra", amount: Money(minorUnits: 100_00, currency: .mexicanPeso))],
                proposedOn: try CalendarDate(parsing: "2026-01-10", field: "date")), by: "oficial")
        #expect(awaiting == [PartyID(trusted: "CLUB")])
        let accepted = try cli.run(["project", "accept-sponsor", "P-2", "--club", "CLUB", "--by", "tesorera", "--lang", "en"])
        #expect(accepted.status == 0, "\(accepted.errors)")
        #expect(accepted.output.contains("Club CLUB sponsors project P-2: its pledges may be recorded now."))
        #expect(try store.proposals(naming: Identifier(trusted: "CLUB")).first?.acceptedAfter != nil)
    }

    /// A user who left is disabled by an amendment, with who and why; the same twice is refused; --enable undoes it.
    @Test func aUserIsDisabledAndEnabledAgain() throws {
        let cli = try CLI.smallLedger()
        let store = try LedgerStore.open(path: cli.database)
        try store.addUser(
            try UserAccount(name: "ana", role: .auditor, clubID: nil, municipalityID: nil),
            passwordHash: "$2b$04$" + String(repeating: "a", count: 53), createdBy: "test")
        let off = try cli.run(["user", "disable", "ana", "--reason", "Dejó el cargo", "--by", "admin", "--lang", "en"])
        #expect(off.status == 0, "\(off.errors)")
        #expect(off.output.contains("ana can no longer sign in"))
        #expect(try store.user(named: "ana") == nil)
        #expect(try cli.run(["user", "disable", "ana", "--reason", "otra vez"]).status != 0)
        #expect(try cli.run(["user", "disable", "nadie", "--reason", "r"]).status != 0)
        #expect(try cli.run(["user", "disable", "ana", "--enable", "--reason", "Volvió"]).status == 0)
        #expect(try store.user(named: "ana")?.account.name == "ana")
        #expect(try cli.run(["check"]).status == 0)
    }

    @Test func aCSVWithOneMalformedRowImportsNothing() throws {
        let cli = try CLI.smallLedger()
        let header =
            "date,project,party,sent_amount,sent_currency,fee,exchange_rate,rate_source,market_rate,received_amount,reference,note\n"
        let good = "2024-03-05,P-1,MUN,100000.00,MXN,0,1,same currency,,100000.00,SPEI-1,\n"
        let bad = "2024-03-06,P-1,MX,\"1.234,50\",MXN,0,1,same currency,,\"1.234,50\",SPEI-2,\n"
        let file = try cli.write("deposits.csv", header + good + bad)
        let before = try cli.dump()
        let refused = try cli.run(["import", file])
        #expect(refused.status != 0)
        #expect(refused.errors.contains("deposits.csv: line 3, column sent_amount: sent_amount: \"1.234,50\" is not valid"))
        #expect(refused.errors.contains("Nothing was imported"))
        #expect(try cli.dump() == before)
        // The same file in the comma style imports whole; importing it again is refused as a duplicate.
        let commaFile = try cli.write("deposits-es.csv", header + good.replacingOccurrences(of: "100000.00", with: "\"100.000,00\"") + bad)
        let imported = try cli.run(["import", commaFile, "--number-style", "comma"])
        #expect(imported.status == 0, "\(imported.errors)")
        #expect(imported.output.contains("imported 2 movements (deposits)"))
        let afterImport = try cli.dump()
        // The same bytes again: recognised as the file imported before, nothing recorded, and not a failure.
        let again = try cli.run(["import", commaFile, "--number-style", "comma", "--lang", "es"])
        #expect(again.status == 0, "\(again.errors)")
        #expect(again.output.contains("este archivo ya se importó"), "\(again.output)")
        #expect(again.output.contains("nada se registró de nuevo"))
        #expect(try cli.dump() == afterImport)
        // The same rows in another file (one more line end): each row is refused as a duplicate.
        let copy = try cli.write(
            "deposits-es-copy.csv", header + good.replacingOccurrences(of: "100000.00", with: "\"100.000,00\"") + bad + "\n")
        let copied = try cli.run(["import", copy, "--number-style", "comma", "--lang", "es"])
        #expect(copied.status != 0)
        #expect(copied.errors.contains("línea 2"))
        #expect(copied.errors.contains("ya está registrada"))
        #expect(try cli.dump() == afterImport)
    }

    @Test func badOptionsAreNamedInTheChosenLanguage() throws {
        let cli = try CLI.smallLedger()
        let before = try cli.dump()
        let english = try cli.run(["deposit", "P-1", "--party", "MUN", "--received", "100", "--reference", "R", "--date", "2025-02-30"])
        #expect(english.status != 0)
        #expect(english.errors == "error: --date: \"2025-02-30\" is not valid; expected a real date YYYY-MM-DD (e.g. 2024-03-15)\n")
        let spanish = try cli.run(
            [
                "pay", "P-1", "--line", "9", "--payee", "X", "--tax-id", "CON010101AB1", "--amount", "5",
                "--invoice", "6F9619FF-8B86-D011-B42D-00C04FC964FF",
            ], environment: ["LANG": "es_MX.UTF-8"])
        #expect(spanish.errors.contains("proyecto P-1"))
        #expect(spanish.errors.contains("el presupuesto no tiene partida 9"))
        let invalid = try cli.run(["project", "start", "P-1"])
        #expect(invalid.status != 0)
        #expect(
            invalid.errors.contains(
                "error: project P-1: cannot go from in execution to in execution; from in execution only: completed, cancelled"))
        #expect(try cli.dump() == before)
    }

    @Test func optionErrorsFollowTheLanguageToo() throws {
        let cli = try CLI()
        let spanish = try cli.run(["progress", "P-1", "--percent", "120", "--lang", "es"])
        #expect(spanish.status != 0)
        #expect(spanish.errors.contains("--percent: 120 no es válido; se espera un porcentaje entero de 0 a 100"))
        let english = try cli.run(["government", "add", "ZAC", "--name", "Zacatecas", "--level", "state"])
        #expect(english.errors.contains("a state government needs --parent"))
    }

    @Test func everyTextAndAmountHasALimit() throws {
        let cli = try CLI.smallLedger()
        let before = try cli.dump()
        let longName = String(repeating: "n", count: 201)
        let name = try cli.run(["club", "add", "CLUB-2", "--name", longName, "--city", "Chicago", "--state", "IL"])
        #expect(
            name.errors.contains(
                "--name: \"nnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnn…\" is not valid; expected a text of at most 200 characters"))
        let note = try cli.run(["progress", "P-1", "--percent", "10", "--note", String(repeating: "x", count: 2_001)])
        #expect(note.errors.contains("expected a text of at most 2000 characters"))
        let amount = try cli.run(["deposit", "P-1", "--party", "MUN", "--received", "10,000,000,000.01", "--reference", "R-1"])
        #expect(amount.errors.contains("no larger than 10,000,000,000"))
        let folio = try cli.run(["progress", String(repeating: "F", count: 41), "--percent", "10"])
        #expect(folio.errors.contains("an identifier of 1 to 40 letters"))
        let control = try cli.run(["club", "add", "CLUB-3", "--name", "Club\u{7}", "--city", "Chicago", "--state", "IL"])
        #expect(control.errors.contains("expected text without control characters"))
        #expect(try cli.dump() == before)
    }

    @Test func aMissingLedgerIsNotCreatedByAccident() throws {
        let cli = try CLI()
        let result = try cli.run(["show", "P-1"])
        #expect(result.status != 0)
        #expect(result.errors.contains("create it with `cuentas init"))
        #expect(!FileManager.default.fileExists(atPath: cli.database))
    }

    @Test func aReversalIsShownAsACorrectionAndFreesNothingElse() throws {
        let cli = try CLI.smallLedger()
        let wrong = try cli.run(["deposit", "P-1", "--party", "ZAC", "--received", "10000", "--reference", "SPEI-9"])
        let number = try #require(wrong.output.split(separator: "#").last?.prefix { $0.isNumber })
        let reversed = try cli.run(["reverse", String(number), "--reason", "typed 10,000 instead of 100,000"])
        #expect(reversed.status == 0, "\(reversed.errors)")
        let again = try cli.run(["reverse", String(number), "--reason", "twice"])
        #expect(again.errors.contains("was already reversed by"))
        let shown = try CLI.json(try cli.run(["show", "P-1", "--format", "json"]).output)
        #expect((shown["totalReceived"] as? [String: String])?["amount"] == "0.00")
    }
}
