import CuentasTables
import CuentasCore
import CuentasStore
import Foundation

/// Live statements as rendered, kept while what they show is unchanged (`LedgerPartVersion`, the day, the language):
/// a club's statement lists every donation, and rendering it again for every request of a busy club was the app's
/// slowest page. Bounded in bytes; past the bound the oldest pages are let go.
final class LiveStatementCache: @unchecked Sendable {
    struct Key: Hashable {
        let path: String
        let day: CalendarDate
    }

    private struct Kept {
        let version: LedgerPartVersion
        let page: String
    }

    let byteLimit: Int
    // Guards everything below.
    private let lock = NSLock()
    private var kept: [Key: Kept] = [:]
    private var order: [Key] = []
    private var bytes = 0

    init(byteLimit: Int = 64 * 1024 * 1024) {
        self.byteLimit = byteLimit
    }

    /// The page kept for `key` at `version`, or the one `render` makes (nil: nothing to keep, such as a refusal).
    func page(_ key: Key, at version: LedgerPartVersion, render: () throws -> String?) rethrows -> String? {
        if let page = lock.withLock({ kept[key].flatMap { $0.version == version ? $0.page : nil } }) { return page }
        guard let page = try render() else { return nil }
        lock.withLock { keep(key, Kept(version: version, page: page)) }
        return page
    }

    private func keep(_ key: Key, _ value: Kept) {
        if let old = kept.updateValue(value, forKey: key) {
            bytes -= old.page.utf8.count
        } else {
            order.append(key)
        }
        bytes += value.page.utf8.count
        while bytes > byteLimit, !order.isEmpty {
            let oldest = order.removeFirst()
            if let gone = kept.removeValue(forKey: oldest) { bytes -= gone.page.utf8.count }
        }
    }
}
