import CuentasCore
import Foundation

/// The repository's sample files, found from this source file's path.
enum SampleFiles {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func scheme(_ name: String) throws -> MatchingScheme {
        let data = try Data(contentsOf: root.appendingPathComponent("SampleData/schemes/\(name).json"))
        return try SchemeFile.scheme(fromJSON: data)
    }
}
