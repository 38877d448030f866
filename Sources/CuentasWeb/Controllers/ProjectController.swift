import CuentasCore
import CuentasRender
import CuentasStore
import Hummingbird
import CuentasTables

/// A project's working figures for the people who may see them, and auditors' observations.
struct ProjectController {
    let services: AppServices

    var endpoints: RouteCollection<AppRequestContext> {
        let routes = RouteCollection(context: AppRequestContext.self)
        routes.get("projects/{folio}") { request, context in
            let user = try context.user
            return try await services.work.run { try projectPage(user, request, context, draft: "", error: nil, notice: nil) }
        }
        routes.post("projects/{folio}/observations") { request, context in
            let user = try context.user
            guard AccessRule.mayObserve(by: user) else { throw PageRefusal(.forbidden, "app.onlyAuditors") }
            let folio = try Self.folio(context)
            let text = try await request.decodeForm(ObservationForm.self, context: context).text ?? ""
            return try await services.work.run {
                do {
                    _ = try services.ledger.addObservation(folio: folio, author: user.name, text: text)
                } catch StoreError.invalid(let error) {
                    let t = services.pages.translation(request, context)
                    return try projectPage(user, request, context, draft: text, error: error.explanation(in: t.language), notice: nil)
                }
                let t = services.pages.translation(request, context)
                return try projectPage(user, request, context, draft: "", error: nil, notice: t["app.observationSaved"])
            }
        }
        return routes
    }

    static func folio(_ context: AppRequestContext) throws(PageRefusal) -> Folio {
        guard let folio = try? Folio(context.parameters.get("folio") ?? "", field: "folio") else { throw .notFound }
        return folio
    }

    /// - Parameter refusal: why an entry of the oversight forms was refused (the page is then answered with 422).
    func projectPage(
        _ user: UserAccount, _ request: Request, _ context: AppRequestContext, draft: String, error: String?, notice: String?,
        refusal: String? = nil
    ) throws -> Response {
        let t = services.pages.translation(request, context)
        let done = request.uri.queryParameters.get("done").flatMap { ["complaint", "answer", "visit", "evidence"].contains($0) ? $0 : nil }
        let folio = try Self.folio(context)
        guard let state = try services.ledger.projectState(folio), let account = state.projects[folio] else { throw PageRefusal.notFound }
        guard AccessRule.mayRead(folio, by: user, catalogue: state.catalogue) else { throw PageRefusal.outOfScope }
        let figures = ProjectFigures(account: account, catalogue: state.catalogue, asOf: CalendarDate.today())
        var page = AppPage(title: "\(folio.text) · \(figures.title.text(in: t.language))")
        page.notice = notice ?? done.map { t["app.oversightSaved_\($0)"] }
        page.figures = [
            (t["app.status"], t.status(figures.status)), (t["app.approvedCost"], t.money(figures.approvedCost)),
            (t["app.committed"], t.money(figures.totalCommitted)), (t["app.received"], t.money(figures.totalReceived)),
            (t["app.paid"], t.money(figures.totalPaid)), (t["app.balance"], t.money(figures.balanceOnHand)),
            (t["app.physical"], figures.physicalProgressPercent.map { t.percent($0) } ?? "—"),
        ]
        if figures.progressDiverges { page.warning = t["app.diverges"] }
        page.tables = [
            AppTable(
                caption: t["app.parties"],
                headers: [t["app.party"], t["app.role"], t["app.committed"], t["app.received"], t["app.outstanding"]],
                rows: figures.parties.map { party in
                    AppTable.Row(cells: [
                        .init(text: party.partyName), .init(text: t.role(party.role)), .init(text: t.money(party.committed)),
                        .init(text: t.money(party.received)), .init(text: t.money(party.outstanding)),
                    ])
                }, emptyText: t["app.none"]),
            AppTables.recentMovements(state.projectMovementIDs[folio] ?? [], state, t),
        ]
        let oversight = OversightSection(
            oversight: try services.ledger.oversight(folio: folio, asOf: nil), state: state, user: user, t: t)
        page.tables += oversight.tables
        if AccessRule.mayObserve(by: user) {
            var form = AppForm(
                heading: t["app.addObservation"], action: "/app/projects/\(folio.text)/observations", submitLabel: t["app.save"])
            form.fields = [
                FormField(name: "text", label: t["app.observation"], kind: .textArea, value: draft, error: error, required: true)
            ]
            page.forms = [form]
            if error != nil { page.status = .unprocessableContent }
        }
        page.forms += oversight.forms
        if let refusal {
            page.warning = refusal
            page.status = .unprocessableContent
        } else if let warning = oversight.warning, page.warning == nil {
            page.warning = warning
        }
        if AccessRule.mayAmend(.project(folio), by: user, catalogue: state.catalogue) {
            page.actions += [
                ("/app/projects/\(folio.text)/correct", t["app.correctDetails"]),
                ("/app/projects/\(folio.text)/reprogram", t["app.reprogramBudget"]),
            ]
        }
        page.links.append(("/app/live/\(t.language.rawValue)/projects/\(folio.text).html", t["app.liveStatement"]))
        if services.configuration.siteFolder != nil {
            page.links.append(("/\(t.language.rawValue)/projects/\(folio.text).html", t["app.publishedStatement"]))
        }
        page.links.append(("/app", t["app.backHome"]))
        return services.pages.respond(page, request, context)
    }
}
