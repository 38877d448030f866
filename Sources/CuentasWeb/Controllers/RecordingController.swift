import CuentasCore
import CuentasEvidence
import CuentasImport
import CuentasRender
import CuentasStore
import Hummingbird
import CuentasTables

/// The movement forms: show, check, and record once.
struct RecordingController {
    let services: AppServices

    var endpoints: RouteCollection<AppRequestContext> {
        let routes = RouteCollection(context: AppRequestContext.self)
        routes.get("record/{form}") { request, context in
            let user = try context.user
            let form = try Self.form(context, for: user)
            let ledger = services.ledger
            // A correction link names the movement to reverse: the form comes filled in with it.
            var values: [String: String] = [:]
            if form.kind == .reversals, let number = request.uri.queryParameters["movement"].flatMap({ Int64(String($0)) }) {
                values["movement"] = "\(number)"
            }
            let prefilled = values
            return try await services.work.run {
                try page(form, user: user, catalogue: ledger.catalogue(), values: prefilled, errors: [], status: .ok, request, context)
            }
        }
        routes.post("record/{form}") { request, context in
            let user = try context.user
            let form = try Self.form(context, for: user)
            let input = try await request.decodeForm(RecordingForm.self, context: context)
            if let code = input[LanguageChoice.switchField], let language = Language(rawValue: code) {
                // "Read in English" pressed on a half-filled form: the same form, in that language, with what was typed.
                LanguageChoice.choose(language, context, lifetime: services.configuration.sessionLifetime)
                return try await services.work.run {
                    let catalogue = try services.ledger.catalogue()
                    let values = form.table(from: input, user: user, catalogue: catalogue).1
                    return page(
                        form, user: user, catalogue: catalogue, values: values, errors: [], submission: input.submission, status: .ok,
                        request, context)
                }
            }
            return try await services.work.run { try record(input, form: form, user: user, request, context) }
        }
        return routes
    }

    /// The form named in the address, if the user's role uses it.
    private static func form(_ context: AppRequestContext, for user: UserAccount) throws(PageRefusal) -> MovementForm {
        guard let form = MovementForm.named(context.parameters.get("form") ?? "") else { throw .notFound }
        if let role = form.role, role != user.role { throw .onlyRole(role) }
        if form.role == nil, user.role != .treasurer, user.role != .official { throw .outOfScope }
        return form
    }

    private func page(
        _ form: MovementForm, user: UserAccount, catalogue: Catalogue, values: [String: String],
        errors: [(field: String?, message: String)],
        submission: String? = nil, secondLook: SecondLook? = nil, status: HTTPResponse.Status, _ request: Request,
        _ context: AppRequestContext
    ) -> Response {
        let t = services.pages.translation(request, context)
        var page = AppPage(title: t["app.form_\(form.slug)"])
        page.status = status
        if let club = user.clubID { page.intro = [t.format("app.recordingFor", catalogue.clubs[club]?.name ?? club.text)] }
        var fieldErrors: [String: String] = [:]
        for error in errors {
            if let field = error.field { fieldErrors[form.field(showing: field)] = error.message }
        }
        // What is left on each budget line, for the payment form; without it (a damaged file) the lines are offered alone.
        var figures: LedgerState?
        if form.kind == .payments, let municipality = user.municipalityID {
            figures = try? services.ledger.municipalitySummary(municipality, recent: 1).state
        }
        // The sendings in transit to the official's projects, for the arrival form's choice.
        var inTransit: [SendingTrack] = []
        if form.kind == .arrivals, let municipality = user.municipalityID {
            let folios = Set(catalogue.projects.values.filter { $0.municipalityID == municipality }.map(\.folio))
            let today = CalendarDate.today()
            // Without them (a damaged file) the choice is empty and says so; the arrival is still checked when recorded.
            inTransit = ((try? services.ledger.sendingsInTransit(club: nil, folios: folios)) ?? []).compactMap {
                SendingTrack(inTransit: $0, asOf: today)
            }
        }
        var htmlForm = AppForm(action: "/app/record/\(form.slug)", multipart: form.takesEvidence, submitLabel: t["app.record"])
        htmlForm.fields = form.fields(
            values: values, errors: fieldErrors, user: user, catalogue: catalogue, today: CalendarDate.today(), figures: figures,
            inTransit: inTransit, translation: t)
        // A new key for each showing of the form; the same key sent twice records once.
        htmlForm.languageSwitch = true
        htmlForm.hidden =
            [("submission", submission ?? RandomToken.make())]
            + form.fixedValues(for: user, catalogue: catalogue).sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
        htmlForm.errors = errors.map { error in
            let choice = form.kind == .payments && (error.field == "project" || error.field == "budget_line")
            let label = choice ? t["app.budgetLineChoice"] : error.field.map { Self.label(of: $0, t) } ?? t["app.problem"]
            return (error.field.map(form.field(showing:)), label, error.message)
        }
        if let secondLook {
            // Asked once per amount: the same amount sent back with this field is recorded; another one is looked at again.
            page.warning = secondLook.warning
            htmlForm.hidden.append((SecondLook.field, secondLook.amount))
            htmlForm.submitLabel = t["app.confirmAndRecord"]
        }
        page.forms = [htmlForm]
        page.links = [("/app", t["app.backHome"])]
        return services.pages.respond(page, request, context)
    }

