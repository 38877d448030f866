import CuentasCore
import PostgresNIO
import Testing

@testable import CuentasPostgres

/// `--db postgres://…`: the two ways to reach a server, and a clear refusal of anything else.
@Suite struct PostgresAddressTests {
    @Test func aHostAndPortOrASocketFolder() throws {
        let tcp = try PostgresAddress.parse("postgres://cuentas:secreto@db.example.org:6432/ledger", environment: [:]).get()
        #expect(
            tcp
                == PostgresAddress(
                    endpoint: .tcp(host: "db.example.org", port: 6432), username: "cuentas", password: "secreto", database: "ledger"))
        let socket = try PostgresAddress.parse("postgresql://cuentas@/ledger?host=/run/postgresql", environment: ["PGPASSWORD": "x"]).get()
        #expect(
            socket
                == PostgresAddress(
                    endpoint: .socket(path: "/run/postgresql/.s.PGSQL.5432"), username: "cuentas", password: "x", database: "ledger"))
        #expect(
            try PostgresAddress.parse("postgres://u@localhost/l", environment: [:]).get().endpoint == .tcp(host: "localhost", port: 5432))
    }

    static let refused: [(String, PostgresStoreError.Expected)] = [
        ("postgres://localhost/ledger", .user), ("postgres://u@localhost", .database),
        ("postgres://u@localhost/a/b", .database), ("postgres://u@/ledger", .host),
        ("mysql://u@h/l", .scheme),
    ]

    @Test(arguments: refused)
    func anythingElseIsRefusedSayingWhatIsExpected(text: String, expected: PostgresStoreError.Expected) {
        #expect(throws: PostgresStoreError.address(text, expected)) { try PostgresAddress.parse(text, environment: [:]).get() }
        #expect(
            PostgresStoreError.address(text, expected).explanation(in: .english).hasPrefix("\(text): not a PostgreSQL address; expected"))
        #expect(
            PostgresStoreError.address(text, expected).explanation(in: .spanish).hasPrefix("\(text): no es una dirección de PostgreSQL"))
    }

    @Test func tlsIsAskedForWithLibpqsSSLMode() throws {
        #expect(try PostgresAddress.parse("postgres://u@db.example.org/l", environment: [:]).get().security == .prefer)
        #expect(
            try PostgresAddress.parse("postgres://u@db.example.org/l?sslmode=verify-full", environment: [:]).get().security == .verifyFull)
        #expect(try PostgresAddress.parse("postgres://u@db.example.org/l?sslmode=disable", environment: [:]).get().security == .disable)
        // A socket never goes over the network: no TLS, whatever is asked.
        #expect(
            try PostgresAddress.parse("postgres://u@/l?host=/run/postgresql&sslmode=require", environment: [:]).get().security == .disable)
        let unknown = "postgres://u@db.example.org/l?sslmode=allow"
        #expect(throws: PostgresStoreError.address(unknown, .sslmode)) { try PostgresAddress.parse(unknown, environment: [:]).get() }
        #expect(
            PostgresStoreError.address(unknown, .sslmode).explanation(in: .english)
                == "\(unknown): not a PostgreSQL address; expected sslmode=disable, prefer, require or verify-full")
    }

    @Test func onlyVerifyFullChecksTheServersCertificate() {
        #expect(PostgresTLS.configuration(.disable) == nil)
        #expect(PostgresTLS.configuration(.prefer)?.certificateVerification == CertificateVerification.none)
        #expect(PostgresTLS.configuration(.require)?.certificateVerification == CertificateVerification.none)
        #expect(PostgresTLS.configuration(.verifyFull)?.certificateVerification == .fullVerification)
    }
}
