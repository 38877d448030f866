/// One party or project to add, as a batch of them arrives from a file.
public enum CatalogueEntry: Sendable {
    case federation(Federation)
    case club(Club)
    case government(Government)
    case project(Project)
}