    private func record(
        _ input: RecordingForm, form: MovementForm, user: UserAccount, _ request: Request, _ context: AppRequestContext
    ) throws -> Response {
        let t = services.pages.translation(request, context)
        guard let submission = input.submission, submission.count == 64 else { throw PageRefusal.staleForm }
        let catalogue = try services.ledger.catalogue()
        let (table, values) = form.table(from: input, user: user, catalogue: catalogue)
        if form.kind == .projects {
            let problems = ProjectFormRows.problems(input, t)
            if !problems.isEmpty {
                return page(
                    form, user: user, catalogue: catalogue, values: values, errors: problems, submission: submission,
                    status: .unprocessableContent, request, context)
            }
        }
        var mapper = ImportMapper(
            catalogue: catalogue, numberStyle: .dotDecimal, recordedBy: user.name, earliest: services.configuration.earliestDate)
        if form.kind == .arrivals {
            mapper.sendings = Dictionary(
                uniqueKeysWithValues: try services.ledger.movements(numbered: ImportMapper.sendingNumbers(in: table)).map { ($0.id, $0) })
        }
        func again(_ field: String?, _ message: String) -> Response {
            page(
                form, user: user, catalogue: catalogue, values: values, errors: [(field, message)], submission: submission,
                status: .unprocessableContent, request, context)
        }
        func again(_ errors: [ImportError]) -> Response {
            let shown = errors.map { error -> (field: String?, message: String) in
                // Beside its field the message need not name it (in the file's column name, English).
                if let column = error.column, case .invalid(let input) = error.problem {
                    return (column, input.explanationBesideField(in: t.language))
                }
                return (error.column, error.problemText(in: t.language))
            }
            return page(
                form, user: user, catalogue: catalogue, values: values, errors: shown, submission: submission,
                status: .unprocessableContent, request, context)
        }
        func again(_ error: ImportError) -> Response { again([error]) }
        let entry: ImportMapper.Entry
        switch OneRoundCheck(mapper: mapper, kind: form.kind).check(table) {
        case .entry(let checked): entry = checked
        case .problems(let problems): return again(problems)
        }
        if form.kind.isCatalogue { return try addToCatalogue(entry, form: form, user: user, again: again, request, context) }
        for draft in entry.drafts where !(try mayRecord(draft.body, user: user, catalogue: catalogue)) { throw PageRefusal.outOfScope }
        if let look = try secondLook(at: entry.drafts, typed: values["amount"] ?? "", confirmed: input[SecondLook.field], t) {
            return page(
                form, user: user, catalogue: catalogue, values: values, errors: [], submission: submission, secondLook: look,
                status: .ok, request, context)
        }
        // A file chosen with the movement is checked before anything is recorded, and attached in the same transaction.
        var evidence: [(draft: Int, evidence: EvidenceDraft)] = []
        if let file = input.evidence, form.takesEvidence, let draft = entry.drafts.first, let folio = draft.body.folio {
            var payment: Payment?
            if case .payment(let paid) = draft.body { payment = paid }
            do {
                evidence = [
                    (
                        0,
                        try EvidenceInspection.draft(
                            bytes: Array(file.data), fileName: file.fileName, folio: folio, movementID: nil, visitID: nil, payment: payment,
                            caption: values["evidence_caption"] ?? file.fileName, keepLocation: false, recordedBy: user.name)
                    )
                ]
            } catch {
                return again("evidence", error.explanation(in: t.language))
            }
        }
        let outcome: SubmissionOutcome
        do throws(StoreError) {
            outcome = try services.ledger.recordOnce(entry.drafts, submissionKey: submission, userName: user.name, evidence: evidence)
        } catch StoreError.duplicate(what: "submission", _) {
            // Another user's one-time key (a form passed on, or a forged one): nothing recorded, and said so.
            throw PageRefusal(.conflict, "app.submissionOfAnother")
        } catch {
            guard let violation = Self.violation(in: error) else { throw error }
            return again(entry.error(violation, kind: form.kind))
        }
        var result = AppPage(title: t["app.form_\(form.slug)"])
        switch outcome {
        case .recorded(let movements):
            // Read back in words, so that a slip (12550 for 125.50, the wrong project) is seen at once.
            result.notice = t["app.recordedInWords"]
            result.intro = movements.map { MovementInWords.sentence($0, catalogue: catalogue, t) }
            // A slip seen now is corrected now: a reversal of this movement, the form filled in.
            if movements.count == 1, let movement = movements.first, AccessRule.mayReverse(movement.body, by: user, catalogue: catalogue) {
                result.actions = [("/app/record/reversal?movement=\(movement.id)", t["app.correctIt"])]
            }
            // A donation's receipt, to print or send to the giver at once.
            for movement in movements {
                if case .donation(let donation) = movement.body, let code = donation.receipt {
                    result.actions.insert(("/app/receipts/\(code.compact)", t.format("app.receiptOf", code.text)), at: 0)
                }
            }
        case .alreadyRecorded(let first, let last):
            result.status = .conflict
            result.warning = t.format("app.alreadyRecorded", first == last ? "#\(first)" : "#\(first)–#\(last)")
        }
        result.links = [("/app/record/\(form.slug)", t["app.recordAnother"]), ("/app", t["app.backHome"])]
        return services.pages.respond(result, request, context)
    }

