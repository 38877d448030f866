import Foundation
import Testing

/// Publishing again into the same folder renders only the statements whose inputs changed, and gives exactly the
/// site a publish from scratch gives.
@Suite struct IncrementalPublishTests {
    static func tree(_ folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey])!
        for case let file as URL in enumerator where (try file.resourceValues(forKeys: [.isRegularFileKey])).isRegularFile == true {
            files[file.path.replacingOccurrences(of: folder.path + "/", with: "")] = try Data(contentsOf: file)
        }
        return files
    }

    @Test func aRepublishWritesOnlyWhatChangedAndEqualsAFreshPublish() throws {
        let cli = try CLI()
        #expect(try cli.shell("cuentas init >/dev/null && bash SampleData/load.sh >/dev/null").status == 0)
        let site = cli.folder.appendingPathComponent("site")
        let publish = ["publish", "--out", site.path, "--as-of", "2026-11-23"]
        #expect(try cli.run(publish).output.contains("; 0 statements unchanged"))
        let nothingNew = try cli.run(publish)
        #expect(nothingNew.output.contains("0 validated XML documents"), "\(nothingNew.output)")
        #expect(nothingNew.output.contains("20 statements unchanged"))

        // One progress report changes its project, the project's clubs and its municipality; nothing else.
        #expect(try cli.run(["progress", "3X1-2024-002", "--percent", "80", "--date", "2026-11-20"]).status == 0)
        let oneMore = try cli.run(publish)
        #expect(oneMore.status == 0, "\(oneMore.errors)")
        let count = oneMore.output.split(separator: ";").last?.split(separator: " ").first.map(String.init) ?? ""
        let unchanged = try #require(Int(count))
        #expect((14...18).contains(unchanged), "\(oneMore.output)")
        // A page removed by hand comes back.
        try FileManager.default.removeItem(at: site.appendingPathComponent("en/projects/3X1-2023-001.html"))
        #expect(try cli.run(publish).status == 0)

        let fresh = cli.folder.appendingPathComponent("fresh")
        #expect(try cli.run(["publish", "--out", fresh.path, "--as-of", "2026-11-23"]).status == 0)
        let (incremental, scratch) = (try Self.tree(site), try Self.tree(fresh))
        #expect(incremental.keys.sorted() == scratch.keys.sorted())
        for (path, data) in scratch { #expect(incremental[path] == data, "\(path) differs") }
    }
}
