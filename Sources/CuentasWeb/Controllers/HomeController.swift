import CuentasTables
import CuentasCore
import CuentasRender
import CuentasStore
import Foundation
import Hummingbird

/// The first page after signing in: what is the user's, and what they can do with it.
struct HomeController {
    let services: AppServices
    /// The municipalities by state for the auditor's start page, kept while the catalogue is unchanged.
    let municipalityDirectory = CatalogueDerivedValue<MunicipalityDirectory>()

    var endpoints: RouteCollection<AppRequestContext> {
        let routes = RouteCollection(context: AppRequestContext.self)
        routes.get { request, context in
            let user = try context.user
            let ledger = services.ledger, directory = municipalityDirectory
            return try await services.work.run {
                let t = services.pages.translation(request, context)
                // A treasurer's and an official's pages from the stored figures and the few movements they show.
                let page: AppPage
                switch user.role {
                case .treasurer:
                    let summary = try ledger.clubSummary(user.clubID!, recent: AppTables.recentCount)
                    page = treasurerHome(
                        user, summary.state, summary.recent, try ledger.proposals(naming: user.clubID!),
                        inTransit: try ledger.sendingsInTransit(club: user.clubID!, folios: nil), t)
                case .official:
                    let summary = try ledger.municipalitySummary(user.municipalityID!, recent: AppTables.recentCount)
                    let folios = Set(summary.state.municipalityFolios[user.municipalityID!] ?? [])
                    page = officialHome(
                        user, summary.state, summary.recent, inTransit: try ledger.sendingsInTransit(club: nil, folios: folios),
                        complaints: try ledger.openComplaints(folios: folios), t)
                case .auditor:
                    page = auditorHome(try ledger.derived(directory, MunicipalityDirectory.init), pageNumber: Self.pageNumber(request), t)
                case .committee: page = committeeHome(user, try ledger.catalogue(), t)
                case .admin: return Response.redirect(to: "/app/users")
                }
                return services.pages.respond(page, request, context)
            }
        }
        return routes
    }

    private func treasurerHome(
        _ user: UserAccount, _ state: LedgerState, _ recent: [Movement], _ proposals: [SponsorshipProposal], inTransit: [Movement],
        _ t: Translation
    ) -> AppPage {
        let clubID = user.clubID!
        let fund = state.clubFunds[clubID]
        var page = AppPage(title: fund?.club.name ?? clubID.text)
        if let fund {
            // The summary lists no movements, so the figures' cost of sending is empty: this page shows only the fund
            // and its projects (the club's statement shows the cost).
            let figures = ClubFigures(fund: fund, state: state, asOf: CalendarDate.today())
            page.figures = [
                (t["app.fundBalance"], t.money(figures.fundBalance)), (t["app.memberDonations"], t.money(figures.memberDonations)),
                (t["app.eventIncome"], t.money(figures.eventIncome)),
            ]
            page.tables.append(
                AppTable(
                    caption: t["app.clubProjects"],
                    headers: [t["label.folio"], t["app.title"], t["app.status"], t["app.committed"], t["app.received"]],
                    rows: figures.projects.map { share in
                        AppTable.Row(cells: [
                            .init(text: share.folio.text, href: "/app/projects/\(share.folio.text)"),
                            .init(text: share.title.text(in: t.language)),
                            .init(text: t.status(share.status)), .init(text: t.money(share.committed)),
                            .init(text: t.money(share.received)),
                        ])
                    }, emptyText: t["app.none"]))
        }
        page.actions =
            MovementForm.forRole(.treasurer).map { ("/app/record/\($0.slug)", t["app.form_\($0.slug)"]) }
            + [("/app/import", t["app.importCSV"]), ("/app/live/\(t.language.rawValue)/clubs/\(clubID.text).html", t["app.liveStatement"])]
        page.actions.append(("/app/club/details", t["app.editClubDetails"]))
        page.actions.append(("/app/receipts", t["app.receipts"]))
        if services.configuration.siteFolder != nil {
            page.actions.append(("/\(t.language.rawValue)/clubs/\(clubID.text).html", t["app.publishedStatement"]))
        }
        Self.addInTransit(inTransit, catalogue: state.catalogue, warningKey: "app.unconfirmedSendings", to: &page, t)
        page.tables.append(AppTables.recentMovements(recent, t))
        if !proposals.isEmpty { Self.addProposals(proposals, catalogue: state.catalogue, to: &page, t) }
        return page
    }

