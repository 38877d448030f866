import CuentasCore
import CuentasPostgres

extension CheckCommand {
    /// `cuentas check --db postgres://…`: the chain, the rules and the stored balances (`PostgresLedgerCheck`); it says
    /// what it does not check there yet.
    func checkPostgreSQL(_ address: PostgresAddress, _ context: CommandContext) throws {
        let database = try BlockingCall.wait { try await PostgresLedgerDatabase.openLedger(address, maximumConnections: 2) }
        defer { try? BlockingCall.wait { await database.close() } }
        let check = try PostgresLedgerCheck.run(database)
        let ledger = check.ledger
        let messages = Self.messages(ledger, check.balanceDifferences, check.brokenLink, context)
        switch format {
        case .json:
            print(
                JSONOutput.render(
                    Self.summary(check.passed, ledger, messages, check.headHash, check.brokenLink, check.balanceDifferences)))
        case .text:
            guard check.passed else {
                for message in messages { print(message) }
                break
            }
            print(
                context.say(
                    "Libro correcto (PostgreSQL \(address.database)): \(ledger.movementCount) movimientos, \(ledger.state.projects.count) proyectos, ninguna regla rota; saldos guardados iguales al libro; cadena de hashes intacta hasta \(check.headHash.prefix(16)). (Los sellos del catálogo, las horas de registro, las publicaciones y la evidencia aún no se revisan en PostgreSQL.)",
                    "Ledger sound (PostgreSQL \(address.database)): \(ledger.movementCount) movements, \(ledger.state.projects.count) projects, no rule broken; stored balances equal the ledger; hash chain intact up to \(check.headHash.prefix(16)). (The catalogue's seals, recording times, publications and evidence are not checked on PostgreSQL yet.)"
                ))
        }
        if !check.passed { throw Self.problems(messages.count, context) }
    }
}
