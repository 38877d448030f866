import CuentasCore
import CuentasImport
import CuentasRender
import Foundation

/// A movement form of the web app. Each fills one row of an import format (SampleData/README.md), so a form and a
/// CSV file are checked by the same `ImportMapper`, with the same messages, and recorded by the same ledger rules.
struct MovementForm: Sendable {
    /// The last part of its address: /app/record/SLUG.
    let slug: String
    let kind: ImportKind
    /// The only role that may use it; nil for the reversal form, whose scope is the reversed movement's.
    let role: UserRole?

    static let all: [MovementForm] = [
        MovementForm(slug: "donation", kind: .donations, role: .treasurer),
        MovementForm(slug: "sending", kind: .sendings, role: .treasurer),
        MovementForm(slug: "transfer", kind: .transfers, role: .treasurer),
        MovementForm(slug: "arrival", kind: .arrivals, role: .official),
        MovementForm(slug: "deposit", kind: .deposits, role: .official),
        MovementForm(slug: "payment", kind: .payments, role: .official),
        MovementForm(slug: "progress", kind: .progress, role: .official),
        MovementForm(slug: "approval", kind: .approvals, role: .official),
        MovementForm(slug: "status", kind: .statuses, role: .official),
        MovementForm(slug: "project", kind: .projects, role: .official),
    ]

    /// Correcting a movement: for whoever may record the movement it undoes (`AccessRule.mayReverse`). Reached from a
    /// recorded movement's page, not listed with the forms of a role nor imported from the app.
    static let reversal = MovementForm(slug: "reversal", kind: .reversals, role: nil)

    static func named(_ slug: String) -> MovementForm? { (all + [reversal]).first { $0.slug == slug } }

    static func forRole(_ role: UserRole) -> [MovementForm] { all.filter { $0.role == role } }

    /// Whether the form carries a file (its format has an evidence column): then it is sent as multipart.
    var takesEvidence: Bool { columns.contains("evidence") }

    /// The columns the form shows, in the order of the format.
    var columns: [String] { kind.columns }

    /// Values fixed by who the user is: a treasurer records for their own club, in its fund's currency; an official
    /// proposes projects in their own municipality.
    func fixedValues(for user: UserAccount, catalogue: Catalogue) -> [String: String] {
        if let municipality = user.municipalityID, columns.contains("municipality") { return ["municipality": municipality.text] }
        guard let club = user.clubID else { return [:] }
        var values: [String: String] = [:]
        if columns.contains("club") { values["club"] = club.text }
        if columns.contains("currency"), let fund = catalogue.clubs[club] { values["currency"] = fund.fundCurrency.code }
        return values
    }

