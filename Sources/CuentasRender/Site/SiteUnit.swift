import CuentasCore
import CuentasStatements

/// A statement of the site, the unit a re-publish renders again or leaves alone: "project:FOLIO", "club:ID" or
/// "municipality:ID". Each writes its page in every language and its XML document; a club and a municipality also
/// their feed in every language, and a club its page of the diaspora's contribution.
public enum SiteUnit {
    public static func project(_ folio: Folio) -> String { "project:\(folio.text)" }
    public static func club(_ id: PartyID) -> String { "club:\(id.text)" }
    public static func municipality(_ id: PartyID) -> String { "municipality:\(id.text)" }

    /// Every statement the catalogue calls for: each project, each club and each municipality.
    public static func all(in catalogue: Catalogue) -> Set<String> {
        var units = Set(catalogue.projects.keys.map(project))
        units.formUnion(catalogue.clubs.keys.map(club))
        units.formUnion(catalogue.governments.values.filter { $0.level == .municipal }.map { municipality($0.id) })
        return units
    }

    /// A unit name read back: its kind ("project", "club", "municipality") and code; nil when it does not read as one.
    public static func parts(of unit: String) -> (kind: String, id: Identifier)? {
        let parts = unit.split(separator: ":", maxSplits: 1).map(String.init)
        guard parts.count == 2, !parts[1].isEmpty, parts[1].count <= TextLimits.identifierCharacters else { return nil }
        return (parts[0], Identifier(trusted: parts[1]))
    }

    /// The files a statement writes, by its unit name; empty for a name that is not a unit.
    public static func files(of unit: String) -> [String] {
        guard let (kind, id) = parts(of: unit) else { return [] }
        switch kind {
        case "project": return Language.allCases.map { SitePath.project(id, $0) } + [SitePath.projectXML(id)]
        case "club":
            return Language.allCases.flatMap { [SitePath.club(id, $0), SitePath.clubFeed(id, $0), SitePath.contribution(.club(id), $0)] }
                + [SitePath.clubXML(id)]
        case "municipality":
            return Language.allCases.flatMap { [SitePath.municipality(id, $0), SitePath.municipalityFeed(id, $0)] } + [SitePath.municipalityXML(id)]
        default: return []
        }
    }
}
