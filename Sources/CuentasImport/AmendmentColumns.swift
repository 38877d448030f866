import CuentasCore

/// The amendments file's vocabulary: each row names an entity (club, federation, government, project), its code, a
/// field and the field's new value, from a date, with a reason and optionally the minutes. A project's budget line is
/// re-programmed with the field `line` and the value `N=AMOUNT`; consecutive `line` rows of one project with the same
/// date, minutes and reason are one re-programming. The web forms of amendments write the same rows.
public enum AmendmentColumns {
    /// The field `line`: a budget line's new amount.
    public static let lineField = "line"

    /// The file's name of each field, by kind of entity.
    public static let fields: [CatalogueAmendment.SubjectKind: [(name: String, field: CatalogueAmendment.Field)]] = [
        .club: [("name", .name), ("federation", .federation), ("city", .cityAbroad), ("state", .stateAbroad), ("country", .countryAbroad)],
        .federation: [("name", .name)],
        .government: [("name", .name), ("administration", .administration)],
        .project: [
            ("title_es", .titleSpanish), ("title_en", .titleEnglish), ("description_es", .descriptionSpanish),
            ("description_en", .descriptionEnglish), ("locality", .locality), ("executing_agency", .executingAgency),
            ("planned_end", .plannedEnd),
        ],
    ]

    /// The file's name of a field.
    public static func name(of field: CatalogueAmendment.Field, for kind: CatalogueAmendment.SubjectKind) -> String {
        fields[kind]!.first { $0.field == field }!.name
    }

    /// Every field name an entity takes in the file, for a message.
    public static func names(for kind: CatalogueAmendment.SubjectKind) -> [String] {
        fields[kind]!.map(\.name) + (kind == .project ? [lineField] : [])
    }
}
