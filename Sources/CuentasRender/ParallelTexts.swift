import Foundation

/// Texts made by concurrent workers, each into its own slot, read back in slot order.
public final class ParallelTexts: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [String]

    public init(count: Int) { slots = Array(repeating: "", count: count) }

    public var count: Int { slots.count }

    public func set(_ index: Int, _ text: String) {
        lock.withLock { slots[index] = text }
    }

    public var values: [String] { lock.withLock { slots } }

    /// Every slot, one after the other.
    public var joined: String { lock.withLock { slots.joined() } }
}
