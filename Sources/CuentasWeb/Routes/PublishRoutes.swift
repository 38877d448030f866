import CuentasCore
import CuentasIntegrity
import CuentasPublishing
import CuentasRender
import Foundation
import Hummingbird

/// An official publishes the site from the app: the same publication as `cuentas publish`, signed when the server
/// was started with a key, into the folder served at `/`. It runs in the background (`PublishJob`): the press answers
/// at once with a page that shows the publication's state, refreshed by the official until it says done.
struct PublishRoutes {
    let environment: WebEnvironment
    let signingIdentity: SigningIdentity?

    func register(on router: Router<AppRequestContext>) {
        router.get("/app/publish") { request, context in
            return try await environment.work.run {
                guard let user = try environment.user(context) else { return Response.redirect(to: "/app/login") }
                let t = environment.translation(request, context)
                guard user.role == .official else { return try environment.refusal(.forbidden, t["app.onlyOfficials"], request, context) }
                return try statusPage(request, context)
            }
        }
        router.post("/app/publish") { request, context in
            let user = try await environment.submission(request, context).user
            let t = environment.translation(request, context)
            guard user.role == .official else { return try environment.refusal(.forbidden, t["app.onlyOfficials"], request, context) }
            guard let folder = environment.configuration.siteFolder else {
                return try environment.refusal(.conflict, t["app.noSiteFolder"], request, context)
            }
            let environment = self.environment, signingIdentity = self.signingIdentity
            _ = environment.publishJob.start(by: user.name) {
                do {
                    let result = try await environment.work.run {
                        let prices = try CorridorPriceFile.load(environment.configuration.corridorPricesFile?.path)
                        let publisher = SitePublisher(store: environment.store, root: folder)
                        if let signingIdentity {
                            return try publisher.publishSigned(
                                identity: signingIdentity, asOf: CalendarDate.today(), publishedOn: CalendarDate.today(), corridorPrices: prices)
                        }
                        return try publisher.publishUnsigned(asOf: CalendarDate.today(), corridorPrices: prices)
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
            return Response.redirect(to: "/app/publish")
        }
    }

    /// Where the publication stands: under way (since when, by whom), done (what was written), or failed (why).
    private func statusPage(_ request: Request, _ context: AppRequestContext) throws -> Response {
        let t = environment.translation(request, context)
        var page = AppPage(title: t["app.publish"])
        switch environment.publishJob.state {
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
        return try environment.respond(page, request, context)
    }

    private static func time(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.dateFormat = "HH:mm:ss"
        return formatter.string(from: date)
    }
}