    /// A new project, proposed by the official of its municipality. A second press of the button finds the folio
    /// taken and adds nothing.
    private func addToCatalogue(
        _ entry: ImportMapper.Entry, form: MovementForm, user: UserAccount, again: (String?, String) -> Response,
        _ request: Request, _ context: AppRequestContext
    ) throws -> Response {
        let t = services.pages.translation(request, context)
        for case .project(let project) in entry.catalogueEntries where !AccessRule.mayPropose(project, by: user) {
            throw PageRefusal.outOfScope
        }
        var result = AppPage(title: t["app.form_\(form.slug)"])
        do {
            // The form registers one project; a club it names that sponsors nothing else in this municipality is only
            // proposed, until its treasurer accepts.
            var awaiting: [PartyID] = []
            for case .project(let project) in entry.catalogueEntries {
                awaiting += try services.ledger.proposeProject(project, by: user.name)
            }
            result.notice = t.format("app.projectAdded", entry.value(of: "folio") ?? "")
            if !awaiting.isEmpty { result.intro = [t.format("app.projectAwaitsClubs", awaiting.map(\.text).joined(separator: ", "))] }
        } catch {
            var refusal = error
            if case .catalogueInBatch(_, let inner) = error { refusal = inner }
            if case .duplicate = refusal {
                result.status = .conflict
                result.warning = refusal.explanation(in: t.language) + ". " + t["app.nothingAdded"]
            } else {
                var field: String?
                if case .unknown(let what, _) = refusal { field = form.kind.column(naming: what) }
                return again(field, refusal.explanation(in: t.language))
            }
        }
        result.links = [("/app/record/\(form.slug)", t["app.recordAnother"]), ("/app", t["app.backHome"])]
        return services.pages.respond(result, request, context)
    }

    /// A donation far beyond what the club usually records, not yet confirmed for this amount: what to ask.
    private func secondLook(at drafts: [MovementDraft], typed: String, confirmed: String?, _ t: Translation) throws -> SecondLook? {
        guard confirmed != typed, drafts.count == 1, case .donation(let donation) = drafts[0].body else { return nil }
        let largest = try services.ledger.largestDonation(club: donation.clubID, amongLast: UnusualAmount.recentCount)
        guard let largest, UnusualAmount.needsSecondLook(donation.amount, largestRecent: largest) else { return nil }
        let warning = t.format(
            "app.secondLook", t.money(donation.amount), AmountInWords.words(donation.amount, in: t.language), "\(UnusualAmount.factor)",
            "\(UnusualAmount.recentCount)", t.money(largest))
        return SecondLook(amount: typed, warning: warning)
    }

    /// Whether the user may record `body`; a reversal by the scope of the movement it undoes.
    private func mayRecord(_ body: MovementBody, user: UserAccount, catalogue: Catalogue) throws -> Bool {
        guard case .reversal(let reversal) = body else { return AccessRule.mayRecord(body, by: user, catalogue: catalogue) }
        guard let target = try services.ledger.movements(numbered: [reversal.movementID]).first else {
            // No such movement: the ledger's rules say so beside the field.
            return true
        }
        return AccessRule.mayReverse(target.body, by: user, catalogue: catalogue)
    }

    /// A field's name in the page's language: a column's, or a row of the project form's.
    private static func label(of field: String, _ t: Translation) -> String {
        if field.hasPrefix("line_concept_") { return t.format("app.lineConcept", String(field.dropFirst(13))) }
        if field.hasPrefix("line_amount_") { return t.format("app.lineAmount", String(field.dropFirst(12))) }
        if field == ProjectFormRows.otherClubsField { return t["app.otherClubs"] }
        return t["column.\(field)"]
    }

    /// The ledger rule a refused form breaks; nil for any other failure.
    private static func violation(in error: StoreError) -> LedgerViolation? {
        switch error {
        case .violation(let violation), .violationInBatch(_, let violation): return violation
        default: return nil
        }
    }
}
