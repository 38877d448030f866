/// A small ledger built with the real commands: one club, three governments, one project approved and started.
extension CLI {
    static func smallLedger() throws -> CLI {
        let cli = try CLI()
        let steps: [[String]] = [
            ["init"],
            ["scheme", "add", repositoryRoot.appendingPathComponent("SampleData/schemes/3x1-classic.json").path],
            ["government", "add", "MX", "--name", "Federal", "--level", "federal"],
            ["government", "add", "ZAC", "--name", "Zacatecas", "--level", "state", "--parent", "MX"],
            ["government", "add", "MUN", "--name", "Municipio", "--level", "municipal", "--parent", "ZAC"],
            [
                "club", "add", "CLUB", "--name", "Club <b>Unidos</b>", "--city", "Chicago", "--state", "IL",
                "--toma-de-nota", "CHI-1", "--toma-de-nota-expires", "2030-01-01",
            ],
            [
                "project", "add", "P-1", "--kind", "infrastructure", "--title-es", "Obra", "--title-en", "Work",
                "--municipality", "MUN", "--locality", "Centro", "--club", "CLUB", "--cost", "400,000.00",
                "--line", "Materiales=300000", "--line", "Mano de obra=100000", "--proposed-on", "2024-01-10",
            ],
            [
                "project", "approve", "P-1", "--scheme", "3x1-classic", "--session-date", "2024-02-01", "--minutes", "ACTA-1", "--date",
                "2024-02-01",
            ],
            ["project", "start", "P-1", "--date", "2024-03-01"],
        ]
        for step in steps {
            let result = try cli.run(step)
            guard result.status == 0 else { throw SetupFailure(step: step, message: result.errors) }
        }
        return cli
    }

    struct SetupFailure: Error {
        let step: [String]
        let message: String
    }
}
