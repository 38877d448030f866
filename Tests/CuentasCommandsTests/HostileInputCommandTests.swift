import Foundation
import Testing

/// Careless and hostile input through the real commands: what a careful accountant would refuse is refused, with a
/// message naming the field, and the ledger is left as it was.
@Suite struct HostileInputCommandTests {
    private func movementCount(_ cli: CLI) throws -> String {
        try cli.shell("sqlite3 '\(cli.database)' 'SELECT count(*) FROM movement'").output
    }

    @Test func oneReferenceInTwoSpellingsIsRecordedOnce() throws {
        let cli = try CLI.smallLedger()
        let first = try cli.run([
            "deposit", "P-1", "--party", "MUN", "--received", "1000", "--reference", "SPEI-PAGO-É", "--date", "2024-03-05",
        ])
        #expect(first.status == 0, "\(first.errors)")
        let before = try movementCount(cli)
        for spelling in ["SPEI-PAGO-E\u{0301}", "spei-pago-É", "SPEI -PAGO-É"] {
            let again = try cli.run([
                "deposit", "P-1", "--party", "MUN", "--received", "1000", "--reference", spelling, "--date", "2024-03-06",
            ])
            #expect(again.status != 0, "\(spelling) was recorded again")
            #expect(again.errors.contains("is already recorded in movement #"), "\(again.errors)")
        }
        #expect(try movementCount(cli) == before)
        #expect(try cli.run(["check"]).status == 0)
    }

    @Test func anIdentifierThatDiffersOnlyByCaseIsRefused() throws {
        let cli = try CLI.smallLedger()
        let club = try cli.run([
            "club", "add", "club", "--name", "Otro", "--city", "Chicago", "--state", "IL",
            "--toma-de-nota", "CHI-2", "--toma-de-nota-expires", "2030-01-01",
        ])
        #expect(club.status != 0)
        #expect(club.errors.contains("party CLUB already exists (identifiers are the same whatever their case)"), "\(club.errors)")
        let project = try cli.run([
            "project", "add", "p-1", "--kind", "infrastructure", "--title-es", "Obra", "--title-en", "Work",
            "--municipality", "MUN", "--locality", "Centro", "--club", "CLUB", "--cost", "100",
            "--line", "Materiales=100", "--proposed-on", "2024-01-10",
        ])
        #expect(project.status != 0)
        #expect(project.errors.contains("project P-1 already exists"), "\(project.errors)")
    }