    /// Projects another municipality's official named the club in: each waits for the treasurer's "accept".
    private static func addProposals(_ proposals: [SponsorshipProposal], catalogue: Catalogue, to page: inout AppPage, _ t: Translation) {
        func title(_ folio: Folio) -> String {
            catalogue.projects[folio].map { "\(folio.text) · \($0.title.text(in: t.language))" } ?? folio.text
        }
        page.tables.append(
            AppTable(
                caption: t["app.proposals"], headers: [t["label.folio"], t["app.proposedBy"], t["app.status"]],
                rows: proposals.map { proposal in
                    AppTable.Row(cells: [
                        .init(text: title(proposal.folio), href: "/app/projects/\(proposal.folio.text)"), .init(text: proposal.proposedBy),
                        .init(text: proposal.acceptedAfter == nil ? t["app.awaitingAcceptance"] : t["app.accepted"]),
                    ])
                }))
        for proposal in proposals where proposal.acceptedAfter == nil {
            page.forms.append(
                AppForm(
                    heading: title(proposal.folio), action: "/app/sponsorships/\(proposal.folio.text)/accept", submitLabel: t["app.accept"])
            )
        }
    }

    /// The sendings in transit, when there are any, with a warning for those not confirmed in time.
    /// `warningKey`: what the reader can do about a sending not confirmed, said to the treasurer or to the official.
    private static func addInTransit(
        _ movements: [Movement], catalogue: Catalogue, warningKey: String, to page: inout AppPage, _ t: Translation
    ) {
        let tracks = movements.compactMap { SendingTrack(inTransit: $0, asOf: CalendarDate.today()) }
        guard !tracks.isEmpty else { return }
        let late = tracks.filter(\.isUnconfirmed)
        if !late.isEmpty { page.warning = t.format(warningKey, "\(late.count)", "\(TransitRule.standard.unconfirmedAfterDays)") }
        page.tables.append(AppTables.sendingsInTransit(tracks, catalogue: catalogue, t))
    }

    private func officialHome(
        _ user: UserAccount, _ state: LedgerState, _ recent: [Movement], inTransit: [Movement], complaints: [Complaint], _ t: Translation
    ) -> AppPage {
        let municipalityID = user.municipalityID!
        var page = AppPage(title: state.catalogue.governments[municipalityID]?.name ?? municipalityID.text)
        page.actions =
            MovementForm.forRole(.official).map { ("/app/record/\($0.slug)", t["app.form_\($0.slug)"]) }
            + [("/app/import", t["app.importCSV"])]
        let folios = state.municipalityFolios[municipalityID] ?? []
        page.tables.append(AppTables.projects(folios, state, t))
        Self.addInTransit(inTransit, catalogue: state.catalogue, warningKey: "app.unconfirmedSendingsToConfirm", to: &page, t)
        Self.addComplaints(complaints, to: &page, t)
        page.tables.append(AppTables.recentMovements(recent, t))
        page.actions.append(("/app/live/\(t.language.rawValue)/municipalities/\(municipalityID.text).html", t["app.liveStatement"]))
        var publish = AppForm(heading: t["app.publish"], action: "/app/publish", submitLabel: t["app.publishNow"])
        if services.configuration.siteFolder == nil { publish.errors = [(nil, t["app.publish"], t["app.noSiteFolder"])] }
        page.forms = [publish]
        if services.configuration.siteFolder != nil {
            page.links = [("/\(t.language.rawValue)/municipalities/\(municipalityID.text).html", t["app.publishedStatement"])]
        }
        return page
    }

