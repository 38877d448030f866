import CuentasCore
import CuentasTestSupport
import Testing

@Suite struct ApportionmentTests {
    @Test func oneMillionAndOneCentavoOverThreeParties() {
        #expect(Apportionment.split(100_000_001, weights: [1, 1, 1]) == [33_333_334, 33_333_334, 33_333_333])
    }

    @Test func oneMillionAndOneCentavoOverFourParties() {
        #expect(Apportionment.split(100_000_001, weights: [25, 25, 25, 25]) == [25_000_001, 25_000_000, 25_000_000, 25_000_000])
    }

    @Test func oneCentavoGoesToTheFirstListedParty() {
        #expect(Apportionment.split(1, weights: [25, 25, 25, 25]) == [1, 0, 0, 0])
        #expect(Apportionment.split(1, weights: [1, 3]) == [0, 1])
    }

    @Test func largerRemaindersWinBeforeListOrder() {
        // 10 over 1:2 is 3.33 and 6.67: the second has the larger remainder.
        #expect(Apportionment.split(10, weights: [1, 2]) == [3, 7])
    }

    @Test func partsAlwaysAddUpAndStayWithinOneMinorUnit() {
        var generator = SeededGenerator(seed: 42)
        for _ in 0..<2_000 {
            let total = Int64.random(in: 0...1_000_000_000_00, using: &generator)
            let weights = (0..<Int.random(in: 1...6, using: &generator)).map { _ in Int64.random(in: 0...100, using: &generator) }
            guard weights.contains(where: { $0 > 0 }) else { continue }
            let parts = Apportionment.split(total, weights: weights)
            #expect(parts.reduce(0, +) == total)
            let weightSum = weights.reduce(0, +)
            for (part, weight) in zip(parts, weights) {
                let exactTimesSum = Int128(total) * Int128(weight)
                let difference = Int128(part) * Int128(weightSum) - exactTimesSum
                #expect(difference >= 0 - Int128(weightSum) && difference <= Int128(weightSum))
            }
        }
    }
}
