import Foundation

/// The tables a PostgreSQL ledger database was found to have, shared by its sessions (`PostgresSession.hasTable`).
final class KnownTables: @unchecked Sendable {
    private let lock = NSLock()
    private var names: Set<String> = []

    func contains(_ name: String) -> Bool { lock.withLock { names.contains(name) } }
    func insert(_ name: String) { _ = lock.withLock { names.insert(name) } }
}
