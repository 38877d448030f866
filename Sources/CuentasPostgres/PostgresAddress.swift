import Foundation

/// Where a PostgreSQL ledger is: `postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE`, or on a Unix socket
/// `postgres://USER@/DATABASE?host=/run/postgresql` (the folder of the socket, as libpq writes it). The password may
/// also come from `PGPASSWORD`, so that it need not be in a command line.
public struct PostgresAddress: Sendable, Equatable {
    public enum Endpoint: Sendable, Equatable {
        case tcp(host: String, port: Int)
        case socket(path: String)
    }

    public let endpoint: Endpoint
    public let username: String
    public let password: String?
    public let database: String

    public init(endpoint: Endpoint, username: String, password: String?, database: String) {
        self.endpoint = endpoint
        self.username = username
        self.password = password
        self.database = database
    }

    /// Whether `text` names a PostgreSQL ledger rather than a file.
    public static func isAddress(_ text: String) -> Bool {
        text.hasPrefix("postgres://") || text.hasPrefix("postgresql://")
    }

    /// Nil and a reason in words when `text` is not an address this program can use.
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
        return .success(PostgresAddress(endpoint: .tcp(host: host, port: port), username: user, password: password, database: database))
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
        PostgresAddress(endpoint: endpoint, username: username, password: password, database: name)
    }
}
