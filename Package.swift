// swift-tools-version:6.1
import PackageDescription

// Layers, from the inside out (ArchitectureTests checks these rules):
//   CuentasCore      domain types, matching rules, figures, invariants. Imports Foundation only.
//   CuentasImport    CSV text -> domain drafts. Imports CuentasCore only.
//   CuentasStore     the SQLite ledger. The only target that imports GRDB.
//   CuentasCommands  the command line. The only target that imports ArgumentParser.
//   cuentas          the executable: calls CuentasCommands.
let package = Package(
    name: "CuentasClaras",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "cuentas", targets: ["cuentas"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
    ],
    targets: [
        .target(name: "CuentasCore"),
        .target(name: "CuentasImport", dependencies: ["CuentasCore"]),
        .target(
            name: "CuentasStore",
            dependencies: ["CuentasCore", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .target(
            name: "CuentasCommands",
            dependencies: [
                "CuentasCore", "CuentasImport", "CuentasStore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "cuentas", dependencies: ["CuentasCommands"]),
        .testTarget(name: "CuentasCoreTests", dependencies: ["CuentasCore"]),
        .testTarget(name: "CuentasImportTests", dependencies: ["CuentasImport"]),
        .testTarget(name: "CuentasStoreTests", dependencies: ["CuentasStore", "CuentasImport"]),
        .testTarget(name: "CuentasCommandsTests", dependencies: ["cuentas"]),
        .testTarget(name: "ArchitectureTests"),
    ],
    swiftLanguageModes: [.v6]
)
