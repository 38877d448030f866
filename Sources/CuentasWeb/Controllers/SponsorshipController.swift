import CuentasCore
import CuentasStore
import Hummingbird
import CuentasTables

/// A club's treasurer accepts sponsoring a project that an official of another municipality named the club in
/// (`SponsorshipProposal`): until then none of the club's money is pledged to it.
struct SponsorshipController {
    let services: AppServices

    var endpoints: RouteCollection<AppRequestContext> {
        let routes = RouteCollection(context: AppRequestContext.self)
        routes.post("sponsorships/{folio}/accept") { request, context in
            let user = try context.user
            guard user.role == .treasurer, let club = user.clubID else { throw PageRefusal(.forbidden, "app.onlyTheClubsTreasurer") }
            guard let folio = try? Folio(context.parameters.get("folio") ?? "", field: "folio") else { throw PageRefusal.notFound }
            _ = try await request.decodeForm(ButtonForm.self, context: context)
            let ledger = services.ledger
            return try await services.work.run {
                do throws(StoreError) {
                    try ledger.acceptSponsorship(folio: folio, club: club, by: user.name)
                } catch .unknown {
                    // No proposal names this treasurer's club: another club's proposal is not theirs to accept.
                    throw PageRefusal(.forbidden, "app.onlyTheClubsTreasurer")
                } catch .duplicate {
                    // Accepted already (a second press): nothing more to do.
                }
                let t = services.pages.translation(request, context)
                var page = AppPage(title: t["app.proposals"])
                page.notice = t.format("app.sponsorshipAccepted", folio.text)
                page.links = [("/app", t["app.backHome"])]
                return services.pages.respond(page, request, context)
            }
        }
        return routes
    }
}
