import CuentasCore
import Foundation

/// Uploaded files checked and shown as a preview, waiting for the person to confirm. Kept in memory for a quarter of
/// an hour at most, one per user (a new upload replaces the user's earlier one), only for the user who uploaded them,
/// and `maximumRows` rows for everyone together: a few large previews once took the server to 1.4 GB.
actor PendingImports {
    struct Pending: Sendable {
        let userName: String
        let fileName: String
        let drafts: [MovementDraft]
        let rowCount: Int
        let createdAt: ContinuousClock.Instant
    }

    private var pending: [String: Pending] = [:]
    static let lifetime = Duration.seconds(15 * 60)
    static let maximumPending = 200
    /// Rows of every preview together; the oldest previews are let go to make room.
    static let maximumRows = 200_000

    /// Keeps a checked file and returns the key its confirmation form sends back.
    func add(userName: String, fileName: String, drafts: [MovementDraft], rowCount: Int) -> String {
        let now = ContinuousClock.now
        pending = pending.filter { now - $0.value.createdAt < Self.lifetime && $0.value.userName != userName }
        while !pending.isEmpty,
            pending.count >= Self.maximumPending || pending.values.reduce(rowCount, { $0 + $1.rowCount }) > Self.maximumRows,
            let oldest = pending.min(by: { $0.value.createdAt < $1.value.createdAt })?.key
        {
            pending[oldest] = nil
        }
        let key = RandomToken.make()
        pending[key] = Pending(userName: userName, fileName: fileName, drafts: drafts, rowCount: rowCount, createdAt: now)
        return key
    }

    /// The file waiting under `key` for this user, if it has not expired.
    func find(_ key: String, userName: String) -> Pending? {
        guard let found = pending[key], found.userName == userName, ContinuousClock.now - found.createdAt < Self.lifetime else {
            return nil
        }
        return found
    }
}
