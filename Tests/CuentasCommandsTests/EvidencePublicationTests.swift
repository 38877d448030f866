import Foundation
import Testing

/// Evidence from the command line to a signed site: a photo attached to a progress report loses its location, is
/// published with its thumbnail embedded and its file under evidence/, covered by the signed manifest, so `verify`
/// names a swapped photo; an invoice that disagrees with its payment is refused, field by field.
@Suite struct EvidencePublicationTests {
    static let evidence = CLI.repositoryRoot.appendingPathComponent("SampleData/evidence")

    @Test func aSwappedPhotoInASignedSiteIsNamedByVerify() throws {
        let cli = try CLI.smallLedger()
        #expect(try cli.run(["progress", "P-1", "--percent", "40", "--date", "2024-04-01"]).status == 0)
        let attached = try cli.run([
            "evidence", "add", "P-1", Self.evidence.appendingPathComponent("obra-linea-de-conduccion.jpg").path, "--progress", "2024-04-01",
            "--caption", "Zanja abierta",
        ])
        #expect(attached.status == 0, "\(attached.errors)")
        #expect(attached.output.contains("The photo's location (GPS) was removed."))
        #expect(
            try cli.run(["visit", "P-1", "--date", "2024-05-02", "--attendees", "Comité", "--percent", "45", "--remarks", "Avanza"]).status
                == 0)
        #expect(
            try cli.run([
                "complaint", "add", "P-1", "--from", "committee", "--author", "Comité", "--date", "2024-05-03", "--text", "¿Y el tanque?",
            ]).status == 0)
        let key = cli.folder.appendingPathComponent("k.key").path
        #expect(try cli.run(["key", "new", "--name", "Tesorería", "--out", key]).status == 0)
        let site = cli.folder.appendingPathComponent("site")
        let published = try cli.run(["publish", "--out", site.path, "--sign", key, "--as-of", "2024-06-30"])
        #expect(published.status == 0, "\(published.errors)")

        let page = try String(contentsOf: site.appendingPathComponent("versions/1/es/projects/P-1.html"), encoding: .utf8)
        #expect(page.contains("<img src=\"data:image/jpeg;base64,"))
        #expect(page.contains("Zanja abierta"))
        #expect(page.contains("Sin respuesta desde hace 58 días: vencida (el plazo es de 30 días)"))
        #expect(page.utf8.count < 150_000)
        let photos = try FileManager.default.contentsOfDirectory(atPath: site.appendingPathComponent("versions/1/evidence").path)
        #expect(photos.count == 1)
        #expect(try cli.run(["verify", site.path]).status == 0)

        let photo = site.appendingPathComponent("versions/1/evidence/\(photos[0])")
        try FileManager.default.removeItem(at: photo)
        try FileManager.default.copyItem(at: Self.evidence.appendingPathComponent("obra-tanque-elevado.jpg"), to: photo)
        let verified = try cli.run(["verify", site.path])
        #expect(verified.status != 0)
        #expect(verified.output.contains("ALTERED     versions/1/evidence/\(photos[0])"))
    }

    @Test func anInvoiceThatDisagreesWithItsPaymentIsRefusedFieldByField() throws {
        let cli = try CLI.smallLedger()
        #expect(
            try cli.run(["deposit", "P-1", "--party", "MUN", "--received", "100000", "--reference", "SPEI-1", "--date", "2024-03-05"])
                .status == 0)
        let paid = try cli.run([
            "pay", "P-1", "--line", "1", "--payee", "Ingeniería Hidráulica Zacatecana SC", "--tax-id", "IHZ150612AB3", "--amount",
            "84000.00",
            "--invoice", "D206666D-E3B0-4E33-AA1F-000000000007", "--date", "2024-04-01",
        ])
        #expect(paid.status == 0, "\(paid.errors)")
        // The sample invoice with this project's total (the small ledger's budget is smaller than the sample's).
        let invoice = cli.folder.appendingPathComponent("factura.xml").path
        let text = try String(contentsOf: Self.evidence.appendingPathComponent("factura-D206666D.xml"), encoding: .utf8)
        try text.replacingOccurrences(of: "Total=\"840000.00\"", with: "Total=\"84000.00\"").write(
            toFile: invoice, atomically: true, encoding: .utf8)
        let checked = try cli.run([
            "evidence", "add", "P-1", invoice, "--payment", "D206666D-E3B0-4E33-AA1F-000000000007", "--caption", "Factura",
        ])
        #expect(checked.status == 0, "\(checked.errors)")
        #expect(checked.output.contains("Invoice checked against payment #"))

        // The same invoice for another payment: the UUID and the total are named; nothing recorded.
        #expect(
            try cli.run([
                "pay", "P-1", "--line", "1", "--payee", "Ingeniería Hidráulica Zacatecana SC", "--tax-id", "IHZ150612AB3", "--amount",
                "1000.00",
                "--invoice", "624A622B-85AF-4442-AD2E-000000000006", "--date", "2024-04-02",
            ]).status == 0)
        let refused = try cli.run([
            "evidence", "add", "P-1", invoice, "--payment", "624A622B-85AF-4442-AD2E-000000000006", "--caption", "Factura",
        ])
        #expect(refused.status != 0)
        #expect(
            refused.errors.contains(
                "the stamp's UUID is D206666D-E3B0-4E33-AA1F-000000000007 and the payment records 624A622B-85AF-4442-AD2E-000000000006"))
        #expect(refused.errors.contains("the total is MX$84,000.00 and the payment is MX$1,000.00"))
        #expect(!refused.errors.contains("RFC"))
        let listed = try cli.run(["evidence", "list", "P-1"])
        #expect(listed.output.split(separator: "\n").filter { $0.contains("application/xml") }.count == 1)
    }

    /// The evidence column of an import names files beside the CSV: attached to their rows' movements in the same
    /// transaction; one refused file and nothing of the file is recorded.
    @Test func anImportAttachesTheFilesItsRowsNameAllOrNothing() throws {
        let cli = try CLI.smallLedger()
        let photo = cli.folder.appendingPathComponent("zanja.jpg")
        try FileManager.default.copyItem(at: Self.evidence.appendingPathComponent("obra-linea-de-conduccion.jpg"), to: photo)
        let good = cli.folder.appendingPathComponent("progress.csv")
        try "date,project,percent,evidence,evidence_caption\n2024-04-01,P-1,30,zanja.jpg,La zanja\n2024-05-01,P-1,45,,\n"
            .write(to: good, atomically: true, encoding: .utf8)
        let imported = try cli.run(["import", good.path])
        #expect(imported.status == 0, "\(imported.errors)")
        #expect(imported.output.contains("1 evidence files attached."))
        let listed = try cli.run(["evidence", "list", "P-1"]).output
        #expect(listed.contains("zanja.jpg") && listed.contains("La zanja") && listed.contains("#"))

        let before = try cli.run(["check", "--format", "json"]).output
        for (name, value, message) in [
            ("escape.csv", "../zanja.jpg", "cannot read the file ../zanja.jpg"),
            ("fake.csv", "progress.csv", "its name says ? and its content is unknown"),
        ] {
            let bad = cli.folder.appendingPathComponent(name)
            try "date,project,percent,evidence\n2024-06-01,P-1,50,\(value)\n".write(to: bad, atomically: true, encoding: .utf8)
            let refused = try cli.run(["import", bad.path])
            #expect(refused.status != 0)
            #expect(refused.errors.contains("line 2, column evidence") && refused.errors.contains(message), "\(refused.errors)")
        }
        #expect(try CLI.json(cli.run(["check", "--format", "json"]).output)["movements"] as? Int == CLI.json(before)["movements"] as? Int)
    }
}
