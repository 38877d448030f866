import CuentasWeb
import Testing

/// A password bcrypt would cut short or that guessing finds at once is refused when it is chosen.
@Suite struct PasswordRulesTests {
    @Test(arguments: ["            ", "correct horse\u{0}anything", "aaaaaaaaaaaa", "abababababab", "\t\t\t\t\t\t\t\t\t\t\t"])
    func weakOrCutPasswordsAreRefused(password: String) {
        #expect(PasswordHasher.problem(with: password, in: .english) != nil)
    }

    @Test func aNulNeverSignsIn() {
        let hasher = PasswordHasher(cost: 4)
        let hash = hasher.hash("correct horse battery")
        #expect(hasher.verify("correct horse battery", hash: hash))
        #expect(!hasher.verify("correct horse battery\u{0}x", hash: hash))
        #expect(PasswordHasher.problem(with: "correct horse battery", in: .english) == nil)
    }
}
