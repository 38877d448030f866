import Foundation

/// Values a command leaves for the process's exit to reclaim instead of freeing them one by one (what clang's
/// `-disable-free` does): a replayed national ledger is 1.2 million movements, and freeing them after the answer was
/// printed was a noticeable part of a check (bench/NOTES.md). Only for a command's last, largest value; the process
/// ends right after.
enum KeptUntilExit {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var kept: [Any] = []

    static func keep(_ value: Any) {
        lock.withLock { kept.append(value) }
    }
}
