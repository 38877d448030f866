import Foundation

/// Runs the built `cuentas` executable as a person would, in a temporary folder of its own.
struct CLI {
    struct Result {
        let status: Int32
        let output: String
        let errors: String
    }

    static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The executable next to the test bundle (both are built by `swift build --build-tests`).
    static let executable: URL = {
        let besideTests = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("cuentas")
        if FileManager.default.isExecutableFile(atPath: besideTests.path) { return besideTests }
        return repositoryRoot.appendingPathComponent(".build/debug/cuentas")
    }()

    let folder: URL
    var database: String { folder.appendingPathComponent("cuentas.sqlite").path }

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("cuentas-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    /// Runs `cuentas ARGUMENTS` with this folder's ledger, in English unless told otherwise.
    @discardableResult
    func run(_ arguments: [String], environment extra: [String: String] = [:]) throws -> Result {
        try Self.runProgram(
            executable: Self.executable.path, arguments: arguments, folder: folder,
            environment: [
                "CUENTAS_DB": database, "LANG": "en_US.UTF-8", "CUENTAS_USER": "tester",
            ].merging(extra) { $1 })
    }

    /// Runs a shell command with `cuentas` on PATH, from the repository root.
    @discardableResult
    func shell(_ command: String) throws -> Result {
        let path = Self.executable.deletingLastPathComponent().path + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
        return try Self.runProgram(
            executable: "/bin/bash", arguments: ["-c", command], folder: Self.repositoryRoot,
            environment: [
                "CUENTAS_DB": database, "LANG": "en_US.UTF-8", "PATH": path, "CUENTAS_USER": "tester",
            ])
    }

    private static func runProgram(executable: String, arguments: [String], folder: URL, environment: [String: String]) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = folder
        var merged = ProcessInfo.processInfo.environment
        merged["LC_ALL"] = nil
        merged["LC_MESSAGES"] = nil
        for (key, value) in environment { merged[key] = value }
        process.environment = merged
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        // Read before waiting, so a full pipe cannot block the child.
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, output: String(decoding: outputData, as: UTF8.self),
            errors: String(decoding: errorData, as: UTF8.self))
    }

    /// The ledger as SQL text (sqlite3 .dump): equal dumps mean nothing changed.
    func dump() throws -> String {
        try Self.runProgram(executable: "/usr/bin/sqlite3", arguments: [database, ".dump"], folder: folder, environment: [:]).output
    }

    func write(_ name: String, _ text: String) throws -> String {
        let url = folder.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    /// Parses JSON output.
    static func json(_ text: String) throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: Data(text.utf8)) as! [String: Any]
    }
}
