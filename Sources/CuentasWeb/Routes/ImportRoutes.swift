import CuentasCore
import CuentasImport
import CuentasRender
import CuentasStore
import Hummingbird

/// CSV upload: every row and every problem shown first; then all rows recorded together, or none.
struct ImportRoutes {
    let environment: WebEnvironment

    func register(on router: Router<AppRequestContext>) {
        router.get("/app/import") { request, context in
            return try await environment.work.run {
                guard let user = try environment.user(context) else { return Response.redirect(to: "/app/login") }
                guard user.role == .treasurer || user.role == .official else { return try notForRole(request, context) }
                return try uploadPage(user, request, context)
            }
        }
        router.post("/app/import") { request, context in try await preview(request, context) }
        router.post("/app/import/confirm") { request, context in try await confirm(request, context) }
    }

    private func notForRole(_ request: Request, _ context: AppRequestContext) throws -> Response {
        let t = environment.translation(request, context)
        return try environment.refusal(.forbidden, t["app.importRoles"], request, context)
    }

    private func uploadPage(_ user: UserAccount, _ request: Request, _ context: AppRequestContext, error: String? = nil) throws -> Response {
        let t = environment.translation(request, context)
        var page = AppPage(title: t["app.importCSV"])
        let kinds = MovementForm.forRole(user.role).map(\.kind.rawValue).joined(separator: ", ")
        page.intro = [t.format("app.importIntro", kinds)]
        var form = AppForm(action: "/app/import", multipart: true, submitLabel: t["app.preview"])
        form.fields = [FormField(name: "file", label: t["app.csvFile"], kind: .file, error: error, required: true)]
        page.forms = [form]
        if error != nil { page.status = .unprocessableContent }
        page.links = [("/app", t["app.backHome"])]
        return try environment.respond(page, request, context)
    }

    private func preview(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let (input, user) = try await environment.submission(request, context)
        guard user.role == .treasurer || user.role == .official else { return try notForRole(request, context) }
        let t = environment.translation(request, context)
        guard let file = input.files["file"], !file.data.isEmpty else { return try uploadPage(user, request, context, error: t["app.noFile"]) }
        let mapper = ImportMapper(
            catalogue: try environment.store.catalogue(), numberStyle: .dotDecimal, recordedBy: user.name,
            earliest: environment.configuration.earliestDate)
        let review: ImportReview
        let state: LedgerState
        do {
            let table = try CSVReader.read(file.data)
            // Checked against only the part of the ledger the rows touch, as recording them would be.
            state = try environment.store.stateForRecording(ImportReview.requestedDrafts(table: table, kind: nil, mapper: mapper))
            review = try ImportReview(table: table, kind: nil, mapper: mapper, state: state)
        } catch let error as ImportError {
            return try uploadPage(user, request, context, error: "\(file.fileName): " + error.explanation(in: t.language))
        }
        guard MovementForm.forRole(user.role).contains(where: { $0.kind == review.kind }) else {
            return try environment.refusal(.forbidden, t.format("app.importKindNotYours", review.kind.rawValue), request, context)
        }
        // Rows outside the user's club or municipality refuse the whole file before anything is shown as recordable.
        var outOfScope: [Int] = []
        for row in review.rows where row.drafts.contains(where: { !AccessRule.mayRecord($0.body, by: user, catalogue: state.catalogue) }) {
            outOfScope.append(row.line)
        }
        var page = AppPage(title: t["app.preview"], heading: t.format("app.previewOf", file.fileName))
        let errorCount = review.errors.count + outOfScope.count
        var rows: [AppTable.Row] = []
        for row in review.rows {
            var problem = row.error?.problemText(in: t.language) ?? ""
            if outOfScope.contains(row.line) { problem = t["app.outOfScope"] }
            rows.append(AppTable.Row(
                cells: [.init(text: "\(row.line)")] + review.columns.map { .init(text: row.values[$0] ?? "") }
                    + [.init(text: problem.isEmpty ? t["app.ok"] : problem)],
                invalid: !problem.isEmpty))
        }
        page.tables = [AppTable(caption: t.format("app.rowsOfKind", "\(review.rows.count)", review.kind.rawValue),
                                headers: [t["app.line"]] + review.columns + [t["app.check"]], rows: rows)]
        if errorCount == 0 {
            page.notice = t.format("app.previewClean", "\(review.rows.count)", "\(review.drafts.count)")
            let key = await environment.pendingImports.add(
                userName: user.name, fileName: file.fileName, drafts: review.drafts, rowCount: review.rows.count)
            var confirm = AppForm(action: "/app/import/confirm", submitLabel: t["app.recordAll"])
            confirm.hidden = [("pending", key)]
            page.forms = [confirm]
        } else {
            page.status = .unprocessableContent
            page.warning = t.format("app.previewErrors", "\(errorCount)")
        }
        page.links = [("/app/import", t["app.importAnother"]), ("/app", t["app.backHome"])]
        return try environment.respond(page, request, context)
    }

    private func confirm(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let (input, user) = try await environment.submission(request, context)
        let t = environment.translation(request, context)
        guard let key = input["pending"], let pending = await environment.pendingImports.find(key, userName: user.name) else {
            return try environment.refusal(.badRequest, t["app.staleForm"], request, context)
        }
        var page = AppPage(title: t["app.importCSV"])
        do {
            switch try environment.store.recordOnce(pending.drafts, submissionKey: key, userName: user.name) {
            case .recorded(let movements):
                page.notice = t.format(
                    "app.imported", pending.fileName, "\(movements.count)", "#\(movements.first!.id)", "#\(movements.last!.id)")
            case .alreadyRecorded(let first, let last):
                page.status = .conflict
                page.warning = t.format("app.alreadyRecorded", "#\(first)–#\(last)")
            }
        } catch {
            // The ledger changed between the preview and the confirmation (someone else recorded): nothing recorded.
            page.status = .conflict
            page.warning = t["app.importChanged"] + " " + error.explanation(in: t.language)
        }
        page.links = [("/app", t["app.backHome"])]
        return try environment.respond(page, request, context)
    }
}
