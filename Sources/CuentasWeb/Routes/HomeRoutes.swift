import CuentasCore
import CuentasRender
import Foundation
import Hummingbird

/// The first page after signing in: what is the user's, and what they can do with it.
struct HomeRoutes {
    let environment: WebEnvironment

    func register(on router: Router<AppRequestContext>) {
        router.get("/app") { request, context in
            guard let user = try environment.user(context) else { return Response.redirect(to: "/app/login") }
            let t = environment.translation(request, context)
            // A treasurer's and an official's pages from only the part of the ledger they show.
            let page: AppPage
            switch user.role {
            case .treasurer: page = treasurerHome(user, try environment.store.clubState(user.clubID!), t)
            case .official: page = officialHome(user, try environment.store.municipalityState(user.municipalityID!), t)
            case .auditor: page = auditorHome(try environment.store.state(), t)
            case .admin: return Response.redirect(to: "/app/users")
            }
            return try environment.respond(page, request, context)
        }
    }

    private func treasurerHome(_ user: UserAccount, _ state: LedgerState, _ t: Translation) -> AppPage {
        let clubID = user.clubID!
        let fund = state.clubFunds[clubID]
        var page = AppPage(title: fund?.club.name ?? clubID.text)
        if let fund {
            let figures = ClubFigures(fund: fund, state: state, asOf: CalendarDate.today())
            page.figures = [
                (t["app.fundBalance"], t.money(figures.fundBalance)), (t["app.memberDonations"], t.money(figures.memberDonations)),
                (t["app.eventIncome"], t.money(figures.eventIncome)),
            ]
            page.tables.append(
                AppTable(
                    caption: t["app.clubProjects"], headers: [t["label.folio"], t["app.title"], t["app.status"], t["app.committed"], t["app.received"]],
                    rows: figures.projects.map { share in
                        AppTable.Row(cells: [
                            .init(text: share.folio.text, href: "/app/projects/\(share.folio.text)"), .init(text: share.title.text(in: t.language)),
                            .init(text: t.status(share.status)), .init(text: t.money(share.committed)), .init(text: t.money(share.received)),
                        ])
                    }, emptyText: t["app.none"]))
        }
        page.actions = MovementForm.forRole(.treasurer).map { ("/app/record/\($0.slug)", t["app.form_\($0.slug)"]) }
            + [("/app/import", t["app.importCSV"]), ("/app/live/\(t.language.rawValue)/clubs/\(clubID.text).html", t["app.liveStatement"])]
        if environment.configuration.siteFolder != nil {
            page.actions.append(("/\(t.language.rawValue)/clubs/\(clubID.text).html", t["app.publishedStatement"]))
        }
        page.tables.append(AppTables.recentMovements(state.clubMovementIDs[clubID] ?? [], state, t))
        return page
    }

    private func officialHome(_ user: UserAccount, _ state: LedgerState, _ t: Translation) -> AppPage {
        let municipalityID = user.municipalityID!
        var page = AppPage(title: state.catalogue.governments[municipalityID]?.name ?? municipalityID.text)
        page.actions = MovementForm.forRole(.official).map { ("/app/record/\($0.slug)", t["app.form_\($0.slug)"]) }
            + [("/app/import", t["app.importCSV"])]
        let folios = state.municipalityFolios[municipalityID] ?? []
        page.tables.append(AppTables.projects(folios, state, t))
        page.tables.append(AppTables.recentMovements(folios.flatMap { state.projectMovementIDs[$0] ?? [] }, state, t))
        page.actions.append(("/app/live/\(t.language.rawValue)/municipalities/\(municipalityID.text).html", t["app.liveStatement"]))
        var publish = AppForm(heading: t["app.publish"], action: "/app/publish", submitLabel: t["app.publishNow"])
        if environment.configuration.siteFolder == nil { publish.errors = [(nil, t["app.publish"], t["app.noSiteFolder"])] }
        page.forms = [publish]
        if environment.configuration.siteFolder != nil {
            page.links = [("/\(t.language.rawValue)/municipalities/\(municipalityID.text).html", t["app.publishedStatement"])]
        }
        return page
    }

    private func auditorHome(_ state: LedgerState, _ t: Translation) -> AppPage {
        var page = AppPage(title: t["app.auditorHome"])
        page.intro = [t["app.auditorIntro"]]
        page.tables = [AppTables.projects(state.projects.keys.sorted(), state, t)]
        return page
    }
}
