import CuentasCore
import CuentasRender

/// The project form's lists as rows of fields: budget lines as concept and amount pairs, sponsoring clubs as
/// checkboxes. The import format writes them as "Obra=900000|Supervisión=100000" and "CLUB-A;CLUB-B"; on a phone nobody
/// should have to. The rows are put together into those two columns, so the form is still checked by `ImportMapper`
/// like a file.
enum ProjectFormRows {
    /// How many budget lines the form offers; a project with more is registered from a file.
    static let lineRows = 6
    /// The text field for clubs of other municipalities, by their codes (rare: each becomes a proposal to accept).
    static let otherClubsField = "other_clubs"

    static func conceptField(_ row: Int) -> String { "line_concept_\(row)" }
    static func amountField(_ row: Int) -> String { "line_amount_\(row)" }
    static func clubField(_ id: PartyID) -> String { "club_\(id.text)" }

    /// The field a problem of the column `lines` or `clubs` stands beside.
    static func field(showing column: String) -> String? {
        switch column {
        case "lines": return conceptField(1)
        default: return nil
        }
    }

    static func lineFields(values: [String: String], errors: [String: String], _ t: Translation) -> [FormField] {
        (1...lineRows).flatMap { row -> [FormField] in
            var concept = FormField(name: conceptField(row), label: t.format("app.lineConcept", "\(row)"))
            concept.value = values[conceptField(row)] ?? ""
            concept.error = errors[conceptField(row)]
            concept.required = row == 1
            var amount = FormField(name: amountField(row), label: t.format("app.lineAmount", "\(row)"), kind: .amount)
            amount.value = values[amountField(row)] ?? ""
            amount.error = errors[amountField(row)]
            amount.required = row == 1
            if row == 1 { concept.hint = t["app.hint_lineRows"] }
            return [concept, amount]
        }
    }

    /// The clubs that already sponsor a project of the official's municipality, to tick; any other by its code.
    static func clubFields(
        values: [String: String], errors: [String: String], user: UserAccount, catalogue: Catalogue, _ t: Translation
    ) -> [FormField] {
        let municipality = user.municipalityID
        let ids = Set(catalogue.projects.values.filter { $0.municipalityID == municipality }.flatMap(\.sponsorClubIDs))
        let clubs = ids.compactMap { catalogue.clubs[$0] }.sorted { $0.name < $1.name }
        var group = FormField(name: "clubs", label: t["column.clubs"])
        group.kind = .checkboxes(clubs.map { (clubField($0.id), "\($0.name) (\($0.cityAbroad))", values[clubField($0.id)] == "yes") })
        group.error = errors["clubs"]
        var other = FormField(name: otherClubsField, label: t["app.otherClubs"])
        other.hint = t["app.hint_otherClubs"]
        other.value = values[otherClubsField] ?? ""
        other.error = errors[otherClubsField]
        return clubs.isEmpty ? [other] : [group, other]
    }

    /// The row fields as sent, to show them again.
    static func shownValues(_ input: RecordingForm) -> [String: String] {
        input.values.filter { $0.key.hasPrefix("line_") || $0.key.hasPrefix("club_") || $0.key == otherClubsField }
    }

    /// The `lines` and `clubs` columns put together from the rows; nil when the form sent no rows (a client that
    /// posts the columns themselves).
    static func columns(_ input: RecordingForm) -> (lines: String?, clubs: String?) {
        var lines: [String] = []
        for row in 1...lineRows {
            let concept = (input[conceptField(row)] ?? "").trimmingCharacters(in: .whitespaces)
            let amount = (input[amountField(row)] ?? "").trimmingCharacters(in: .whitespaces)
            if !concept.isEmpty || !amount.isEmpty { lines.append("\(concept)=\(amount)") }
        }
        let ticked = input.values.filter { $0.key.hasPrefix("club_") && $0.value == "yes" }.map { String($0.key.dropFirst(5)) }.sorted()
        let typed = (input[otherClubsField] ?? "").split { ",; ".contains($0) }.map(String.init)
        let clubs = ticked + typed.filter { !ticked.contains($0) }
        let sentRows = input.values.keys.contains { $0.hasPrefix("line_") || $0 == otherClubsField }
        guard sentRows else { return (nil, nil) }
        return (lines.isEmpty ? nil : lines.joined(separator: "|"), clubs.isEmpty ? nil : clubs.joined(separator: ";"))
    }

    /// What cannot be put together: half a row, or a concept holding the rows' own separator.
    static func problems(_ input: RecordingForm, _ t: Translation) -> [(field: String?, message: String)] {
        var problems: [(field: String?, message: String)] = []
        for row in 1...lineRows {
            let concept = (input[conceptField(row)] ?? "").trimmingCharacters(in: .whitespaces)
            let amount = (input[amountField(row)] ?? "").trimmingCharacters(in: .whitespaces)
            if concept.isEmpty && !amount.isEmpty { problems.append((conceptField(row), t["app.lineNeedsConcept"])) }
            if !concept.isEmpty && amount.isEmpty { problems.append((amountField(row), t["app.lineNeedsAmount"])) }
            if concept.contains("|") { problems.append((conceptField(row), t["app.lineNoBar"])) }
        }
        return problems
    }
}
