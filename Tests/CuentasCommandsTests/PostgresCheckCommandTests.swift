import Foundation
import Testing

/// `cuentas check` on a PostgreSQL ledger checks what it checks on a file, but the file's pages: the catalogue as
/// sealed and the movements' recording times as written, besides the chain, the rules, the balances, the publications
/// and the evidence. Each row below is changed on the server past its append-only trigger, as someone with the
/// database's owner rights could.
@Suite struct PostgresCheckCommandTests {
    @Test(.enabled(if: PostgresCopyCommandTests.server != nil, "make test starts a PostgreSQL server"))
    func aCatalogueRowOrARecordingTimeChangedOnTheServerIsFound() throws {
        let cli = try CLI()
        #expect(try cli.shell("cuentas init >/dev/null && bash SampleData/load.sh >/dev/null").status == 0)
        let database = try PostgresCopyCommandTests.Database(cli)
        #expect(try cli.run(["copy", "--from", cli.database, "--to", database.address]).status == 0)
        let sound = try CLI.json(try cli.run(["check", "--db", database.address, "--format", "json"]).output)
        #expect(sound["passed"] as? Bool == true && sound["catalogueSealed"] as? Bool == true)
        #expect(sound["recordingsIntact"] as? Bool == true && sound["fileIntact"] is NSNull)

        _ = try database.query(
            cli,
            "ALTER TABLE party DISABLE TRIGGER USER; UPDATE party SET name = 'Club Cambiado' WHERE id = 'CLUB-CANON-CHI'; ALTER TABLE party ENABLE TRIGGER USER"
        )
        let renamed = try cli.run(["check", "--db", database.address])
        #expect(renamed.status != 0)
        #expect(renamed.output.contains("party CLUB-CANON-CHI: name was recorded as"), "\(renamed.output)")
        #expect(renamed.output.contains("\"Club Cambiado\": the catalogue was changed outside the program"))

        _ = try database.query(
            cli,
            "ALTER TABLE movement DISABLE TRIGGER USER; UPDATE movement SET recordedAt = '2020-01-01T00:00:00Z' WHERE id = 5; ALTER TABLE movement ENABLE TRIGGER USER"
        )
        let json = try CLI.json(try cli.run(["check", "--db", database.address, "--format", "json"]).output)
        #expect(json["passed"] as? Bool == false && json["recordingsIntact"] as? Bool == false && json["catalogueSealed"] as? Bool == false)
        let messages = try #require(json["violations"] as? [String])
        #expect(
            messages.contains { $0.hasPrefix("movement #5: it was recorded at ") && $0.contains("2020-01-01T00:00:00Z") }, "\(messages)")
    }
}
