import CuentasCore

/// Every municipality of the catalogue by state and name, with its number of projects: the auditor's start page, a
/// page of it at a time. Computed once per catalogue (`HomeController.municipalityDirectory`): counting 40,000
/// projects and sorting 2,400 municipalities on every request was most of each auditor's start page (bench/NOTES.md).
struct MunicipalityDirectory: Sendable {
    struct Entry: Sendable {
        let state: String
        let municipality: Government
        let projectCount: Int
    }

    let entries: [Entry]

    init(_ catalogue: Catalogue) {
        var projectCounts: [PartyID: Int] = [:]
        for project in catalogue.projects.values { projectCounts[project.municipalityID, default: 0] += 1 }
        entries = catalogue.governments.values.filter { $0.level == .municipal }
            .map {
                Entry(state: $0.parentID.map { catalogue.partyName($0) } ?? "", municipality: $0, projectCount: projectCounts[$0.id] ?? 0)
            }
            .sorted { ($0.state, $0.municipality.name, $0.municipality.id) < ($1.state, $1.municipality.name, $1.municipality.id) }
    }
}
