import CuentasCore
import CuentasIntegrity
import CuentasPublishing
import CuentasRender
import Foundation
import Hummingbird

/// An official publishes the site from the app: the same publication as `cuentas publish`, signed when the server
/// was started with a key, into the folder served at `/`. It runs in the background (`PublishJob`): the press answers
/// at once with a page that shows the publication's state, refreshed by the official until it says done.
struct PublishController {
    let services: AppServices
    let signingIdentity: SigningIdentity?
    /// The publication running in the background, if any, and how the last one ended.
    let job = PublishJob()

    var endpoints: RouteCollection<AppRequestContext> {
        let routes = RouteCollection(context: AppRequestContext.self)
        routes.get("publish") { request, context in
            _ = try Self.official(context)
            return statusPage(request, context)
        }
        routes.post("publish") { request, context in
            let user = try Self.official(context)
            _ = try await request.decodeForm(ButtonForm.self, context: context)
            guard let folder = services.configuration.siteFolder else { throw PageRefusal(.conflict, "app.noSiteFolder") }
            start(into: folder, by: user, translation: services.pages.translation(request, context))
            return Response.redirect(to: "/app/publish")
        }
        return routes
    }

    private static func official(_ context: AppRequestContext) throws -> UserAccount {
        let user = try context.user
        guard user.role == .official else { throw PageRefusal(.forbidden, "app.onlyOfficials") }
        return user
    }

    /// Starts the publication unless one is under way (then the official sees that one).
    private func start(into folder: URL, by user: UserAccount, translation t: Translation) {
        let services = self.services, identity = signingIdentity
        _ = job.start(by: user.name) {
            do {
                let result = try await services.work.run {
                    let prices = try CorridorPriceFile.load(services.configuration.corridorPricesFile?.path)
                    return try services.ledger.publish(
                        into: folder, identity: identity, asOf: CalendarDate.today(), corridorPrices: prices,
                        baseURL: services.configuration.baseURL)
                }
                return .success(
                    result.number.map { t.format("app.publishedSigned", "\($0)", "\(result.pages)", "\(result.documents)") }
                        ?? t.format("app.published", "\(result.pages)", "\(result.documents)"))
            } catch let error as any ExplainedError {
                return .failure(PublishFailure(message: error.explanation(in: t.language)))
            } catch {
                return .failure(PublishFailure(message: "\(error)"))
            }
        }
    }

    /// Where the publication stands: under way (since when, by whom), done (what was written), or failed (why).
    private func statusPage(_ request: Request, _ context: AppRequestContext) -> Response {
        let t = services.pages.translation(request, context)
        var page = AppPage(title: t["app.publish"])
        switch job.state {
        case .idle:
            page.intro = [t["app.publishIdle"]]
        case .running(let by, let since):
            page.notice = t.format("app.publishRunning", by, Self.time(since))
            page.links.append(("/app/publish", t["app.refresh"]))
        case .finished(_, _, let notice):
            page.notice = notice
            page.links.append(("/", t["app.publicSite"]))
        case .failed(_, _, let message):
            page.status = .internalServerError
            page.warning = message
        }
        page.links.append(("/app", t["app.backHome"]))
        return services.pages.respond(page, request, context)
    }

    private static func time(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.dateFormat = "HH:mm:ss"
        return formatter.string(from: date)
    }
}
