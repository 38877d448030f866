import CuentasCore
import CuentasStatements

extension HTMLRenderer {
    /// A statement's page, at `SitePath.page(of:)`. `evidence` shows on a project's page, `oversight` on a
    /// municipality's; each is ignored on the others.
    public func page(
        _ statement: Statement, language: Language, evidence: PageEvidence? = nil, oversight: MunicipalityOversight? = nil
    ) -> String {
        switch statement {
        case .project(let statement): return project(statement, language: language, evidence: evidence)
        case .club(let statement): return club(statement, language: language)
        case .municipality(let statement): return municipality(statement, language: language, oversight: oversight)
        }
    }
}
