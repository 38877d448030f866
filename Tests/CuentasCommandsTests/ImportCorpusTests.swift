import Foundation
import Testing

/// Files a treasurer might really bring: every bad one is refused with its line, column, value and what was expected,
/// a non-zero exit, and a database that is byte-for-byte what it was (compared as an SQL dump).
@Suite struct ImportCorpusTests {
    static let corpus = CLI.repositoryRoot.appendingPathComponent("Tests/CuentasCommandsTests/ImportCorpus")

    @Test func everyFileOfTheCorpusGetsItsExpectedAnswer() throws {
        let cli = try CLI.smallLedger()
        let lines = try String(contentsOf: Self.corpus.appendingPathComponent("expectations.tsv"), encoding: .utf8)
            .split(separator: "\n").filter { !$0.hasPrefix("#") }
        #expect(lines.count >= 20)
        for line in lines {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            let (file, options, exit, fragment) = (fields[0], fields[1], fields[2], fields[3])
            let before = try cli.dump()
            let path = Self.corpus.appendingPathComponent(file).path
            let result = try cli.run(["import", path] + options.split(separator: " ").map(String.init))
            if exit == "0" {
                #expect(result.status == 0, "\(file): \(result.errors)")
                #expect(result.output.contains(fragment), "\(file): \(result.output)")
            } else {
                #expect(result.status != 0, "\(file) was accepted")
                #expect(result.errors.contains("\(file): \(fragment)"), "\(file): \(result.errors)")
                #expect(result.errors.contains("Nothing was imported"))
                #expect(try cli.dump() == before, "\(file) changed the database")
            }
        }
    }

