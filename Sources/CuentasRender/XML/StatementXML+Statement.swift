import CuentasStatements

extension StatementXML {
    /// A statement's XML document, at `SitePath.xml(of:)`.
    public static func document(_ statement: Statement) -> String {
        switch statement {
        case .project(let statement): return project(statement)
        case .club(let statement): return club(statement)
        case .municipality(let statement): return municipality(statement)
        }
    }
}