    /// The form's fields with the values entered and the error of each.
    /// `figures`: the stored figures of the official's projects, for what is left on each budget line (nil: the lines
    /// are offered without it).
    func fields(
        values: [String: String], errors: [String: String], user: UserAccount, catalogue: Catalogue, today: CalendarDate,
        figures: LedgerState? = nil, inTransit: [SendingTrack] = [], translation t: Translation
    ) -> [FormField] {
        let fixed = fixedValues(for: user, catalogue: catalogue)
        // A payment's budget line is chosen with its project, in one list: the project field would only repeat it.
        let shown = columns.filter { fixed[$0] == nil && !(kind == .payments && $0 == "project") }
        // The user's projects, read from the catalogue once for every field that lists them or takes their currency (a
        // national catalogue has 40,000), and not at all for a form that needs none.
        lazy var own = projects(for: user, catalogue: catalogue)
        return shown.flatMap { column -> [FormField] in
            if kind == .projects && column == "lines" { return ProjectFormRows.lineFields(values: values, errors: errors, t) }
            if kind == .projects && column == "clubs" {
                return ProjectFormRows.clubFields(values: values, errors: errors, user: user, catalogue: catalogue, t)
            }
            var field = FormField(name: column, label: t["column.\(column)"])
            field.required = kind.requiredColumns.contains(column)
            field.value = values[column] ?? (column == "date" ? today.isoText : "")
            field.error = errors[column]
            switch column {
            case "date", "session_date", "proposed_on":
                field.kind = .date
            case "cost":
                field.kind = .amount
                field.hint = t["app.hint_amount"]
            case "kind" where self.kind == .projects:
                field.kind = .select(choose(t) + ProjectKind.allCases.map { ($0.rawValue, t.kind($0)) })
            case "description_es", "description_en":
                field.kind = .textArea
            case "lines":
                field.hint = t["app.hint_lines"]
            case "clubs":
                field.hint = t["app.hint_clubs"]
            case "amount", "sent_amount", "fee", "received_amount":
                field.kind = .amount
                field.hint = t["app.hint_amount"]
                // The currency beside the amount, where the form knows it: a fund's, or the projects' one.
                if let currency = currency(of: column, user: user, catalogue: catalogue, own: { own }) {
                    field.label += " (\(currency.code))"
                }
            case "exchange_rate", "market_rate":
                field.kind = .amount
                field.hint = t["app.hint_rate"]
            case "member" where user.clubID != nil:
                // Chosen by name: the ledger knows "Juan V.", the treasurer should not have to know member 17.
                field.kind = .select([("", t["app.noMember"])] + members(of: user.clubID!, catalogue: catalogue, t))
            case "budget_line" where kind == .payments:
                field.label = t["app.budgetLineChoice"]
                field.value =
                    values["budget_line"].map { line in values["project"].map { "\($0)\(Self.lineSeparator)\(line)" } ?? line } ?? ""
                field.kind = .select(choose(t) + budgetLines(own, figures: figures, t))
            case "sending":
                // Chosen among the sendings in transit to the official's projects: the arrival repeats what it was.
                field.kind = .select(
                    choose(t)
                        + inTransit.map { track in
                            let club = catalogue.clubs[track.sending.clubID]?.name ?? track.sending.clubID.text
                            let days: Int
                            if case .inTransit(let count, _) = track.outcome { days = count } else { days = 0 }
                            return (
                                "\(track.movementID)",
                                t.format(
                                    "app.sendingOption", "\(track.movementID)", t.date(track.sentOn), club, track.sending.folio.text,
                                    t.money(track.sending.sent), track.sending.provider, "\(days)")
                            )
                        })
                if inTransit.isEmpty { field.hint = t["app.noSendingsInTransit"] }
            case "budget_line", "member", "percent", "movement":
                field.kind = .number
            case "note", "reason", "overrun_reason":
                field.kind = .textArea
            case "evidence":
                field.kind = .file
                field.hint = t["app.evidenceHint"]
            case "project":
                field.kind = .select(choose(t) + own.map { ($0.folio.text, "\($0.folio.text) · \($0.title.text(in: t.language))") })
            case "party":
                field.kind = .select(choose(t) + parties(for: user, own: own, catalogue: catalogue))
            case "scheme":
                field.kind = .select(
                    choose(t)
                        + catalogue.schemes.values.sorted { $0.id < $1.id }.map {
                            ($0.id.text, "\($0.id.text) · \($0.name.text(in: t.language))")
                        })
            case "status":
                let statuses: [ProjectStatus] = [.inExecution, .completed, .closed, .rejected, .cancelled]
                field.kind = .select(choose(t) + statuses.map { ($0.rawValue, t.status($0)) })
            case "invoice_uuid":
                field.hint = t["app.hint_invoice"]
            case "agreed":
                field.hint = t["app.hint_agreed"]
            case "sent_currency":
                // Chosen, not typed; the project's currency first, as most deposits are in it.
                let first =
                    currency(of: "received_amount", user: user, catalogue: catalogue, own: { own })?.code ?? CurrencyCode.mexicanPeso.code
                field.kind = .select(choose(t) + ([first] + CurrencyCode.knownCodes.filter { $0 != first }).map { ($0, $0) })
                if field.value.isEmpty { field.value = first }
            default:
                break
            }
            return [field]
        }
    }

    /// The field a problem of `column` stands beside: a payment's project beside its budget-line choice, a project's
    /// budget lines beside the first row.
    func field(showing column: String) -> String {
        if kind == .payments && column == "project" { return "budget_line" }
        if kind == .projects, let field = ProjectFormRows.field(showing: column) { return field }
        return column
    }

    /// The currency an amount column is in, when the user's club or projects fix it: a club's fund for what it gives and
    /// sends (and the fee), the projects' currency for what arrives or is paid. Nil where the person chooses it.
    private func currency(of column: String, user: UserAccount, catalogue: Catalogue, own: () -> [Project]) -> CurrencyCode? {
        let fund = user.clubID.flatMap { catalogue.clubs[$0] }?.fundCurrency
        switch (kind, column) {
        case (.donations, "amount"), (.transfers, "sent_amount"), (.transfers, "fee"), (.sendings, "sent_amount"), (.sendings, "fee"):
            return fund
        case (.transfers, "received_amount"), (.deposits, "received_amount"), (.payments, "amount"), (.arrivals, "received_amount"):
            let currencies = Set(own().map(\.approvedCost.currency))
            return currencies.count == 1 ? currencies.first : nil
        default: return nil
        }
    }