    @Test func approvalsFromAFileGiveEachPartyItsPledge() throws {
        let cli = try CLI.smallLedger()
        let added = try cli.run([
            "project", "add", "P-2", "--kind", "education", "--title-es", "Aula", "--title-en", "Classroom", "--municipality", "MUN",
            "--locality", "Centro", "--club", "CLUB", "--cost", "1000000.01", "--line", "Obra=1000000.01", "--proposed-on", "2024-05-01",
        ])
        #expect(added.status == 0, "\(added.errors)")
        let bad = try cli.write("bad-approvals.csv", "date,project,scheme,session_date,minutes\n2024-06-01,P-2,4x1,2024-06-01,ACTA-9\n")
        let refused = try cli.run(["import", bad])
        #expect(refused.errors.contains("line 2, column scheme: there is no scheme 4x1"))
        // The second row breaks a rule after the first made five movements: the message still names the second row.
        let twice = try cli.write(
            "twice.csv",
            "date,project,scheme,session_date,minutes,note\n2024-06-01,P-2,3x1-classic,2024-06-01,ACTA-9,\n2024-06-02,P-2,3x1-classic,2024-06-02,ACTA-10,\n"
        )
        let before = try cli.dump()
        let refusedTwice = try cli.run(["import", twice])
        #expect(
            refusedTwice.errors.contains("twice.csv: line 3, column project: project P-2: cannot go from approved to approved"),
            "\(refusedTwice.errors)")
        #expect(try cli.dump() == before)
        let file = try cli.write(
            "approvals.csv",
            "date,project,scheme,session_date,minutes,note\n2024-06-01,P-2,3x1-classic,2024-06-01,ACTA-9,Sesión ordinaria\n")
        let imported = try cli.run(["import", file])
        #expect(imported.output.contains("imported 5 movements (approvals), #7 to #11."), "\(imported.output) \(imported.errors)")
        let shown = try CLI.json(try cli.run(["show", "P-2", "--format", "json"]).output)
        #expect(shown["status"] as? String == "approved")
        #expect((shown["totalCommitted"] as? [String: String])?["amount"] == "1000000.01")
        #expect((shown["parties"] as? [[String: Any]])?.count == 4)
    }

    @Test func reimportingTheSameDepositsIsRefusedAsDuplicates() throws {
        let cli = try CLI.smallLedger()
        let file = try cli.write(
            "deposits.csv",
            "date,project,party,sent_amount,sent_currency,fee,exchange_rate,rate_source,market_rate,received_amount,reference,note\n2024-03-05,P-1,MUN,100.00,MXN,0,1,same currency,,100.00,SPEI-1,\n"
        )
        let first = try cli.run(["import", file])
        #expect(first.status == 0)
        #expect(first.output.hasPrefix("\(file): imported 1 movements (deposits)"), "\(first.output)")
        let after = try cli.dump()
        let again = try cli.run(["import", file])
        #expect(again.status == 0)
        #expect(again.output.contains("this file was imported already ("), "\(again.output)")
        #expect(again.output.contains("movements #7 to #7); nothing was recorded again"))
        #expect(try cli.dump() == after)
        let copy = try cli.write(
            "deposits-copy.csv", try String(contentsOfFile: file, encoding: .utf8).replacingOccurrences(of: "\n", with: "\r\n"))
        let copied = try cli.run(["import", copy])
        #expect(copied.status != 0)
        #expect(
            copied.errors.contains("line 2, column reference: project P-1: the reference \"SPEI-1\" is already recorded in movement #7"))
        #expect(try cli.dump() == after)
    }

    @Test func byteOrderMarksLineEndsAndLatin1() throws {
        let cli = try CLI.smallLedger()
        var bom = Data([0xEF, 0xBB, 0xBF])
        bom.append(Data("date,club,amount,currency,event\r\n2024-03-05,CLUB,10.00,USD,Rifa\r\n2024-03-06,CLUB,11.00,USD,Rifa\r\n".utf8))
        let bomFile = cli.folder.appendingPathComponent("bom-crlf.csv")
        try bom.write(to: bomFile)
        let imported = try cli.run(["import", bomFile.path])
        #expect(imported.status == 0, "\(imported.errors)")
        #expect(imported.output.contains("imported 2 movements"))
        var latin1 = Data("date,club,amount,currency,member,event,note\n2024-03-05,CLUB,10.00,USD,,Kerm".utf8)
        latin1.append(0xE9)  // "é" in Latin-1
        latin1.append(Data("s,\n".utf8))
        let latinFile = cli.folder.appendingPathComponent("latin1.csv")
        try latin1.write(to: latinFile)
        let before = try cli.dump()
        let refused = try cli.run(["import", latinFile.path])
        #expect(refused.status != 0)
        #expect(refused.errors.contains("latin1.csv: line 2: the file is not UTF-8 (Latin-1 or Windows-1252?); save it as \"CSV UTF-8\""))
        #expect(try cli.dump() == before)
    }

    @Test func aHundredThousandRowsImportWhole() throws {
        let cli = try CLI.smallLedger()
        var text = "date,club,amount,currency,member,event,note\n"
        for row in 0..<100_000 {
            text += "2024-0\(1 + row % 9)-\(10 + row % 18),CLUB,\(1 + row % 500).\(row % 10)5,USD,,Rifa,fila \(row)\n"
        }
        let file = try cli.write("large.csv", text)
        let result = try cli.run(["import", file])
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.output.contains("imported 100000 movements (donations)"))
        #expect(result.output.contains("Each donation has its receipt code: `cuentas receipt list --club CLUB` lists them."))
        // A hundred thousand codes, all distinct, each a valid code.
        let codes = try cli.shell(
            "sqlite3 '\(cli.database)' 'SELECT count(*), count(DISTINCT receipt) FROM movement WHERE kind = \"donation\"'")
        #expect(codes.output.trimmingCharacters(in: .whitespacesAndNewlines) == "100000|100000", "\(codes.output)")
        let check = try CLI.json(try cli.run(["check", "--format", "json"]).output)
        #expect(check["passed"] as? Bool == true)
        #expect(check["movements"] as? Int == 100_006)
    }
}
