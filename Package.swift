// swift-tools-version:6.2
import PackageDescription

// Layers, from the inside out (ArchitectureTests checks these rules):
//   CuentasCore      domain types, matching rules, figures, invariants. Imports Foundation only.
//   CuentasImport    CSV text -> domain drafts. Imports CuentasCore only.
//   CuentasStatements statements: pure functions from the ledger to statement values. Imports CuentasCore only.
//   CuentasIntegrity hash chain, Ed25519 keys, signed publications and their verification (swift-crypto).
//   CuentasRender    statement values -> HTML (Mustache templates in Templates/, rendered by its own small engine) and XML (libxml2, XSD-checked);
//                    QR codes of receipts' addresses (libqrencode).
//   CuentasEvidence  files offered as evidence: what they are, a photo's location removed, CFDI invoices read (libxml2),
//                    thumbnails (libvips).
//   CuentasTables    how the ledger's records lie in table rows (a movement's columns, read and written), shared by both
//                    stores, and the readers written once over either store's rows. Imports CuentasCore only.
//   CuentasStore     the SQLite ledger. The only target that imports GRDB (and its SQLite module, to bind inserts).
//   CuentasPostgres  the PostgreSQL ledger for institutions. The only target that imports PostgresNIO.
//   CuentasPublishing writes the site (unsigned, or signed and recorded): shared by the command line and the web app.
//   CuentasWeb       the web app for treasurers, officials and auditors. The only target that imports Hummingbird.
//   CuentasCommands  the command line. The only target that imports ArgumentParser.
//   cuentas          the executable: calls CuentasCommands.
/// Every warning in our own code is an error (dependencies keep their warnings to themselves).
let strict: [SwiftSetting] = [.treatAllWarnings(as: .error)]

