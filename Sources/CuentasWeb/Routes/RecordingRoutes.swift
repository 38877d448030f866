import CuentasCore
import CuentasImport
import CuentasRender
import CuentasStore
import Hummingbird

/// The movement forms: show, check, and record once.
struct RecordingRoutes {
    let environment: WebEnvironment

    func register(on router: Router<AppRequestContext>) {
        router.get("/app/record/{form}") { request, context in
            return try await environment.work.run {
                guard let user = try environment.user(context) else { return Response.redirect(to: "/app/login") }
                guard let form = MovementForm.named(context.parameters.get("form") ?? "") else {
                    return try environment.refusal(.notFound, environment.translation(request, context)["app.notFound"], request, context)
                }
                guard form.role == user.role else { return try wrongRole(form, request, context) }
                let catalogue = try environment.store.catalogue()
                return try page(form, user: user, catalogue: catalogue, values: [:], errors: [], status: .ok, request, context)
            }
        }
        router.post("/app/record/{form}") { request, context in try await record(request, context) }
    }

    private func wrongRole(_ form: MovementForm, _ request: Request, _ context: AppRequestContext) throws -> Response {
        let t = environment.translation(request, context)
        return try environment.refusal(.forbidden, t.format("app.onlyRole", t["app.role_\(form.role.rawValue)"]), request, context)
    }

    private func page(
        _ form: MovementForm, user: UserAccount, catalogue: Catalogue, values: [String: String], errors: [(field: String?, message: String)],
        submission: String? = nil, status: HTTPResponse.Status, _ request: Request, _ context: AppRequestContext
    ) throws -> Response {
        let t = environment.translation(request, context)
        var page = AppPage(title: t["app.form_\(form.slug)"])
        page.status = status
        if let club = user.clubID { page.intro = [t.format("app.recordingFor", catalogue.clubs[club]?.name ?? club.text)] }
        var fieldErrors: [String: String] = [:]
        for error in errors { if let field = error.field { fieldErrors[field] = error.message } }
        var htmlForm = AppForm(action: "/app/record/\(form.slug)", submitLabel: t["app.record"])
        htmlForm.fields = form.fields(
            values: values, errors: fieldErrors, user: user, catalogue: catalogue, today: CalendarDate.today(), translation: t)
        // A new key for each showing of the form; the same key sent twice records once.
        htmlForm.hidden = [("submission", submission ?? RandomToken.make())]
            + form.fixedValues(for: user, catalogue: catalogue).sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
        htmlForm.errors = errors.map { error in
            (error.field, error.field.map { t["column.\($0)"] } ?? t["app.problem"], error.message)
        }
        page.forms = [htmlForm]
        page.links = [("/app", t["app.backHome"])]
        return try environment.respond(page, request, context)
    }

    private func record(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let (input, user) = try await environment.submission(request, context)
        return try await environment.work.run {
            let t = environment.translation(request, context)
            guard let form = MovementForm.named(context.parameters.get("form") ?? "") else {
                return try environment.refusal(.notFound, t["app.notFound"], request, context)
            }
            guard form.role == user.role else { return try wrongRole(form, request, context) }
            guard let submission = input["submission"], submission.count == 64 else {
                return try environment.refusal(.badRequest, t["app.staleForm"], request, context)
            }
            let catalogue = try environment.store.catalogue()
            let (table, values) = form.table(from: input, user: user, catalogue: catalogue)
            let mapper = ImportMapper(
                catalogue: catalogue, numberStyle: .dotDecimal, recordedBy: user.name, earliest: environment.configuration.earliestDate)
            func again(_ field: String?, _ message: String) throws -> Response {
                try page(
                    form, user: user, catalogue: catalogue, values: values, errors: [(field, message)], submission: submission,
                    status: .unprocessableContent, request, context)
            }
            func again(_ error: ImportError) throws -> Response { try again(error.column, error.problemText(in: t.language)) }
            let entry: ImportMapper.Entry
            do throws(ImportError) {
                entry = try mapper.entries(from: table, kind: form.kind).1[0]
            } catch {
                return try again(error)
            }
            if form.kind.isCatalogue { return try addToCatalogue(entry, form: form, user: user, again: { try again($0, $1) }, request, context) }
            for draft in entry.drafts where !AccessRule.mayRecord(draft.body, by: user, catalogue: catalogue) {
                return try environment.refusal(.forbidden, t["app.outOfScope"], request, context)
            }
            let outcome: SubmissionOutcome
            do throws(StoreError) {
                outcome = try environment.store.recordOnce(entry.drafts, submissionKey: submission, userName: user.name)
            } catch StoreError.duplicate(what: "submission", _) {
                // Another user's one-time key (a form passed on, or a forged one): nothing recorded, and said so.
                return try environment.refusal(.conflict, t["app.submissionOfAnother"], request, context)
            } catch {
                guard let violation = Self.violation(in: error) else { throw error }
                return try again(entry.error(violation, kind: form.kind))
            }
            var result = AppPage(title: t["app.form_\(form.slug)"])
            switch outcome {
            case .recorded(let movements):
                let numbers = movements.map { "#\($0.id)" }.joined(separator: ", ")
                result.notice = t.format("app.recorded", numbers)
            case .alreadyRecorded(let first, let last):
                result.status = .conflict
                result.warning = t.format("app.alreadyRecorded", first == last ? "#\(first)" : "#\(first)–#\(last)")
            }
            result.links = [("/app/record/\(form.slug)", t["app.recordAnother"]), ("/app", t["app.backHome"])]
            return try environment.respond(result, request, context)
        }
    }

    /// A new project, proposed by the official of its municipality. A second press of the button finds the folio
    /// taken and adds nothing.
    private func addToCatalogue(
        _ entry: ImportMapper.Entry, form: MovementForm, user: UserAccount, again: (String?, String) throws -> Response,
        _ request: Request, _ context: AppRequestContext
    ) throws -> Response {
        let t = environment.translation(request, context)
        for case .project(let project) in entry.catalogueEntries where !AccessRule.mayPropose(project, by: user) {
            return try environment.refusal(.forbidden, t["app.outOfScope"], request, context)
        }
        var result = AppPage(title: t["app.form_\(form.slug)"])
        do {
            try environment.store.addCatalogue(entry.catalogueEntries)
            result.notice = t.format("app.projectAdded", entry.value(of: "folio") ?? "")
        } catch {
            var refusal = error
            if case .catalogueInBatch(_, let inner) = error { refusal = inner }
            if case .duplicate = refusal {
                result.status = .conflict
                result.warning = refusal.explanation(in: t.language) + ". " + t["app.nothingAdded"]
            } else {
                var field: String?
                if case .unknown(let what, _) = refusal { field = form.kind.column(naming: what) }
                return try again(field, refusal.explanation(in: t.language))
            }
        }
        result.links = [("/app/record/\(form.slug)", t["app.recordAnother"]), ("/app", t["app.backHome"])]
        return try environment.respond(result, request, context)
    }

    /// The ledger rule a refused form breaks; nil for any other failure.
    private static func violation(in error: StoreError) -> LedgerViolation? {
        switch error {
        case .violation(let violation), .violationInBatch(_, let violation): return violation
        default: return nil
        }
    }
}
