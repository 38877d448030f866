import Foundation
import Testing

/// The layers of the package, checked on the source: a target imports only what its layer may.
@Suite struct LayerRulesTests {
    static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources")

    static let allowedImports: [String: Set<String>] = [
        "CuentasCore": ["Foundation"],
        "CuentasImport": ["Foundation", "CuentasCore"],
        "CuentasStatements": ["CuentasCore"],
        "CuentasRender": [
            "Foundation", "CuentasCore", "CuentasStatements", "CuentasTemplates", "CuentasIntegrity", "CLibXML2", "CQREncode",
        ],
        "CuentasIntegrity": ["Foundation", "CuentasCore", "Crypto"],
        // Files offered as evidence: the one target that imports libvips.
        "CuentasEvidence": ["Foundation", "CuentasCore", "CLibXML2", "CVips"],
        // How records lie in table rows, shared by both stores: no database library.
        "CuentasTables": ["Foundation", "CuentasCore", "CuentasIntegrity"],
        "CuentasStore": ["Foundation", "Dispatch", "CuentasCore", "CuentasIntegrity", "CuentasTables", "GRDB", "GRDBSQLite"],
        // The PostgreSQL store: the one target that imports PostgresNIO.
        "CuentasPostgres": ["Foundation", "CuentasCore", "CuentasIntegrity", "CuentasTables", "PostgresNIO", "Logging"],
        // The web app on PostgreSQL: only the conformance of the database to the app's ledger.
        "CuentasWebPostgres": ["CuentasWeb", "CuentasPostgres"],
        "CuentasPublishing": [
            "Foundation", "CuentasCore", "CuentasStatements", "CuentasRender", "CuentasIntegrity", "CuentasStore", "CuentasTables",
            "CuentasEvidence", "Glibc",
        ],
        "CuentasWeb": [
            "Foundation", "CuentasCore", "CuentasImport", "CuentasStore", "CuentasStatements", "CuentasRender", "CuentasIntegrity",
            "CuentasPublishing", "CuentasTables", "Hummingbird", "HummingbirdAuth", "HummingbirdBcrypt", "NIOPosix", "NIOCore",
            "NIOConcurrencyHelpers",
            "MultipartKit", "CuentasEvidence",
        ],
        "CuentasCommands": [
            "Foundation", "CuentasCore", "CuentasImport", "CuentasStore", "CuentasStatements", "CuentasRender", "CuentasIntegrity",
            "CuentasPublishing", "CuentasWeb", "CuentasEvidence", "CuentasPostgres", "CuentasTables", "CuentasWebPostgres",
            "ArgumentParser",
            "Glibc",
        ],
        "cuentas": ["CuentasCommands"],
    ]

    static func imports(of target: String) throws -> [String: Set<String>] {
        var result: [String: Set<String>] = [:]
        let folder = sources.appendingPathComponent(target)
        let files = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)!
        for case let file as URL in files where file.pathExtension == "swift" {
            let text = try String(contentsOf: file, encoding: .utf8)
            for line in text.split(separator: "\n") {
                let words = line.split(separator: " ")
                if let index = words.firstIndex(of: "import"), words[..<index].allSatisfy({ $0.hasPrefix("@") || $0 == "public" }),
                    index + 1 < words.count
                {
                    result[file.lastPathComponent, default: []].insert(String(words[index + 1]))
                }
            }
        }
        return result
    }

    /// C modules: a module map, no Swift.
    static let systemLibraries: Set<String> = ["CLibXML2", "CQREncode", "CVips"]

    @Test func everyTargetHasAKnownLayer() throws {
        let targets = try FileManager.default.contentsOfDirectory(atPath: Self.sources.path).filter { !$0.hasPrefix(".") }
        #expect(Set(targets) == Set(Self.allowedImports.keys).union(Self.systemLibraries))
    }

    @Test(arguments: Array(allowedImports.keys).sorted())
    func targetsImportOnlyTheirLayers(target: String) throws {
        let found = try Self.imports(of: target)
        #expect(!found.isEmpty)
        for (file, modules) in found {
            let forbidden = modules.subtracting(Self.allowedImports[target]!)
            #expect(forbidden.isEmpty, "\(target)/\(file) imports \(forbidden.sorted())")
        }
    }

    @Test func oneCommandPerFile() throws {
        let folder = Self.sources.appendingPathComponent("CuentasCommands")
        var commands = 0
        for case let file as URL in FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)!
        where file.pathExtension == "swift" {
            let text = try String(contentsOf: file, encoding: .utf8)
            let declared = text.split(separator: "\n").filter { $0.hasPrefix("struct ") && $0.contains(": ParsableCommand") }
            #expect(declared.count <= 1, "\(file.lastPathComponent) declares \(declared.count) commands")
            if let line = declared.first {
                let name = line.dropFirst("struct ".count).prefix { $0 != ":" }
                #expect(file.lastPathComponent == "\(name).swift", "\(name) is in \(file.lastPathComponent)")
                commands += 1
            }
        }
        #expect(commands > 30)
    }

    /// The web app is written against the `AppLedger` protocol: only the file that makes the SQLite store conform to it
    /// names `LedgerStore`, and every controller is a route collection in `Controllers/`.
    @Test func theWebAppSeesTheLedgerOnlyThroughItsProtocol() throws {
        let folder = Self.sources.appendingPathComponent("CuentasWeb")
        var namers: [String] = []
        var controllers = 0
        for case let file as URL in FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)!
        where file.pathExtension == "swift" {
            let text = try String(contentsOf: file, encoding: .utf8)
            if text.contains("LedgerStore") { namers.append(file.lastPathComponent) }
            if text.contains("var endpoints: RouteCollection<AppRequestContext>") {
                #expect(file.deletingLastPathComponent().lastPathComponent == "Controllers", "\(file.lastPathComponent)")
                #expect(file.lastPathComponent.hasSuffix("Controller.swift"), "\(file.lastPathComponent)")
                controllers += 1
            }
        }
        #expect(namers == ["AppLedger.swift"])
        #expect(controllers >= 8)
    }

    @Test func theRuleWouldCatchAViolation() throws {
        // The scanner itself must see imports: the store does import GRDB.
        let storeImports = try Self.imports(of: "CuentasStore").values.reduce(into: Set<String>()) { $0.formUnion($1) }
        #expect(storeImports.contains("GRDB"))
        #expect(!(Self.allowedImports["CuentasCore"]!.contains("GRDB")))
    }
}