    @Test func aPayeeWithADirectionOverrideIsRefusedAndNotEchoed() throws {
        let cli = try CLI.smallLedger()
        #expect(
            try cli.run(["deposit", "P-1", "--party", "MUN", "--received", "100000", "--reference", "SPEI-1", "--date", "2024-03-05"])
                .status == 0)
        let before = try movementCount(cli)
        let paid = try cli.run([
            "pay", "P-1", "--line", "1", "--payee", "Constructora \u{202E}zeréP", "--tax-id", "CON010101AB1",
            "--amount", "100", "--invoice", "6F9619FF-8B86-D011-B42D-00C04FC964FF", "--date", "2024-03-06",
        ])
        #expect(paid.status != 0)
        #expect(paid.errors.contains("<U+202E>"), "\(paid.errors)")
        #expect(!paid.errors.unicodeScalars.contains("\u{202E}"))
        #expect(try movementCount(cli) == before)
    }

    @Test func aTransferWithAMistypedMarketRateIsRefused() throws {
        let cli = try CLI.smallLedger()
        #expect(try cli.run(["donation", "--club", "CLUB", "--amount", "5000", "--event", "Kermés", "--date", "2024-03-01"]).status == 0)
        let before = try movementCount(cli)
        let sent = try cli.run([
            "transfer", "--club", "CLUB", "--project", "P-1", "--sent", "1000", "--rate", "17", "--rate-source", "Banco",
            "--market-rate", "9999999", "--reference", "WIRE-1", "--date", "2024-03-05",
        ])
        #expect(sent.status != 0)
        #expect(
            sent.errors.contains("--market-rate: \"9999999.00\" is not valid; expected a market rate between 13.60 and 21.25"),
            "\(sent.errors)")
        #expect(try movementCount(cli) == before)
        for command in [["show", "CLUB"], ["club", "list"], ["check"]] { #expect(try cli.run(command).status == 0) }
    }

    @Test func oneInvoiceIsPaidOnceWhetherAlreadyInTheLedgerOrTwiceInOneFile() throws {
        let cli = try CLI.smallLedger()
        #expect(
            try cli.run(["deposit", "P-1", "--party", "MUN", "--received", "100000", "--reference", "SPEI-1", "--date", "2024-03-05"])
                .status == 0)
        let uuid = "6F9619FF-8B86-D011-B42D-00C04FC964FF"
        let pay = [
            "pay", "P-1", "--line", "1", "--payee", "Constructora", "--tax-id", "CON010101AB1", "--amount", "100", "--date", "2024-03-06",
        ]
        #expect(try cli.run(pay + ["--invoice", uuid]).status == 0)
        let again = try cli.run(pay + ["--invoice", uuid.lowercased()])
        #expect(again.status != 0)
        #expect(again.errors.contains("the invoice (CFDI) \(uuid) is already paid by movement #"), "\(again.errors)")
        let other = "7A9619FF-8B86-D011-B42D-00C04FC964FF"
        let header = "date,project,budget_line,payee,payee_tax_id,amount,invoice_uuid,overrun_reason,note\n"
        let row = "2024-03-07,P-1,1,Constructora,CON010101AB1,50.00,\(other),,\n"
        let before = try movementCount(cli)
        let file = try cli.write("payments.csv", header + row + row)
        let imported = try cli.run(["import", file])
        #expect(imported.status != 0)
        #expect(imported.errors.contains("line 3"), "\(imported.errors)")
        #expect(imported.errors.contains("is already paid by movement #"))
        #expect(try movementCount(cli) == before)
    }

    @Test func datesNumbersAndDonorsACarefulAccountantWouldRefuse() throws {
        let cli = try CLI.smallLedger()
        let before = try movementCount(cli)
        let refusals: [([String], String)] = [
            (
                ["donation", "--club", "CLUB", "--amount", "10", "--event", "Rifa", "--date", "2099-01-01"],
                "--date: \"2099-01-01\" is not valid; expected a real date YYYY-MM-DD between 2000-01-01 and "
            ),
            (["donation", "--club", "CLUB", "--amount", "10", "--event", "Rifa", "--date", "1999-12-31"], "between 2000-01-01 and"),
            (
                ["donation", "--club", "CLUB", "--amount", "10", "--event", "Rifa", "--date", "2025-+1-+5"],
                "--date: \"2025-+1-+5\" is not valid"
            ),
            (["donation", "--club", "CLUB", "--amount", "10", "--date", "2024-03-01"], "give either --member or --event"),
            (["progress", "P-1", "--percent", "+75", "--date", "2024-03-02"], "The value '+75' is invalid for '--percent <percent>'"),
            (["progress", "P-1", "--percent=-0", "--date", "2024-03-02"], "invalid for '--percent <percent>'"),
            (
                [
                    "project", "approve", "P-1", "--scheme", "3x1-classic", "--session-date", "2024-02-01", "--minutes", "A",
                    "--agreed", "state=30", "--agreed", "state=20",
                ], "naming each role once"
            ),
        ]
        for (arguments, message) in refusals {
            let result = try cli.run(arguments)
            #expect(result.status != 0, "\(arguments)")
            #expect(result.errors.contains(message), "\(arguments): \(result.errors)")
        }
        #expect(try movementCount(cli) == before)
    }

    @Test func reversalsDecisionsAndProgressFollowTheCalendar() throws {
        let cli = try CLI.smallLedger()
        let deposit = try cli.run([
            "deposit", "P-1", "--party", "MUN", "--received", "1000", "--reference", "SPEI-1", "--date", "2024-03-05",
        ])
        let number = try #require(deposit.output.split(separator: "#").dropFirst().first?.prefix { $0.isNumber })
        let early = try cli.run(["reverse", String(number), "--reason", "Duplicado", "--date", "2024-03-04"])
        #expect(early.status != 0)
        #expect(
            early.errors.contains("a reversal cannot be dated before movement #\(number), which it undoes (2024-03-05)"), "\(early.errors)")
        #expect(try cli.run(["progress", "P-1", "--percent", "60", "--date", "2024-04-01"]).status == 0)
        let down = try cli.run(["progress", "P-1", "--percent", "40", "--date", "2024-05-01"])
        #expect(down.status != 0)
        #expect(down.errors.contains("physical progress would go down from 60% to 40%; write the reason in the note"))
        #expect(try cli.run(["progress", "P-1", "--percent", "40", "--date", "2024-05-01", "--note", "Se derrumbó el talud"]).status == 0)
        #expect(try cli.run(["progress", "P-1", "--percent", "20", "--date", "2024-03-15"]).status == 0, "a late entry is not a step back")
        let file = try cli.write(
            "approvals.csv", "date,project,scheme,session_date,minutes,agreed,note\n2024-01-20,P-2,3x1-classic,2024-02-01,ACTA-9,,\n")
        #expect(
            try cli.run([
                "project", "add", "P-2", "--kind", "infrastructure", "--title-es", "Obra", "--title-en", "Work",
                "--municipality", "MUN", "--locality", "Centro", "--club", "CLUB", "--cost", "100",
                "--line", "Materiales=100", "--proposed-on", "2024-01-10",
            ]).status == 0)
        let decided = try cli.run(["import", file])
        #expect(decided.status != 0)
        #expect(
            decided.errors.contains("the decision cannot be dated before the committee session that took it (2024-02-01)"),
            "\(decided.errors)")
        #expect(try cli.run(["check"]).status == 0)
    }

    @Test func moneyBeyondThePledgeOrInAnotherCurrencyIsRefused() throws {
        let cli = try CLI.smallLedger()
        // The municipality pledged a quarter of 400,000.00: 100,000.00, and 1 % more is accepted.
        let before = try movementCount(cli)
        let beyond = try cli.run([
            "deposit", "P-1", "--party", "MUN", "--received", "101001", "--reference", "SPEI-1", "--date", "2024-03-05",
        ])
        #expect(beyond.status != 0)
        #expect(
            beyond.errors.contains("MUN pledged MX$100,000.00 and this would make MX$101,001.00 received, over 1 % more"),
            "\(beyond.errors)")
        let dollars = try cli.run([
            "deposit", "P-1", "--party", "ZAC", "--sent", "1000", "--sent-currency", "USD", "--rate", "17",
            "--rate-source", "Banco", "--reference", "SPEI-2", "--date", "2024-03-05",
        ])
        #expect(dollars.status != 0)
        #expect(dollars.errors.contains("a government deposits in the currency of its pledge (MXN), not USD"), "\(dollars.errors)")
        #expect(try movementCount(cli) == before)
        #expect(
            try cli.run(["deposit", "P-1", "--party", "MUN", "--received", "101000", "--reference", "SPEI-3", "--date", "2024-03-05"])
                .status == 0)
    }

    /// A ledger on a read-only medium, or of another user: checked and shown, and a write says so without a change.
    /// As root (CI), permissions do not apply: the commands then run as `nobody`.
    @Test func aReadOnlyLedgerIsCheckedAndShownButNotWritten() throws {
        let cli = try CLI.smallLedger()
        #expect(
            try cli.shell(
                "sqlite3 '\(cli.database)' 'PRAGMA wal_checkpoint(TRUNCATE)' && rm -f '\(cli.database)-wal' '\(cli.database)-shm'"
            ).status == 0)
        #expect(try cli.shell("chmod 444 '\(cli.database)' && chmod 555 '\(cli.folder.path)'").status == 0)
        defer { _ = try? cli.shell("chmod 755 '\(cli.folder.path)' && chmod 644 '\(cli.database)'") }
        let user = getuid() == 0 ? "runuser -u nobody -- " : ""
        let program = "\(user)'\(CLI.executable.path)'"
        let check = try cli.shell("\(program) check --db '\(cli.database)'")
        #expect(check.status == 0, "\(check.errors)")
        #expect(check.output.contains("Ledger sound"))
        #expect(try cli.shell("\(program) show P-1 --db '\(cli.database)'").status == 0)
        let write = try cli.shell("\(program) donation --club CLUB --amount 5 --event Rifa --date 2024-03-01 --db '\(cli.database)'")
        #expect(write.status != 0)
        #expect(
            write.errors.contains("the ledger file is read-only: it can be checked and shown, not written; nothing was changed"),
            "\(write.errors)")
    }

    /// A catalogue file's refusal names the column it is about, as a movement file's does.
    @Test func catalogueFilesNameTheColumnOfEveryRefusal() throws {
        let cli = try CLI.smallLedger()
        let header = "folio,kind,title_es,title_en,municipality,locality,clubs,cost,lines,proposed_on\n"
        let cases: [(String, String, String)] = [
            (
                "projects.csv", header + "P-1,infrastructure,Obra,Work,MUN,Centro,CLUB,100,Obra=100,2024-01-10\n",
                "line 2, column folio: project P-1 already exists"
            ),
            (
                "projects2.csv", header + "P-9,infrastructure,Obra,Work,MUN-X,Centro,CLUB,100,Obra=100,2024-01-10\n",
                "line 2, column municipality: there is no municipality MUN-X"
            ),
            (
                "projects3.csv", header + "P-9,infrastructure,Obra,Work,MUN,Centro,CLUB-X,100,Obra=100,2024-01-10\n",
                "line 2, column clubs: there is no club CLUB-X"
            ),
            (
                "governments.csv", "id,name,level,parent\nMUN-2,Otro,municipal,ZAC-X\n",
                "line 2, column parent: there is no government ZAC-X"
            ),
            ("clubs.csv", "id,name,city,state\nclub,Otro,Chicago,IL\n", "line 2, column id: party CLUB already exists"),
        ]
        for (name, text, message) in cases {
            let result = try cli.run(["import", try cli.write(name, text)])
            #expect(result.status != 0, "\(name)")
            #expect(result.errors.contains(message), "\(name): \(result.errors)")
        }
    }

    /// The earliest day is configurable, for a program that records older history.
    @Test func theEarliestDayIsConfigurable() throws {
        let cli = try CLI.smallLedger()
        let donation = ["donation", "--club", "CLUB", "--amount", "10", "--event", "Rifa", "--date", "1998-05-01"]
        #expect(try cli.run(donation).status != 0)
        let older = try cli.run(donation, environment: ["CUENTAS_EARLIEST_DATE": "1995-01-01"])
        #expect(older.status == 0, "\(older.errors)")
        let bad = try cli.run(donation, environment: ["CUENTAS_EARLIEST_DATE": "ayer"])
        #expect(bad.errors.contains("CUENTAS_EARLIEST_DATE: \"ayer\" is not valid"), "\(bad.errors)")
    }
}
