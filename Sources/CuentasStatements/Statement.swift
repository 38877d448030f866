import CuentasCore

/// One statement of the ledger, computed: a project's, a club's or a municipality's. The site, `cuentas statement`
/// and the web app's live pages compute it here and render it with one function per format
/// (`HTMLRenderer.page`, `StatementXML.document`, `StatementText.text`).
public enum Statement: Equatable, Sendable {
    case project(ProjectStatement)
    case club(ClubStatement)
    case municipality(MunicipalityStatement)

    /// The statement of `subject` as of `asOf`, from a state that holds what it shows (the whole ledger or the part
    /// the store reads for it); nil when the state has no such project, club or municipality. Corridor prices matter
    /// to a club's statement only.
    public init?(
        _ subject: StatementSubject, state: LedgerState, asOf: CalendarDate, corridorPrices: [CorridorPrice] = [],
        transitRule: TransitRule = .standard
    ) {
        switch subject {
        case .project(let folio):
            guard let statement = ProjectStatement(folio: folio, state: state, asOf: asOf, transitRule: transitRule) else { return nil }
            self = .project(statement)
        case .club(let id):
            guard
                let statement = ClubStatement(
                    clubID: id, state: state, asOf: asOf, corridorPrices: corridorPrices, transitRule: transitRule)
            else { return nil }
            self = .club(statement)
        case .municipality(let id):
            guard let statement = MunicipalityStatement(municipalityID: id, state: state, asOf: asOf, transitRule: transitRule) else {
                return nil
            }
            self = .municipality(statement)
        }
    }
}
