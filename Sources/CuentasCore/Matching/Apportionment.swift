/// Splits a whole number of minor units into parts proportional to weights, exactly.
///
/// The rounding rule (largest remainder, Hamilton's method): each part first gets
/// floor(total × weight / sum of weights); the few minor units left over (fewer than the number of parts) go one each
/// to the parts with the largest remainders; equal remainders go to the part listed first. The parts always add up
/// to the total, no part differs from its exact share by a whole minor unit or more, and the same input always gives
/// the same result.
public enum Apportionment {
    public static func split(_ total: Int64, weights: [Int64]) -> [Int64] {
        precondition(total >= 0, "cannot apportion a negative total")
        precondition(!weights.isEmpty && weights.allSatisfy { $0 >= 0 }, "weights must be non-negative")
        let weightSum = weights.reduce(Int64(0), +)
        precondition(weightSum > 0, "weights must not all be zero")
        var parts: [Int64] = []
        var remainders: [(index: Int, remainder: Int128)] = []
        for (index, weight) in weights.enumerated() {
            let exact = Int128(total) * Int128(weight)
            parts.append(Int64(exact / Int128(weightSum)))
            remainders.append((index, exact % Int128(weightSum)))
        }
        var leftOver = total - parts.reduce(0, +)
        // Stable order: larger remainder first, then the earlier part.
        remainders.sort { $0.remainder != $1.remainder ? $0.remainder > $1.remainder : $0.index < $1.index }
        for entry in remainders where leftOver > 0 {
            parts[entry.index] += 1
            leftOver -= 1
        }
        assert(parts.reduce(0, +) == total, "apportionment lost money")
        return parts
    }
}
