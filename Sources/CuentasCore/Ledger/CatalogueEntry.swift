/// One entry to add to the catalogue, as a batch of them arrives from a file or a form: a party or a project, or an
/// amendment of one, or a line of a budget re-programming (consecutive lines of one project, date, minutes and reason
/// are one re-programming).
public enum CatalogueEntry: Sendable {
    case federation(Federation)
    case club(Club)
    case government(Government)
    case project(Project)
    case amendment(CatalogueAmendment)
    case reprogramming(BudgetReprogramming)
}
