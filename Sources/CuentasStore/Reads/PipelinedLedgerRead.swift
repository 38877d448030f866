import CuentasCore
import CuentasIntegrity
import Foundation
import CuentasTables

/// The whole ledger read in parts on every core while the replay, which must take movements one at a time in order,
/// runs beside them on the parts already read. On a national ledger (1.2 million movements) decoding the rows and
/// recomputing the hash chain are most of a check's work, and both split into parts; reading everything before
/// replaying anything left one core idle half the time and held every stored hash in memory at once.
final class PipelinedLedgerRead: @unchecked Sendable {
    /// Movements per part: small enough that the replay starts early, large enough that each part's query and the
    /// hand-over cost nothing next to its rows.
    static let partSize: MovementID = 32_768

    let ranges: [ClosedRange<MovementID>]
    private let condition = NSCondition()
    private var slots: [Result<LedgerPart, StoreError>?]
    /// What each part found of the chain, kept when its movements are handed to the replay.
    private var breaks: [(id: MovementID, reason: HashChain.BrokenLink)?]
    private var lastHashes: [String?]
    private var failure: StoreError?

    /// Parts covering the movements numbered 1 to `last`.
    init(last: MovementID, partSize: MovementID = PipelinedLedgerRead.partSize) {
        precondition(last >= 0 && partSize > 0, "a ledger has no negative number of movements; parts are not empty")
        ranges = stride(from: 1, through: last, by: Int(partSize)).map { $0...min($0 + partSize - 1, last) }
        slots = Array(repeating: nil, count: ranges.count)
        breaks = Array(repeating: nil, count: ranges.count)
        lastHashes = Array(repeating: nil, count: ranges.count)
    }

    /// Starts reading every part, one thread per core, each taking the next part not yet taken; `read` is called once
    /// per part. Threads of their own, not Dispatch's pool: the pool counted the replaying thread as busy and added a
    /// second reader only after about two seconds.
    func start(_ read: @escaping @Sendable (ClosedRange<MovementID>) -> Result<LedgerPart, StoreError>) {
        let readers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, ranges.count))
        for _ in 0..<readers {
            let thread = Thread {
                while let index = self.nextPartToRead() {
                    let result = read(self.ranges[index])
                    self.condition.withLock {
                        self.slots[index] = result
                        self.condition.broadcast()
                    }
                }
            }
            thread.start()
        }
    }

    private var partsHandedToReaders = 0
    private var partsTaken = 0

    /// Parts read but not yet taken by the replay, at most. Without a bound, readers faster than the replay (no hash
    /// chain to check) kept parts waiting: `statement all` on the national ledger peaked about 60 MB higher.
    static let partsAhead = 2

    private func nextPartToRead() -> Int? {
        condition.withLock {
            while partsHandedToReaders - partsTaken >= Self.partsAhead, failure == nil, !stopped { condition.wait() }
            guard partsHandedToReaders < ranges.count, failure == nil, !stopped else { return nil }
            defer { partsHandedToReaders += 1 }
            return partsHandedToReaders
        }
    }

    /// The movements of every part, in ledger order, each part as soon as it is read. Ends early if a part could not
    /// be read: `failure` then says why.
    var movements: Movements { Movements(read: self) }

    private var stopped = false

    /// Lets the readers go when the replay will take no more parts (it failed, or it is done): they would otherwise
    /// wait for room forever.
    func stop() {
        condition.withLock {
            stopped = true
            condition.broadcast()
        }
    }

    /// Why reading stopped early, if it did.
    var error: StoreError? { condition.withLock { failure } }

    /// The earliest broken link of the chain among the parts handed out.
    var firstBreak: (id: MovementID, reason: HashChain.BrokenLink)? { condition.withLock { breaks.compactMap { $0 }.first } }

    /// The stored hash of the last movement handed out.
    var headHash: String { condition.withLock { lastHashes.last.flatMap { $0 } ?? HashChain.genesis } }

    /// Waits for a part, takes its movements out (the replay keeps its own copy) and keeps the rest.
    fileprivate func take(_ index: Int) -> [Movement]? {
        condition.withLock {
            while slots[index] == nil { condition.wait() }
            partsTaken = index + 1
            condition.broadcast()
            switch slots[index]! {
            case .success(let part):
                slots[index] = .success(LedgerPart(movements: [], firstBreak: nil, lastHash: nil))
                breaks[index] = part.firstBreak
                lastHashes[index] = part.lastHash
                return part.movements
            case .failure(let error):
                failure = error
                condition.broadcast()
                return nil
            }
        }
    }

    struct Movements: Sequence {
        let read: PipelinedLedgerRead

        /// Room to reserve: numbers are given one by one from 1, so the last number is the count of an untouched file.
        var underestimatedCount: Int { Int(read.ranges.last?.upperBound ?? 0) }

        func makeIterator() -> Iterator { Iterator(read: read) }

        struct Iterator: IteratorProtocol {
            let read: PipelinedLedgerRead
            var part = -1
            var current: [Movement] = []
            var position = 0

            mutating func next() -> Movement? {
                while position == current.count {
                    part += 1
                    guard part < read.ranges.count, let movements = read.take(part) else { return nil }
                    current = movements
                    position = 0
                }
                defer { position += 1 }
                return current[position]
            }
        }
    }
}