    /// A committee member's projects, each linking to its page, where visits, photos and complaints are recorded.
    private func committeeHome(_ user: UserAccount, _ catalogue: Catalogue, _ t: Translation) -> AppPage {
        var page = AppPage(title: t["app.committeeHome"])
        page.intro = [t["app.committeeIntro"]]
        page.tables = [
            AppTable(
                caption: t["app.watchedProjects"], headers: [t["app.folio"], t["app.project"]],
                rows: user.watches.sorted().compactMap { folio in
                    guard let project = catalogue.projects[folio] else { return nil }
                    return AppTable.Row(cells: [
                        .init(text: folio.text, href: "/app/projects/\(folio.text)"), .init(text: project.title.text(in: t.language)),
                    ])
                }, emptyText: t["app.none"])
        ]
        return page
    }

    /// The complaints waiting for the official's answer, oldest first; those past the limit flagged, like a late payment.
    private static func addComplaints(_ complaints: [Complaint], to page: inout AppPage, _ t: Translation) {
        guard !complaints.isEmpty else { return }
        let rule = ComplaintRule.standard, today = CalendarDate.today()
        let overdue = complaints.filter { rule.isOverdue($0, asOf: today) }.count
        if overdue > 0 {
            let said = t.format("app.complaintsOverdue", "\(overdue)", "\(rule.answerWithinDays)")
            page.warning = page.warning.map { $0 + " " + said } ?? said
        }
        page.tables.append(
            AppTable(
                caption: t["app.complaintsToAnswer"],
                headers: [t["app.folio"], t["app.writtenAt"], t["app.complaintText"], t["app.complaintState"]],
                rows: complaints.map { complaint in
                    let late = rule.isOverdue(complaint, asOf: today)
                    let age = "\(rule.age(of: complaint, asOf: today))"
                    return AppTable.Row(
                        cells: [
                            .init(text: complaint.folio.text, href: "/app/projects/\(complaint.folio.text)"),
                            .init(text: t.date(complaint.writtenOn)),
                            .init(text: complaint.text),
                            .init(text: late ? t.format("app.complaintOverdue", age) : t.format("app.complaintOpen", age)),
                        ], invalid: late)
                }, emptyText: nil))
    }

    /// Municipalities a page of the auditor's start page lists: the page stays small however large the program.
    static let municipalitiesPerPage = 100

    /// Every municipality, by state and name, a page at a time, each with its number of projects and a link to its
    /// statement as of now (where its projects are): from the catalogue in memory, nothing replayed.
    private func auditorHome(_ directory: MunicipalityDirectory, pageNumber: Int, _ t: Translation) -> AppPage {
        var page = AppPage(title: t["app.auditorHome"])
        page.intro = [t["app.auditorIntro"]]
        let municipalities = directory.entries
        let pages = max(1, (municipalities.count + Self.municipalitiesPerPage - 1) / Self.municipalitiesPerPage)
        let current = min(max(1, pageNumber), pages)
        let shown = municipalities.dropFirst((current - 1) * Self.municipalitiesPerPage).prefix(Self.municipalitiesPerPage)
        page.tables = [
            AppTable(
                caption: t.format("app.municipalitiesPage", "\(current)", "\(pages)"),
                headers: [t["app.state"], t["app.municipality"], t["app.projectCount"]],
                rows: shown.map { entry in
                    AppTable.Row(cells: [
                        .init(text: entry.state),
                        .init(
                            text: entry.municipality.name,
                            href: "/app/live/\(t.language.rawValue)/municipalities/\(entry.municipality.id.text).html"),
                        .init(text: "\(entry.projectCount)"),
                    ])
                }, emptyText: t["app.none"])
        ]
        if current > 1 { page.links.append(("/app?page=\(current - 1)", t["app.previousPage"])) }
        if current < pages { page.links.append(("/app?page=\(current + 1)", t["app.nextPage"])) }
        return page
    }

    static func pageNumber(_ request: Request) -> Int {
        request.uri.queryParameters.get("page").flatMap { Int($0) } ?? 1
    }
}
