import CuentasCore
import CuentasImport
import CuentasRender
import CuentasStore
import Hummingbird
import CuentasTables

/// CSV upload: every row and every problem shown first; then all rows recorded together, or none.
struct ImportController {
    let services: AppServices
    /// Previewed files waiting for "record all".
    let pendingImports = PendingImports()

    var endpoints: RouteCollection<AppRequestContext> {
        let routes = RouteCollection(context: AppRequestContext.self)
        routes.get("import") { request, context in
            let user = try Self.importer(context)
            return uploadPage(user, request, context)
        }
        routes.post("import") { request, context in
            let user = try Self.importer(context)
            let form = try await request.decodeForm(ImportUploadForm.self, context: context)
            return try await preview(form, user: user, request, context)
        }
        routes.post("import/confirm") { request, context in
            let user = try Self.importer(context)
            let form = try await request.decodeForm(ImportConfirmForm.self, context: context)
            return try await confirm(form, user: user, request, context)
        }
        return routes
    }

    /// Treasurers and officials import; nobody else.
    private static func importer(_ context: AppRequestContext) throws -> UserAccount {
        let user = try context.user
        guard user.role == .treasurer || user.role == .official else { throw PageRefusal(.forbidden, "app.importRoles") }
        return user
    }

    private func uploadPage(_ user: UserAccount, _ request: Request, _ context: AppRequestContext, error: String? = nil) -> Response {
        let t = services.pages.translation(request, context)
        var page = AppPage(title: t["app.importCSV"])
        let kinds = MovementForm.forRole(user.role).map(\.kind.rawValue).joined(separator: ", ")
        page.intro = [t.format("app.importIntro", kinds)]
        var form = AppForm(action: "/app/import", multipart: true, submitLabel: t["app.preview"])
        form.fields = [FormField(name: "file", label: t["app.csvFile"], kind: .file, error: error, required: true)]
        page.forms = [form]
        if error != nil { page.status = .unprocessableContent }
        page.links = [("/app", t["app.backHome"])]
        return services.pages.respond(page, request, context)
    }

    private func preview(
        _ form: ImportUploadForm, user: UserAccount, _ request: Request, _ context: AppRequestContext
    ) async throws -> Response {
        let t = services.pages.translation(request, context)
        guard let file = form.file, !file.data.isEmpty else { return uploadPage(user, request, context, error: t["app.noFile"]) }
        let ledger = services.ledger, earliest = services.configuration.earliestDate
        let checked: (review: ImportReview, state: LedgerState)
        do {
            checked = try await services.work.run {
                var mapper = ImportMapper(
                    catalogue: try ledger.catalogue(), numberStyle: .dotDecimal, recordedBy: user.name, earliest: earliest)
                let table = try CSVReader.read(file.data)
                // The files an evidence column names are beside the CSV on the computer that has them: an upload brings
                // only the CSV. They are attached from the command line, or one by one on the project's page.
                if let column = table.header.firstIndex(of: "evidence"),
                    let row = table.rows.first(where: { column < $0.fields.count && !$0.fields[column].allSatisfy { $0 == " " } })
                {
                    throw ImportError(line: row.line, column: "evidence", value: row.fields[column], problem: .evidenceInUpload)
                }
                // An arrivals file names sendings: read them (recorded movements never change).
                mapper.sendings = Dictionary(
                    uniqueKeysWithValues: try ledger.movements(numbered: ImportMapper.sendingNumbers(in: table)).map { ($0.id, $0) })
                // Checked against only the part of the ledger the rows touch, as recording them would be.
                let state = try ledger.stateForRecording(ImportReview.requestedDrafts(table: table, kind: nil, mapper: mapper))
                return (try ImportReview(table: table, kind: nil, mapper: mapper, state: state), state)
            }
        } catch let error as ImportError {
            return uploadPage(user, request, context, error: "\(file.fileName): " + error.explanation(in: t.language))
        }
        let (review, state) = checked
        guard MovementForm.forRole(user.role).contains(where: { $0.kind == review.kind }) else {
            throw PageRefusal(.forbidden) { $0.format("app.importKindNotYours", review.kind.rawValue) }
        }
        // Rows outside the user's club or municipality refuse the whole file before anything is shown as recordable.
        var outOfScope: Set<Int> = []
        for row in review.rows where row.drafts.contains(where: { !AccessRule.mayRecord($0.body, by: user, catalogue: state.catalogue) }) {
            outOfScope.insert(row.line)
        }
        var page = AppPage(title: t["app.preview"], heading: t.format("app.previewOf", file.fileName))
        let errorCount = review.errors.count + outOfScope.count
        var rows: [AppTable.Row] = []
        for row in review.rows {
            var problem = row.error.map { Self.inWords($0, t) } ?? ""
            if outOfScope.contains(row.line) { problem = t["app.outOfScope"] }
            rows.append(
                AppTable.Row(
                    cells: [.init(text: "\(row.line)")] + review.columns.map { .init(text: row.values[$0] ?? "") }
                        + [.init(text: problem.isEmpty ? t["app.ok"] : problem)],
                    invalid: !problem.isEmpty))
        }
        page.tables = [
            AppTable(
                caption: t.format("app.rowsOfKind", "\(review.rows.count)", review.kind.rawValue),
                headers: [t["app.line"]] + review.columns + [t["app.check"]], rows: rows)
        ]
        if errorCount == 0 {
            page.notice = t.format("app.previewClean", "\(review.rows.count)", "\(review.drafts.count)")
            let key = await pendingImports.add(
                userName: user.name, fileName: file.fileName, drafts: review.drafts, rowCount: review.rows.count)
            var confirm = AppForm(action: "/app/import/confirm", submitLabel: t["app.recordAll"])
            confirm.hidden = [("pending", key)]
            page.forms = [confirm]
        } else {
            page.status = .unprocessableContent
            page.warning = t.format("app.previewErrors", "\(errorCount)")
        }
        page.links = [("/app/import", t["app.importAnother"]), ("/app", t["app.backHome"])]
        let shown = page
        return try await services.work.run { services.pages.respond(shown, request, context) }
    }

    private func confirm(
        _ form: ImportConfirmForm, user: UserAccount, _ request: Request, _ context: AppRequestContext
    ) async throws -> Response {
        let t = services.pages.translation(request, context)
        guard let key = form.pending, let pending = await pendingImports.find(key, userName: user.name) else { throw PageRefusal.staleForm }
        let ledger = services.ledger
        return try await services.work.run {
            var page = AppPage(title: t["app.importCSV"])
            do throws(StoreError) {
                switch try ledger.recordOnce(pending.drafts, submissionKey: key, userName: user.name) {
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
            return services.pages.respond(page, request, context)
        }
    }

    /// A row's problem for a person: the column's name in the page's language (with the file's, which the person
    /// will look for), then what is wrong, in words.
    private static func inWords(_ error: ImportError, _ t: Translation) -> String {
        guard let column = error.column, case .invalid(let input) = error.problem else { return error.problemText(in: t.language) }
        let name = t.ifPresent("column.\(column)").map { "\($0) (\(column))" } ?? column
        return "\(name): " + input.explanationBesideField(in: t.language)
    }
}
