/// The movements of a replayed ledger, in ledger order, found by number.
///
/// Numbers only grow as movements are recorded, so one array in ledger order answers a lookup directly when the
/// numbers are consecutive (a whole-ledger replay) and by binary search otherwise (a replay of part of the ledger). A
/// dictionary of a national ledger's 1.2 million movements held 2 million slots of 256 bytes.
public struct MovementTable: Sendable {
    /// Every movement, in ledger order.
    public private(set) var inOrder: [Movement] = []

    public init() {}

    public var count: Int { inOrder.count }

    public subscript(id: MovementID) -> Movement? {
        guard let first = inOrder.first?.id, id >= first else { return nil }
        let guess = id - first
        if guess < Int64(inOrder.count), inOrder[Int(guess)].id == id { return inOrder[Int(guess)] }
        var low = 0
        var high = min(inOrder.count, Int(guess))
        while low < high {
            let middle = (low + high) / 2
            if inOrder[middle].id < id { low = middle + 1 } else { high = middle }
        }
        return low < inOrder.count && inOrder[low].id == id ? inOrder[low] : nil
    }

    /// Adds the next movement; its number must be above every number in the table.
    mutating func append(_ movement: Movement) {
        precondition(inOrder.last.map { $0.id < movement.id } ?? true, "movements are added in ledger order")
        inOrder.append(movement)
    }

    mutating func reserveCapacity(_ count: Int) {
        inOrder.reserveCapacity(count)
    }
}
