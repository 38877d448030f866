import PostgresNIO

/// What `sslmode` asks of NIOSSL, for the pool and for the one direct connection `open` makes first (postgres-nio
/// takes a TLS configuration for the one and a ready context for the other).
enum PostgresTLS {
    /// The client's settings: certificates checked only for `verify-full` (libpq's `prefer` and `require` encrypt
    /// without checking who answers).
    static func configuration(_ security: PostgresAddress.Security) -> TLSConfiguration? {
        guard security != .disable else { return nil }
        var configuration = TLSConfiguration.makeClientConfiguration()
        configuration.certificateVerification = security == .verifyFull ? .fullVerification : .none
        return configuration
    }

    static func forPool(_ security: PostgresAddress.Security) -> PostgresClient.Configuration.TLS {
        guard let configuration = configuration(security) else { return .disable }
        return security == .prefer ? .prefer(configuration) : .require(configuration)
    }

    static func forConnection(_ security: PostgresAddress.Security) throws -> PostgresConnection.Configuration.TLS {
        guard let configuration = configuration(security) else { return .disable }
        let context = try NIOSSLContext(configuration: configuration)
        return security == .prefer ? .prefer(context) : .require(context)
    }
}
