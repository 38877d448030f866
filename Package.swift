// swift-tools-version:6.2
import PackageDescription

// Layers, from the inside out (ArchitectureTests checks these rules):
//   CuentasCore      domain types, matching rules, figures, invariants. Imports Foundation only.
//   CuentasImport    CSV text -> domain drafts. Imports CuentasCore only.
//   CuentasStore     the SQLite ledger. The only target that imports GRDB.
//   CuentasCommands  the command line. The only target that imports ArgumentParser.
//   cuentas          the executable: calls CuentasCommands.
/// Every warning in our own code is an error (dependencies keep their warnings to themselves).
let strict: [SwiftSetting] = [.treatAllWarnings(as: .error)]

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
        .target(name: "CuentasCore", swiftSettings: strict),
        .target(name: "CuentasImport", dependencies: ["CuentasCore"], swiftSettings: strict),
        .target(
            name: "CuentasStore",
            dependencies: ["CuentasCore", .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: strict
        ),
        .target(
            name: "CuentasCommands",
            dependencies: [
                "CuentasCore", "CuentasImport", "CuentasStore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strict
        ),
        .executableTarget(name: "cuentas", dependencies: ["CuentasCommands"], swiftSettings: strict),
        .testTarget(name: "CuentasCoreTests", dependencies: ["CuentasCore"], swiftSettings: strict),
        .testTarget(name: "CuentasImportTests", dependencies: ["CuentasImport"], swiftSettings: strict),
        .testTarget(
            name: "CuentasStoreTests",
            dependencies: ["CuentasStore", .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: strict
        ),
        .testTarget(name: "CuentasCommandsTests", dependencies: ["cuentas"], swiftSettings: strict),
        .testTarget(name: "ArchitectureTests", swiftSettings: strict),
    ],
    swiftLanguageModes: [.v6]
)
