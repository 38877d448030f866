import Hummingbird
import HummingbirdAuth
import NIOCore

/// The request context of the web app: Hummingbird's core storage, the session, and where the request came from.
public struct AppRequestContext: RequestContext, SessionRequestContext, RemoteAddressRequestContext {
    public var coreContext: CoreRequestContextStorage
    public let sessions: SessionContext<WebSession>
    public let remoteAddress: SocketAddress?

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        sessions = .init()
        remoteAddress = source.channel.remoteAddress
    }

    /// The address sign-ins are counted against ("unknown" in tests without a connection).
    var clientAddress: String { remoteAddress?.ipAddress ?? "unknown" }

    /// Uploads of CSV files are the largest bodies; 5 MiB holds tens of thousands of rows.
    public var maxUploadSize: Int { 5 * 1024 * 1024 }
}
