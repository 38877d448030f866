import CuentasRender
import Testing

/// Two pieces of work at once: both results come back, each from its own side, and an error of either is thrown.
@Suite struct BothAtOnceTests {
    struct Failure: Error, Equatable { let side: String }

    @Test func bothResultsComeBackEachFromItsOwnSide() throws {
        let (numbers, text) = try bothAtOnce({ (1...1_000).reduce(0, +) }, { String(repeating: "ab", count: 3) })
        #expect(numbers == 500_500)
        #expect(text == "ababab")
    }

    @Test func anErrorOfEitherSideIsThrownTheFirstsWhenBothFail() {
        #expect(throws: Failure(side: "second")) { try bothAtOnce({ 1 }, { () throws -> Int in throw Failure(side: "second") }) }
        #expect(throws: Failure(side: "first")) { try bothAtOnce({ () throws -> Int in throw Failure(side: "first") }, { 2 }) }
        #expect(throws: Failure(side: "first")) {
            try bothAtOnce(
                { () throws -> Int in throw Failure(side: "first") }, { () throws -> Int in throw Failure(side: "second") })
        }
    }
}
