import CuentasCore
import CuentasIntegrity
import CuentasPublishing
import CuentasRender
import Foundation
import Hummingbird

/// An official publishes the site from the app: the same publication as `cuentas publish`, signed when the server
/// was started with a key, into the folder served at `/`.
struct PublishRoutes {
    let environment: WebEnvironment
    let signingIdentity: SigningIdentity?
    /// One publication at a time: two officials pressing at once would otherwise race for the same number.
    let lock = PublishLock()

    func register(on router: Router<AppRequestContext>) {
        router.post("/app/publish") { request, context in
            let user = try await environment.submission(request, context).user
            let t = environment.translation(request, context)
            guard user.role == .official else { return try environment.refusal(.forbidden, t["app.onlyOfficials"], request, context) }
            guard let folder = environment.configuration.siteFolder else {
                return try environment.refusal(.conflict, t["app.noSiteFolder"], request, context)
            }
            var page = AppPage(title: t["app.publish"])
            do {
                let prices = try CorridorPriceFile.load(environment.configuration.corridorPricesFile?.path)
                let publisher = SitePublisher(store: environment.store, root: folder)
                let result = try await lock.run {
                    if let signingIdentity {
                        return try publisher.publishSigned(
                            identity: signingIdentity, asOf: CalendarDate.today(), publishedOn: CalendarDate.today(), corridorPrices: prices)
                    }
                    return try publisher.publishUnsigned(asOf: CalendarDate.today(), corridorPrices: prices)
                }
                page.notice = result.number.map { t.format("app.publishedSigned", "\($0)", "\(result.pages)", "\(result.documents)") }
                    ?? t.format("app.published", "\(result.pages)", "\(result.documents)")
                page.links = [("/", t["app.publicSite"])]
            } catch let error as any ExplainedError {
                page.status = .internalServerError
                page.warning = error.explanation(in: t.language)
            }
            page.links.append(("/app", t["app.backHome"]))
            return try environment.respond(page, request, context)
        }
    }
}

/// Runs one publication at a time.
actor PublishLock {
    func run<T: Sendable>(_ work: @Sendable () throws -> T) throws -> T { try work() }
}
