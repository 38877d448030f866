import Foundation

/// Where a PostgreSQL ledger is: `postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE`, or on a Unix socket
/// `postgres://USER@/DATABASE?host=/run/postgresql` (the folder of the socket, as libpq writes it). The password may
/// also come from `PGPASSWORD`, so that it need not be in a command line. `?sslmode=` says how a connection over the
/// network is protected, with libpq's names (`disable`, `prefer`, `require`, `verify-full`); a socket needs none.
public struct PostgresAddress: Sendable, Equatable {
    /// TLS on a connection over the network, as libpq's `sslmode`. Default `prefer`, as libpq's.
    public enum Security: String, Sendable, Equatable, CaseIterable {
        /// No TLS.
        case disable
        /// TLS when the server offers it, without checking its certificate; plain otherwise.
        case prefer
        /// TLS or no connection, without checking the certificate (protects against listening, not impersonation).
        case require
        /// TLS, the certificate checked against the system's authorities and the host's name.
        case verifyFull = "verify-full"
    }

    public enum Endpoint: Sendable, Equatable {
        case tcp(host: String, port: Int)
        case socket(path: String)
    }

    public let endpoint: Endpoint
    public let username: String
    public let password: String?
    public let database: String
    /// Always `disable` on a socket.
    public let security: Security

    public init(endpoint: Endpoint, username: String, password: String?, database: String, security: Security = .prefer) {
        self.endpoint = endpoint
        self.username = username
        self.password = password
        self.database = database
        if case .socket = endpoint { self.security = .disable } else { self.security = security }
    }

    /// Whether `text` names a PostgreSQL ledger rather than a file.
    public static func isAddress(_ text: String) -> Bool {
        text.hasPrefix("postgres://") || text.hasPrefix("postgresql://")
    }

    /// The address `text` names, or what it lacks when it is not one this program can use.
    public static func parse(
        _ text: String, environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> Result<
        PostgresAddress, PostgresStoreError
    > {
        guard isAddress(text), let parts = URLComponents(string: text) else {
            return .failure(.address(text, .scheme))
        }
        guard let user = parts.user, !user.isEmpty else { return .failure(.address(text, .user)) }
        let database = String(parts.path.drop(while: { $0 == "/" }))
        guard !database.isEmpty, !database.contains("/") else { return .failure(.address(text, .database)) }
        let password = parts.password ?? environment["PGPASSWORD"]
        var security = Security.prefer
        if let mode = parts.queryItems?.first(where: { $0.name == "sslmode" })?.value {
            guard let known = Security(rawValue: mode) else { return .failure(.address(text, .sslmode)) }
            security = known
        }
        let socketFolder = parts.queryItems?.first(where: { $0.name == "host" })?.value
        if let folder = socketFolder, folder.hasPrefix("/") {
            let port = parts.port ?? 5432
            return .success(
                PostgresAddress(
                    endpoint: .socket(path: folder + "/.s.PGSQL.\(port)"), username: user, password: password, database: database))
        }
        guard let host = parts.host, !host.isEmpty else { return .failure(.address(text, .host)) }
        let port = parts.port ?? 5432
        guard (1...65535).contains(port) else { return .failure(.address(text, .port)) }
        return .success(
            PostgresAddress(
                endpoint: .tcp(host: host, port: port), username: user, password: password, database: database, security: security))
    }

    /// Where it is, as a person reads it: "the database nodb on db.example.org:5432" without the password.
    public var described: String {
        switch endpoint {
        case .tcp(let host, let port): return "\(host):\(port), database \(database), user \(username)"
        case .socket(let path): return "\(path), database \(database), user \(username)"
        }
    }

    /// The same server, another database (the tests give each test a database of its own).
    public func database(_ name: String) -> PostgresAddress {
        PostgresAddress(endpoint: endpoint, username: username, password: password, database: name, security: security)
    }
}
