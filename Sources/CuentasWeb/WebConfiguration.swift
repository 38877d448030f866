import Foundation
import CuentasCore

/// How `cuentas serve` runs: where the ledger and the public site are, and the key that signs publications.
public struct WebConfiguration: Sendable {
    public var host: String
    public var port: Int
    /// The published site served at `/`; an official's publish writes here. Nil: nothing at `/` but the app.
    public var siteFolder: URL?
    /// A private key file (`cuentas key new`): publishing from the app signs with it. Nil: unsigned publishing.
    public var signingKeyFile: URL?
    /// World Bank corridor prices for the club statements, as `cuentas publish --remittance-prices` takes them.
    public var corridorPricesFile: URL?
    /// The address the public site is served at, ending in "/" (`serve --base-url`): receipts carry it, as a link and
    /// a QR code. Nil: receipts say their page's path on the site.
    public var baseURL: String?
    /// bcrypt rounds (a power of two) for passwords set in the app.
    public var bcryptCost: UInt8
    public var sessionLifetime: Duration
    /// Marks the session cookie Secure: set it when a TLS proxy is in front.
    public var secureCookies: Bool
    /// The first day an event typed in the app may carry (`DateBounds`).
    public var earliestDate: CalendarDate = DateBounds.defaultEarliest
    /// Sessions kept at once, of people signed in and, apart, of visitors; past it the oldest of the kind is let go
    /// (`BoundedSessionStore`).
    public var maximumSessions = 10_000

    public init(
        host: String = "127.0.0.1", port: Int = 8080, siteFolder: URL? = nil, signingKeyFile: URL? = nil, corridorPricesFile: URL? = nil,
        bcryptCost: UInt8 = 12, sessionLifetime: Duration = .seconds(8 * 60 * 60), secureCookies: Bool = false
    ) {
        self.host = host
        self.port = port
        self.siteFolder = siteFolder
        self.signingKeyFile = signingKeyFile
        self.corridorPricesFile = corridorPricesFile
        self.bcryptCost = bcryptCost
        self.sessionLifetime = sessionLifetime
        self.secureCookies = secureCookies
    }
}
