import Hummingbird
import HummingbirdAuth

/// The request context of the web app: Hummingbird's core storage and the session.
public struct AppRequestContext: RequestContext, SessionRequestContext {
    public var coreContext: CoreRequestContextStorage
    public let sessions: SessionContext<WebSession>

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        sessions = .init()
    }

    /// Uploads of CSV files are the largest bodies; 5 MiB holds tens of thousands of rows.
    public var maxUploadSize: Int { 5 * 1024 * 1024 }
}