    private func choose(_ t: Translation) -> [(value: String, label: String)] { [("", t["app.choose"])] }

    /// The projects a user may record for: an official's municipality's, a treasurer's club's.
    private func projects(for user: UserAccount, catalogue: Catalogue) -> [Project] {
        catalogue.projects.values
            .filter { project in
                switch user.role {
                case .official: return project.municipalityID == user.municipalityID
                case .treasurer: return user.clubID.map(project.sponsorClubIDs.contains) ?? false
                case .admin, .auditor, .committee: return false
                }
            }
            .sorted { $0.folio < $1.folio }
    }

    /// Between a project's folio and a line's number in the value of a payment's budget-line choice ("P-1/2").
    static let lineSeparator = "/"

    /// Every budget line of the official's projects in execution, with what is left on it when the figures are known.
    private func budgetLines(_ own: [Project], figures: LedgerState?, _ t: Translation) -> [(value: String, label: String)] {
        own.flatMap { project -> [(value: String, label: String)] in
            let account = figures?.projects[project.folio]
            if let account, account.status != .inExecution { return [] }
            return project.budgetLines.map { line in
                let value = "\(project.folio.text)\(Self.lineSeparator)\(line.number)"
                let head = "\(project.folio.text) · \(line.number). \(line.concept)"
                guard let account else { return (value, head) }
                let paid = account.paidByLineMinorUnits[line.number] ?? 0
                let budgeted = project.modifiedAmount(line: line.number) ?? line.amount
                let left = Money(minorUnits: budgeted.minorUnits - paid, currency: budgeted.currency)
                return (value, t.format("app.budgetLineLeft", head, t.money(left), t.money(budgeted)))
            }
        }
    }

    /// A club's members by name, in the order they joined; anonymous ones by number.
    private func members(of club: PartyID, catalogue: Catalogue, _ t: Translation) -> [(value: String, label: String)] {
        catalogue.members.values.filter { $0.clubID == club }.sorted { $0.id < $1.id }.map { member in
            ("\(member.id)", member.displayName ?? t.format("app.anonymousMember", "\(member.id)"))
        }
    }

    /// The parties that may put money into an official's projects: their municipality and the governments above it,
    /// and the clubs sponsoring its projects (a national catalogue has thousands of parties; the list stays short).
    private func parties(for user: UserAccount, own: [Project], catalogue: Catalogue) -> [(value: String, label: String)] {
        guard let municipality = user.municipalityID else { return [] }
        let governments = catalogue.governmentChain(from: municipality)
        let clubIDs = Set(own.flatMap(\.sponsorClubIDs))
        let clubs = clubIDs.compactMap { catalogue.clubs[$0] }.sorted { $0.id < $1.id }
        return governments.reversed().map { ($0.id.text, "\($0.id.text) · \($0.name)") }
            + clubs.map { ($0.id.text, "\($0.id.text) · \($0.name)") }
    }

    /// The submitted values as a one-row table in the form's import format: the columns sent, with the fixed ones
    /// added. Empty optional fields are left out, as in a file without that column.
    func table(from input: RecordingForm, user: UserAccount, catalogue: Catalogue) -> (CSVTable, [String: String]) {
        var values: [String: String] = [:]
        for column in columns {
            if let value = input[column], !value.trimmingCharacters(in: .whitespaces).isEmpty { values[column] = value }
        }
        // A fixed value the browser sent is kept as sent, so that a forged club is refused rather than corrected.
        for (column, value) in fixedValues(for: user, catalogue: catalogue) where values[column] == nil { values[column] = value }
        // A project's rows of budget lines and ticked clubs are the columns `lines` and `clubs`.
        if kind == .projects {
            let rows = ProjectFormRows.columns(input)
            if let lines = rows.lines { values["lines"] = lines }
            if let clubs = rows.clubs { values["clubs"] = clubs }
        }
        // A payment's line chosen from the list names its project too: "P-1/2" is project P-1, line 2.
        if kind == .payments, let choice = values["budget_line"], let cut = choice.range(of: Self.lineSeparator) {
            values["project"] = String(choice[..<cut.lowerBound])
            values["budget_line"] = String(choice[cut.upperBound...])
        }
        let header = columns.filter { values[$0] != nil || kind.requiredColumns.contains($0) }
        let table = CSVTable(header: header, rows: [CSVTable.Row(line: 2, fields: header.map { values[$0] ?? "" })])
        // What the form shows again: the columns, and a project's rows as typed.
        if kind == .projects { values.merge(ProjectFormRows.shownValues(input)) { column, _ in column } }
        return (table, values)
    }
}
