import CuentasIntegrity
import CuentasRender
import CuentasStore
import Foundation
import Hummingbird
import HummingbirdAuth

/// The web app for treasurers, officials, auditors and admins, and the public site behind it.
///
/// `/app/...` are the app's pages (sign-in needed, but for the sign-in page); everything else is the published site
/// from `configuration.siteFolder`, for anyone. Every response carries the security headers; sessions live in
/// memory behind an HttpOnly, SameSite=Strict cookie.
public enum WebApplication {
    public static func make(store: LedgerStore, configuration: WebConfiguration) throws -> some ApplicationProtocol {
        let renderer = try HTMLRenderer()
        let environment = WebEnvironment(store: store, renderer: renderer, configuration: configuration)
        var signingIdentity: SigningIdentity?
        if let keyFile = configuration.signingKeyFile {
            guard let text = FileManager.default.contents(atPath: keyFile.path).flatMap({ String(data: $0, encoding: .utf8) }) else {
                throw WebStartError.unreadableKey(path: keyFile.path)
            }
            signingIdentity = try SigningIdentity(fileText: text)
        }
        let sessionStore = BoundedSessionStore(limit: configuration.maximumSessions)
        let router = Router(context: AppRequestContext.self)
        router.add(middleware: SecurityHeadersMiddleware(inlineStylesheets: renderer.inlineStylesheets))
        router.add(
            middleware: SessionMiddleware(
                storage: sessionStore,
                configuration: .init(
                    sessionCookieParameters: .init(name: "cuentas_session", path: "/", secure: configuration.secureCookies, sameSite: .strict),
                    keyPrefix: "session.", defaultSessionExpiration: configuration.sessionLifetime)))
        if let site = configuration.siteFolder {
            router.add(middleware: SitePathGuardMiddleware(site: site))
            router.add(middleware: FileMiddleware(site.path, searchForIndexHtml: true))
        }
        SignInRoutes(environment: environment).register(on: router)
        HomeRoutes(environment: environment).register(on: router)
        RecordingRoutes(environment: environment).register(on: router)
        ImportRoutes(environment: environment).register(on: router)
        ProjectRoutes(environment: environment).register(on: router)
        LiveStatementRoutes(environment: environment).register(on: router)
        UserRoutes(environment: environment).register(on: router)
        PublishRoutes(environment: environment, signingIdentity: signingIdentity).register(on: router)
        return Application(
            router: router,
            // A connection silent for 30 s is closed: idle and slow clients do not hold connections for ever.
            server: .http1(configuration: .init(idleTimeout: .seconds(30))),
            configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "cuentas"),
            services: [sessionStore])
    }
}
