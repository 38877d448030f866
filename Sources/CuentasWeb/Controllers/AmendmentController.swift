import CuentasCore
import CuentasImport
import CuentasRender
import CuentasStore
import Hummingbird

/// Amending the catalogue from the web app, scoped as the movement forms are (`AccessRule.mayAmend`): an official
/// corrects their projects' details and re-programs their budgets, a treasurer amends their club's details. Each
/// form shows the current values; what was changed becomes rows of the amendments file format, checked by the same
/// `ImportMapper` as a file and recorded all or nothing.
struct AmendmentController {
    let services: AppServices

    /// One of the three forms: what it amends and its fields, in the file's names.
    private struct Subject {
        let amended: CatalogueAmendment.Subject
        let path: String
        let title: String
        /// Name, label, kind of field and current value; a field named `line_N` is budget line N's modified amount.
        let fields: [(name: String, label: String, kind: FormField.Kind, current: String)]
        let needsMinutes: Bool
    }

    var endpoints: RouteCollection<AppRequestContext> {
        let routes = RouteCollection(context: AppRequestContext.self)
        for (path, make) in [
            ("projects/{folio}/correct", correction), ("projects/{folio}/reprogram", reprogramming), ("club/details", clubDetails),
        ] {
            routes.get(RouterPath(stringLiteral: path)) { request, context in
                let user = try context.user
                return try await services.work.run {
                    let subject = try make(user, request, context)
                    return show(subject, values: [:], errors: [:], notice: nil, request, context)
                }
            }
            routes.post(RouterPath(stringLiteral: path)) { request, context in
                let user = try context.user
                let form = try await request.decodeForm(RecordingForm.self, context: context)
                return try await services.work.run { try amend(try make(user, request, context), form, user, request, context) }
            }
        }
        return routes
    }

    private static func folio(_ context: AppRequestContext) throws(PageRefusal) -> Folio {
        guard let folio = try? Folio(context.parameters.get("folio") ?? "", field: "folio") else { throw .notFound }
        return folio
    }

    private func project(_ user: UserAccount, _ context: AppRequestContext) throws -> (Project, Catalogue) {
        let folio = try Self.folio(context)
        let catalogue = try services.ledger.catalogue()
        guard let project = catalogue.projects[folio] else { throw PageRefusal.notFound }
        guard AccessRule.mayAmend(.project(folio), by: user, catalogue: catalogue) else { throw PageRefusal.outOfScope }
        return (project, catalogue)
    }

    private func correction(_ user: UserAccount, _ request: Request, _ context: AppRequestContext) throws -> Subject {
        let t = services.pages.translation(request, context)
        let (project, catalogue) = try project(user, context)
        let agencies =
            ([project.municipalityID] + catalogue.governmentChain(from: project.municipalityID).map(\.id) + [project.executingAgencyID])
            .reduce(into: [PartyID]()) { if !$0.contains($1) { $0.append($1) } }
            .map { ($0.text, catalogue.partyName($0)) }
        return Subject(
            amended: .project(project.folio), path: "/app/projects/\(project.folio.text)/correct",
            title: t.format("app.correctProject", project.folio.text),
            fields: [
                ("title_es", t["field.titleSpanish"], .text, project.title.spanish),
                ("title_en", t["field.titleEnglish"], .text, project.title.english),
                ("description_es", t["field.descriptionSpanish"], .textArea, project.description.spanish),
                ("description_en", t["field.descriptionEnglish"], .textArea, project.description.english),
                ("locality", t["field.locality"], .text, project.locality),
                ("executing_agency", t["field.executingAgency"], .select(agencies), project.executingAgencyID.text),
                ("planned_end", t["field.plannedEnd"], .date, project.plannedEndOn?.isoText ?? ""),
            ], needsMinutes: false)
    }

    private func reprogramming(_ user: UserAccount, _ request: Request, _ context: AppRequestContext) throws -> Subject {
        let t = services.pages.translation(request, context)
        let (project, _) = try project(user, context)
        // What was paid on each line: no line may go below it.
        let paid = try services.ledger.projectState(project.folio)?.projects[project.folio]?.paidByLineMinorUnits ?? [:]
        return Subject(
            amended: .project(project.folio), path: "/app/projects/\(project.folio.text)/reprogram",
            title: t.format("app.reprogramProject", project.folio.text),
            fields: project.budgetLines.map { line in
                let modified = project.modifiedAmount(line: line.number) ?? line.amount
                let label = t.format(
                    "app.reprogramLine", "\(line.number)", line.concept, t.money(line.amount),
                    t.money(Money(minorUnits: paid[line.number, default: 0], currency: project.currency)))
                return ("line_\(line.number)", label, .amount, modified.decimalText)
            }, needsMinutes: true)
    }

    private func clubDetails(_ user: UserAccount, _ request: Request, _ context: AppRequestContext) throws -> Subject {
        let t = services.pages.translation(request, context)
        guard let id = user.clubID else { throw PageRefusal(.forbidden, "app.onlyTreasurers") }
        let catalogue = try services.ledger.catalogue()
        guard let club = catalogue.clubs[id] else { throw PageRefusal.notFound }
        let federations = [("", "—")] + catalogue.federations.values.sorted { $0.id < $1.id }.map { ($0.id.text, $0.name) }
        return Subject(
            amended: .club(id), path: "/app/club/details", title: t.format("app.clubDetails", club.name),
            fields: [
                ("name", t["field.name"], .text, club.name),
                ("federation", t["field.federation"], .select(federations), club.federationID?.text ?? ""),
                ("city", t["field.cityAbroad"], .text, club.cityAbroad), ("state", t["field.stateAbroad"], .text, club.stateAbroad),
                ("country", t["field.countryAbroad"], .text, club.countryAbroad),
            ], needsMinutes: false)
    }

