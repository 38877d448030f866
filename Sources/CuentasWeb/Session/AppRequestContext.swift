import CuentasCore
import Hummingbird
import HummingbirdAuth
import NIOCore

/// The request context of the web app: Hummingbird's core storage, the session, who signed in (set by
/// `SessionAuthenticator` on the `/app` group), and where the request came from.
public struct AppRequestContext: RequestContext, SessionRequestContext, AuthRequestContext, RemoteAddressRequestContext {
    public var coreContext: CoreRequestContextStorage
    public let sessions: SessionContext<WebSession>
    public var identity: UserAccount?
    public let remoteAddress: SocketAddress?

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        sessions = .init()
        identity = nil
        remoteAddress = source.channel.remoteAddress
    }

    /// The address sign-ins are counted against ("unknown" in tests without a connection).
    var clientAddress: String { remoteAddress?.ipAddress ?? "unknown" }

    /// The largest body any request may send (a CSV upload); each form reads at most its own limit
    /// (`SubmittedForm.maximumBytes`), and `BodyLimitMiddleware` refuses a larger declared body before anything else.
    public var maxUploadSize: Int { Self.largestBody }
    static let largestBody = 5 * 1024 * 1024
    /// An evidence upload: the largest evidence file (`EvidenceMediaType.largestAllowedBytes`) and the form around it.
    static let largestEvidenceBody = 21 * 1024 * 1024

    /// The signed-in user. Routes on the `/app` group run behind `SignInRequiredMiddleware`, so there is one.
    var user: UserAccount {
        get throws(PageRefusal) {
            guard let identity else { throw PageRefusal.signInRequired }
            return identity
        }
    }

    /// The session, created (with a fresh anti-forgery token) on a first visit. A visitor's session (the sign-in form's
    /// token, a language chosen) lasts an hour at most.
    func session(lifetime: Duration) -> WebSession {
        if let session = sessions.session { return session }
        let session = WebSession(userName: nil, csrfToken: RandomToken.make(), language: nil)
        sessions.createSession(session, expiresIn: min(lifetime, .seconds(60 * 60)))
        return session
    }
}
