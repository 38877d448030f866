import CuentasStatements

extension StatementText {
    /// A statement as text for a terminal.
    public func text(_ statement: Statement) -> String {
        switch statement {
        case .project(let statement): return project(statement)
        case .club(let statement): return club(statement)
        case .municipality(let statement): return municipality(statement)
        }
    }
}
