import CuentasIntegrity
import CuentasRender
import Foundation
import Hummingbird
import HummingbirdAuth

/// The web app for treasurers, officials, auditors and admins, and the public site behind it, served from `ledger`.
/// Sessions live in memory behind an HttpOnly, SameSite=Strict cookie; a connection silent for 30 s is closed, so idle
/// and slow clients do not hold connections for ever.
public func buildApplication(ledger: any AppLedger, configuration: WebConfiguration) throws -> some ApplicationProtocol {
    var signingIdentity: SigningIdentity?
    if let keyFile = configuration.signingKeyFile {
        guard let text = FileManager.default.contents(atPath: keyFile.path).flatMap({ String(data: $0, encoding: .utf8) }) else {
            throw WebStartError.unreadableKey(path: keyFile.path)
        }
        signingIdentity = try SigningIdentity(fileText: text)
    }
    let sessions = BoundedSessionStore(limit: configuration.maximumSessions)
    let services = AppServices(
        ledger: ledger, configuration: configuration,
        pages: PageResponder(renderer: try HTMLRenderer(), sessionLifetime: configuration.sessionLifetime), work: BlockingWork())
    return Application(
        router: buildRouter(services, sessions: sessions, signingIdentity: signingIdentity),
        server: .http1(configuration: .init(idleTimeout: .seconds(30))),
        configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "cuentas"),
        services: [sessions])
}

/// `/app/...` are the app's pages: the sign-in pages for anyone, the rest behind `SignInRequiredMiddleware`.
/// Everything else is the published site from `configuration.siteFolder`, for anyone. Every response carries the
/// security headers; every refusal is answered by `RefusalMiddleware`.
func buildRouter(_ services: AppServices, sessions: BoundedSessionStore, signingIdentity: SigningIdentity?) -> Router<AppRequestContext> {
    let configuration = services.configuration
    let router = Router(context: AppRequestContext.self)
    router.add(middleware: SecurityHeadersMiddleware(inlineStylesheets: services.pages.renderer.inlineStylesheets))
    // The largest body of any form: an evidence upload. Each form reads no more than its own limit (`SubmittedForm`).
    router.add(middleware: BodyLimitMiddleware(maximumBytes: AppRequestContext.largestEvidenceBody))
    router.add(
        middleware: SessionMiddleware(
            storage: sessions,
            configuration: .init(
                sessionCookieParameters: .init(name: "cuentas_session", path: "/", secure: configuration.secureCookies, sameSite: .strict),
                keyPrefix: "session.", defaultSessionExpiration: configuration.sessionLifetime)))
    router.add(middleware: RefusalMiddleware(pages: services.pages))
    if let site = configuration.siteFolder {
        router.add(middleware: SitePathGuardMiddleware(site: site))
        router.add(middleware: FileMiddleware(site.path, searchForIndexHtml: true))
    }
    let gate = SignInGate(bcryptCost: configuration.bcryptCost)
    router.addRoutes(SignInController(services: services, gate: gate).endpoints, atPath: "/app")
    router.addRoutes(SetupController(services: services, gate: gate).endpoints, atPath: "/app")
    let ledger = services.ledger, work = services.work
    let app = router.group("/app")
        .add(
            middleware: SessionAuthenticator(context: AppRequestContext.self) { (session: WebSession, _) in
                guard let name = session.userName else { return nil }
                // A user removed from the ledger is signed out at their next request.
                return try await work.run { try ledger.user(named: name)?.account }
            }
        )
        .add(middleware: SignInRequiredMiddleware())
    app.addRoutes(HomeController(services: services).endpoints)
    app.addRoutes(RecordingController(services: services).endpoints)
    app.addRoutes(ImportController(services: services).endpoints)
    app.addRoutes(ProjectController(services: services).endpoints)
    app.addRoutes(OversightController(services: services).endpoints)
    app.addRoutes(SponsorshipController(services: services).endpoints)
    app.addRoutes(LiveStatementController(services: services).endpoints)
    app.addRoutes(ReceiptController(services: services).endpoints)
    app.addRoutes(UserController(services: services, hasher: gate.hasher).endpoints)
    app.addRoutes(AccountController(services: services, gate: gate).endpoints)
    app.addRoutes(AmendmentController(services: services).endpoints)
    app.addRoutes(PublishController(services: services, signingIdentity: signingIdentity).endpoints)
    return router
}