let package = Package(
    name: "CuentasClaras",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "cuentas", targets: ["cuentas"])
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", exact: "3.12.3"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", exact: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", exact: "2.5.0"),
        // Already resolved by Hummingbird; named for NIOThreadPool, where the web app runs its blocking work.
        .package(url: "https://github.com/apple/swift-nio", exact: "2.101.3"),
        // multipart/form-data (the CSV upload), parsed by a maintained parser.
        .package(url: "https://github.com/vapor/multipart-kit", exact: "4.7.1"),
        // The PostgreSQL store (CuentasPostgres), and the logger its client asks for.
        .package(url: "https://github.com/vapor/postgres-nio", exact: "1.33.2"),
        .package(url: "https://github.com/apple/swift-log", exact: "1.16.2"),
    ],
    targets: [
        .target(name: "CuentasCore", swiftSettings: strict),
        .target(name: "CuentasImport", dependencies: ["CuentasCore"], swiftSettings: strict),
        .target(name: "CuentasStatements", dependencies: ["CuentasCore"], swiftSettings: strict),
        .target(
            name: "CuentasIntegrity",
            dependencies: ["CuentasCore", .product(name: "Crypto", package: "swift-crypto")],
            swiftSettings: strict
        ),
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        .systemLibrary(name: "CQREncode", pkgConfig: "libqrencode", providers: [.apt(["libqrencode-dev"])]),
        .systemLibrary(name: "CVips", providers: [.apt(["libvips-dev"])]),
        .target(name: "CuentasEvidence", dependencies: ["CuentasCore", "CLibXML2", "CVips"], swiftSettings: strict),
        .target(
            name: "CuentasTemplates", path: "Templates", exclude: [], resources: [.copy("Files")], swiftSettings: strict),
        .target(
            name: "CuentasRender",
            dependencies: [
                "CuentasCore", "CuentasStatements", "CuentasTemplates", "CuentasIntegrity", "CLibXML2", "CQREncode",
            ],
            swiftSettings: strict
        ),
        .target(name: "CuentasTables", dependencies: ["CuentasCore", "CuentasIntegrity"], swiftSettings: strict),
        .target(
            name: "CuentasStore",
            dependencies: [
                "CuentasCore", "CuentasIntegrity", "CuentasTables", .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ],
            swiftSettings: strict
        ),
        .target(
            name: "CuentasPostgres",
            dependencies: [
                "CuentasCore", "CuentasTables", "CuentasIntegrity", .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strict
        ),
        // The web app served from a PostgreSQL ledger: the one place that knows both (`AppLedger` for the database).
        .target(name: "CuentasWebPostgres", dependencies: ["CuentasWeb", "CuentasPostgres"], swiftSettings: strict),
        .target(
            name: "CuentasPublishing",
            dependencies: ["CuentasCore", "CuentasStatements", "CuentasRender", "CuentasIntegrity", "CuentasStore", "CuentasEvidence"],
            swiftSettings: strict
        ),
        .target(
            name: "CuentasWeb",
            dependencies: [
                "CuentasCore", "CuentasImport", "CuentasStore", "CuentasStatements", "CuentasRender", "CuentasIntegrity",
                "CuentasPublishing", "CuentasEvidence",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdAuth", package: "hummingbird-auth"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
                .product(name: "MultipartKit", package: "multipart-kit"),
            ],
            swiftSettings: strict
        ),
        .target(
            name: "CuentasCommands",
            dependencies: [
                "CuentasCore", "CuentasImport", "CuentasStore", "CuentasStatements", "CuentasRender", "CuentasIntegrity",
                "CuentasPublishing", "CuentasWeb", "CuentasEvidence", "CuentasPostgres", "CuentasTables", "CuentasWebPostgres",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strict
        ),
        .executableTarget(name: "cuentas", dependencies: ["CuentasCommands"], swiftSettings: strict),
        // In-process timings for `make bench` (bench/InProcess/main.swift).
        .executableTarget(
            name: "cuentas-bench", dependencies: ["CuentasCore", "CuentasStore"], path: "bench/InProcess", swiftSettings: strict),
        .testTarget(name: "CuentasCoreTests", dependencies: ["CuentasCore", "CuentasTestSupport"], swiftSettings: strict),
        .testTarget(name: "CuentasImportTests", dependencies: ["CuentasImport"], swiftSettings: strict),
        .testTarget(name: "CuentasIntegrityTests", dependencies: ["CuentasIntegrity"], swiftSettings: strict),
        .testTarget(name: "CuentasEvidenceTests", dependencies: ["CuentasEvidence", "CuentasCore"], swiftSettings: strict),
        .target(
            name: "CuentasTestSupport",
            dependencies: ["CuentasCore", "CuentasTables", "CuentasPostgres", .product(name: "PostgresNIO", package: "postgres-nio")],
            path: "Tests/CuentasTestSupport", swiftSettings: strict),
        .testTarget(name: "CuentasStatementsTests", dependencies: ["CuentasStatements", "CuentasTestSupport"], swiftSettings: strict),
        .testTarget(
            name: "CuentasRenderTests", dependencies: ["CuentasRender", "CuentasStatements", "CuentasTestSupport"],
            exclude: ["Golden"], swiftSettings: strict),
        .testTarget(
            name: "CuentasStoreTests",
            dependencies: [
                "CuentasStore", "CuentasTables", "CuentasPostgres", "CuentasTestSupport", .product(name: "GRDB", package: "GRDB.swift"),
            ],
            swiftSettings: strict
        ),
        .testTarget(
            name: "CuentasPostgresTests",
            dependencies: [
                "CuentasPostgres", "CuentasStore", "CuentasTables", "CuentasIntegrity", "CuentasCore", "CuentasTestSupport",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            swiftSettings: strict
        ),
        .testTarget(
            name: "CuentasCommandsTests",
            dependencies: [
                "cuentas", "CuentasCore", "CuentasStore", "CuentasStatements", "CuentasRender", "CuentasPostgres", "CuentasTables",
                "CuentasTestSupport",
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            exclude: ["Golden", "ImportCorpus"], swiftSettings: strict),
        .testTarget(
            name: "CuentasWebTests",
            dependencies: [
                "CuentasWeb", "CuentasStore", "CuentasCore", "CuentasIntegrity", "CuentasPublishing", "CuentasStatements",
                "CuentasPostgres", "CuentasTables", "CuentasWebPostgres", "CuentasTestSupport",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
            ],
            swiftSettings: strict
        ),
        .testTarget(name: "ArchitectureTests", swiftSettings: strict),
    ],
    swiftLanguageModes: [.v6]
)