    private func amend(
        _ subject: Subject, _ form: RecordingForm, _ user: UserAccount, _ request: Request, _ context: AppRequestContext
    ) throws -> Response {
        let t = services.pages.translation(request, context)
        var values: [String: String] = [:]
        // Browsers send a text area's line breaks as CR LF; the ledger keeps LF.
        for name in subject.fields.map(\.name) + ["date", "reason", "minutes"] {
            values[name] = (form[name] ?? "").replacingOccurrences(of: "\r\n", with: "\n")
        }
        var currency: CurrencyCode?
        if case .project(let folio) = subject.amended { currency = try services.ledger.catalogue().projects[folio]?.currency }
        // One row per field whose value changed, in the amendments file's format.
        var rowFields: [String] = []
        var rows: [CSVTable.Row] = []
        for field in subject.fields where (values[field.name] ?? "").trimmingCharacters(in: .whitespaces) != field.current {
            let isLine = field.name.hasPrefix("line_")
            // The same amount written another way ("1300000" for "1300000.00") changes nothing.
            if isLine, let currency,
                let typed = try? AmountParser.money(values[field.name] ?? "", currency: currency, style: .dotDecimal, field: ""),
                let current = try? AmountParser.money(field.current, currency: currency, style: .dotDecimal, field: ""), typed == current
            {
                continue
            }
            let value = isLine ? "\(field.name.dropFirst("line_".count))=\(values[field.name] ?? "")" : values[field.name] ?? ""
            rows.append(
                CSVTable.Row(
                    line: rows.count + 1,
                    fields: [
                        subject.amended.kind.rawValue, subject.amended.id, isLine ? AmendmentColumns.lineField : field.name, value,
                        values["date"] ?? "",
                        values["reason"] ?? "", values["minutes"] ?? "",
                    ]))
            rowFields.append(field.name)
        }
        func again(_ errors: [String: String]) -> Response {
            show(subject, values: values, errors: errors, notice: nil, status: .unprocessableContent, request, context)
        }
        guard !rows.isEmpty else { return again(["": t["app.nothingChanged"]]) }
        let table = CSVTable(header: ["entity", "id", "field", "value", "date", "reason", "minutes"], rows: rows)
        let mapper = ImportMapper(
            catalogue: try services.ledger.catalogue(), numberStyle: .dotDecimal, recordedBy: user.name,
            earliest: services.configuration.earliestDate)
        let entries: [ImportMapper.Entry]
        do {
            entries = try mapper.entries(from: table, kind: .amendments).1
        } catch {
            // A row's problem stands beside its field; a problem of the shared columns beside them.
            let field = ["date", "reason", "minutes"].contains(error.column ?? "") ? error.column! : rowFields[max(0, error.line - 1)]
            if case .invalid(let input) = error.problem { return again([field: input.explanationBesideField(in: t.language)]) }
            return again([field: error.problemText(in: t.language)])
        }
        do {
            try services.ledger.addCatalogue(entries.flatMap(\.catalogueEntries))
        } catch {
            var refusal = error, index = 0
            if case .catalogueInBatch(let at, let inner) = error { (refusal, index) = (inner, at) }
            return again([rowFields[min(index, rowFields.count - 1)]: refusal.explanation(in: t.language)])
        }
        return show(
            try refreshed(subject, user, request, context), values: [:], errors: [:], notice: t["app.amendmentRecorded"], request, context)
    }

    /// The form again with the values now in force.
    private func refreshed(_ subject: Subject, _ user: UserAccount, _ request: Request, _ context: AppRequestContext) throws -> Subject {
        if subject.amended.kind == .club { return try clubDetails(user, request, context) }
        return subject.needsMinutes ? try reprogramming(user, request, context) : try correction(user, request, context)
    }

    private func show(
        _ subject: Subject, values: [String: String], errors: [String: String], notice: String?, status: HTTPResponse.Status = .ok,
        _ request: Request, _ context: AppRequestContext
    ) -> Response {
        let t = services.pages.translation(request, context)
        var page = AppPage(title: subject.title)
        page.status = status
        page.notice = notice
        page.intro = [t[subject.needsMinutes ? "app.reprogramIntro" : "app.amendIntro"]]
        if let general = errors[""] { page.warning = general }
        var form = AppForm(action: subject.path, submitLabel: t["app.save"])
        form.fields = subject.fields.map { field in
            var shown = FormField(name: field.name, label: field.label, kind: field.kind, value: values[field.name] ?? field.current)
            shown.error = errors[field.name]
            return shown
        }
        form.fields += [
            FormField(
                name: "date", label: t["app.amendmentDate"], kind: .date, value: values["date"] ?? CalendarDate.today().isoText,
                error: errors["date"], required: true),
            FormField(
                name: "reason", label: t["app.reason"], value: values["reason"] ?? "", hint: t["app.hint_amendmentReason"],
                error: errors["reason"], required: true),
            FormField(
                name: "minutes", label: t["changes.minutes"], value: values["minutes"] ?? "", error: errors["minutes"],
                required: subject.needsMinutes),
        ]
        form.errors = errors.filter { !$0.key.isEmpty }.sorted { $0.key < $1.key }.map {
            (field: $0.key, label: label(of: $0.key, subject, t), message: $0.value)
        }
        page.forms = [form]
        page.links = [("/app", t["app.backHome"])]
        return services.pages.respond(page, request, context)
    }

    private func label(of name: String, _ subject: Subject, _ t: Translation) -> String {
        if let field = subject.fields.first(where: { $0.name == name }) { return field.label }
        switch name {
        case "date": return t["app.amendmentDate"]
        case "reason": return t["app.reason"]
        default: return t["changes.minutes"]
        }
    }
}
